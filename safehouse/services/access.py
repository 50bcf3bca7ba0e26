"""Getting in: first set-up, login, recovery and the one-time encryption of an old
database. Each returns the open database and the person now acting.

The database key is unsealed with the user's password first (storage.vault); then the
account itself is checked (services.auth): active, password hash, lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from safehouse.audit_actions import AuditAction
from safehouse.errors import (
    AuthenticationFailed,
    PermissionDenied,
    ValidationError,
    translate,
)
from safehouse.models import Role, User
from safehouse.services import audit, auth
from safehouse.services.dto.accounts import Actor
from safehouse.storage.db import Database
from safehouse.storage.vault import Progress, Vault


@dataclass(frozen=True)
class Opened:
    db: Database
    actor: Actor
    recovery_code: str | None = None  # shown once, after set-up or encryption
    users_without_key: int = 0  # after encryption: accounts an administrator must reset


def _write_owed_audit(db: Database) -> None:
    """Audit lines for attempts made before the database could be opened."""
    if db.keyring is None:
        return
    pending = db.keyring.take_pending_audit()
    if not pending:
        return
    with db.transaction() as s:
        for item in pending:
            username = item.get("username", "")
            user_id = (
                s.scalar(select(User.id).where(User.username == username)) if username else None
            )
            audit.record(
                s, None, _owed_action(item.get("action", "")), username=username,
                entity="user" if user_id else None, entity_id=user_id,
                fields=[f"attempted_at={_minute(item.get('at', ''))}"],
            )


def _owed_action(code: str) -> AuditAction:
    """The action the key file owes (a failed login, unless it names another)."""
    try:
        return AuditAction(code)
    except ValueError:
        return AuditAction.LOGIN_FAILED


def _minute(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        return ""


def set_up(
    vault: Vault,
    *,
    organisation: str,
    username: str,
    display_name: str,
    password: str,
    repeat: str | None = None,
) -> Opened:
    """A new database, its organisation and first administrator; a recovery key."""
    if not organisation.strip():
        raise ValidationError(translate("errors", "Enter the organisation's name."),
                              field="organisation")
    auth.validate_username(username)
    auth.validate_password(password, repeat)
    db = vault.create()
    try:
        actor = auth.setup(db, organisation=organisation, username=username,
                           display_name=display_name, password=password, repeat=repeat)
        assert db.keyring is not None
        code = db.keyring.set_recovery()
    except BaseException:
        db.dispose()
        raise
    return Opened(db=db, actor=actor, recovery_code=code)


def log_in(vault: Vault, username: str, password: str) -> Opened:
    db = vault.unlock(username, password)
    try:
        _write_owed_audit(db)
        actor = auth.login(db, username, password)
    except BaseException:
        db.dispose()
        raise
    return Opened(db=db, actor=actor)


def recover(
    vault: Vault, code: str, *, username: str, new_password: str, repeat: str
) -> Opened:
    """Every password lost: the recovery key opens the database, and an administrator's
    account gets a new password (and a new slot)."""
    auth.validate_password(new_password, repeat)
    db = vault.unlock_with_recovery(code)
    try:
        with db.transaction() as s:
            user = s.scalar(select(User).where(User.username == username))
            if user is None or user.role != Role.ADMINISTRATOR.value:
                raise AuthenticationFailed(translate(
                    "errors", "The recovery key resets an administrator's password: give "
                    "the user name of an administrator."
                ))
            user.password_hash = auth.hash_password(new_password)
            user.failed_logins = 0
            user.locked_until = None
            user.active = True
            user.must_change_password = False
            audit.record(s, None, AuditAction.RECOVERY, username=username, entity="user",
                         entity_id=user.id, fields=["password"])
        assert db.keyring is not None
        db.keyring.set_user(username, new_password)
        actor = auth.login(db, username, new_password)
    except BaseException:
        db.dispose()
        raise
    return Opened(db=db, actor=actor)


def encrypt(
    vault: Vault, username: str, password: str, progress: Progress | None = None
) -> Opened:
    """Encrypt a database written before encryption; an administrator's login first.

    The other accounts get no slot (their passwords are not known here): an
    administrator resets their passwords afterwards.
    """
    plain = vault.plain_database()
    try:
        from safehouse.storage import migrate

        migrate.upgrade(plain)
        actor = auth.login(plain, username, password)
        if actor.role != Role.ADMINISTRATOR.value:
            raise PermissionDenied(translate(
                "errors", "This database is not encrypted yet. An administrator must log "
                "in once to encrypt it."
            ))
        with plain.transaction() as s:
            others = (s.scalar(select(func.count()).select_from(User)) or 1) - 1
    finally:
        if vault.is_sqlite:
            plain.dispose()
    db = vault.encrypt_plain(progress)
    try:
        assert db.keyring is not None
        db.keyring.set_user(username, password)
        code = db.keyring.set_recovery()
        with db.transaction() as s:
            audit.record(s, actor, AuditAction.DATABASE_ENCRYPT)
    except BaseException:
        db.dispose()
        raise
    return Opened(db=db, actor=actor, recovery_code=code, users_without_key=others)

