"""The week's counseling sessions (one counselor's or everyone's), day by day: time,
kind, who, counselor, place and status — never notes."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from safehouse import clock
from safehouse.i18n import translate
from safehouse.labels import label
from safehouse.models.counseling import CancelledBy, SessionKind, SessionStatus
from safehouse.services.dto.counseling import ScheduleData, ScheduleEntry
from safehouse.services.reports import formats
from safehouse.services.reports.frame import (
    CancelPoint,
    Styles,
    content_width,
    para,
    section,
    table,
)


def _status(e: ScheduleEntry) -> str:
    text = label(e.status, SessionStatus)
    if e.status == SessionStatus.CANCELLED.value and e.cancelled_by:
        text += f" ({label(e.cancelled_by, CancelledBy)})"
    return text


def story(data: ScheduleData, lang: str, paper: str, cancelled: Callable[[], bool]
          ) -> list[Flowable]:
    st = Styles()
    width = content_width(paper)
    zone = clock.zone()
    heading = (translate("reports", "Sessions of {counselor}").format(
        counselor=data.counselor) if data.counselor
        else translate("reports", "All counselors' sessions"))
    total = sum(len(d.entries) for d in data.days)
    out: list[Flowable] = [
        para(heading, st.h1),
        para(translate("reports", "{count} sessions in the week").format(
            count=formats.number(total)), st.body),
    ]
    for day in data.days:
        out.append(CancelPoint(cancelled))
        title = para(formats.weekday(day.day, lang), st.h2)
        if not day.entries:
            out += section(title, para(translate("reports", "No sessions."), st.small))
            continue
        rows = [[f"{formats.time_of(e.starts_at.astimezone(zone))}–"
                 f"{formats.time_of(e.ends_at.astimezone(zone))}",
                 label(e.kind, SessionKind), ", ".join(e.members), e.counselor, e.place,
                 _status(e)] for e in day.entries]
        out += section(title, table(
            st, [translate("reports", "Time"), translate("reports", "Kind"),
                 translate("reports", "Who"), translate("reports", "Counselor"),
                 translate("reports", "Place"), translate("reports", "Status")],
            rows, (0.13, 0.11, 0.29, 0.16, 0.15, 0.16), width))
    return out
