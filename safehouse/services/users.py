"""Account management for administrators: the list of accounts, new accounts, roles,
password resets, disabling and enabling, lifting a login lock.

An account's password also opens its key slot, which holds the database key and, for
the roles that may see confidential fields, the confidential key
(:mod:`safehouse.services.key_access`). These functions keep the slots in step with the
rights: a new account, an enabling or a reset gives a slot for the temporary password;
raising a role to one that sees confidential fields gives that slot the confidential
key; disabling, lowering a role below them, or a reset takes back what the old slot
held and rotates those keys (``progress`` as it goes), so that the old password opens
nothing still in use.

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
from safehouse.services import audit, auth, key_access
from safehouse.services.dto.accounts import AccountInfo, Actor
from safehouse.services.permissions import Action, check, holds_confidential_key, require
from safehouse.storage.db import Database

ROLES: tuple[str, ...] = tuple(r.value for r in Role)  # most powerful first

Ring = tuple[frozenset[str], frozenset[str], frozenset[str]]


def _info(user: User, now: datetime, ring: Ring | None) -> AccountInfo:
    """``ring``: the key ring's users with a slot, users locked, and users whose slot
    holds the confidential key (None: no key ring)."""
    with_slot, locked, confidential = (
        ring if ring is not None else (frozenset(), frozenset(), frozenset()))
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
        has_confidential_key=None if ring is None else user.username in confidential,
    )


def _ring(db: Database, now: datetime) -> Ring | None:
    if db.keyring is None:
        return None
    return (*db.keyring.overview(now), db.keyring.confidential_holders())


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


def change_role(
    db: Database, actor: Actor, user_id: int, role: str, *,
    progress: key_access.Progress | None = None,
) -> AccountInfo:
    """Give an account another role (an administrator may change her own, unless she
    is the last active administrator). Takes effect at the account's next login.

    A role that may see the confidential fields gives her slot the confidential key
    (from this administrator's), if an administrator made that slot (otherwise a new
    password from an administrator gives it: ``has_confidential_key`` says). A role
    that may not takes the key back and rotates it."""
    actor = require(db, actor, Action.USER_MANAGE)
    if role not in {r.value for r in Role}:
        raise ValidationError(translate("errors", "Unknown role {role}.").format(role=repr(role)),
                              field="role")
    key_access.settle(db)
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
        _keys_for_role(db, user.username, role)
    key_access.finish(db, actor, progress)
    return _changed(db, user_id)


def _keys_for_role(db: Database, username: str, role: str) -> None:
    """The confidential key given to or taken from a slot as its role now asks."""
    ring = db.keyring
    if ring is None:
        return
    held = ring.holds(username)
    if holds_confidential_key(role) and not held:
        ring.grant_confidential(username)
    elif not holds_confidential_key(role) and held:
        ring.revoke_confidential(username, rotate=key_access.next_keys(
            db, database=False, confidential=True))


def reset_password(
    db: Database, actor: Actor, user_id: int, temporary_password: str,
    repeat: str | None = None, *, progress: key_access.Progress | None = None,
) -> AccountInfo:
    """Set a temporary password (and a new key slot for it, with the keys her role may
    hold) for someone who forgot hers; she must choose a new one at her next login.
    The old slot's keys are rotated. Also lifts a login lock."""
    actor = require(db, actor, Action.USER_MANAGE)
    auth.validate_password(temporary_password, repeat)
    key_access.settle(db)
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
        # The old slot (and what it held) goes; the keys it held are rotated.
        had = key_access.holds_confidential(db, user.username)
        key_access.give_slot(db, user.username, temporary_password, user.role,
                             rotate=key_access.next_keys(db, database=True, confidential=had))
    key_access.finish(db, actor, progress)
    return _changed(db, user_id)


def disable(
    db: Database, actor: Actor, user_id: int, *,
    progress: key_access.Progress | None = None,
) -> AccountInfo:
    """The account can no longer log in: its key slot is removed and the keys it held
    are rotated, so its password opens no copy of the slots that is still of use. Not
    one's own account, not the last administrator."""
    actor = require(db, actor, Action.USER_MANAGE)
    key_access.settle(db)
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
        if db.keyring is not None:
            had = db.keyring.holds(user.username)
            db.keyring.remove_user(user.username, rotate=key_access.next_keys(
                db, database=True, confidential=had))
    key_access.finish(db, actor, progress)
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
        username, role = user.username, user.role
    auth.set_slot(db, username, temporary_password, role)
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
