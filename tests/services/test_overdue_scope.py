"""Overdue care-plan goals are listed for the member's counselor and the managers
(issue 10, item 4): a counselor sees those of the members in her sessions of the last
year or to come; managers and administrators see every member's. On SQLite and
PostgreSQL. All data fictional."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from safehouse.services import care_plans, counselors, session_marks, sessions, users
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.care_plans import GoalInput
from safehouse.services.dto.counseling import CounselorInput
from safehouse.storage.db import Database
from tests.conftest import TEST_PASSWORD, OnDay
from tests.services.counseling_fixtures import House, house, member

TODAY = date(2026, 3, 4)


@pytest.fixture(autouse=True)
def _today(on_day: OnDay) -> None:
    on_day(TODAY)


def account(db: Database, admin: Actor, username: str, role: str) -> Actor:
    made = users.create_account(db, admin, username=username, display_name=username.title(),
                                role=role, password=TEST_PASSWORD,
                                must_change_password=False)
    return Actor(id=made.id, username=made.username, display_name=made.display_name,
                 role=made.role)


def late_goal(h: House, member_id: int, text: str) -> int:
    return care_plans.add_goal(h.db, h.admin, member_id, GoalInput(
        area="safety", text=text, target_on=date(2026, 2, 1))).id


def test_a_counselor_sees_the_overdue_goals_of_the_members_she_counsels(db, admin):
    h = house(db, admin)
    mirae = account(db, admin, "mirae", "counselor")
    manager = account(db, admin, "mina", "manager")
    hers = counselors.save_counselor(db, admin, CounselorInput(user_id=mirae.id)).id
    bom, dana, eun = (member(db, admin, n) for n in ("이봄", "최다나", "정은"))
    goals = {who: late_goal(h, m, f"Goal of {who}") for who, m in (
        ("hana", h.hana), ("somang", h.somang), ("bom", bom), ("dana", dana), ("eun", eun))}
    # hana: a session of hers two months ago; somang: one booked for next week;
    # bom: only with another counselor; dana: hers, but more than a year ago;
    # eun: hers, missed last month (a missed session still says whose she is)
    sessions.book(db, admin, h.session(datetime(2026, 1, 5, 10), counselor=hers))
    sessions.book(db, admin, h.session(datetime(2026, 3, 10, 10), counselor=hers,
                                       member_ids=(h.somang,)))
    sessions.book(db, admin, h.session(datetime(2026, 2, 10, 10), member_ids=(bom,)))
    sessions.book(db, admin, h.session(datetime(2025, 2, 10, 10), counselor=hers,
                                       member_ids=(dana,)))
    missed = sessions.book(db, admin, h.session(datetime(2026, 2, 12, 10), counselor=hers,
                                                member_ids=(eun,))).sessions[0].id
    session_marks.mark(db, admin, missed, "no_show")

    mine = care_plans.overdue_goals(db, mirae)
    assert mine.scope == "mine"
    assert {g.goal_id for g in mine.goals} == {goals["hana"], goals["somang"], goals["eun"]}
    for everyone in (admin, manager):
        found = care_plans.overdue_goals(db, everyone)
        assert found.scope == "all" and {g.goal_id for g in found.goals} == set(goals.values())


def test_a_counselor_not_on_the_list_sees_none_and_is_told(db, admin):
    h = house(db, admin)
    late_goal(h, h.hana, "Change her phone number")
    sessions.book(db, admin, h.session(datetime(2026, 3, 2, 10)))
    sujin = account(db, admin, "sujin", "counselor")
    found = care_plans.overdue_goals(db, sujin)
    assert (found.scope, found.goals) == ("unlisted", ())
