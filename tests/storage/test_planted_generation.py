"""Someone who can write the key file but holds no key (no password, no recovery key)
plants a next generation of the keys, of values she chose, granted to every slot's
public key (which is in the clear). Were it taken for a rotation, the next login would
finish it under her keys: the database re-encrypted with her database key, the
confidential fields sealed under her confidential key. A next generation is taken only
when the current one endorsed it (grants.endorsement, written by begin_rotation)."""

from __future__ import annotations

import base64
import json
import secrets
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from safehouse.errors import DatabaseError, KeysChanged
from safehouse.services import access, members, users
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.storage import grants, keys
from tests.conftest import TEST_PASSWORD, sqlite_vault

NOTES = "Fictional note: canary-PG7"


def _plant(key_file: Path, names: tuple[str, ...]) -> dict[str, bytes]:
    """A next generation of each of ``names``, of a key chosen here, granted to every
    slot that holds the current one; the keys chosen, by name."""
    data = json.loads(key_file.read_text())
    chosen = {}
    for name in names:
        key = chosen[name] = secrets.token_bytes(32)
        current = data["keys"][name][0]
        planted = {"id": grants.key_id(key), "grants": {}}
        for label in current["grants"]:
            public = base64.b64decode(data["slots"][label]["public"])
            planted["grants"][label] = grants.seal_grant(key, name, label, public).to_json()
        data["keys"][name].append(planted)
    key_file.write_text(json.dumps(data))
    return chosen


def _house(tmp_path: Path):  # type: ignore[no-untyped-def]
    vault = sqlite_vault(tmp_path)
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    member = members.create_member(opened.db, opened.actor, MemberInput(
        name="Test Person", status="active", joined_on=date(2024, 1, 1), notes=NOTES))
    return vault, opened, member.id


def _stored_notes(vault) -> str:  # type: ignore[no-untyped-def]
    """The stored (sealed) notes, read with the program's own key."""
    opened = access.log_in(vault, "admin", TEST_PASSWORD)
    try:
        with opened.db.engine.connect() as conn:
            return str(conn.execute(text("SELECT notes FROM members")).scalar_one())
    finally:
        opened.db.dispose()


@pytest.mark.parametrize("names", [("database", "confidential"), ("confidential",)],
                         ids=["both-keys", "confidential-key"])
def test_a_next_generation_planted_in_the_key_file_is_refused_at_login(tmp_path, names):
    vault, opened, _member_id = _house(tmp_path)
    opened.db.dispose()
    key_file = keys.KeyFile.path_for(tmp_path / "test.db")
    before = key_file.read_bytes()
    chosen = _plant(key_file, names)
    with pytest.raises(DatabaseError, match="changed by hand"):
        access.log_in(vault, "admin", TEST_PASSWORD)
    key_file.write_bytes(before)  # the administrator puts back the key file (a backup)
    stored = _stored_notes(vault)
    assert grants.key_id(chosen["confidential"]) not in stored  # nothing sealed under it


def test_a_workstation_open_before_does_not_take_up_a_planted_generation(tmp_path):
    """A workstation logged in before the key file was written to: at its next save it
    reads the slots' generations, finds one it does not hold, granted to its slot; not
    endorsed by a key it holds, it is not taken up, and the save is refused."""
    vault, opened, member_id = _house(tmp_path)
    key_file = keys.KeyFile.path_for(tmp_path / "test.db")
    chosen = _plant(key_file, ("confidential",))
    detail = members.get_member(opened.db, opened.actor, member_id, purpose=Read.REFRESH)
    with pytest.raises(KeysChanged):
        members.update_member(opened.db, opened.actor, member_id, MemberInput(
            name=detail.name, status=detail.status, joined_on=detail.joined_on,
            notes="Fictional note, later"))
    opened.db.dispose()
    with pytest.raises(DatabaseError, match="changed by hand"):  # and at the next login
        access.log_in(vault, "admin", TEST_PASSWORD)
    assert chosen  # (nothing was sealed under it: the save was refused)


def test_a_real_rotation_is_still_taken_up(tmp_path):
    """The endorsement does not stop a rotation made by a holder: a password reset of
    another account rotates the keys, and the next login opens them."""
    vault, opened, _member_id = _house(tmp_path)
    made = users.create_account(opened.db, opened.actor, username="somang",
                                display_name="Park Somang", role="counselor",
                                password="temporary pass 1")
    users.reset_password(opened.db, opened.actor, made.id, "temporary pass 2")
    opened.db.dispose()
    again = access.log_in(vault, "admin", TEST_PASSWORD)
    again.db.dispose()
    assert NOTES not in _stored_notes(vault)  # sealed, and it opens:
    opened = access.log_in(vault, "admin", TEST_PASSWORD)
    try:
        found = members.get_member(opened.db, opened.actor, _member_id, purpose=Read.REFRESH)
        assert found.notes == NOTES
    finally:
        opened.db.dispose()


def test_a_backups_key_file_keeps_a_pending_generations_endorsement():
    """A backup's key file holds some of the slots (grants.restricted): a rotation
    pending when it was made still opens from it, endorsed as in the original."""
    private, public = grants.new_key_pair()
    held = grants.fresh_keys()
    gens: grants.Generations = {}
    grants.start(gens, held)
    grants.admit(gens, "user:admin", public, held, confidential=True)
    grants.begin_rotation(gens, {"user:admin": public}, "confidential", held,
                          secrets.token_bytes(32))
    cut = grants.restricted(gens, {"user:admin"})
    assert len(grants.open_all(cut, "user:admin", private).confidential) == 2
    cut["confidential"][1].endorsed = None  # as a planter would leave it
    with pytest.raises(DatabaseError, match="changed by hand"):
        grants.open_all(cut, "user:admin", private)
