"""The room roster (for the house, with names): each room with its capacity and who is
in each bed on the day, the free beds, and who moves in or out that week."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from safehouse.i18n import translate
from safehouse.services.dto.reports import RosterData
from safehouse.services.reports import formats
from safehouse.services.reports.frame import (
    CancelPoint,
    Styles,
    content_width,
    gap,
    para,
    section,
    table,
)


def story(data: RosterData, lang: str, paper: str, cancelled: Callable[[], bool]
          ) -> list[Flowable]:
    st = Styles()
    width = content_width(paper)
    active = [r for r in data.rooms if r.active]
    beds = sum(r.capacity for r in active)
    taken = sum(len(r.beds) for r in data.rooms)
    free = sum(r.free for r in data.rooms)
    out: list[Flowable] = [
        para(translate("reports", "Room roster for {day}").format(
            day=formats.long_day(data.on, lang)), st.h1),
        para(translate("reports", "For use in the house only: this roster names the "
                                  "residents."), st.small),
        gap(2),
        para(translate("reports", "{rooms} rooms, {beds} beds: {taken} taken, {free} free.")
             .format(rooms=formats.number(len(active)), beds=formats.number(beds),
                     taken=formats.number(taken), free=formats.number(free)), st.body),
        gap(2),
    ]
    rows: list[list[str]] = []
    for room in data.rooms:
        where = translate("reports", "{room} (floor {floor})").format(
            room=room.name, floor=room.floor)
        if not room.active:
            where += " · " + translate("reports", "closed")
        first = True
        for bed in room.beds:
            rows.append([
                where if first else "",
                formats.number(room.capacity) if first else "",
                bed.bed_label,
                f"{bed.member_code}  {bed.member_name}",
                formats.day(bed.since, lang),
                formats.day(bed.until, lang)])
            first = False
        for _ in range(room.free):
            rows.append([where if first else "", formats.number(room.capacity) if first
                         else "", "", translate("reports", "free bed"), "", ""])
            first = False
        if first:  # a closed room nobody is in any more is not on the board
            rows.append([where, formats.number(room.capacity), "", "", "", ""])
    out += section(
        para(translate("reports", "Rooms and beds"), st.h2),
        table(st, [translate("reports", "Room"), translate("reports", "Beds"),
                   translate("reports", "Bed"), translate("reports", "Who"),
                   translate("reports", "Since"), translate("reports", "Leaves")],
              rows, (0.22, 0.07, 0.1, 0.33, 0.14, 0.14), width, right=(1,))
        if rows else para(translate("reports", "There are no rooms yet."), st.body))
    out.append(CancelPoint(cancelled))
    title = para(translate("reports", "Moving in and out, {period}").format(
        period=formats.period(data.week_start, data.week_end, lang)), st.h2)
    if not data.moves:
        out += section(title, para(translate("reports", "Nobody moves in or out this week."),
                                   st.body))
        return out
    out += section(title, table(
        st, [translate("reports", "Day"), translate("reports", "Who"),
             translate("reports", "Moves"), translate("reports", "Room"),
             translate("reports", "Bed")],
        [[formats.weekday(m.day, lang), f"{m.member_code}  {m.member_name}",
          translate("reports", "in") if m.moving_in else translate("reports", "out"),
          m.room_name, m.bed_label] for m in data.moves],
        (0.18, 0.36, 0.1, 0.24, 0.12), width))
    return out
