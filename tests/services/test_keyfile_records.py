"""The key file's records are authenticated: a removed or edited record is noticed and
met with the worst case (every account locked, administrators told), and the audit lines
a key file owes can only be failed logins, marked as reported by the key file."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text

from safehouse import clock
from safehouse.errors import AuthenticationFailed
from safehouse.models import AuditEntry
from safehouse.services import access, auth
from safehouse.storage import records
from safehouse.storage.keyring import FAILURES_BEFORE_LOCK
from safehouse.storage.vault import Vault
from tests.conftest import TEST_PASSWORD, OnDay

SECOND = "second admin pass"
WRONG = "wrong password!"


def _set_up(vault: Vault) -> None:
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    auth.create_user(opened.db, opened.actor, username="second", display_name="Second",
                     role="administrator", password=SECOND)
    auth.create_user(opened.db, opened.actor, username="counselor1",
                     display_name="Counselor", role="counselor", password="counselor pass 1")
    opened.db.dispose()


def stored_records(vault: Vault) -> dict[str, Any]:
    return dict(vault.store().records)


def put_records(vault: Vault, new: dict[str, Any] | None) -> None:
    """What someone who can write the key file (or the key_slots table) does: the
    records replaced as they are stored, or removed (None)."""
    if vault.is_sqlite:
        data = json.loads(vault.keys_path.read_text(encoding="utf-8"))
        if new is None:
            data.pop("records", None)
        else:
            data["records"] = new
        vault.keys_path.write_text(json.dumps(data), encoding="utf-8")
        return
    with vault.server().transaction() as s:
        s.execute(text("DELETE FROM key_slots WHERE label LIKE 'record:%'"))
        for name, value in (new or {}).items():
            s.execute(text("INSERT INTO key_slots (label, data) VALUES (:l, :d)"),
                      {"l": f"record:{name}", "d": json.dumps(value)})


def trail(opened: access.Opened) -> list[AuditEntry]:
    with opened.db.transaction() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def fail_ten_times(vault: Vault, start: datetime) -> datetime:
    now = start
    for _ in range(FAILURES_BEFORE_LOCK):
        clock.set_now(now)
        with pytest.raises(AuthenticationFailed):
            vault.unlock("admin", WRONG)
        now += timedelta(seconds=70)
    clock.set_now(now)
    with pytest.raises(AuthenticationFailed, match="locked"):
        vault.unlock("admin", TEST_PASSWORD)
    return now


def test_removing_the_records_is_noticed_locks_everyone_and_is_reported(vault, on_day: OnDay):
    _set_up(vault)
    start = on_day(datetime(2026, 3, 2, 9, 0))
    now = fail_ten_times(vault, start)

    put_records(vault, None)  # the lock and its owed lines gone

    # the right password now meets the worst case, not an open door
    with pytest.raises(AuthenticationFailed, match="changed outside Safehouse"):
        access.log_in(vault, "admin", TEST_PASSWORD)
    with pytest.raises(AuthenticationFailed, match="locked"):
        access.log_in(vault, "second", SECOND)  # every account, as nobody knows more

    clock.set_now(now + timedelta(minutes=16))
    opened = access.log_in(vault, "second", SECOND)
    try:
        assert len(opened.notices) == 1
        assert "records removed" in opened.notices[0]
        tampered = [e for e in trail(opened) if e.action == "keyfile.tampered"]
        assert len(tampered) == 1 and "problem=missing" in tampered[0].detail
    finally:
        opened.db.dispose()
    # told once
    again = access.log_in(vault, "second", SECOND)
    assert again.notices == ()
    again.db.dispose()


def test_an_edited_lock_is_noticed(vault, on_day: OnDay):
    _set_up(vault)
    now = fail_ten_times(vault, on_day(datetime(2026, 3, 2, 9, 0)))
    # fold the failures into the sealed part (an administrator's keyed change does that)
    opened = access.log_in(vault, "second", SECOND)
    opened.db.dispose()
    raw = stored_records(vault)
    assert raw["sealed"]["logins"]["admin"]["locked_until"]
    raw["sealed"]["logins"].pop("admin")  # lift the lock by hand
    put_records(vault, raw)

    with pytest.raises(AuthenticationFailed, match="changed outside Safehouse"):
        access.log_in(vault, "admin", TEST_PASSWORD)
    clock.set_now(now + timedelta(minutes=16))
    opened = access.log_in(vault, "second", SECOND)
    try:
        assert opened.notices and "records altered" in opened.notices[0]
    finally:
        opened.db.dispose()


def _injected_event(raw: dict[str, Any], action: str, username: str) -> dict[str, Any]:
    """An owed line added by hand, chained exactly as the program chains one."""
    parsed = records.parse(raw)
    base = records.with_event(raw, records.AuditAction.LOGIN_FAILED, username,
                              clock.utcnow())
    base["tail"][-1]["action"] = action
    assert len(base["tail"]) == len(parsed.tail) + 1
    return base


def test_an_injected_owed_line_of_another_kind_is_refused_and_reported(vault, on_day: OnDay):
    _set_up(vault)
    now = on_day(datetime(2026, 3, 2, 9, 0))
    put_records(vault, _injected_event(stored_records(vault), "member.export", "counselor1"))

    with pytest.raises(AuthenticationFailed, match="changed outside Safehouse"):
        access.log_in(vault, "admin", TEST_PASSWORD)
    clock.set_now(now + timedelta(minutes=16))
    opened = access.log_in(vault, "admin", TEST_PASSWORD)
    try:
        entries = trail(opened)
        assert not [e for e in entries if e.action == "member.export"]
        tampered = [e for e in entries if e.action == "keyfile.tampered"]
        assert tampered and "problem=kind" in tampered[0].detail
        assert opened.notices
    finally:
        opened.db.dispose()


def test_an_injected_line_in_the_old_unsealed_form_is_refused_too(vault, on_day: OnDay):
    _set_up(vault)
    now = on_day(datetime(2026, 3, 2, 9, 0))
    put_records(vault, {"pending_audit": [
        {"at": now.isoformat(), "action": "member.export", "username": "counselor1"}]})
    with pytest.raises(AuthenticationFailed, match="changed outside Safehouse"):
        access.log_in(vault, "admin", TEST_PASSWORD)
    clock.set_now(now + timedelta(minutes=16))
    opened = access.log_in(vault, "admin", TEST_PASSWORD)
    try:
        assert not [e for e in trail(opened) if e.action == "member.export"]
        tampered = [e for e in trail(opened) if e.action == "keyfile.tampered"]
        assert {"problem=missing", "problem=kind"} <= set(tampered[0].detail.split(","))
    finally:
        opened.db.dispose()


def test_owed_lines_are_marked_as_reported_by_the_key_file(vault):
    _set_up(vault)
    with pytest.raises(AuthenticationFailed):
        access.log_in(vault, "admin", WRONG)
    opened = access.log_in(vault, "admin", TEST_PASSWORD)
    try:
        failed = [e for e in trail(opened) if e.action == "login.failed"]
        assert len(failed) == 1
        assert failed[0].user_id is None and failed[0].username == "admin"
        assert "reported_by=key_file" in failed[0].detail
        assert opened.notices == ()  # nothing was tampered with
        assert not [e for e in trail(opened) if e.action == "keyfile.tampered"]
    finally:
        opened.db.dispose()


def test_records_from_before_sealing_are_taken_once_then_guarded(tmp_path, on_day: OnDay):
    """An installation from before sealed records: records in the old form and no
    "keyfile.sealed" line in its trail. They are taken as they are (no alarm) and sealed;
    from then on, records in the old form mean they were removed."""
    from tests.conftest import sqlite_vault

    vault = sqlite_vault(tmp_path)
    db = vault.create()
    auth.setup(db, organisation="Old House", username="admin", display_name="Old Admin",
               password=TEST_PASSWORD)
    db.dispose()
    now = on_day(datetime(2026, 3, 2, 9, 0))
    put_records(vault, {"logins": {"admin": {"failures": 1, "last": now.isoformat(),
                                             "locked_until": None}},
                        "pending_audit": [{"at": now.isoformat(), "action": "login.failed",
                                           "username": "admin"}]})
    opened = access.log_in(vault, "admin", TEST_PASSWORD)
    try:
        actions = [e.action for e in trail(opened)]
        assert "keyfile.tampered" not in actions
        assert actions.count("keyfile.sealed") == 1 and "login.failed" in actions
    finally:
        opened.db.dispose()
    assert stored_records(vault)["version"] == records.VERSION

    put_records(vault, {"logins": {}})  # the old form again: now it is a removal
    with pytest.raises(AuthenticationFailed, match="changed outside Safehouse"):
        access.log_in(vault, "admin", TEST_PASSWORD)


# --- what a writer without the key can and cannot do (the honest limits) ------------------


def test_cutting_off_the_newest_keyless_events_is_not_noticed_but_a_middle_one_is(tmp_path):
    key = bytes(32)
    at = datetime(2026, 3, 2, 9, 0, tzinfo=clock.zone())
    raw: dict[str, Any] = records.sealed_form(records.State(), key)
    for n in range(3):
        raw = records.with_event(raw, records.AuditAction.LOGIN_FAILED, "admin",
                                 at + timedelta(minutes=n))
    whole = records.parse(raw)
    assert records.problems(whole, key, expect_sealed=True) == []
    assert records.fold(whole).logins["admin"]["failures"] == 3

    cut = {**raw, "tail": raw["tail"][:1]}  # the newest two removed: the known limit
    assert records.problems(records.parse(cut), key, expect_sealed=True) == []
    middle = {**raw, "tail": [raw["tail"][0], raw["tail"][2]]}
    assert records.Problem.BROKEN in records.problems(records.parse(middle), key,
                                                      expect_sealed=True)
    # once a keyed writer has sealed them, lowering the count is forgery...
    sealed = records.sealed_form(records.fold(whole), key)
    lowered = json.loads(json.dumps(sealed))
    lowered["sealed"]["logins"]["admin"]["failures"] = 0
    assert records.Problem.FORGED in records.problems(records.parse(lowered), key,
                                                      expect_sealed=True)
    # ...but a whole older sealed state put back is not seen (the other known limit)
    older = records.sealed_form(records.State(), key)
    assert records.problems(records.parse(older), key, expect_sealed=True) == []


def test_a_login_writes_the_slots_twice_and_still_audits_what_they_owe(vault, monkeypatch):
    """Checking and sealing the records and taking what they owe is one write (a login's
    first), the login's anchor the other; the owed line still reaches the trail."""
    from safehouse.storage import keys
    from safehouse.storage.table_slots import TableSlotStore

    _set_up(vault)
    with pytest.raises(AuthenticationFailed):
        access.log_in(vault, "admin", WRONG)
    saves: list[str] = []
    for store in (keys.KeyFile, TableSlotStore):
        real = store.save

        def counted(self: Any, real: Any = real) -> None:
            saves.append(type(self).__name__)
            real(self)

        monkeypatch.setattr(store, "save", counted)
    opened = access.log_in(vault, "admin", TEST_PASSWORD)
    try:
        assert len(saves) == 2, saves
        failed = [e for e in trail(opened) if e.action == "login.failed"]
        assert len(failed) == 1 and "reported_by=key_file" in failed[0].detail
    finally:
        opened.db.dispose()
