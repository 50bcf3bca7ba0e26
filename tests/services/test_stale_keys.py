"""A workstation that logged in before a change of keys made elsewhere (several
workstations on one PostgreSQL server, or two programs on one SQLite file).

Its memory holds the keys as they were at its login. After another workstation rotated
them (an administrator reset a password, disabled an account, lowered a role), a
confidential field it saves must still open for everyone afterwards: sealed under the
current key (picked up through its own slot, which was granted it), or refused with a
message that says to log in again, nothing written. Before this was checked, the value
was sealed under the forgotten key: nobody could read it again, and every later login
of a holder of the key failed on it. All data here is fictional.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import text

from safehouse.errors import ConflictError, KeysChanged
from safehouse.services import access, auth, key_access, members, users
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.services.reading import Read
from safehouse.storage import sealers_lock
from safehouse.storage.db import Database
from safehouse.storage.keyring import KeyRing
from safehouse.storage.vault import Vault
from tests.conftest import TEST_PASSWORD

NOTES = "Fictional note written before the change of keys"
LATER = "Fictional note saved by the other workstation"
MANAGER_PASSWORD = "mina's own pass 34"
COUNSELOR_PASSWORD = "dara's own pass 56"


@dataclass
class House:
    vault: Vault
    db: Database  # workstation A, an administrator's
    admin: Actor
    noted_id: int  # a member with a (sealed) note
    plain_id: int  # a member without one yet
    manager_id: int
    counselor_id: int


@pytest.fixture
def house(vault: Vault) -> Iterator[House]:
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    db, admin = opened.db, opened.actor
    manager = users.create_account(db, admin, username="mina", display_name="Manager Mina",
                                   role="manager", password=MANAGER_PASSWORD,
                                   must_change_password=False)
    counselor = users.create_account(db, admin, username="dara",
                                     display_name="Counselor Dara", role="counselor",
                                     password=COUNSELOR_PASSWORD, must_change_password=False)
    noted = members.create_member(db, admin, MemberInput(name="Fictional Kim", notes=NOTES))
    plain = members.create_member(db, admin, MemberInput(name="Fictional Lee"))
    yield House(vault, db, admin, noted.id, plain.id, manager.id, counselor.id)
    db.dispose()


def _edit(db: Database, actor: Actor, member_id: int, notes: str) -> MemberDetail:
    detail = members.get_member(db, actor, member_id, purpose=Read.REFRESH)
    return members.update_member(db, actor, member_id, MemberInput(
        name=detail.name, status=detail.status, notes=notes), read=detail)


def _notes_at_a_fresh_login(house: House, member_id: int) -> str:
    """What an administrator who logs in now reads (the login seals and checks every
    confidential value: one under a forgotten key fails it)."""
    opened = access.log_in(house.vault, "admin", TEST_PASSWORD)
    try:
        return members.get_member(opened.db, opened.actor, member_id,
                                  purpose=Read.REFRESH).notes
    finally:
        opened.db.dispose()


def _rotations(house: House) -> dict[str, object]:
    return {
        "password reset": lambda: users.reset_password(
            house.db, house.admin, house.counselor_id, "a temporary pass 77"),
        "disabled": lambda: users.disable(house.db, house.admin, house.counselor_id),
        "role lowered": lambda: users.change_role(house.db, house.admin,
                                                  house.counselor_id, "staff"),
    }


ROTATIONS = ["password reset", "disabled", "role lowered"]


def _database_key_rotated(house: House, how: str) -> bool:
    """SQLite re-keys the file when the database key is rotated (not for a lowered
    role, which rotates only the confidential key)."""
    return house.vault.is_sqlite and how != "role lowered"


@pytest.mark.parametrize("how", ROTATIONS)
def test_a_note_saved_on_a_stale_workstation_opens_for_the_next_login(house, how):
    stale = access.log_in(house.vault, "mina", MANAGER_PASSWORD)  # workstation B
    try:
        _rotations(house)[how]()  # on workstation A, finished
        try:
            saved = _edit(stale.db, stale.actor, house.plain_id, LATER)
        except KeysChanged as refused:
            # The file was re-keyed under it: it can only log in again. Nothing written.
            assert _database_key_rotated(house, how)
            assert "Log in again" in refused.message
            expected = ""
        else:
            assert not _database_key_rotated(house, how)
            assert saved.notes == LATER
            expected = LATER
    finally:
        stale.db.dispose()
    assert _notes_at_a_fresh_login(house, house.plain_id) == expected
    assert _notes_at_a_fresh_login(house, house.noted_id) == NOTES


@pytest.mark.parametrize("how", ROTATIONS)
def test_a_stale_workstation_reads_what_was_sealed_under_the_new_key(house, how):
    stale = access.log_in(house.vault, "mina", MANAGER_PASSWORD)
    try:
        _rotations(house)[how]()
        _edit(house.db, house.admin, house.plain_id, LATER)  # under the new key
        try:
            read = [members.get_member(stale.db, stale.actor, member_id,
                                       purpose=Read.REFRESH).notes
                    for member_id in (house.noted_id, house.plain_id)]
        except KeysChanged as refused:
            assert _database_key_rotated(house, how)
            assert "Log in again" in refused.message
        else:
            assert not _database_key_rotated(house, how)
            assert read == [NOTES, LATER]
    finally:
        stale.db.dispose()


def test_a_workstation_whose_own_slot_was_replaced_is_told_to_log_in_again(house):
    """She changed her password on another workstation: her slot (and its key pair) is
    new, so the new keys are not this workstation's to pick up. Its save is refused with
    the message; nothing is written."""
    stale = access.log_in(house.vault, "mina", MANAGER_PASSWORD)
    try:
        other = access.log_in(house.vault, "mina", MANAGER_PASSWORD)
        try:
            auth.change_password(other.db, other.actor, MANAGER_PASSWORD,
                                 "mina's newer pass 78", "mina's newer pass 78")
        finally:
            other.db.dispose()
        with pytest.raises(KeysChanged, match="Log in again"):
            _edit(stale.db, stale.actor, house.plain_id, LATER)
        with pytest.raises(KeysChanged, match="Log in again"):
            members.get_member(stale.db, stale.actor, house.noted_id, purpose=Read.REFRESH)
    finally:
        stale.db.dispose()
    assert _notes_at_a_fresh_login(house, house.plain_id) == ""
    assert _notes_at_a_fresh_login(house, house.noted_id) == NOTES


def test_a_note_saved_while_a_rotation_is_pending_is_sealed_under_the_next_key(house):
    """The next key is in the slots, the values not yet sealed again (another
    workstation is about to): a save seals under the next key, which the old one's
    forgetting leaves readable."""
    stale = access.log_in(house.vault, "mina", MANAGER_PASSWORD)
    try:
        ring = house.db.keyring
        assert isinstance(ring, KeyRing)
        ring.revoke_confidential("dara", rotate=key_access.next_keys(
            house.db, database=False, confidential=True))
        assert ring.pending()
        _edit(stale.db, stale.actor, house.plain_id, LATER)
        key_access.finish(house.db, house.admin)
        assert not ring.pending()
    finally:
        stale.db.dispose()
    assert _notes_at_a_fresh_login(house, house.plain_id) == LATER


def test_sealing_is_refused_while_another_workstation_seals_everything_again(house):
    """PostgreSQL: a rotation's sealing-again holds the sealers' lock; a save meanwhile
    is refused at once (try again), never sealed under a key about to be forgotten."""
    if house.vault.is_sqlite:
        pytest.skip("SQLite: the database's write lock does this")
    with house.db.transaction() as s:
        sealers_lock.hold_sealers(s)
        with pytest.raises(ConflictError):
            _edit(house.db, house.admin, house.plain_id, LATER)
        s.execute(text("SELECT 1"))
    assert _notes_at_a_fresh_login(house, house.plain_id) == ""


def test_a_stale_administrator_can_rotate_again(house):
    """An administrator's second workstation, open since before a rotation made on the
    first, resets a password itself: its rotation starts from the current key (taken up
    through its slot), and everything still opens afterwards."""
    stale = access.log_in(house.vault, "admin", TEST_PASSWORD)
    try:
        users.change_role(house.db, house.admin, house.counselor_id, "staff")  # elsewhere
        if house.vault.is_sqlite:
            # only the confidential key was rotated: the file opens as it did
            assert stale.db.key == house.db.key
        users.reset_password(stale.db, stale.actor, house.manager_id, "a temporary pass 88")
        _edit(stale.db, stale.actor, house.plain_id, LATER)
    except KeysChanged:
        pytest.fail("the second workstation was turned away")
    finally:
        stale.db.dispose()
    assert _notes_at_a_fresh_login(house, house.plain_id) == LATER
    assert _notes_at_a_fresh_login(house, house.noted_id) == NOTES


def test_a_stale_administrator_without_the_new_key_changes_no_slot(house):
    """PostgreSQL: her own password was changed on another workstation (her slot is new):
    this one may not reset another's password with the keys it has (the new slot would
    miss the current key): told to log in again, nothing changed. (SQLite: the file was
    re-keyed, which says the same.)"""
    stale = access.log_in(house.vault, "admin", TEST_PASSWORD)
    try:
        auth.change_password(house.db, house.admin, TEST_PASSWORD, "admin's newer pass 90",
                             "admin's newer pass 90")
        with pytest.raises(KeysChanged, match="Log in again"):
            users.reset_password(stale.db, stale.actor, house.manager_id,
                                 "a temporary pass 88")
    finally:
        stale.db.dispose()
    opened = access.log_in(house.vault, "mina", MANAGER_PASSWORD)  # her password holds
    try:
        assert members.get_member(opened.db, opened.actor, house.noted_id,
                                  purpose=Read.REFRESH).notes == NOTES
    finally:
        opened.db.dispose()


class _RotationElsewhere:
    """Another workstation disables an account (a rotation of the confidential key), or
    rotates as ``how`` does, on a thread, started while a unit of work is under way
    here."""

    def __init__(self, house: Any, how: Callable[[], object] | None = None) -> None:
        self.failures: list[BaseException] = []

        def rotate() -> None:
            try:
                if how is None:
                    users.disable(house.db, house.admin, house.counselor_id)
                else:
                    how()
            except BaseException as exc:  # reported by finished()
                self.failures.append(exc)

        self.thread = threading.Thread(target=rotate)

    def started_and_waiting(self) -> bool:
        self.thread.start()
        self.thread.join(timeout=1.5)
        return self.thread.is_alive()

    def finished(self) -> bool:
        self.thread.join(timeout=30)
        return not self.thread.is_alive() and not self.failures


def test_a_save_under_way_when_a_rotation_seals_again_is_sealed_again_with_the_rest(house):
    """PostgreSQL: a workstation has sealed a note under the current key, not yet
    committed, when another one rotates the key: the sealing-again waits for that save
    and seals the note too, before the old key is forgotten."""
    if house.vault.is_sqlite:
        pytest.skip("SQLite: the rotation waits for the database's write lock anyway")
    from safehouse.models import Member

    stale = access.log_in(house.vault, "mina", MANAGER_PASSWORD)
    rotation = _RotationElsewhere(house)
    try:
        with stale.db.transaction() as s:
            member = s.get(Member, house.plain_id)
            assert member is not None
            member.notes = LATER
            s.flush()  # sealed under the key of the moment, the sealers' lock held
            assert rotation.started_and_waiting()  # for this save to end
        assert rotation.finished()
    finally:
        stale.db.dispose()
    assert _notes_at_a_fresh_login(house, house.plain_id) == LATER


@pytest.mark.parametrize("saved_meanwhile", [False, True], ids=["nothing-saved", "note-saved"])
def test_a_stale_administrator_finishes_a_rotation_left_pending_elsewhere(
        house, saved_meanwhile):
    """Another workstation wrote the next key (a lowered role) and stopped before sealing
    again (killed, or still at it). An administrator's workstation open since before
    finishes it when she changes an account (the rotation left unfinished is finished
    first): it seals again under the next key, taken up through her slot — not under her
    old one, which would call the values already under the next key damaged (a manager's
    save meanwhile) or leave the rotation unfinished and refuse her change."""
    stale = access.log_in(house.vault, "admin", TEST_PASSWORD)
    manager = access.log_in(house.vault, "mina", MANAGER_PASSWORD)  # open since before too
    try:
        ring = house.db.keyring
        assert isinstance(ring, KeyRing)
        ring.revoke_confidential("dara", rotate=key_access.next_keys(
            house.db, database=False, confidential=True))  # step 1 only, elsewhere
        if saved_meanwhile:
            _edit(manager.db, manager.actor, house.plain_id, LATER)  # under the next key
        users.reset_password(stale.db, stale.actor, house.counselor_id, "a temporary pass 88")
        assert stale.db.keyring is not None and not stale.db.keyring.pending()
    finally:
        manager.db.dispose()
        stale.db.dispose()
    assert _notes_at_a_fresh_login(house, house.noted_id) == NOTES
    assert _notes_at_a_fresh_login(house, house.plain_id) == (LATER if saved_meanwhile else "")


def test_the_slots_are_parsed_again_only_when_they_changed(house, monkeypatch):
    """Each save reads the slots' generations (to seal under the newest), but parses
    them again only when they changed: parsing every slot's grant cost about 0.7 ms a
    save with 40 accounts. A rotation elsewhere is still taken up at the next save."""
    from safehouse.storage import grants

    parsed: list[int] = []
    real = grants.parse
    monkeypatch.setattr(grants, "parse", lambda data: parsed.append(1) or real(data))
    stale = access.log_in(house.vault, "mina", MANAGER_PASSWORD)
    try:
        _edit(stale.db, stale.actor, house.plain_id, "Fictional note one")
        before = len(parsed)
        for n in range(5):
            _edit(stale.db, stale.actor, house.plain_id, f"Fictional note {n}")
        assert len(parsed) == before  # nothing changed: not parsed again
        users.change_role(house.db, house.admin, house.counselor_id, "staff")  # elsewhere
        _edit(stale.db, stale.actor, house.plain_id, LATER)
        assert len(parsed) > before
    finally:
        stale.db.dispose()
    assert _notes_at_a_fresh_login(house, house.plain_id) == LATER


def test_a_save_after_a_savepoint_rolled_back_still_holds_off_the_sealing_again(house):
    """A unit of work seals inside a savepoint that is rolled back (PostgreSQL lets the
    sealers' lock go with it), then seals again: the lock is taken again, so a rotation
    made meanwhile waits for the save and seals it again, instead of forgetting the key
    it was sealed under."""
    from safehouse.models import Member

    stale = access.log_in(house.vault, "mina", MANAGER_PASSWORD)
    rotation = _RotationElsewhere(house)
    try:
        with stale.db.transaction() as s:
            member = s.get(Member, house.plain_id)
            assert member is not None
            try:
                with s.begin_nested():
                    member.notes = "Fictional note given up"
                    s.flush()
                    raise ValueError("given up")
            except ValueError:
                pass
            member.notes = LATER
            s.flush()  # sealed again: under the sealers' lock again
            assert rotation.started_and_waiting()  # for this save to end
        assert rotation.finished()
    finally:
        stale.db.dispose()
    assert _notes_at_a_fresh_login(house, house.plain_id) == LATER


def test_a_rotation_begun_while_another_is_pending_is_refused(house):
    """Two administrators change accounts at the same moment on two workstations: the
    second had found no rotation pending (its check comes before the slots' lock, which
    the first held while it wrote its next key). Beginning its own on top would drop the
    first's next key from the slots, and what was sealed under it meanwhile (a manager's
    save) could no longer be opened once the first workstation stopped. It is refused,
    nothing changed; the first rotation is finished at the next login."""
    from safehouse.errors import DatabaseError
    from safehouse.storage import keys
    from safehouse.storage.grants import CONFIDENTIAL

    second = access.log_in(house.vault, "admin", TEST_PASSWORD)
    manager = access.log_in(house.vault, "mina", MANAGER_PASSWORD)
    try:
        ring = house.db.keyring
        assert isinstance(ring, KeyRing)
        ring.revoke_confidential("dara", rotate=key_access.next_keys(
            house.db, database=False, confidential=True))  # the first; then it stops
        _edit(manager.db, manager.actor, house.plain_id, LATER)  # under its next key
        racing = second.db.keyring
        assert racing is not None
        with pytest.raises(DatabaseError, match="not finished"):
            racing.revoke_confidential("mina", rotate={CONFIDENTIAL: keys.new_key()})
        assert racing.holds("mina")  # nothing changed
    finally:
        manager.db.dispose()
        second.db.dispose()
    assert _notes_at_a_fresh_login(house, house.plain_id) == LATER
    assert _notes_at_a_fresh_login(house, house.noted_id) == NOTES


@pytest.mark.parametrize("how", ROTATIONS)
def test_a_long_reading_does_not_hold_off_a_rotation(house, how):
    """Only sealing takes the sealers' lock: a unit of work that only reads (a long
    report, a window left on a profile) lets a rotation elsewhere seal everything again
    and finish meanwhile."""
    from safehouse.models import Member

    stale = access.log_in(house.vault, "mina", MANAGER_PASSWORD)
    rotation = _RotationElsewhere(house, _rotations(house)[how])
    try:
        with stale.db.transaction() as s:
            member = s.get(Member, house.noted_id)
            assert member is not None and member.notes == NOTES
            rotation.thread.start()
            rotation.thread.join(timeout=10)
            finished_while_reading = not rotation.thread.is_alive()
        assert finished_while_reading and rotation.finished()
    finally:
        stale.db.dispose()
    assert _notes_at_a_fresh_login(house, house.noted_id) == NOTES
