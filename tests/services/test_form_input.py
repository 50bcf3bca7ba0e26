"""The service validators the window's forms call refuse what the CSV import refuses:
control characters in text (line breaks only where a field has several lines), and
dates outside 1900–2100, naming the field. Nothing is written."""

from __future__ import annotations

from datetime import date

import pytest

from safehouse.errors import ValidationError, ValidationErrors
from safehouse.services import households, keep_away, members, rooms
from safehouse.services.dto.people import MemberInput
from safehouse.services.member_rules import validate_member
from safehouse.services.reading import Read

TODAY = date(2026, 3, 1)
ANCIENT = date(1, 1, 1)


def fields_of(excinfo: pytest.ExceptionInfo[BaseException]) -> set[str | None]:
    err = excinfo.value
    if isinstance(err, ValidationErrors):
        return {e.field for e in err.errors}
    assert isinstance(err, ValidationError)
    return {err.field}


@pytest.mark.parametrize(("field", "value"), [
    ("name", "김\x00하나"),
    ("name", "Kim\u202eanaH"),
    ("alias", "하나\x1b[31m"),
    ("phone", "010\x07-1234"),
    ("notes", "first line\x00"),
])
def test_a_member_field_with_a_control_character_is_refused(db, admin, field, value):
    data = MemberInput(name="김하나", **{field: value}) if field != "name" \
        else MemberInput(name=value)
    with pytest.raises((ValidationError, ValidationErrors)) as excinfo:
        members.create_member(db, admin, data)
    assert field in fields_of(excinfo)
    assert members.list_members(db, admin) == []


def test_notes_may_have_lines_and_tabs_a_name_may_not_break_lines(db, admin):
    made = members.create_member(db, admin, MemberInput(name="김하나",
                                                        notes="first\r\nsecond\tthird"))
    assert members.get_member(db, admin, made.id, purpose=Read.REFRESH).notes \
        == "first\r\nsecond\tthird"
    assert {e.field for e in validate_member(MemberInput(name="김\n하나"), today=TODAY)} \
        == {"name"}


@pytest.mark.parametrize("field", ["arrived_on", "hanawon_completed_on", "joined_on"])
def test_a_date_before_1900_is_refused_in_the_profile(field):
    given = {"joined_on": date(2024, 1, 1), field: ANCIENT}
    data = MemberInput(name="김하나", status="active", **given)
    errors = validate_member(data, today=TODAY)
    assert field in {e.field for e in errors}
    assert any("1900-01-01" in e.message for e in errors if e.field == field)


def test_the_status_dialog_refuses_a_date_before_1900(db, admin):
    made = members.create_member(db, admin, MemberInput(name="김하나"))
    with pytest.raises(ValidationError) as excinfo:
        members.set_status(db, admin, made.id, "active", on=ANCIENT)
    assert excinfo.value.field == "on"
    assert members.get_member(db, admin, made.id, purpose=Read.REFRESH).status == "enquiry"


def test_the_room_dialogs_refuse_dates_outside_1900_to_2100(db, admin):
    member = members.create_member(db, admin, MemberInput(name="김하나"))
    room = rooms.create_room(db, admin, name="101", floor=1, capacity=2)
    other = rooms.create_room(db, admin, name="102", floor=1, capacity=2)
    with pytest.raises(ValidationError) as excinfo:
        rooms.assign(db, admin, member.id, room.id, ANCIENT)
    assert excinfo.value.field == "start_on"
    with pytest.raises(ValidationError) as excinfo:
        rooms.assign(db, admin, member.id, room.id, date(2026, 1, 1),
                     end_on=date(2101, 1, 1))
    assert excinfo.value.field == "end_on"
    rooms.assign(db, admin, member.id, room.id, date(2026, 1, 1))
    with pytest.raises(ValidationError) as excinfo:
        rooms.move(db, admin, member.id, other.id, date(2200, 1, 1))
    assert excinfo.value.field == "on"
    with pytest.raises(ValidationError) as excinfo:
        rooms.move_out(db, admin, member.id, date(9999, 12, 31))
    assert excinfo.value.field == "end_on"
    (stay,) = rooms.room_history(db, admin, member.id)
    assert (stay.room_name, stay.end_on) == ("101", None)


def test_rooms_beds_keep_away_and_households_refuse_control_characters(db, admin):
    member = members.create_member(db, admin, MemberInput(name="김하나"))
    with pytest.raises(ValidationError) as excinfo:
        rooms.create_room(db, admin, name="10\x001", floor=1, capacity=2)
    assert excinfo.value.field == "name"
    room = rooms.create_room(db, admin, name="101", floor=1, capacity=2)
    with pytest.raises(ValidationError) as excinfo:
        rooms.assign(db, admin, member.id, room.id, date(2026, 1, 1), bed_label="A\x1b")
    assert excinfo.value.field == "bed_label"
    with pytest.raises(ValidationError) as excinfo:
        keep_away.save_keep_away(db, admin, member.id, person_name="Broker\x00",
                                 relation="broker")
    assert excinfo.value.field == "person_name"
    keep_away.save_keep_away(db, admin, member.id, person_name="Broker",
                             relation="broker", description="seen twice\nin March")
    with pytest.raises(ValidationError) as excinfo:
        households.create_household(db, admin, member.id, name="Kim\u202e")
    assert excinfo.value.field == "name"
    assert households.household_of(db, admin, member.id) is None
