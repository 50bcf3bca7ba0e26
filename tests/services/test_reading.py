"""Reads audited once, on purpose: a person opening a record writes one view line; a
refresh, a list or a count writes none. The caller must say which (``purpose``)."""

from __future__ import annotations

import ast
import inspect
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

import safehouse.services
from safehouse.audit_actions import AuditAction
from safehouse.models import AuditEntry
from safehouse.services import households, keep_away, members, rooms
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.services.reading import Read
from safehouse.storage.db import Database
from tests.services.test_permissions import acting_functions

# The reads of a person's record or a confidential list. A new one (counseling notes,
# screening answers) belongs here too.
CONFIDENTIAL_READS = {
    "members.get_member",
    "members.find_member",
    "keep_away.list_keep_aways",
    "wellbeing.list_responses",
    "wellbeing.get_response",
    "wellbeing.trends",
    "care_plans.member_plan",
    "session_notes.open_notes",
}
SERVICES = Path(safehouse.services.__file__).parent


def views(db: Database, action: str = "member.view") -> list[tuple[str, int | None]]:
    with db.transaction() as s:
        return [(e.username, e.member_id) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))]


def member(db: Database, admin: Actor, name: str) -> MemberDetail:
    return members.create_member(db, admin, MemberInput(
        name=name, phone="010-5555-0101", status="active", joined_on=date(2024, 1, 1)))


def test_every_confidential_read_requires_a_purpose():
    found = dict(acting_functions())
    takes_purpose = {key for key, fn in found.items()
                     if "purpose" in inspect.signature(fn).parameters}
    assert takes_purpose == CONFIDENTIAL_READS
    for key in CONFIDENTIAL_READS:
        parameter = inspect.signature(found[key]).parameters["purpose"]
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, key
        assert parameter.default is inspect.Parameter.empty, f"{key}: no default purpose"
        assert parameter.annotation in (Read, "Read"), key


def _names_a_view(node: ast.expr) -> bool:
    """``"member.view"`` or ``AuditAction.MEMBER_VIEW``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.endswith(".view")
    if isinstance(node, ast.Attribute) and node.attr in AuditAction.__members__:
        return AuditAction[node.attr].value.endswith(".view")
    return False


def test_view_lines_are_written_only_through_record_read():
    """A ``….view`` audit line goes through reading.record_read, which knows the
    purpose; audit.record with a view action anywhere else would audit every refresh."""
    bad = []
    for path in sorted(SERVICES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "record"
                    and any(_names_a_view(a) for a in node.args)):
                bad.append(f"{path.name}:{node.lineno}")
    assert bad == []


def test_a_purpose_must_be_a_read(db, admin):
    hana = member(db, admin, "김하나")
    with pytest.raises(TypeError):
        members.get_member(db, admin, hana.id, purpose="open")  # type: ignore[arg-type]
    assert views(db) == []


def test_opening_a_profile_then_working_on_writes_one_view_line(db, admin):
    hana = member(db, admin, "김하나")
    somang = member(db, admin, "Park Somang")
    opened = members.get_member(db, admin, hana.id, purpose=Read.OPEN)
    assert opened.phone == "010-5555-0101"  # an opening shows the whole record
    # her record and others change; each time the open profile is shown again
    members.update_member(db, admin, hana.id, MemberInput(
        name="김하나", alias="Hana", status="active", joined_on=date(2024, 1, 1)))
    members.get_member(db, admin, hana.id, purpose=Read.REFRESH)
    members.update_member(db, admin, somang.id, MemberInput(name="Park Somang"))
    members.get_member(db, admin, hana.id, purpose=Read.REFRESH)
    room = rooms.create_room(db, admin, name="101", floor=1, capacity=2)
    rooms.assign(db, admin, hana.id, room.id, date(2025, 1, 1))
    members.get_member(db, admin, hana.id, purpose=Read.REFRESH)
    assert views(db) == [("admin", hana.id)]
    # a deliberate opening again (she was chosen anew) is a second line
    members.find_member(db, admin, "m-0001", purpose=Read.OPEN)
    assert views(db) == [("admin", hana.id)] * 2


def test_lists_counts_and_the_profiles_parts_write_no_view_line(db, admin):
    hana = member(db, admin, "김하나")
    room = rooms.create_room(db, admin, name="101", floor=1, capacity=2)
    rooms.assign(db, admin, hana.id, room.id, date(2025, 1, 1))
    households.create_household(db, admin, hana.id)
    keep_away.save_keep_away(db, admin, hana.id, person_name="Broker Choi",
                             relation="broker")
    assert [m.id for m in members.list_members(db, admin)] == [hana.id]
    assert households.household_of(db, admin, hana.id) is not None
    assert len(rooms.room_history(db, admin, hana.id)) == 1
    assert len(households.list_households(db, admin)) == 1
    assert views(db) == [] and views(db, "keepaway.view") == []


def test_opening_a_keep_away_list_once_writes_one_line(db, admin):
    hana = member(db, admin, "김하나")
    keep_away.save_keep_away(db, admin, hana.id, person_name="Broker Choi",
                             relation="broker")
    (entry,) = keep_away.list_keep_aways(db, admin, hana.id, purpose=Read.OPEN)
    assert entry.person_name == "Broker Choi"
    keep_away.save_keep_away(db, admin, hana.id, person_name="Broker Choi Sangwoo",
                             relation="broker", keep_away_id=entry.id)
    (again,) = keep_away.list_keep_aways(db, admin, hana.id, purpose=Read.REFRESH)
    assert again.person_name == "Broker Choi Sangwoo"  # a refresh still reads it all
    assert views(db, "keepaway.view") == [("admin", hana.id)]
    assert views(db) == []  # and it is not a profile view
