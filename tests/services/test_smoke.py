from datetime import date

from safehouse.services import members, rooms
from safehouse.services.dto import MemberInput


def test_member_and_room_roundtrip(db, admin):
    m = members.create_member(db, admin, MemberInput(name="김하나", status="active",
                                                     joined_on=date(2025, 1, 2)))
    assert m.code == "M-0001"
    r = rooms.create_room(db, admin, name="101", floor=1, capacity=2)
    a = rooms.assign(db, admin, m.id, r.id, date(2025, 1, 3), bed_label="A")
    assert a.room_name == "101"
    b = rooms.board(db, admin, date(2025, 2, 1))
    assert b[0].occupants[0].member_name == "김하나"
