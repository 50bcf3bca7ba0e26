"""Erasing a member (everything, or only her notes), and the people who left longer ago
than the retention period. Administrators only, with a typed confirmation; the audit
keeps that it happened, not what was erased."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from safehouse.errors import NotFound, PermissionDenied, ValidationError
from safehouse.models import AuditEntry, Role
from safehouse.services import households, keep_away, members, purge, rooms
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberDetail, MemberInput, RetentionCandidate
from safehouse.services.reading import Read
from safehouse.storage import migrate
from safehouse.storage.db import Database
from tests.conftest import make_admin
from tests.services.test_permissions import everything, role_actors


def admit(db: Database, admin: Actor, name: str, **fields: object) -> MemberDetail:
    fields.setdefault("status", "active")
    fields.setdefault("joined_on", date(2010, 1, 1))
    return members.create_member(db, admin, MemberInput(name=name, **fields))  # type: ignore[arg-type]


def audit_rows(db: Database) -> list[tuple[str, int | None, int | None, str]]:
    with db.transaction() as s:
        return [(a.action, a.entity_id, a.member_id, a.detail)
                for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def codes(db: Database, admin: Actor) -> list[str]:
    return [m.code for m in members.list_members(db, admin)]


@pytest.fixture
def family(db: Database, admin: Actor) -> dict[str, MemberDetail]:
    """Hana (with notes, a keep-away list, a room, a household with her daughter Bom),
    Somang whom Hana referred and whose keep-away list names Hana."""
    hana = admit(db, admin, "김하나", alias="Hana", phone="010-0000-0001",
                 notes="Counselling weekly.")
    bom = admit(db, admin, "김봄", status="enquiry", joined_on=None)
    somang = admit(db, admin, "Park Somang", referred_by_code=hana.code)
    households.create_household(db, admin, hana.id, name="김하나 family")
    hh = households.household_of(db, admin, hana.id)
    assert hh is not None
    households.add_to_household(db, admin, hh.id, bom.id, "child")
    keep_away.save_keep_away(db, admin, hana.id, person_name="Broker Choi",
                             relation="broker", description="Met in Yanji, 2019")
    keep_away.save_keep_away(db, admin, somang.id, person_name="김하나",
                             relation="other", description="Quarrel in 2023",
                             linked_member_code=hana.code)
    room = rooms.create_room(db, admin, name="Room 1", floor=1, capacity=2)
    rooms.assign(db, admin, hana.id, room.id, date(2024, 1, 1))
    return {"hana": hana, "bom": bom, "somang": somang}


def test_a_wrong_confirmation_changes_nothing(db, admin, family):
    hana = family["hana"]
    before = everything(db)
    for typed in ("", "M-0002", "m-0001", "M-000", "ERASE 1"):
        with pytest.raises(ValidationError) as info:
            purge.erase_member(db, admin, hana.id, typed)
        assert info.value.field == "confirmation"
        assert hana.code in info.value.message
        with pytest.raises(ValidationError):
            purge.erase_notes(db, admin, hana.id, typed)
    assert everything(db) == before
    kept = members.get_member(db, admin, hana.id, purpose=Read.REFRESH)
    assert kept.notes == "Counselling weekly."


def test_erasing_removes_her_and_everything_about_her(db, admin, family):
    hana, bom, somang = family["hana"], family["bom"], family["somang"]
    purge.erase_member(db, admin, hana.id, " M-0001 ")

    assert codes(db, admin) == ["M-0002", "M-0003"]
    with pytest.raises(NotFound):
        members.get_member(db, admin, hana.id, purpose=Read.REFRESH)
    # the household stays for her daughter, no longer named after her
    hh = households.household_of(db, admin, bom.id)
    assert hh is not None
    assert [m.code for m in hh.members] == [bom.code]
    assert "김하나" not in hh.name
    # Somang keeps her own entry, without the link to Hana; nobody says Hana referred her
    (entry,) = keep_away.list_keep_aways(db, admin, somang.id, purpose=Read.REFRESH)
    assert (entry.person_name, entry.description) == ("김하나", "Quarrel in 2023")
    assert entry.linked_member_code is None
    assert members.get_member(db, admin, somang.id, purpose=Read.REFRESH).referred_by_code is None
    # her bed is free, and her room history gone
    (board,) = rooms.board(db, admin, date(2025, 1, 1))
    assert board.occupants == ()
    rest = everything(db)
    assert rest["assignments"] == []
    assert [row for row in rest["keep_aways"] if row[1] == hana.id] == []
    # the code is never handed out again
    assert admit(db, admin, "Lee Nari").code == "M-0004"


def test_an_emptied_household_is_removed(db, admin):
    hana = admit(db, admin, "김하나")
    households.create_household(db, admin, hana.id)
    purge.erase_member(db, admin, hana.id, hana.code)
    assert households.list_households(db, admin) == []


def test_the_audit_keeps_that_it_happened_not_what(db, admin, family):
    hana = family["hana"]
    before = audit_rows(db)
    purge.erase_member(db, admin, hana.id, hana.code)
    after = audit_rows(db)
    assert after[: len(before)] == before  # nothing in the trail is erased
    assert after[len(before):] == [("member.purge", hana.id, hana.id, "")]
    text = repr(after)
    for secret in ("김하나", "Hana", "Broker", "Yanji", "Counselling", hana.code):
        assert secret not in text


def test_erasing_only_her_notes_keeps_the_rest(db, admin, family):
    hana = family["hana"]
    before = len(audit_rows(db))
    purge.erase_notes(db, admin, hana.id, hana.code)
    after = members.get_member(db, admin, hana.id, purpose=Read.REFRESH)
    assert after.notes == ""
    assert (after.name, after.alias, after.phone) == ("김하나", "Hana", "010-0000-0001")
    (entry,) = keep_away.list_keep_aways(db, admin, hana.id, purpose=Read.REFRESH)
    assert (entry.person_name, entry.relation, entry.description) == (
        "Broker Choi", "broker", "")
    # Somang's own entry about Hana is Somang's: untouched
    (theirs,) = keep_away.list_keep_aways(db, admin, family["somang"].id, purpose=Read.REFRESH)
    assert theirs.description == "Quarrel in 2023"
    purges = [row for row in audit_rows(db)[before:] if row[0].endswith("purge")]
    assert purges == [("member.notes.purge", hana.id, hana.id,
                       "care_plan.notes,keep_away.description,notes")]


def test_retention_candidates_are_those_who_left_long_enough_ago(db, admin):
    today = date(2025, 6, 15)
    admit(db, admin, "Alumna long ago", status="alumni", left_on=date(2018, 3, 1))
    admit(db, admin, "Exited long ago", status="exited", left_on=date(2016, 9, 30))
    admit(db, admin, "Left on the day", status="alumni", left_on=date(2020, 6, 15))
    admit(db, admin, "Left a day before", status="exited", left_on=date(2020, 6, 14))
    admit(db, admin, "Recent alumna", status="alumni", left_on=date(2024, 1, 1))
    admit(db, admin, "Still active")

    found = purge.retention_candidates(db, admin, 5, on=today)
    ids = {m.code: m.id for m in members.list_members(db, admin)}
    assert found == [
        RetentionCandidate(member_id=ids["M-0002"], code="M-0002", left_on=date(2016, 9, 30)),
        RetentionCandidate(member_id=ids["M-0001"], code="M-0001", left_on=date(2018, 3, 1)),
        RetentionCandidate(member_id=ids["M-0004"], code="M-0004", left_on=date(2020, 6, 14)),
    ]
    assert [c.code for c in purge.retention_candidates(db, admin, 8, on=today)] == [
        "M-0002"]
    assert purge.retention_candidates(db, admin, 50, on=today) == []
    for years in (0, 51):
        with pytest.raises(ValidationError) as info:
            purge.retention_candidates(db, admin, years, on=today)
        assert info.value.field == "retention_years"


def test_erasing_several_at_once_needs_erase_and_their_number(db, admin):
    gone = [admit(db, admin, f"Alumna {n}", status="alumni", left_on=date(2015, 1, n))
            for n in (1, 2)]
    stays = admit(db, admin, "Park Somang")
    ids = [m.id for m in gone]
    before = everything(db)
    for typed in ("ERASE 1", "erase 2", "ERASE", "2"):
        with pytest.raises(ValidationError) as info:
            purge.erase_members(db, admin, ids, typed)
        assert info.value.field == "confirmation"
        assert "ERASE 2" in info.value.message
    # one of them already gone: all or nothing
    with pytest.raises(NotFound):
        purge.erase_members(db, admin, [*ids, 999], "ERASE 3")
    assert everything(db) == before

    assert purge.erase_members(db, admin, ids, "ERASE 2") == 2
    assert codes(db, admin) == [stays.code]
    actions = [a for a in audit_rows(db) if a[0] == "member.purge"]
    assert sorted(a[1] for a in actions) == sorted(ids)


def test_only_administrators_may_erase(db, admin, family):
    hana = family["hana"]
    actors = role_actors(db, admin)
    before = everything(db)
    for role in (Role.MANAGER, Role.COUNSELOR, Role.STAFF):
        actor = actors[role]
        for call in (
            lambda a: purge.erase_member(db, a, hana.id, hana.code),
            lambda a: purge.erase_notes(db, a, hana.id, hana.code),
            lambda a: purge.erase_members(db, a, [hana.id], "ERASE 1"),
            lambda a: purge.retention_candidates(db, a, 1),
        ):
            with pytest.raises(PermissionDenied) as info:
                call(actor)
            assert role.value in info.value.message
    assert everything(db) == before
    purge.erase_member(db, actors[Role.ADMINISTRATOR], hana.id, hana.code)
    assert hana.code not in codes(db, admin)


# --- nothing left in the file ---------------------------------------------------------

CANARIES = ("CANARYNAME7Q", "CANARYALIAS3Z", "CANARYNOTE9X", "CANARYBROKER5K",
            "CANARYWHERE2J", "카나리아하나", "카나리아메모", "카나리아브로커")


def _hits(folder: Path) -> list[str]:
    found = []
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = folder / f"canary.db{suffix}"
        if not path.exists():
            continue
        raw = path.read_bytes()
        for canary in CANARIES:
            for encoding in ("utf-8", "utf-16-le"):
                if canary.encode(encoding) in raw:
                    found.append(f"{canary} ({encoding}) in {path.name}")
    return found


def test_an_erased_member_leaves_no_trace_in_the_sqlite_files(tmp_path):
    # A plain, unencrypted database on purpose: the encrypted file of the real program
    # would hide the canaries whether or not they were erased, and this test is about
    # erasure (secure_delete, and the checkpoint that empties the write-ahead log).
    db = Database(make_url("sqlite+pysqlite:///" + str(tmp_path / "canary.db")))
    try:
        migrate.upgrade(db)
        admin = make_admin(db)
        other = admit(db, admin, "Park Somang", notes="Nothing to hide here.")
        hana = admit(db, admin, "CANARYNAME7Q 카나리아하나", alias="CANARYALIAS3Z",
                     notes="CANARYNOTE9X 카나리아메모 " * 20)
        keep_away.save_keep_away(db, admin, hana.id,
                                 person_name="CANARYBROKER5K 카나리아브로커",
                                 relation="broker", description="CANARYWHERE2J " * 10)
        keep_away.save_keep_away(db, admin, other.id, person_name="Broker Choi",
                                 relation="broker", linked_member_code=hana.code)
        # edit her notes once, so that an old version of the row exists too
        members.update_member(db, admin, hana.id, members.get_member(
            db, admin, hana.id, purpose=Read.REFRESH).to_input())
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert _hits(tmp_path), "the canaries should be in the file before the erasure"

        purge.erase_member(db, admin, hana.id, hana.code)

        assert _hits(tmp_path) == []
        assert codes(db, admin) == [other.code]  # the rest is still readable
    finally:
        db.dispose()
    assert _hits(tmp_path) == []
