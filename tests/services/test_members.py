"""Members: codes, validation, status changes, referrals, and what the audit keeps."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, select

from safehouse.changes import Change, ChangeKind
from safehouse.errors import ConflictError, NotFound, ValidationError, ValidationErrors
from safehouse.models import AuditEntry, Member
from safehouse.services import auth, members, rooms
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput, MembershipPeriod
from safehouse.services.reading import Read
from safehouse.storage.db import Database
from tests.conftest import TEST_PASSWORD

HANA = MemberInput(name="김하나", status="active", joined_on=date(2024, 3, 1))
SOMANG = MemberInput(name="Park Somang", alias="Somang", status="enquiry")


def audit_rows(db: Database) -> list[AuditEntry]:
    with db.transaction() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def state(db: Database, actor: Actor) -> tuple[object, ...]:
    """Everything a user could see about the members, to compare before and after."""
    listed = members.list_members(db, actor, on=date(2025, 6, 1))
    return (
        listed,
        [members.get_member(db, actor, m.id, purpose=Read.REFRESH) for m in listed],
        [rooms.room_history(db, actor, m.id) for m in listed],
        # Reading a profile is audited (member.view); count only the other entries.
        len([r for r in audit_rows(db) if r.action != "member.view"]),
    )


def make_user(db: Database, admin: Actor, username: str, role: str) -> Actor:
    info = auth.create_user(db, admin, username=username, display_name=username,
                            role=role, password=TEST_PASSWORD)
    return Actor(id=info.id, username=info.username, display_name=info.display_name,
                 role=info.role)


# --- codes ------------------------------------------------------------------------------


def test_codes_are_handed_out_in_order(db, admin):
    codes = [members.create_member(db, admin, SOMANG).code for _ in range(3)]
    assert codes == ["M-0001", "M-0002", "M-0003"]


def test_a_code_is_never_reused_even_after_the_member_is_erased(db, admin):
    members.create_member(db, admin, HANA)
    second = members.create_member(db, admin, SOMANG)
    with db.transaction() as s:  # erased behind the services' back
        s.execute(delete(Member).where(Member.id == second.id))
    assert members.create_member(db, admin, SOMANG).code == "M-0003"
    with db.transaction() as s:
        s.execute(delete(Member))
    assert members.create_member(db, admin, SOMANG).code == "M-0004"


def test_a_refused_member_does_not_use_up_a_code(db, admin):
    with pytest.raises(ValidationError):
        members.create_member(db, admin, MemberInput(name="  "))
    assert members.create_member(db, admin, SOMANG).code == "M-0001"


def test_find_member_by_code_ignores_case_and_spaces(db, admin):
    created = members.create_member(db, admin, HANA)
    assert members.find_member(db, admin, " m-0001 ", purpose=Read.REFRESH).id == created.id
    with pytest.raises(NotFound, match="M-0042"):
        members.find_member(db, admin, "m-0042", purpose=Read.REFRESH)


# --- validation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (MemberInput(name=""), "name"),
        (MemberInput(name="김하나", sex="unknown"), "sex"),
        (MemberInput(name="김하나", birth_year=1850), "birth_year"),
        (MemberInput(name="김하나", status="resident"), "status"),
        (MemberInput(name="김하나", status="active"), "joined_on"),
        (MemberInput(name="김하나", status="alumni", joined_on=date(2024, 1, 1)), "left_on"),
        (MemberInput(name="김하나", status="active", joined_on=date(2099, 1, 1)), "joined_on"),
        (MemberInput(name="김하나", referred_by_code="friend"), "referred_by"),
    ],
)
def test_a_broken_rule_names_its_field_and_writes_nothing(db, admin, data, field):
    with pytest.raises(ValidationError) as info:
        members.create_member(db, admin, data)
    assert info.value.field == field
    assert members.list_members(db, admin) == []
    assert audit_rows(db)[-1].action == "setup"


def test_several_broken_rules_are_reported_together(db, admin):
    data = MemberInput(name="", sex="unknown", status="active")
    with pytest.raises(ValidationErrors) as info:
        members.create_member(db, admin, data)
    fields = {e.field for e in info.value.errors}
    assert fields == {"name", "sex", "joined_on"}
    assert "sex" in str(info.value)
    assert members.list_members(db, admin) == []


def test_leaving_date_before_joining_date_is_refused_naming_both(db, admin):
    data = MemberInput(name="김하나", status="alumni", joined_on=date(2024, 5, 2),
                       left_on=date(2024, 5, 1))
    with pytest.raises(ValidationError) as info:
        members.create_member(db, admin, data)
    assert info.value.field == "left_on"
    assert "2024-05-01" in info.value.message and "2024-05-02" in info.value.message


def test_joining_and_leaving_on_the_same_day_is_allowed(db, admin):
    same = date(2024, 5, 2)
    m = members.create_member(db, admin, MemberInput(name="김하나", status="exited",
                                                     joined_on=same, left_on=same))
    assert (m.joined_on, m.left_on) == (same, same)


def test_a_refused_edit_leaves_the_member_unchanged(db, admin):
    m = members.create_member(db, admin, HANA)
    before = state(db, admin)
    bad = MemberInput(name="김하나 (edited)", status="alumni", joined_on=date(2024, 3, 1),
                      left_on=date(2024, 2, 1))
    with pytest.raises(ValidationError):
        members.update_member(db, admin, m.id, bad)
    assert state(db, admin) == before


def test_editing_a_member_changes_what_is_shown_and_tells_the_views(db, admin):
    m = members.create_member(db, admin, HANA)
    seen: list[Change] = []
    db.add_listener(seen.append)
    new = members.update_member(db, admin, m.id, MemberInput(
        name="김하나", alias="Hana", status="active", joined_on=date(2024, 3, 1),
        birth_year=1990))
    assert (new.alias, new.birth_year) == ("Hana", 1990)
    assert members.get_member(db, admin, m.id, purpose=Read.REFRESH) == new
    assert Change(ChangeKind.MEMBER, (m.id,)) in seen


def test_editing_a_member_that_is_gone_says_so(db, admin):
    with pytest.raises(NotFound):
        members.update_member(db, admin, 999, HANA)


# --- referrals --------------------------------------------------------------------------


def test_a_member_can_be_referred_by_another(db, admin):
    hana = members.create_member(db, admin, HANA)
    somang = members.create_member(db, admin, MemberInput(name="Park Somang",
                                                          referred_by_code="m-0001"))
    assert somang.referred_by_code == hana.code
    assert somang.referred_by_name == "김하나"


def test_referral_by_an_unknown_member_is_refused(db, admin):
    members.create_member(db, admin, HANA)
    with pytest.raises(ValidationError) as info:
        members.create_member(db, admin, MemberInput(name="Park Somang",
                                                     referred_by_code="M-0042"))
    assert info.value.field == "referred_by"
    assert "M-0042" in info.value.message
    assert len(members.list_members(db, admin)) == 1


def test_a_member_cannot_refer_herself(db, admin):
    hana = members.create_member(db, admin, HANA)
    with pytest.raises(ValidationError) as info:
        members.update_member(db, admin, hana.id, MemberInput(
            name="김하나", status="active", joined_on=date(2024, 3, 1),
            referred_by_code=hana.code))
    assert info.value.field == "referred_by"
    assert members.get_member(db, admin, hana.id, purpose=Read.REFRESH).referred_by_code is None


def test_a_new_member_cannot_refer_herself_with_the_code_she_is_about_to_get(db, admin):
    with pytest.raises(ValidationError) as info:
        members.create_member(db, admin, MemberInput(name="김하나",
                                                     referred_by_code="M-0001"))
    assert info.value.field == "referred_by"
    assert members.list_members(db, admin) == []


# --- status -----------------------------------------------------------------------------


def test_becoming_active_fills_the_joining_date(db, admin):
    m = members.create_member(db, admin, SOMANG)
    after = members.set_status(db, admin, m.id, "active", on=date(2025, 2, 3))
    assert (after.status, after.joined_on, after.left_on) == ("active", date(2025, 2, 3), None)


def test_leaving_fills_the_leaving_date_and_moves_her_out_of_her_room(db, admin):
    m = members.create_member(db, admin, HANA)
    room = rooms.create_room(db, admin, name="101", floor=1, capacity=2)
    rooms.assign(db, admin, m.id, room.id, date(2024, 3, 1))
    after = members.set_status(db, admin, m.id, "alumni", on=date(2025, 1, 10))
    assert (after.status, after.left_on) == ("alumni", date(2025, 1, 10))
    [stay] = rooms.room_history(db, admin, m.id)
    assert stay.end_on == date(2025, 1, 10)
    assert rooms.room_of(db, admin, m.id, date(2025, 1, 9)) is not None
    assert rooms.room_of(db, admin, m.id, date(2025, 1, 10)) is None


def test_coming_back_starts_a_new_period_and_keeps_the_earlier_one(db, admin):
    m = members.create_member(db, admin, HANA)
    members.set_status(db, admin, m.id, "exited", on=date(2024, 8, 1))
    back = members.set_status(db, admin, m.id, "active", on=date(2025, 1, 1))
    assert (back.joined_on, back.left_on) == (date(2025, 1, 1), None)
    assert back.periods == (
        MembershipPeriod(date(2024, 3, 1), date(2024, 8, 1), "exited"),
        MembershipPeriod(date(2025, 1, 1)),
    )


def test_leaving_before_moving_into_her_room_is_refused_and_changes_nothing(db, admin):
    m = members.create_member(db, admin, HANA)
    room = rooms.create_room(db, admin, name="101", floor=1, capacity=2)
    rooms.assign(db, admin, m.id, room.id, date(2025, 3, 1))
    before = state(db, admin)
    with pytest.raises(ConflictError, match="2025-03-01"):
        members.set_status(db, admin, m.id, "exited", on=date(2025, 2, 1))
    assert state(db, admin) == before


def test_an_unknown_status_is_refused_naming_the_field(db, admin):
    m = members.create_member(db, admin, HANA)
    with pytest.raises(ValidationError) as info:
        members.set_status(db, admin, m.id, "resident", on=date(2025, 1, 1))
    assert info.value.field == "status"
    assert members.get_member(db, admin, m.id, purpose=Read.REFRESH).status == "active"


# --- who sees what ----------------------------------------------------------------------


def test_list_shows_the_room_each_member_is_in_on_the_day(db, admin):
    hana = members.create_member(db, admin, HANA)
    members.create_member(db, admin, SOMANG)
    room = rooms.create_room(db, admin, name="201", floor=2, capacity=1)
    rooms.assign(db, admin, hana.id, room.id, date(2025, 1, 1))
    listed = {m.code: m.room for m in members.list_members(db, admin, on=date(2025, 1, 5))}
    assert listed == {"M-0001": "201", "M-0002": ""}
    earlier = {m.code: m.room for m in members.list_members(db, admin, on=date(2024, 12, 31))}
    assert earlier == {"M-0001": "", "M-0002": ""}


def test_staff_do_not_see_phone_or_notes(db, admin):
    m = members.create_member(db, admin, MemberInput(name="김하나", phone="010-1234-5678",
                                                     notes="prefers mornings"))
    staff = make_user(db, admin, "staff1", "staff")
    counselor = make_user(db, admin, "coun1", "counselor")
    seen_by_staff = members.get_member(db, staff, m.id, purpose=Read.REFRESH)
    assert (seen_by_staff.phone, seen_by_staff.notes) == ("", "")
    assert members.find_member(db, staff, m.code, purpose=Read.REFRESH).phone == ""
    assert members.get_member(db, counselor, m.id, purpose=Read.REFRESH).phone == "010-1234-5678"


# --- audit ------------------------------------------------------------------------------


def test_changes_are_audited_by_field_name_never_by_value(db, admin):
    secret_phone = "010-9876-0042"
    secret_note = "은신처 주소 XQZ-7731"
    m = members.create_member(db, admin, MemberInput(name="Park Somang", phone=secret_phone))
    members.update_member(db, admin, m.id, MemberInput(
        name="Park Somang", phone=secret_phone, notes=secret_note, alias="Somang"))
    members.set_status(db, admin, m.id, "active", on=date(2025, 1, 1))
    rows = [r for r in audit_rows(db) if r.member_id == m.id]
    assert [r.action for r in rows] == ["member.create", "member.update", "member.status"]
    assert set(rows[1].detail.split(",")) == {"alias", "notes"}
    assert rows[1].username == "admin" and rows[1].entity_id == m.id
    for row in audit_rows(db):
        for column in AuditEntry.__table__.columns:
            value = str(getattr(row, column.key))
            for secret in (secret_phone, secret_note, "Park Somang", "Somang"):
                assert secret not in value


def test_leaving_through_the_edit_form_also_moves_her_out(db, admin):
    m = members.create_member(db, admin, HANA)
    room = rooms.create_room(db, admin, name="101", floor=1, capacity=1)
    rooms.assign(db, admin, m.id, room.id, date(2024, 3, 1))
    members.update_member(db, admin, m.id, MemberInput(
        name="김하나", status="exited", joined_on=date(2024, 3, 1), left_on=date(2025, 1, 10)))
    assert rooms.room_of(db, admin, m.id, date(2025, 1, 9)) is not None
    assert rooms.room_of(db, admin, m.id, date(2025, 1, 10)) is None
    assert [o.free_beds for o in rooms.board(db, admin, date(2025, 2, 1))] == [1]
