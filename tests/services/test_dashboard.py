"""The week ahead on the dashboard (issue 13, item 24), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from safehouse.services import dashboard, members, rooms
from safehouse.services.dto.dashboard import MOVE_IN, MOVE_OUT, ROOM_CHANGE
from safehouse.services.dto.people import MemberInput
from tests.conftest import OnDay

WEDNESDAY = date(2026, 3, 4)
MONDAY, SUNDAY = date(2026, 3, 2), date(2026, 3, 8)


@pytest.fixture(autouse=True)
def _midweek(on_day: OnDay) -> None:
    on_day(WEDNESDAY)


def test_a_new_database_is_new_and_has_nothing_to_list(db, admin):
    week = dashboard.week(db, admin)
    assert week.is_new
    assert (week.on, week.first_day, week.last_day) == (WEDNESDAY, MONDAY, SUNDAY)
    assert week.moves == week.without_bed == week.enquiries == ()


def test_the_week_lists_moves_people_without_a_bed_and_enquiries(db, admin):
    def admit(name: str, status: str = "active") -> int:
        return members.create_member(db, admin, MemberInput(
            name=name, status=status,
            joined_on=date(2025, 1, 1) if status == "active" else None)).id

    arriving, leaving, changing, settled = (admit(n) for n in (
        "김하나", "Park Mirae", "Lee Bom", "Choi Yuna"))
    homeless = admit("Kang Sora")
    asking = admit("이소망", "enquiry")
    r101 = rooms.create_room(db, admin, name="101", floor=1, capacity=4)
    r102 = rooms.create_room(db, admin, name="102", floor=1, capacity=4)
    rooms.assign(db, admin, arriving, r101.id, date(2026, 3, 6))  # Friday
    rooms.assign(db, admin, leaving, r101.id, date(2026, 1, 1), end_on=MONDAY)
    rooms.assign(db, admin, changing, r101.id, date(2026, 1, 1))
    rooms.move(db, admin, changing, r102.id, date(2026, 3, 5))
    rooms.assign(db, admin, settled, r102.id, date(2026, 1, 1))
    # next week's arrival is not this week's
    rooms.assign(db, admin, homeless, r102.id, date(2026, 3, 9))

    week = dashboard.week(db, admin)
    assert not week.is_new
    assert [(m.day, m.kind, m.member_id, m.from_room, m.to_room) for m in week.moves] == [
        (MONDAY, MOVE_OUT, leaving, "101", ""),
        (date(2026, 3, 5), ROOM_CHANGE, changing, "101", "102"),
        (date(2026, 3, 6), MOVE_IN, arriving, "", "101"),
    ]
    # in the community today with no bed today (her bed comes on the 6th, or next week)
    assert [m.id for m in week.without_bed] == [arriving, leaving, homeless]
    assert [m.id for m in week.enquiries] == [asking]
    assert dashboard.figures(db, admin).active_members == 5
