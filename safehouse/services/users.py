"""Account management for administrators: the list of accounts, new accounts, roles,
password resets, disabling and enabling, lifting a login lock.

An account's password also unwraps the database key (its key slot, see
:mod:`safehouse.storage.vault`), so these functions keep the slots in step: a reset or
an enabling seals the key under the temporary password, disabling removes the slot, so
that the old password opens nothing. The slot changes come after the account's
transaction commits, as :mod:`safehouse.services.auth` does.

Every change is audited: who, which account, which fields; never a password. The last
active administrator cannot be demoted or disabled, and nobody disables herself.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import (
    ConflictError,
    NotFound,
    ValidationError,
    translate,
)
from safehouse.models import Role, User
from safehouse.services import audit, auth
from safehouse.services.dto.accounts import AccountInfo, Actor
from safehouse.services.permissions import Action, check, require
from safehouse.storage.db import Database

ROLES: tuple[str, ...] = tuple(r.value for r in Role)  # most powerful first

def _info(
    user: User, now: datetime, ring: tuple[frozenset[str], frozenset[str]] | None
) -> AccountInfo:
    """``ring``: the key ring's users with a slot and users locked (None: no key ring)."""
    with_slot, locked = ring if ring is not None else (frozenset(), frozenset())
    until = user.locked_until
    return AccountInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        active=user.active,
        must_change_password=user.must_change_password,
        locked=(until is not None and audit.utc(until) > now) or user.username in locked,
        has_key_slot=None if ring is None else user.username in with_slot,
    )


def _ring(db: Database, now: datetime) -> tuple[frozenset[str], frozenset[str]] | None:
    return db.keyring.overview(now) if db.keyring is not None else None


def _account(db: Database, user_id: int) -> AccountInfo:
    now = audit.now()
    with db.transaction() as s:
        return _info(_get(s, user_id), now, _ring(db, now))


def _get(s: Session, user_id: int) -> User:
    user = s.get(User, user_id)
    if user is None:
        raise NotFound(translate("errors", "This account no longer exists."))
    return user


def _check_acting_administrator(s: Session, actor: Actor) -> None:
    """Checked again in the unit of work that changes an account (another administrator
    may have changed this one a moment ago): see :func:`permissions.check`."""
    check(s, actor, Action.USER_MANAGE)


def _keep_an_administrator(s: Session, user: User) -> None:
    """Refuse to take away the last active administrator (rows locked on PostgreSQL, so
    two administrators cannot demote each other at the same moment)."""
    if user.role != Role.ADMINISTRATOR.value or not user.active:
        return
    admins = s.scalars(
        select(User.id)
        .where(User.role == Role.ADMINISTRATOR.value, User.active.is_(True))
        .with_for_update()
    ).all()
    if not [uid for uid in admins if uid != user.id]:
        raise ConflictError(translate(
            "errors", "This is the last active administrator. Make another account an "
            "administrator first: somebody must be able to manage the users."))


def _changed(db: Database, user_id: int) -> AccountInfo:
    db.notify(Change(ChangeKind.USER, (user_id,)))
    return _account(db, user_id)


# --- reading ---------------------------------------------------------------------------


def list_accounts(db: Database, actor: Actor) -> list[AccountInfo]:
    """Every account, by user name, with its state: active, locked, forced password
    change, and whether it has a key slot (None when the database has no key ring)."""
    actor = require(db, actor, Action.USER_VIEW)
    now = audit.now()
    ring = _ring(db, now)
    with db.transaction() as s:
        return [_info(u, now, ring) for u in s.scalars(select(User).order_by(User.username))]


# --- changing --------------------------------------------------------------------------


def create_account(
    db: Database,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    role: str,
    password: str,
    repeat: str | None = None,
    must_change_password: bool = True,
) -> AccountInfo:
    """A new account with its key slot. By default she chooses her own password at
    her first login (the administrator knows this one)."""
    actor = require(db, actor, Action.USER_MANAGE)
    auth.validate_username(username)
    auth.validate_password(password, repeat)
    with db.transaction() as s:
        _check_acting_administrator(s, actor)
    info = auth.create_user(db, actor, username=username, display_name=display_name,
                            role=role, password=password,
                            must_change_password=must_change_password)
    return _account(db, info.id)


def change_role(db: Database, actor: Actor, user_id: int, role: str) -> AccountInfo:
    """Give an account another role (an administrator may change her own, unless she
    is the last active administrator). Takes effect at the account's next login."""
    actor = require(db, actor, Action.USER_MANAGE)
    if role not in {r.value for r in Role}:
        raise ValidationError(translate("errors", "Unknown role {role}.").format(role=repr(role)),
                              field="role")
    with db.transaction() as s:
        _check_acting_administrator(s, actor)
        user = _get(s, user_id)
        old = user.role
        if old == role:
            now = audit.now()
            return _info(user, now, _ring(db, now))
        if role != Role.ADMINISTRATOR.value:
            _keep_an_administrator(s, user)
        user.role = role
        audit.record(s, actor, AuditAction.USER_ROLE, entity="user", entity_id=user.id,
                     fields=["role", f"from={old}", f"to={role}"])
    return _changed(db, user_id)


def reset_password(
    db: Database, actor: Actor, user_id: int, temporary_password: str,
    repeat: str | None = None,
) -> AccountInfo:
    """Set a temporary password (and a key slot for it) for someone who forgot hers;
    she must choose a new one at her next login. Also lifts a login lock."""
    actor = require(db, actor, Action.USER_MANAGE)
    auth.validate_password(temporary_password, repeat)
    with db.transaction() as s:
        _check_acting_administrator(s, actor)
        user = _get(s, user_id)
        if user.id == actor.id:
            raise ConflictError(translate(
                "errors", "Change your own password with “Change my password”: it asks for "
                "your current one."
            ))
        if not user.active:
            raise ConflictError(translate(
                "errors", "This account is disabled. Enable it instead: that sets a "
                "temporary password too."
            ))
        user.password_hash = auth.hash_password(temporary_password)
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        audit.record(s, actor, AuditAction.USER_PASSWORD_RESET, entity="user", entity_id=user.id,
                     fields=["password", "must_change_password", "key_slot"])
        username = user.username
    auth.set_slot(db, username, temporary_password)
    return _changed(db, user_id)


def disable(db: Database, actor: Actor, user_id: int) -> AccountInfo:
    """The account can no longer log in, and its key slot is removed: its password no
    longer unwraps the database key. Not one's own account, not the last
    administrator."""
    actor = require(db, actor, Action.USER_MANAGE)
    with db.transaction() as s:
        _check_acting_administrator(s, actor)
        user = _get(s, user_id)
        if user.id == actor.id:
            raise ConflictError(translate("errors", "You cannot disable your own account."))
        if not user.active:
            raise ConflictError(translate("errors", "This account is disabled already."))
        _keep_an_administrator(s, user)
        user.active = False
        audit.record(s, actor, AuditAction.USER_DISABLE, entity="user", entity_id=user.id,
                     fields=["active", "key_slot"])
        username = user.username
    if db.keyring is not None:
        db.keyring.remove_user(username)
    return _changed(db, user_id)


def enable(
    db: Database, actor: Actor, user_id: int, temporary_password: str,
    repeat: str | None = None,
) -> AccountInfo:
    """A disabled account is active again, with a temporary password (and a new key
    slot for it) that she must change at her next login."""
    actor = require(db, actor, Action.USER_MANAGE)
    auth.validate_password(temporary_password, repeat)
    with db.transaction() as s:
        _check_acting_administrator(s, actor)
        user = _get(s, user_id)
        if user.active:
            raise ConflictError(translate("errors", "This account is active already."))
        user.active = True
        user.password_hash = auth.hash_password(temporary_password)
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        audit.record(s, actor, AuditAction.USER_ENABLE, entity="user", entity_id=user.id,
                     fields=["active", "password", "must_change_password", "key_slot"])
        username = user.username
    auth.set_slot(db, username, temporary_password)
    return _changed(db, user_id)


def lift_lock(db: Database, actor: Actor, user_id: int) -> AccountInfo:
    """Let a locked account log in again at once: the failed logins are forgotten,
    both those counted before the database opens and those counted in it."""
    actor = require(db, actor, Action.USER_MANAGE)
    with db.transaction() as s:
        _check_acting_administrator(s, actor)
        user = _get(s, user_id)
        user.failed_logins = 0
        user.locked_until = None
        audit.record(s, actor, AuditAction.USER_LOCK_LIFT, entity="user", entity_id=user.id,
                     fields=["failed_logins", "locked_until"])
        username = user.username
    if db.keyring is not None:
        db.keyring.lift_lock(username)
    return _changed(db, user_id)
