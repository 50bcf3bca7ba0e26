"""Care plans (issue 10, item 4): goals by area with a target date and a status, dated
updates that may change the status, overdue goals, and update notes that only the
holders of the confidential key read (sealed; their opening audited once). On SQLite
and PostgreSQL. All data fictional."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select, text

from safehouse.errors import NotFound, PermissionDenied, ValidationError, ValidationErrors
from safehouse.models import AuditEntry
from safehouse.services import access, care_plans, demo, members, purge, users
from safehouse.services.care_rules import is_overdue
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.care_plans import GoalInput, UpdateInput
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault
from tests.conftest import TEST_PASSWORD, OnDay

TODAY = date(2026, 3, 4)
NOTE = "Canary-care-NT5 fictional: she visited two flats in Guro"
STAFF_PASSWORD = "bora's own pass 12"
COUNSELOR_PASSWORD = "sujin's own pass 56"


@pytest.fixture(autouse=True)
def _today(on_day: OnDay) -> None:
    on_day(TODAY)


def admit(db: Database, admin: Actor, name: str = "김하나") -> int:
    return members.create_member(db, admin, MemberInput(
        name=name, status="active", joined_on=date(2025, 1, 1))).id


def test_a_goal_is_added_with_its_area_text_target_and_status(db, admin):
    hana = admit(db, admin)
    goal = care_plans.add_goal(db, admin, hana, GoalInput(
        area="housing", text="  Find a flat of her own  ", target_on=date(2026, 6, 30)))
    assert (goal.member_id, goal.area, goal.text, goal.target_on, goal.status) == (
        hana, "housing", "Find a flat of her own", date(2026, 6, 30), "not_started")
    assert goal.created_on == TODAY and goal.updates == () and not goal.overdue
    plan = care_plans.member_plan(db, admin, hana, purpose=Read.REFRESH)
    assert [g.id for g in plan.goals] == [goal.id]
    assert (plan.member_code, plan.member_name, plan.on) == ("M-0001", "김하나", TODAY)


def test_a_plan_lists_goals_by_area_then_target_date(db, admin):
    hana = admit(db, admin)
    made = [care_plans.add_goal(db, admin, hana, GoalInput(area=a, text=t, target_on=d)).id
            for a, t, d in (("finances", "Open a savings account", None),
                            ("safety", "Change her phone number", date(2026, 5, 1)),
                            ("housing", "Find a flat", None),
                            ("safety", "Learn the way to the police box", date(2026, 4, 1)))]
    plan = care_plans.member_plan(db, admin, hana, purpose=Read.REFRESH)
    assert [g.id for g in plan.goals] == [made[3], made[1], made[2], made[0]]
    # another member's goals are hers
    assert care_plans.member_plan(db, admin, admit(db, admin, "Lee Bom"),
                                  purpose=Read.REFRESH).goals == ()


def test_an_update_may_change_the_status_and_keeps_the_one_before(db, admin):
    hana = admit(db, admin)
    goal = care_plans.add_goal(db, admin, hana, GoalInput(area="work", text="Find work"))
    first = care_plans.add_update(db, admin, goal.id, UpdateInput(
        day=date(2026, 2, 1), note="Went to the job centre", status="in_progress"))
    assert (first.status_before, first.status, first.changed_status) == (
        "not_started", "in_progress", True)
    assert first.author == "Test Administrator" and first.note == "Went to the job centre"
    second = care_plans.add_update(db, admin, goal.id, UpdateInput(
        day=date(2026, 3, 1), note="Two interviews this week"))
    assert (second.status_before, second.status, second.changed_status) == (
        "in_progress", "in_progress", False)
    third = care_plans.add_update(db, admin, goal.id, UpdateInput(
        day=TODAY, status="achieved"))
    assert third.note == "" and third.status == "achieved"
    (got,) = care_plans.member_plan(db, admin, hana, purpose=Read.REFRESH).goals
    assert got.status == "achieved" and got.last_update_on == TODAY
    assert [u.day for u in got.updates] == [date(2026, 2, 1), date(2026, 3, 1), TODAY]
    # the period asked for narrows the updates, not the goals
    (narrow,) = care_plans.member_plan(db, admin, hana, purpose=Read.REFRESH,
                                       start=date(2026, 2, 15), end=date(2026, 3, 3)).goals
    assert [u.id for u in narrow.updates] == [second.id]


def test_an_update_says_something_and_is_not_dated_ahead(db, admin):
    goal = care_plans.add_goal(db, admin, admit(db, admin), GoalInput(
        area="legal", text="Register her residence", target_on=date(2026, 4, 1)))
    with pytest.raises(ValidationError) as empty:
        care_plans.add_update(db, admin, goal.id, UpdateInput(day=TODAY, note="   "))
    assert empty.value.field == "note"
    with pytest.raises(ValidationError) as same:
        care_plans.add_update(db, admin, goal.id, UpdateInput(day=TODAY,
                                                              status="not_started"))
    assert same.value.field == "note"
    with pytest.raises(ValidationError) as ahead:
        care_plans.add_update(db, admin, goal.id, UpdateInput(day=date(2026, 3, 5),
                                                              note="Tomorrow"))
    assert ahead.value.field == "day" and "2026-03-05" in ahead.value.message
    with pytest.raises(ValidationError) as bad:
        care_plans.add_update(db, admin, goal.id, UpdateInput(day=TODAY, status="done"))
    assert bad.value.field == "status"
    with pytest.raises(NotFound):
        care_plans.add_update(db, admin, goal.id + 99, UpdateInput(day=TODAY, note="x"))


def test_a_status_changes_only_with_the_latest_update(db, admin):
    goal = care_plans.add_goal(db, admin, admit(db, admin), GoalInput(
        area="education", text="Finish the Korean course"))
    care_plans.add_update(db, admin, goal.id, UpdateInput(day=date(2026, 3, 1),
                                                          status="in_progress"))
    with pytest.raises(ValidationError) as earlier:
        care_plans.add_update(db, admin, goal.id, UpdateInput(day=date(2026, 2, 1),
                                                              status="achieved"))
    assert earlier.value.field == "status" and "2026-03-01" in earlier.value.message
    # a note of an earlier day is welcome: it goes into the history in its place
    care_plans.add_update(db, admin, goal.id, UpdateInput(day=date(2026, 2, 1),
                                                          note="Enrolled"))
    (got,) = care_plans.member_plan(db, admin, goal.member_id, purpose=Read.REFRESH).goals
    assert [u.day for u in got.updates] == [date(2026, 2, 1), date(2026, 3, 1)]
    assert got.status == "in_progress"


def test_a_goal_is_corrected_without_changing_its_status(db, admin):
    goal = care_plans.add_goal(db, admin, admit(db, admin), GoalInput(
        area="work", text="Find work", target_on=date(2026, 1, 1)))
    fixed = care_plans.edit_goal(db, admin, goal.id, GoalInput(
        area="education", text="Finish the barista course", target_on=None,
        status="achieved"))
    assert (fixed.area, fixed.text, fixed.target_on, fixed.status) == (
        "education", "Finish the barista course", None, "not_started")
    with db.transaction() as s:
        (line,) = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "careplan.goal.update")).all()
        assert line.entity_id == goal.id and line.member_id == goal.member_id
        assert "Finish" not in line.detail  # names the fields, never their content
        assert "area" in line.detail and "target_on" in line.detail
    with pytest.raises(NotFound):
        care_plans.edit_goal(db, admin, goal.id + 99, GoalInput(area="work", text="x"))


def test_a_goal_as_entered_is_checked_field_by_field(db, admin):
    hana = admit(db, admin)
    with pytest.raises(ValidationErrors) as several:
        care_plans.add_goal(db, admin, hana, GoalInput(area="hobbies", text=" ",
                                                       target_on=date(2200, 1, 1)))
    assert {e.field for e in several.value.errors} == {"area", "text", "target_on"}
    with pytest.raises(ValidationError) as long:
        care_plans.add_goal(db, admin, hana, GoalInput(area="work", text="x" * 1001))
    assert long.value.field == "text"
    with pytest.raises(NotFound):
        care_plans.add_goal(db, admin, hana + 99, GoalInput(area="work", text="Find work"))


def test_overdue_goals_are_past_their_date_and_neither_achieved_nor_set_aside(db, admin):
    hana, bom = admit(db, admin), admit(db, admin, "Lee Bom")

    def goal(member: int, text: str, target: date | None) -> int:
        return care_plans.add_goal(db, admin, member, GoalInput(
            area="safety", text=text, target_on=target)).id

    late = goal(hana, "Change her phone number", date(2026, 2, 1))
    later = goal(bom, "Get a bank card", date(2026, 3, 3))
    goal(hana, "Due today is not late", TODAY)
    goal(hana, "No date, never late", None)
    done = goal(bom, "Achieved late", date(2026, 1, 1))
    care_plans.add_update(db, admin, done, UpdateInput(day=TODAY, status="achieved"))
    aside = goal(bom, "Set aside", date(2026, 1, 1))
    care_plans.add_update(db, admin, aside, UpdateInput(day=TODAY, status="set_aside"))
    going = goal(bom, "In progress, late", date(2026, 1, 15))
    care_plans.add_update(db, admin, going, UpdateInput(day=TODAY, status="in_progress"))

    found = care_plans.overdue_goals(db, admin)
    assert found.on == TODAY and found.scope == "all"
    assert [(g.goal_id, g.days_overdue) for g in found.goals] == [
        (going, 48), (late, 31), (later, 1)]
    assert (found.goals[1].member_code, found.goals[1].member_name) == ("M-0001", "김하나")
    plan = care_plans.member_plan(db, admin, hana, purpose=Read.REFRESH)
    assert [g.id for g in plan.overdue] == [late]
    # on another day
    assert [g.goal_id for g in care_plans.overdue_goals(db, admin, date(2026, 2, 2)).goals
            ] == [going, late]
    assert is_overdue(date(2026, 1, 1), "in_progress", TODAY)
    assert not is_overdue(date(2026, 1, 1), "achieved", TODAY)


def test_opening_the_notes_is_audited_once_and_a_refresh_is_not(db, admin):
    hana = admit(db, admin)
    care_plans.add_goal(db, admin, hana, GoalInput(area="family", text="Call her son"))

    def views() -> list[int | None]:
        with db.transaction() as s:
            return list(s.scalars(select(AuditEntry.member_id).where(
                AuditEntry.action == "careplan.view")))

    care_plans.member_plan(db, admin, hana, purpose=Read.OPEN)
    care_plans.member_plan(db, admin, hana, purpose=Read.REFRESH)
    care_plans.member_plan(db, admin, hana, purpose=Read.REFRESH)
    assert views() == [hana]


def test_a_member_erased_takes_her_plan_and_erasing_her_notes_clears_theirs(db, admin):
    hana, bom = admit(db, admin), admit(db, admin, "Lee Bom")
    for member in (hana, bom):
        goal = care_plans.add_goal(db, admin, member, GoalInput(area="work", text="Work"))
        care_plans.add_update(db, admin, goal.id, UpdateInput(day=TODAY, note=NOTE))
    purge.erase_notes(db, admin, bom, "M-0002")
    (goal,) = care_plans.member_plan(db, admin, bom, purpose=Read.REFRESH).goals
    assert [u.note for u in goal.updates] == [""]
    purge.erase_member(db, admin, hana, "M-0001")
    with db.transaction() as s:
        assert s.execute(text("SELECT count(*) FROM care_goals")).scalar_one() == 1
        assert s.execute(text("SELECT count(*) FROM care_goal_updates")).scalar_one() == 1


# --- the notes are sealed: staff see goals and statuses, not notes ---------------------


@dataclass
class House:
    vault: Vault
    db: Database
    admin: Actor
    member_id: int
    goal_id: int


@pytest.fixture
def house(vault: Vault) -> Iterator[House]:
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    db, admin = opened.db, opened.actor
    users.create_account(db, admin, username="bora", display_name="Staff Bora", role="staff",
                         password=STAFF_PASSWORD, must_change_password=False)
    users.create_account(db, admin, username="sujin", display_name="Counselor Sujin",
                         role="counselor", password=COUNSELOR_PASSWORD,
                         must_change_password=False)
    hana = admit(db, admin)
    goal = care_plans.add_goal(db, admin, hana, GoalInput(
        area="housing", text="Find a flat of her own", target_on=date(2026, 2, 1)))
    care_plans.add_update(db, admin, goal.id, UpdateInput(day=TODAY, note=NOTE,
                                                          status="in_progress"))
    yield House(vault, db, admin, hana, goal.id)
    db.dispose()


def test_the_note_is_stored_sealed(house):
    with house.db.transaction() as s:
        stored = s.execute(text("SELECT note FROM care_goal_updates")).scalar_one()
    assert stored.startswith("sealed:") and NOTE not in stored


def test_staff_see_the_goal_and_its_status_but_not_the_note(house):
    opened = access.log_in(house.vault, "bora", STAFF_PASSWORD)
    try:
        plan = care_plans.member_plan(opened.db, opened.actor, house.member_id,
                                      purpose=Read.OPEN)
        (goal,) = plan.goals
        assert (goal.text, goal.status, goal.overdue) == (
            "Find a flat of her own", "in_progress", True)
        (update,) = goal.updates
        assert (update.day, update.status, update.author) == (
            TODAY, "in_progress", "Test Administrator")
        assert update.note == "" and not plan.notes_shown
        # nothing confidential was opened: no view line
        with opened.db.transaction() as s:
            assert s.scalar(select(AuditEntry.id).where(
                AuditEntry.action == "careplan.view")) is None
        # and she may not write a plan
        with pytest.raises(PermissionDenied):
            care_plans.add_update(opened.db, opened.actor, house.goal_id,
                                  UpdateInput(day=TODAY, note="Hello"))
        assert [g.goal_id for g in care_plans.overdue_goals(opened.db, opened.actor).goals
                ] == [house.goal_id]
    finally:
        opened.db.dispose()


def test_a_counselor_reads_the_note_and_an_unlisted_one_sees_no_overdue_goal(house):
    opened = access.log_in(house.vault, "sujin", COUNSELOR_PASSWORD)
    try:
        plan = care_plans.member_plan(opened.db, opened.actor, house.member_id,
                                      purpose=Read.OPEN)
        assert plan.notes_shown and plan.goals[0].updates[0].note == NOTE
        update = care_plans.add_update(opened.db, opened.actor, house.goal_id, UpdateInput(
            day=TODAY, note="She signed the lease", status="achieved"))
        assert update.author == "Counselor Sujin"
        overdue = care_plans.overdue_goals(opened.db, opened.actor)
        assert overdue.scope == "unlisted" and overdue.goals == ()
    finally:
        opened.db.dispose()


def test_the_demo_has_care_plans_some_overdue_with_notes(db, admin):
    demo.build_demo(db, admin, members=24, seed=7, today=TODAY)
    with db.transaction() as s:
        goals = s.execute(text("SELECT count(*) FROM care_goals")).scalar_one()
        notes = s.execute(text("SELECT note FROM care_goal_updates")).scalars().all()
    assert goals >= 10 and notes
    assert all(n.startswith("sealed:") for n in notes if n)  # sealed like any note
    overdue = care_plans.overdue_goals(db, admin).goals
    assert overdue and all(g.target_on < TODAY for g in overdue)
    plan = care_plans.member_plan(db, admin, overdue[0].member_id, purpose=Read.REFRESH)
    assert plan.goals[0].area == "safety"  # every plan starts with safety
    assert any(u.note for g in plan.goals for u in g.updates) or len(plan.goals) >= 2


def test_a_purpose_must_be_a_read(db, admin):
    hana = admit(db, admin)
    with pytest.raises(TypeError):
        care_plans.member_plan(db, admin, hana, purpose="open")  # type: ignore[arg-type]
