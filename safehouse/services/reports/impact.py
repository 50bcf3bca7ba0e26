"""The impact report for supporters, always de-identified: the community's size
against its goal, the yearly wellbeing check-in's figures, retreats and events,
counseling hours, and the share of new members reached by members. A figure from fewer
than five people reads "fewer than 5"; a year without responses has no figure."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from safehouse.i18n import translate
from safehouse.services.dto.reports import ImpactData, People
from safehouse.services.reports import charts, formats
from safehouse.services.reports.frame import (
    CancelPoint,
    Styles,
    content_width,
    gap,
    para,
    section,
    table,
)

NONE = "–"


def people(p: People) -> str:
    if p.suppressed:
        return translate("reports", "fewer than 5")
    return NONE if p.count is None else formats.number(p.count)


def story(data: ImpactData, lang: str, paper: str, cancelled: Callable[[], bool]
          ) -> list[Flowable]:
    st = Styles()
    width = content_width(paper)
    years = [str(y.year) for y in data.years]
    out: list[Flowable] = [
        para(translate("reports", "Impact report {first}–{last}").format(
            first=data.first_year, last=data.last_year), st.h1),
        para(translate("reports", "No member is named in this report. A figure drawn from "
                       "fewer than five people reads \"fewer than 5\"; a year without "
                       "responses has no figure."), st.small),
    ]

    title = para(translate("reports", "Community size and goal"), st.h2)
    line = translate("reports", "Members in the community today: {size}.").format(
        size=people(data.size_today))
    if data.goal_low is not None and data.goal_due is not None:
        line += " " + translate("reports", "Goal: {low}–{high} members by {due}.").format(
            low=data.goal_low, high=data.goal_high, due=formats.day(data.goal_due, lang))
    sizes = [y.size_at_end.count for y in data.years]
    top = max([s or 0 for s in sizes] + [data.goal_high or 0, 5])
    series: list[list[float | None]] = [[float(s) if s is not None else None for s in sizes]]
    names = [translate("reports", "Members at the year's end")]
    if data.goal_low is not None and data.goal_high is not None:
        series += [[float(data.goal_low)] * len(years), [float(data.goal_high)] * len(years)]
        names += [translate("reports", "Goal (low)"), translate("reports", "Goal (high)")]
    out += section(title, para(line, st.body), gap(1), charts.line_chart(
        translate("reports", "Members at the end of each year"), years, series, 0,
        top * 1.15, width=width, height=58 * mm, names=names))
    out.append(CancelPoint(cancelled))

    title = para(translate("reports", "Yearly wellbeing check-in"), st.h2)
    rows = []
    for y in data.years:
        if not y.responses:
            rows.append([str(y.year), translate("reports", "no responses"), NONE, NONE])
        elif y.respondents.suppressed:
            rows.append([str(y.year), people(y.respondents), NONE, NONE])
        else:
            rows.append([str(y.year), people(y.respondents), y.mean_health,
                         formats.percent(y.threatened_percent)
                         if y.threatened_percent is not None else NONE])
    means = [float(y.mean_health) if y.mean_health else None for y in data.years]
    out += section(title, table(
        st, [translate("reports", "Year"), translate("reports", "Respondents"),
             translate("reports", "Mean health (1–5)"),
             translate("reports", "Felt a threat of repatriation")],
        rows, (0.15, 0.25, 0.25, 0.35), width, right=(1, 2, 3)), gap(2),
        charts.line_chart(translate("reports", "Mean self-rated health (1–5)"), years,
                          [means], 1, 5, width=width / 2, height=48 * mm, step=1,
                          value_format="%.0f"))
    out.append(CancelPoint(cancelled))

    title = para(translate("reports", "Retreats and events"), st.h2)
    out += section(title, table(
        st, [translate("reports", "Year"), translate("reports", "Events"),
             translate("reports", "Retreats"), translate("reports", "People who came"),
             translate("reports", "Different members")],
        [[str(y.year), formats.number(y.events), formats.number(y.retreats),
          people(y.event_people), people(y.event_members)] for y in data.years],
        (0.15, 0.15, 0.15, 0.28, 0.27), width, right=(1, 2, 3, 4)))
    out.append(CancelPoint(cancelled))

    title = para(translate("reports", "Counseling and reach"), st.h2)
    out += section(title, table(
        st, [translate("reports", "Year"), translate("reports", "Counseling hours"),
             translate("reports", "New members"),
             translate("reports", "Reached by a member")],
        [[str(y.year), people(y.counseled) if y.counseling_hours is None
          else formats.number(y.counseling_hours, 1), people(y.new_members),
          formats.percent(y.referred_percent) if y.referred_percent is not None else NONE]
         for y in data.years],
        (0.15, 0.28, 0.27, 0.3), width, right=(1, 2, 3)), gap(2),
        charts.bar_chart(translate("reports", "Counseling hours"), years,
                         [y.counseling_hours for y in data.years], width=width / 2,
                         height=48 * mm))
    return out
