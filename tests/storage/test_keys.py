"""Key slots: a user's password, or the recovery key, unwraps the database key."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from safehouse.errors import AuthenticationFailed, DatabaseError
from safehouse.storage import keys


def _keyfile(tmp_path: Path) -> tuple[keys.KeyFile, bytes, str]:
    key = keys.new_key()
    kf = keys.KeyFile(tmp_path / "safehouse.db.keys")
    kf.set_user(key, "admin", "first password 1")
    code = kf.set_recovery(key)
    kf.save()
    return kf, key, code


def test_each_password_unwraps_the_same_key_and_a_wrong_one_fails(tmp_path):
    kf, key, _ = _keyfile(tmp_path)
    kf.set_user(key, "counselor", "second password 2")
    kf.save()
    loaded = keys.KeyFile.load(kf.path)
    assert loaded.unlock("admin", "first password 1") == key
    assert loaded.unlock("counselor", "second password 2") == key
    with pytest.raises(AuthenticationFailed, match="not right"):
        loaded.unlock("admin", "second password 2")
    with pytest.raises(AuthenticationFailed, match="not right"):
        loaded.unlock("nobody", "first password 1")


def test_recovery_key_works_in_any_spacing_and_case(tmp_path):
    kf, key, code = _keyfile(tmp_path)
    loaded = keys.KeyFile.load(kf.path)
    assert loaded.unlock_with_recovery(code.lower().replace("-", " ")) == key
    with pytest.raises(AuthenticationFailed, match="recovery key"):
        loaded.unlock_with_recovery("AAAA-" + code[5:])


def test_a_slot_moved_to_another_user_does_not_open(tmp_path):
    kf, _, _ = _keyfile(tmp_path)
    data = json.loads(kf.path.read_text())
    data["slots"]["user:mallory"] = data["slots"]["user:admin"]
    kf.path.write_text(json.dumps(data))
    loaded = keys.KeyFile.load(kf.path)
    with pytest.raises(AuthenticationFailed):
        loaded.unlock("mallory", "first password 1")


def test_key_file_holds_no_key_in_the_clear_and_only_the_owner_reads_it(tmp_path):
    kf, key, code = _keyfile(tmp_path)
    raw = kf.path.read_bytes()
    assert key not in raw and key.hex().encode() not in raw
    assert keys._b64(key).encode() not in raw
    assert code.encode() not in raw
    assert stat.S_IMODE(kf.path.stat().st_mode) == 0o600


def test_removed_user_can_no_longer_unlock(tmp_path):
    kf, key, _ = _keyfile(tmp_path)
    kf.set_user(key, "staff", "staff password 3")
    kf.remove_user("staff")
    kf.save()
    with pytest.raises(AuthenticationFailed):
        keys.KeyFile.load(kf.path).unlock("staff", "staff password 3")


def test_missing_key_file_is_a_clear_error(tmp_path):
    with pytest.raises(DatabaseError, match="key file"):
        keys.KeyFile.load(tmp_path / "absent.keys")
