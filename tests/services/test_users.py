"""Account management: roles, resets, disabling, enabling, lifting a lock; the key slots
kept in step; the last administrator kept; every change audited without passwords."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from safehouse import clock
from safehouse.errors import (
    AuthenticationFailed,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from safehouse.models import AuditEntry, User
from safehouse.services import access, auth, users
from safehouse.services.dto.accounts import AccountInfo, Actor
from safehouse.storage.db import Database
from safehouse.storage.keyring import FAILURES_BEFORE_DELAY, FAILURES_BEFORE_LOCK
from safehouse.storage.vault import Vault
from tests.conftest import TEST_PASSWORD, OnDay, sqlite_vault

SOMANG_PASSWORD = "somang's first pass 1"
TEMPORARY = "Temporary-Secret-4821"
CHOSEN = "Her-Own-Choice-9377"
SECOND_ADMIN_PASSWORD = "second admin pass 55"
PASSWORDS = (TEST_PASSWORD, SOMANG_PASSWORD, TEMPORARY, CHOSEN, SECOND_ADMIN_PASSWORD)


def new_account(db: Database, admin: Actor, username: str = "somang",
                role: str = "counselor", **kw: object) -> AccountInfo:
    return users.create_account(db, admin, username=username, display_name="Park Somang",
                                role=role, password=SOMANG_PASSWORD, **kw)  # type: ignore[arg-type]


def account(db: Database, admin: Actor, user_id: int) -> AccountInfo:
    return next(a for a in users.list_accounts(db, admin) if a.id == user_id)


def audit_rows(db: Database) -> list[AuditEntry]:
    with db.transaction() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        s.expunge_all()
    return rows


def assert_no_password_in_audit(db: Database) -> None:
    for row in audit_rows(db):
        text = " ".join(str(getattr(row, c)) for c in
                        ("username", "action", "entity", "entity_id", "detail"))
        for secret in PASSWORDS:
            assert secret not in text, f"a password in the audit trail: {row.action}"


def _set_up(vault: Vault) -> access.Opened:
    return access.set_up(vault, organisation="Test House", username="admin",
                         display_name="Test Administrator", password=TEST_PASSWORD)


# --- the list ----------------------------------------------------------------------------


def test_the_list_shows_each_account_and_its_state(db, admin):
    made = new_account(db, admin)
    assert made.must_change_password  # the administrator chose it: she chooses her own
    assert made.has_key_slot and made.active and not made.locked
    rows = users.list_accounts(db, admin)
    assert [(a.username, a.role, a.has_key_slot) for a in rows] == [
        ("admin", "administrator", True), ("somang", "counselor", True)]
    assert not rows[0].must_change_password


def test_a_new_account_needs_the_password_twice_alike(db, admin):
    with pytest.raises(ValidationError) as info:
        users.create_account(db, admin, username="bom", display_name="Lee Bom",
                             role="staff", password=SOMANG_PASSWORD, repeat="something else")
    assert info.value.field == "repeat"
    made = users.create_account(db, admin, username="bom", display_name="Lee Bom",
                                role="staff", password=SOMANG_PASSWORD,
                                repeat=SOMANG_PASSWORD, must_change_password=False)
    assert not made.must_change_password


def test_managers_see_the_list_and_change_nothing(db, admin):
    made = new_account(db, admin)
    manager = new_account(db, admin, "manager1", role="manager")
    as_manager = auth.login(db, "manager1", SOMANG_PASSWORD)
    assert as_manager.id == manager.id
    assert len(users.list_accounts(db, as_manager)) == 3
    for call in (lambda: users.lift_lock(db, as_manager, made.id),
                 lambda: users.disable(db, as_manager, made.id),
                 lambda: users.change_role(db, as_manager, made.id, "staff"),
                 lambda: users.reset_password(db, as_manager, made.id, TEMPORARY)):
        with pytest.raises(PermissionDenied):
            call()
    for role in ("counselor", "staff"):
        other = new_account(db, admin, f"as-{role}", role=role)
        with pytest.raises(PermissionDenied):
            users.list_accounts(db, auth.login(db, other.username, SOMANG_PASSWORD))


# --- roles and the last administrator ------------------------------------------------------


def test_changing_a_role_is_audited_with_old_and_new(db, admin):
    made = new_account(db, admin)
    changed = users.change_role(db, admin, made.id, "manager")
    assert changed.role == "manager"
    last = audit_rows(db)[-1]
    assert (last.action, last.entity_id) == ("user.role", made.id)
    assert set(last.detail.split(",")) == {"role", "from=counselor", "to=manager"}
    with pytest.raises(ValidationError):
        users.change_role(db, admin, made.id, "superuser")


def test_the_last_administrator_cannot_be_demoted_or_disabled(db, admin):
    with pytest.raises(ConflictError, match="last active administrator"):
        users.change_role(db, admin, admin.id, "manager")
    with pytest.raises(ConflictError, match="your own account"):
        users.disable(db, admin, admin.id)
    assert account(db, admin, admin.id).role == "administrator"

    second = users.create_account(db, admin, username="second", display_name="Second",
                                  role="administrator", password=SECOND_ADMIN_PASSWORD)
    # With two, one may step down; her session can then no longer manage users.
    users.change_role(db, admin, admin.id, "manager")
    with pytest.raises(PermissionDenied, match="[Ll]og in again"):
        users.change_role(db, admin, second.id, "staff")
    as_second = auth.login(db, "second", SECOND_ADMIN_PASSWORD)
    with pytest.raises(ConflictError, match="last active administrator"):
        users.change_role(db, as_second, second.id, "staff")
    users.change_role(db, as_second, admin.id, "administrator")
    users.change_role(db, as_second, second.id, "staff")


# --- resets, disabling, enabling -------------------------------------------------------


def test_a_reset_forces_a_new_password_and_is_refused_for_oneself(db, admin):
    made = new_account(db, admin, must_change_password=False)
    reset = users.reset_password(db, admin, made.id, TEMPORARY, TEMPORARY)
    assert reset.must_change_password and reset.has_key_slot
    with pytest.raises(AuthenticationFailed):
        auth.login(db, "somang", SOMANG_PASSWORD)
    actor = auth.login(db, "somang", TEMPORARY)
    assert actor.must_change_password
    after = auth.change_password(db, actor, TEMPORARY, CHOSEN, CHOSEN)
    assert not after.must_change_password
    assert not auth.current_actor(db, made.id).must_change_password

    with pytest.raises(ConflictError, match="Change my password"):
        users.reset_password(db, admin, admin.id, TEMPORARY)
    with pytest.raises(ValidationError):
        users.reset_password(db, admin, made.id, "short")
    with pytest.raises(ValidationError, match="not the same"):
        users.reset_password(db, admin, made.id, TEMPORARY, TEMPORARY + "x")
    assert_no_password_in_audit(db)


def test_disabling_removes_the_slot_and_enabling_gives_a_new_one(db, admin):
    made = new_account(db, admin)
    with pytest.raises(ConflictError, match="active already"):
        users.enable(db, admin, made.id, TEMPORARY)
    off = users.disable(db, admin, made.id)
    assert not off.active and off.has_key_slot is False
    with pytest.raises(ConflictError, match="disabled already"):
        users.disable(db, admin, made.id)
    with pytest.raises(ConflictError, match="Enable it"):
        users.reset_password(db, admin, made.id, TEMPORARY)
    with pytest.raises(AuthenticationFailed, match="disabled"):
        auth.login(db, "somang", SOMANG_PASSWORD)

    on = users.enable(db, admin, made.id, TEMPORARY, TEMPORARY)
    assert on.active and on.has_key_slot and on.must_change_password
    assert auth.login(db, "somang", TEMPORARY).must_change_password
    actions = [r.action for r in audit_rows(db) if r.entity_id == made.id]
    assert {"user.create", "user.disable", "user.enable"} <= set(actions)
    assert_no_password_in_audit(db)


def test_lifting_a_lock_kept_in_the_users_table(db, admin):
    made = new_account(db, admin)
    for _ in range(auth.LOCK_AFTER_FAILURES):
        with pytest.raises(AuthenticationFailed):
            auth.login(db, "somang", "wrong password!")
    assert account(db, admin, made.id).locked
    with pytest.raises(AuthenticationFailed, match="locked"):
        auth.login(db, "somang", SOMANG_PASSWORD)
    lifted = users.lift_lock(db, admin, made.id)
    assert not lifted.locked
    assert auth.login(db, "somang", SOMANG_PASSWORD).id == made.id
    last = [r for r in audit_rows(db) if r.action == "user.lock.lift"]
    assert last and last[0].entity_id == made.id and last[0].user_id == admin.id


def test_every_change_is_audited_and_no_password_is_written(db, admin):
    made = new_account(db, admin)
    users.change_role(db, admin, made.id, "staff")
    users.reset_password(db, admin, made.id, TEMPORARY)
    users.lift_lock(db, admin, made.id)
    users.disable(db, admin, made.id)
    users.enable(db, admin, made.id, CHOSEN)
    mine = [(r.action, r.user_id) for r in audit_rows(db) if r.entity_id == made.id]
    assert mine == [("user.create", admin.id), ("user.role", admin.id),
                    ("user.password.reset", admin.id), ("user.lock.lift", admin.id),
                    ("user.disable", admin.id), ("user.enable", admin.id)]
    assert_no_password_in_audit(db)


# --- end to end through the vault (SQLite) -------------------------------------------------


def test_a_reset_user_logs_in_with_the_temporary_password_and_must_change_it(tmp_path):
    vault = sqlite_vault(tmp_path)
    opened = _set_up(vault)
    made = new_account(opened.db, opened.actor)
    users.reset_password(opened.db, opened.actor, made.id, TEMPORARY)
    opened.db.dispose()

    with pytest.raises(AuthenticationFailed, match="not right"):
        access.log_in(vault, "somang", SOMANG_PASSWORD)
    somang = access.log_in(vault, "somang", TEMPORARY)
    assert somang.actor.must_change_password
    changed = auth.change_password(somang.db, somang.actor, TEMPORARY, CHOSEN, CHOSEN)
    assert not changed.must_change_password
    somang.db.dispose()

    with pytest.raises(AuthenticationFailed, match="not right"):
        access.log_in(vault, "somang", TEMPORARY)
    again = access.log_in(vault, "somang", CHOSEN)
    assert not again.actor.must_change_password
    again.db.dispose()
    raw = vault.keys_path.read_text(encoding="utf-8")
    assert all(secret not in raw for secret in PASSWORDS)


def test_a_disabled_user_cannot_open_the_database_until_enabled(tmp_path):
    vault = sqlite_vault(tmp_path)
    opened = _set_up(vault)
    made = new_account(opened.db, opened.actor)
    users.disable(opened.db, opened.actor, made.id)
    opened.db.dispose()
    with pytest.raises(AuthenticationFailed, match="not right|disabled"):
        access.log_in(vault, "somang", SOMANG_PASSWORD)

    admin = access.log_in(vault, "admin", TEST_PASSWORD)
    users.enable(admin.db, admin.actor, made.id, TEMPORARY)
    admin.db.dispose()
    with pytest.raises(AuthenticationFailed):
        access.log_in(vault, "somang", SOMANG_PASSWORD)
    somang = access.log_in(vault, "somang", TEMPORARY)
    assert somang.actor.must_change_password
    somang.db.dispose()


def test_lifting_a_lock_lets_a_locked_user_in_at_once(tmp_path):
    vault = sqlite_vault(tmp_path)
    opened = _set_up(vault)
    made = new_account(opened.db, opened.actor)
    opened.db.dispose()
    now = clock.utcnow()
    for i in range(FAILURES_BEFORE_LOCK):
        with pytest.raises(AuthenticationFailed):
            vault.unlock("somang", "wrong password!", now=now + timedelta(minutes=i))
    with pytest.raises(AuthenticationFailed, match="locked"):
        access.log_in(vault, "somang", SOMANG_PASSWORD)

    admin = access.log_in(vault, "admin", TEST_PASSWORD)
    assert account(admin.db, admin.actor, made.id).locked
    assert not users.lift_lock(admin.db, admin.actor, made.id).locked
    admin.db.dispose()
    access.log_in(vault, "somang", SOMANG_PASSWORD).db.dispose()


def test_a_lock_that_happens_while_the_administrator_is_logged_in_can_be_lifted(tmp_path):
    vault = sqlite_vault(tmp_path)
    opened = _set_up(vault)
    made = new_account(opened.db, opened.actor)
    now = clock.utcnow()
    for i in range(FAILURES_BEFORE_LOCK):
        with pytest.raises(AuthenticationFailed):
            vault.unlock("somang", "wrong password!", now=now + timedelta(minutes=i))
    try:
        assert account(opened.db, opened.actor, made.id).locked
        users.lift_lock(opened.db, opened.actor, made.id)
    finally:
        opened.db.dispose()
    access.log_in(vault, "somang", SOMANG_PASSWORD).db.dispose()


# --- the idle-lock password check: the vault's delays ------------------------------------


def test_unlocking_an_idle_window_waits_like_a_login_after_five_failures(
    sqlite_db: Database, on_day: OnDay, tmp_path: Path
):
    at = on_day(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    admin = auth.setup(sqlite_db, organisation="Test House", username="admin",
                       display_name="Test Administrator", password=TEST_PASSWORD)
    for _ in range(FAILURES_BEFORE_DELAY):
        with pytest.raises(AuthenticationFailed, match="not right"):
            auth.verify_password(sqlite_db, admin, "wrong password!")
        at = on_day(at + timedelta(seconds=1))
    # Too soon after the fifth: even the right password is not tried.
    at = on_day(at - timedelta(milliseconds=500))
    with pytest.raises(AuthenticationFailed, match="Wait 1 second before"):
        auth.verify_password(sqlite_db, admin, TEST_PASSWORD)
    with sqlite_db.transaction() as s:
        user = s.get(User, admin.id)
        assert user is not None and user.failed_logins == FAILURES_BEFORE_DELAY + 1
    on_day(at + timedelta(seconds=3))  # delay_after(6) == 2 seconds
    auth.verify_password(sqlite_db, admin, TEST_PASSWORD)
    actions = [r.action for r in audit_rows(sqlite_db)][-3:]
    assert actions == ["unlock.failed", "unlock.refused.delay", "unlock"]


def test_a_new_password_must_differ_from_the_current_one(db, admin):
    with pytest.raises(ValidationError, match="differ"):
        auth.change_password(db, admin, TEST_PASSWORD, TEST_PASSWORD, TEST_PASSWORD)
