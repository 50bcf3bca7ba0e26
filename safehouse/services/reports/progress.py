"""A member's progress summary: who she is (or only her code and alias, de-identified),
her rooms, care-plan goals (no notes), counseling attendance (no session notes),
check-ins and screenings as a chart and a table (only where the reader's role sees
scores), the events she came to, and room for two signatures."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table, TableStyle

from safehouse.i18n import translate
from safehouse.labels import label
from safehouse.models.care import CareArea, GoalStatus
from safehouse.models.community import EventKind
from safehouse.models.people import MemberStatus
from safehouse.services.dto.reports import ProgressData, ProgressResult
from safehouse.services.instruments import instrument
from safehouse.services.reports import charts, formats
from safehouse.services.reports.frame import (
    RULE,
    CancelPoint,
    SectionStart,
    Styles,
    content_width,
    gap,
    para,
    section,
    table,
)


def batch_story(all_data: Sequence[ProgressData], lang: str, paper: str,
                cancelled: Callable[[], bool]) -> list[Flowable]:
    """Several members' summaries, each from a new page with its own page numbers."""
    out: list[Flowable] = []
    for n, data in enumerate(all_data):
        if n:
            out.append(PageBreak())
        out.append(SectionStart(n))
        out.append(CancelPoint(cancelled))
        out += story(data, lang, paper, cancelled)
    return out


def who(data: ProgressData) -> str:
    """How the summary names her: code and name, or code and alias de-identified."""
    if data.deidentified:
        return f"{data.code} ({data.alias})" if data.alias else data.code
    return f"{data.code} {data.name}"


def story(data: ProgressData, lang: str, paper: str, cancelled: Callable[[], bool]
          ) -> list[Flowable]:
    st = Styles()
    width = content_width(paper)
    facts = [
        (translate("reports", "Member"), who(data)),
        (translate("reports", "Status"), label(data.status, MemberStatus)),
        (translate("reports", "Period"), formats.period(data.start, data.end, lang)),
        (translate("reports", "Room today"), data.room_now or translate("reports", "none")),
    ]
    if data.alias and not data.deidentified:
        facts.insert(1, (translate("reports", "Alias"), data.alias))
    grid = Table([[para(k, st.head), para(v, st.body)] for k, v in facts],
                 colWidths=[0.22 * width, 0.78 * width])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    out: list[Flowable] = [
        para(translate("reports", "Progress summary: {who}").format(who=who(data)), st.h1),
        grid,
    ]
    if data.deidentified:
        out.append(para(translate("reports", "De-identified: she is named by her code and "
                                             "alias only."), st.small))

    title = para(translate("reports", "Rooms in the period"), st.h2)
    out += section(title, table(
        st, [translate("reports", "Room"), translate("reports", "Bed"),
             translate("reports", "From"), translate("reports", "To")],
        [[s.room_name, s.bed_label, formats.day(s.start_on, lang),
          formats.day(s.end_on, lang)] for s in data.stays],
        (0.4, 0.2, 0.2, 0.2), width) if data.stays else
        para(translate("reports", "No room in the period."), st.body))
    out.append(CancelPoint(cancelled))

    title = para(translate("reports", "Care-plan goals"), st.h2)
    out += section(title, table(
        st, [translate("reports", "Area"), translate("reports", "Goal"),
             translate("reports", "Status"), translate("reports", "Target date"),
             translate("reports", "Latest update")],
        [[label(g.area, CareArea), g.text,
          label(g.status, GoalStatus) + (" · " + translate("reports", "overdue")
                                         if g.overdue else ""),
          formats.day(g.target_on, lang),
          (f"{formats.day(g.last_update_on, lang)} · "
           f"{label(g.last_update_status, GoalStatus)}" if g.last_update_on else "")]
         for g in data.goals],
        (0.15, 0.39, 0.16, 0.13, 0.17), width) if data.goals else
        para(translate("reports", "No care-plan goals yet."), st.body))
    out.append(CancelPoint(cancelled))

    title = para(translate("reports", "Counseling sessions in the period"), st.h2)
    out += section(title, table(
        st, [translate("reports", "Attended"), translate("reports", "Missed"),
             translate("reports", "Cancelled"), translate("reports", "Still to come")],
        [[formats.number(data.attended), formats.number(data.missed),
          formats.number(data.cancelled), formats.number(data.scheduled)]],
        (0.25, 0.25, 0.25, 0.25), width, right=(0, 1, 2, 3)))
    out.append(CancelPoint(cancelled))

    out += _results(data, st, lang, width)
    out.append(CancelPoint(cancelled))

    out += _events_and_signatures(data, st, lang, width)
    return out


def _events_and_signatures(data: ProgressData, st: Styles, lang: str, width: float
                           ) -> list[Flowable]:
    """Her events, then two places to sign, never alone on a last page: on one page
    together when her events are few (:data:`FEW_EVENTS`, well within a page); else
    the events run over pages and their last :data:`KEPT_WITH_SIGNATURES` go with the
    signatures. (A KeepTogether inside another would move the whole to a new page:
    ReportLab's asks for a split by saying it is endlessly tall.)"""
    title = para(translate("reports", "Events attended"), st.h2)
    signatures = _signatures(st, width)
    if not data.events:
        return [KeepTogether([title, para(translate(
            "reports", "No events in the period."), st.body), *signatures])]
    header = [translate("reports", "Date"), translate("reports", "Event"),
              translate("reports", "Kind")]
    rows = [[formats.period(e.starts_on, e.ends_on, lang) if e.ends_on != e.starts_on
             else formats.day(e.starts_on, lang), e.name, label(e.kind, EventKind)]
            for e in data.events]
    widths = (0.3, 0.5, 0.2)
    if len(rows) <= FEW_EVENTS:
        return [KeepTogether([title, table(st, header, rows, widths, width), *signatures])]
    first, last = rows[:-KEPT_WITH_SIGNATURES], rows[-KEPT_WITH_SIGNATURES:]
    return [*section(title, table(st, header, first, widths, width)),
            KeepTogether([table(st, header, last, widths, width, headed=False),
                          *signatures])]


def _results(data: ProgressData, st: Styles, lang: str, width: float) -> list[Flowable]:
    title = para(translate("reports", "Wellbeing check-ins and screenings"), st.h2)
    if not data.results_shown:
        return section(title, para(translate(
            "reports", "Not shown: the role of the person printing does not see scores."),
            st.small))
    if not data.results:
        return section(title, para(translate(
            "reports", "No check-ins or screenings in the period."), st.body))
    by_instrument: dict[str, list[ProgressResult]] = {}
    for r in data.results:
        by_instrument.setdefault(r.instrument, []).append(r)
    drawings = []
    for code, found in by_instrument.items():
        inst = instrument(code)
        low, high = inst.trend_range
        drawings.append(charts.line_chart(
            inst.short_name.text(lang), [formats.day(r.taken_on, lang) for r in found],
            [[r.value for r in found]], low, high, width=width / 2 - 4 * mm,
            height=42 * mm))
    rows = [drawings[i:i + 2] for i in range(0, len(drawings), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append("")
    grid = Table(rows, colWidths=[width / 2, width / 2])
    grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return section(title, grid, gap(2), table(
        st, [translate("reports", "Date"), translate("reports", "Questionnaire"),
             translate("reports", "Score"), translate("reports", "Band")],
        [[formats.day(r.taken_on, lang), instrument(r.instrument).short_name.text(lang),
          formats.number(r.value), r.band] for r in data.results],
        (0.2, 0.3, 0.15, 0.35), width, right=(2,)))


# Her events and the signatures kept on one page up to this many events (about 14 cm
# of a page's 25); more run over pages, and the last few go with the signatures.
FEW_EVENTS = 25
KEPT_WITH_SIGNATURES = 3


def _signatures(st: Styles, width: float) -> list[Flowable]:
    """Two places to sign, each with its date (the caller keeps them on one page)."""
    blank = ["", ""]
    cells = [blank,
             [para(translate("reports", "Staff member's signature"), st.small),
              para(translate("reports", "Resident's signature"), st.small)],
             blank,
             [para(translate("reports", "Date"), st.small),
              para(translate("reports", "Date"), st.small)]]
    half = width / 2 - 6 * mm
    box = Table(cells, colWidths=[half, half], rowHeights=[14 * mm, None, 9 * mm, None])
    box.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 2), (-1, 2), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 12),
    ]))
    return [gap(8), box]  # kept on one page by the caller
