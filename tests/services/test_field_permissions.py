"""Sensitive fields: each role sees exactly the fields the permission table gives it, in
everything the services return to that role; a field the table does not name for a
role is hidden from it."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

import pytest

from safehouse.models import Role
from safehouse.services import (
    care_plans,
    keep_away,
    member_csv,
    members,
    permissions,
    wellbeing,
)
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.care_plans import GoalInput, UpdateInput
from safehouse.services.dto.people import MemberInput
from safehouse.services.dto.wellbeing import ResponseInput
from safehouse.services.permissions import FIELDS, Action, Field, allowed, can_see
from safehouse.services.reading import Read
from safehouse.storage.db import Database
from tests.services.test_permissions import role_actors

# Each sensitive field with a value that appears nowhere else, to look for in the output.
SEEDED: dict[Field, str] = {
    Field.MEMBER_PHONE: "010-5555-0147",
    Field.MEMBER_NOTES: "Sees the counsellor on Tuesdays",
    Field.KEEPAWAY_PERSON_NAME: "Broker Choi Yeongsu",
    Field.KEEPAWAY_DESCRIPTION: "Last seen near Yanji station",
    Field.KEEPAWAY_RELATION: "former_partner",
    # as the responses' repr shows them
    Field.SCREENING_RESULTS: "answers=(3, 1, 3, 1, 3, 1, 3, 1, 2)",
    Field.CHECKIN_ANSWERS: "answers=(4, 1)",
    Field.CARE_PLAN_NOTES: "Viewed two flats near Guro market",
}
SCREENING = (3, 1, 3, 1, 3, 1, 3, 1, 2)
CHECK_IN = (4, 1)


def seed(db: Database, admin: Actor) -> int:
    hana = members.create_member(db, admin, MemberInput(
        name="김하나", alias="Hana", status="active", joined_on=date(2024, 1, 1),
        phone=SEEDED[Field.MEMBER_PHONE], notes=SEEDED[Field.MEMBER_NOTES]))
    keep_away.save_keep_away(
        db, admin, hana.id, person_name=SEEDED[Field.KEEPAWAY_PERSON_NAME],
        relation=SEEDED[Field.KEEPAWAY_RELATION],
        description=SEEDED[Field.KEEPAWAY_DESCRIPTION])
    for instrument, answers in (("phq9", SCREENING), ("yearly", CHECK_IN)):
        wellbeing.record_response(db, admin, ResponseInput(
            hana.id, instrument, date(2025, 5, 1), answers))
    goal = care_plans.add_goal(db, admin, hana.id, GoalInput(area="housing",
                                                              text="Find a flat"))
    care_plans.add_update(db, admin, goal.id, UpdateInput(
        day=date(2025, 3, 1), note=SEEDED[Field.CARE_PLAN_NOTES], status="in_progress"))
    return hana.id


def outputs(db: Database, actor: Actor, member_id: int) -> str:
    """Everything the services give this person about the member, as one text."""
    got: list[Any] = []
    if allowed(actor, Action.MEMBER_VIEW):
        got.append(members.list_members(db, actor))
        got.append(members.get_member(db, actor, member_id, purpose=Read.REFRESH))
        got.append(members.find_member(db, actor, "M-0001", purpose=Read.REFRESH))
    if allowed(actor, Action.KEEPAWAY_VIEW):
        got.append(keep_away.list_keep_aways(db, actor, member_id, purpose=Read.REFRESH))
    if allowed(actor, Action.WELLBEING_VIEW):
        got.append(wellbeing.list_responses(db, actor, member_id, purpose=Read.REFRESH))
    if allowed(actor, Action.CARE_PLAN_VIEW):
        got.append(care_plans.member_plan(db, actor, member_id, purpose=Read.REFRESH))
        got.append(care_plans.overdue_goals(db, actor))
    if allowed(actor, Action.EXPORT):
        got.append(member_csv.export_members(db, actor).data.decode("utf-8-sig"))
    return repr(got)


def seen(text: str) -> frozenset[Field]:
    return frozenset(f for f, value in SEEDED.items() if value in text)


def test_every_sensitive_field_is_walked():
    assert set(SEEDED) == set(Field)
    assert set(FIELDS) == set(Role)


def test_each_role_sees_exactly_the_fields_the_table_gives_it(db, admin):
    member_id = seed(db, admin)
    actors = role_actors(db, admin)
    for role, actor in actors.items():
        visible = seen(outputs(db, actor, member_id))
        assert visible == FIELDS[role], role.value
        assert visible == {f for f in Field if can_see(actor, f)}, role.value


def test_staff_see_no_phone_and_no_notes_while_counselors_do(db, admin):
    member_id = seed(db, admin)
    actors = role_actors(db, admin)
    staff = members.get_member(db, actors[Role.STAFF], member_id, purpose=Read.REFRESH)
    assert (staff.name, staff.phone, staff.notes) == ("김하나", "", "")
    counselor = members.get_member(db, actors[Role.COUNSELOR], member_id, purpose=Read.REFRESH)
    assert counselor.phone == SEEDED[Field.MEMBER_PHONE]
    assert counselor.notes == SEEDED[Field.MEMBER_NOTES]


def test_the_export_never_carries_phone_or_notes(db, admin):
    member_id = seed(db, admin)
    text = member_csv.export_members(db, admin).data.decode("utf-8-sig")
    assert "김하나" in text
    assert seen(text) == frozenset()
    assert member_id


def test_a_field_the_table_does_not_name_is_hidden(db, admin, monkeypatch):
    member_id = seed(db, admin)
    # as if Field.MEMBER_NOTES and KEEPAWAY_DESCRIPTION were new and nobody had been
    # given them yet
    for role in Role:
        monkeypatch.setitem(permissions.FIELDS, role, FIELDS[role] - {
            Field.MEMBER_NOTES, Field.KEEPAWAY_DESCRIPTION})
    detail = members.get_member(db, admin, member_id, purpose=Read.REFRESH)
    assert detail.notes == "" and detail.phone == SEEDED[Field.MEMBER_PHONE]
    (entry,) = keep_away.list_keep_aways(db, admin, member_id, purpose=Read.REFRESH)
    assert entry.description == "" and entry.person_name == SEEDED[
        Field.KEEPAWAY_PERSON_NAME]


class LaterField(enum.StrEnum):
    """A sensitive field someone might add later."""

    MEMBER_HEALTH = "member.health"


@pytest.mark.parametrize("role", [*Role, "visitor"])
def test_an_unknown_field_or_role_is_denied(role):
    actor = Actor(id=1, username="someone", display_name="Someone", role=str(role))
    assert not can_see(actor, LaterField.MEMBER_HEALTH)  # type: ignore[arg-type]
    if role == "visitor":
        assert not any(can_see(actor, f) for f in Field)
