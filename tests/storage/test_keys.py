"""Key slots: a user's password, or the recovery key, opens the keys granted to it; the
confidential key only where a holder of it gave it."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from safehouse.errors import AuthenticationFailed, DatabaseError
from safehouse.storage import grants, keys
from safehouse.storage.grants import CONFIDENTIAL, DATABASE
from tests.conftest import legacy_slot


def _keyfile(tmp_path: Path) -> tuple[keys.KeyFile, keys.Keys, str]:
    held = keys.Keys(database=(keys.new_key(),), confidential=(keys.new_key(),))
    kf = keys.KeyFile(tmp_path / "safehouse.db.keys")
    grants.start(kf.keys, held)
    kf.put_slot(keys.user_label("admin"), "first password 1", held, confidential=True)
    code = keys.new_recovery_code()
    kf.put_slot(keys.RECOVERY_LABEL, code, held, confidential=True)
    kf.save()
    return kf, held, code


def test_each_password_opens_its_keys_and_a_wrong_one_fails(tmp_path):
    kf, held, _ = _keyfile(tmp_path)
    kf.put_slot(keys.user_label("counselor"), "second password 2", held, confidential=True)
    kf.put_slot(keys.user_label("staff"), "third password 3", held, confidential=False)
    kf.save()
    loaded = keys.KeyFile.load(kf.path)
    assert loaded.unlock("admin", "first password 1") == held
    assert loaded.unlock("counselor", "second password 2") == held
    staff = loaded.unlock("staff", "third password 3")
    assert (staff.database, staff.confidential) == (held.database, ())
    with pytest.raises(AuthenticationFailed, match="not right"):
        loaded.unlock("admin", "second password 2")
    with pytest.raises(AuthenticationFailed, match="not right"):
        loaded.unlock("nobody", "first password 1")


def test_recovery_key_works_in_any_spacing_and_case(tmp_path):
    kf, held, code = _keyfile(tmp_path)
    loaded = keys.KeyFile.load(kf.path)
    assert loaded.unlock_with_recovery(code.lower().replace("-", " ")) == held
    with pytest.raises(AuthenticationFailed, match="recovery key"):
        loaded.unlock_with_recovery("AAAA-" + code[5:])


def test_a_slot_or_a_grant_moved_to_another_user_does_not_open(tmp_path):
    kf, held, _ = _keyfile(tmp_path)
    kf.put_slot(keys.user_label("staff"), "third password 3", held, confidential=False)
    kf.save()
    data = json.loads(kf.path.read_text())
    data["slots"]["user:mallory"] = data["slots"]["user:admin"]
    # the staff slot given the administrator's grant of the confidential key
    confidential = data["keys"][CONFIDENTIAL][0]["grants"]
    confidential["user:staff"] = confidential["user:admin"]
    kf.path.write_text(json.dumps(data))
    loaded = keys.KeyFile.load(kf.path)
    with pytest.raises(AuthenticationFailed):
        loaded.unlock("mallory", "first password 1")
    with pytest.raises(DatabaseError, match="changed by hand"):
        loaded.unlock("staff", "third password 3")


def test_key_file_holds_no_key_in_the_clear_and_only_the_owner_reads_it(tmp_path):
    kf, held, code = _keyfile(tmp_path)
    raw = kf.path.read_bytes()
    for key in (*held.database, *held.confidential):
        assert key not in raw and key.hex().encode() not in raw
        assert keys._b64(key).encode() not in raw
    assert code.encode() not in raw
    assert stat.S_IMODE(kf.path.stat().st_mode) == 0o600


def test_removed_user_can_no_longer_unlock(tmp_path):
    kf, held, _ = _keyfile(tmp_path)
    kf.put_slot(keys.user_label("staff"), "staff password 3", held, confidential=False)
    kf.remove_user("staff")
    kf.save()
    with pytest.raises(AuthenticationFailed):
        keys.KeyFile.load(kf.path).unlock("staff", "staff password 3")


def test_missing_key_file_is_a_clear_error(tmp_path):
    with pytest.raises(DatabaseError, match="key file"):
        keys.KeyFile.load(tmp_path / "absent.keys")


def test_a_key_file_of_the_first_format_still_opens(tmp_path):
    key = keys.new_key()
    path = tmp_path / "old.db.keys"
    slot = legacy_slot(key, "first password 1", keys.user_label("admin"))
    path.write_text(json.dumps({"version": 1, "slots": {"user:admin": slot.to_json()},
                                "records": {}}))
    loaded = keys.KeyFile.load(path)
    assert loaded.legacy
    opened = loaded.unlock("admin", "first password 1")
    assert (opened.database, opened.confidential, opened.legacy) == ((key,), (), True)


def test_the_confidential_key_goes_only_to_slots_a_holder_made(tmp_path):
    """A public key written into the key file by someone without the confidential key
    (a staff member replacing a colleague's slot) is given nothing when that account's
    role is raised, nor when the key is rotated."""
    kf, held, _ = _keyfile(tmp_path)
    kf.put_slot(keys.user_label("bora"), "bora password 1", held, confidential=False)
    planted, _private = keys.new_slot("eve's own password", keys.user_label("dana"))
    kf.slots[planted.label] = planted
    assert kf.grant_confidential(keys.user_label("bora"), held)
    assert not kf.grant_confidential(keys.user_label("dana"), held)
    staff_only = keys.Keys(database=held.database)
    assert not kf.grant_confidential(keys.user_label("dana"), staff_only)

    new = keys.new_key()
    kf.begin_rotation(CONFIDENTIAL, held, new)
    nxt = kf.keys[CONFIDENTIAL][1]
    assert set(nxt.grants) == {"user:admin", "user:bora", keys.RECOVERY_LABEL}
    assert nxt.id == grants.key_id(new)


def test_a_rotation_grants_the_new_key_to_the_holders_left_then_forgets_the_old(tmp_path):
    kf, held, code = _keyfile(tmp_path)
    kf.put_slot(keys.user_label("staff"), "staff password 3", held, confidential=False)
    kf.save()
    old_staff = keys.KeyFile.load(kf.path)  # a copy kept from before
    kf.remove_user("staff")
    new = keys.new_key()
    kf.begin_rotation(DATABASE, held, new)
    assert kf.pending(DATABASE)
    kf.promote(DATABASE)
    kf.save()
    loaded = keys.KeyFile.load(kf.path)
    assert loaded.unlock("admin", "first password 1").database == (new,)
    assert loaded.unlock_with_recovery(code).database == (new,)
    with pytest.raises(AuthenticationFailed):
        loaded.unlock("staff", "staff password 3")
    assert old_staff.unlock("staff", "staff password 3").database == held.database
