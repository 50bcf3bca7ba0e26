"""Accounts: first set-up, login, users and passwords. Argon2id hashes."""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import (
    AuthenticationFailed,
    ConflictError,
    NotFound,
    SafehouseError,
    ValidationError,
    translate,
)
from safehouse.models import AuditEntry, Role, User
from safehouse.services import audit, key_access
from safehouse.services.account_rules import MIN_PASSWORD_LENGTH as MIN_PASSWORD_LENGTH
from safehouse.services.account_rules import USERNAME_RE as USERNAME_RE
from safehouse.services.account_rules import display_name_problem as display_name_problem
from safehouse.services.account_rules import encodable
from safehouse.services.account_rules import password_problems as password_problems
from safehouse.services.account_rules import username_problem as username_problem
from safehouse.services.account_rules import validate_password as validate_password
from safehouse.services.account_rules import validate_username as validate_username
from safehouse.services.dto.accounts import Actor, UserInfo
from safehouse.services.permissions import Action, check, require
from safehouse.services.settings import ORGANISATION, _put, validate_organisation_name
from safehouse.storage.db import Database
from safehouse.storage.keyring import (
    FAILURES_BEFORE_LOCK,
    LOCK_DURATION,
    delay_after,
    locked_refusal,
)

# The same lock as the vault's (which guards the key before the database opens).
LOCK_AFTER_FAILURES = FAILURES_BEFORE_LOCK

_hasher = PasswordHasher()  # argon2-cffi defaults: Argon2id


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _actor(user: User) -> Actor:
    return Actor(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        must_change_password=user.must_change_password,
    )


def current_actor(db: Database, user_id: int) -> Actor:
    """The person with this id as she is now (role, forced password change)."""
    with db.transaction() as s:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(translate("errors", "This account no longer exists."))
        return _actor(user)


def set_slot(db: Database, username: str, password: str, role: str) -> None:
    """A key slot for this user's password (when the database has keys): the database
    key, and the confidential key when her role may hold it (see
    :mod:`safehouse.services.key_access`).

    A new account's slot comes after its transaction commits: a slot without an
    account opens nothing, an account without a slot is mended by an administrator's
    reset.
    """
    key_access.give_slot(db, username, password, role)


def needs_setup(db: Database) -> bool:
    """True when the database has no users yet: the first start."""
    with db.transaction() as s:
        return (s.scalar(select(func.count()).select_from(User)) or 0) == 0


def setup(
    db: Database,
    *,
    organisation: str,
    username: str,
    display_name: str,
    password: str,
    repeat: str | None = None,
) -> Actor:
    """Create the organisation and its first administrator. Only on an empty database."""
    organisation = validate_organisation_name(organisation)
    validate_username(username)
    if not display_name.strip():
        raise ValidationError(translate("errors", "Enter the administrator's full name."),
                              field="display_name")
    if (named := display_name_problem(display_name)) is not None:
        raise named
    validate_password(password, repeat)
    with db.transaction() as s:
        if s.scalar(select(func.count()).select_from(User)):
            raise ConflictError(translate(
                "errors", "This database has been set up already; log in instead."))
        user = User(
            username=username,
            display_name=display_name.strip(),
            password_hash=hash_password(password),
            role=Role.ADMINISTRATOR.value,
            active=True,
            failed_logins=0,
            must_change_password=False,
            created_at=audit.now(),
        )
        s.add(user)
        _put(s, ORGANISATION, organisation.strip())
        s.flush()
        actor = _actor(user)
        audit.record(s, actor, AuditAction.SETUP, entity="user", entity_id=user.id)
    set_slot(db, username, password, Role.ADMINISTRATOR.value)
    return actor


def login(db: Database, username: str, password: str) -> Actor:
    """Check a user name and password; the message never says which one was wrong.

    A failed attempt is counted and audited (committed) before the refusal is raised.
    """
    refusal: AuthenticationFailed | None = None
    password = password if encodable(password) else ""  # no password has a surrogate
    with db.transaction() as s:
        user = (s.scalar(select(User).where(User.username == username))
                if encodable(username) else None)
        now = audit.now()
        if user is None:
            _spend_a_verification(password)
            # Not the name typed: it may be a person's name, or a password in the wrong box.
            audit.record(s, None, AuditAction.LOGIN_FAILED, username="")
            refusal = AuthenticationFailed(
                translate("errors", "The user name or the password is not right."))
        else:
            refusal = _check_login(s, user, password, now)
            if refusal is None:
                if _hasher.check_needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                user.failed_logins = 0
                user.locked_until = None
                audit.record(s, _actor(user), AuditAction.LOGIN, entity="user", entity_id=user.id)
                actor = _actor(user)
    if refusal is not None:
        raise refusal
    return actor


@cache
def _stand_in_hash() -> str:
    return hash_password("a password that no account has")


def _spend_a_verification(password: str) -> None:
    """Do the work a wrong password costs, so an unknown name answers no faster."""
    with suppress(VerifyMismatchError, VerificationError, InvalidHashError):
        _hasher.verify(_stand_in_hash(), password)


def _check_login(
    s: Session, user: User, password: str, now: datetime
) -> AuthenticationFailed | None:
    locked_until = audit.utc(user.locked_until) if user.locked_until is not None else None
    if locked_until is not None and locked_until > now:
        audit.record(s, _actor(user), AuditAction.LOGIN_REFUSED_LOCKED, entity="user",
                     entity_id=user.id)
        return locked_refusal(locked_until, now)
    if locked_until is not None:
        # The lock has run out: the next failures are counted from zero again.
        user.locked_until = None
        user.failed_logins = 0
    if not user.active:
        audit.record(s, _actor(user), AuditAction.LOGIN_REFUSED_DISABLED, entity="user",
                     entity_id=user.id)
        return AuthenticationFailed(
            translate("errors", "This account is disabled. Ask an administrator."))
    try:
        _hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        _count_failure(user, None, now)  # a lock that ran out was cleared above
        audit.record(s, _actor(user), AuditAction.LOGIN_FAILED, entity="user", entity_id=user.id)
        return AuthenticationFailed(
            translate("errors", "The user name or the password is not right."))
    return None


def _user_info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        active=user.active,
    )


def _insert_user(
    s: Session, username: str, display_name: str, role: str, password: str,
    must_change_password: bool = False,
) -> User:
    validate_username(username)
    named = display_name_problem(display_name)
    if named is not None:
        raise named
    if role not in {r.value for r in Role}:
        raise ValidationError(translate("errors", "Unknown role {role}.").format(role=repr(role)),
                              field="role")
    validate_password(password)
    if s.scalar(select(User.id).where(User.username == username)) is not None:
        raise ConflictError(translate("errors", "The user name {username} is taken.")
                            .format(username=repr(username)))
    user = User(
        username=username,
        display_name=display_name.strip(),
        password_hash=hash_password(password),
        role=role,
        active=True,
        failed_logins=0,
        must_change_password=must_change_password,
        created_at=audit.now(),
    )
    s.add(user)
    s.flush()
    return user


def create_user(
    db: Database, actor: Actor, *, username: str, display_name: str, role: str, password: str,
    must_change_password: bool = False,
) -> UserInfo:
    """A new account; ``must_change_password``: she chooses her own at first login."""
    actor = require(db, actor, Action.USER_MANAGE)
    with db.transaction() as s:
        user = _insert_user(s, username, display_name, role, password, must_change_password)
        fields = ["username", "display_name", "role", f"role={role}"]
        if must_change_password:
            fields.append("must_change_password")
        audit.record(s, actor, AuditAction.USER_CREATE, entity="user", entity_id=user.id,
                     fields=fields)
        info = _user_info(user)
    set_slot(db, username, password, role)
    db.notify(Change(ChangeKind.USER, (info.id,)))
    return info


def change_password(
    db: Database, actor: Actor, old: str, new: str, repeat: str, *,
    progress: key_access.Progress | None = None,
) -> Actor:
    """A new password for oneself (the old one is needed). The key slot is replaced
    and the keys it held are rotated (``progress`` as it goes), so the old password
    opens no copy of the slots that is still of use. Returns the actor as she is now
    (no forced change pending)."""
    validate_password(new, repeat, current=old)
    refusal: SafehouseError | None = None
    key_access.settle(db)
    with db.transaction() as s:
        user = s.get(User, actor.id)
        if user is None:
            raise NotFound(translate("errors", "Your account no longer exists."))
        if not user.active:
            check(s, actor)  # refused: disabled since login
        now = audit.now()
        locked_until = audit.utc(user.locked_until) if user.locked_until is not None else None
        if locked_until is not None and locked_until > now:
            audit.record(s, actor, AuditAction.USER_PASSWORD_REFUSED_LOCKED, entity="user",
                         entity_id=user.id)
            refusal = AuthenticationFailed(translate(
                "errors", "This account is locked after too many failed attempts. Log out, "
                "or try again later."))
        else:
            try:
                _hasher.verify(user.password_hash, old)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                # A wrong current password counts towards the lock, like a failed login:
                # an unattended, unlocked window must not let someone guess here.
                _count_failure(user, locked_until, now)
                audit.record(s, actor, AuditAction.USER_PASSWORD_FAILED, entity="user",
                             entity_id=user.id)
                refusal = ValidationError(
                    translate("errors", "The current password is not right."),
                    field="old_password")
            else:
                user.password_hash = hash_password(new)
                user.must_change_password = False
                user.failed_logins = 0
                audit.record(s, actor, AuditAction.USER_PASSWORD, entity="user", entity_id=user.id)
                changed = _actor(user)
                held = key_access.holds_confidential(db, user.username)
                if db.keyring is not None:
                    db.keyring.set_user(user.username, new, confidential=held,
                                        rotate=key_access.next_keys(
                                            db, database=True, confidential=held))
    if refusal is not None:
        raise refusal
    key_access.finish(db, changed, progress)
    db.notify(Change(ChangeKind.USER, (changed.id,)))  # no forced change pending now
    return changed


def verify_password(db: Database, actor: Actor, password: str) -> None:
    """The logged-in user gives her password again, to unlock an idle-locked window.

    The login's rules hold (a locked or disabled account is refused; a wrong password
    counts towards the lock; after 5 failures each new attempt must wait as long as
    the vault makes a login wait, see :func:`safehouse.storage.keyring.delay_after`),
    audited as "unlock", "unlock.failed" or "unlock.refused.delay" and committed before
    a refusal is raised. Only the same user can unlock: ``actor`` is who it is.
    """
    action = AuditAction.UNLOCK
    refusal: AuthenticationFailed | None = None
    with db.transaction() as s:
        user = s.get(User, actor.id)
        now = audit.now()
        locked_until = (audit.utc(user.locked_until)
                        if user is not None and user.locked_until is not None else None)
        if user is None or not user.active:
            _spend_a_verification(password)
            refusal = AuthenticationFailed(translate(
                "errors", "This account is disabled. Log out and ask an administrator."))
        elif locked_until is not None and locked_until > now:
            refusal = AuthenticationFailed(translate(
                "errors", "This account is locked after too many failed logins. Log out, "
                "or try again later."))
        elif (wait := _wait_before_retry(s, user, locked_until, now)) > 0:
            # Too soon: the password is not even tried, and the attempt still counts
            # (the window is open behind the lock; guessing must not get cheaper).
            action = AuditAction.UNLOCK_REFUSED_DELAY
            _count_failure(user, None, now)
            refusal = AuthenticationFailed(
                translate("errors", "This account is locked after too many failed logins. "
                          "Log out, or try again later.")
                if user.locked_until is not None else
                (translate("errors", "Too many failed attempts. Wait {seconds} second "
                           "before trying again.") if wait == 1 else
                 translate("errors", "Too many failed attempts. Wait {seconds} seconds before "
                           "trying again.")).format(seconds=wait))
        else:
            try:
                _hasher.verify(user.password_hash, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                _count_failure(user, locked_until, now)
                refusal = AuthenticationFailed(translate("errors", "The password is not right."))
            else:
                user.failed_logins = 0
                user.locked_until = None
        if refusal is not None and action is AuditAction.UNLOCK:
            action = AuditAction.UNLOCK_FAILED
        audit.record(s, actor if user is not None else None, action, entity="user",
                     entity_id=actor.id, username=actor.username)
    if refusal is not None:
        raise refusal


def _count_failure(user: User, locked_until: datetime | None, now: datetime) -> None:
    if locked_until is not None:  # a lock that has run out: count from zero
        user.failed_logins = 0
    user.failed_logins += 1
    user.locked_until = (now + LOCK_DURATION
                         if user.failed_logins >= LOCK_AFTER_FAILURES else None)


def _wait_before_retry(
    s: Session, user: User, locked_until: datetime | None, now: datetime
) -> int:
    """Seconds still to wait before the next unlock attempt (the vault's delay rule),
    counted from the last failed attempt in the audit trail."""
    if locked_until is not None:  # a lock that has run out: failures count from zero
        return 0
    delay = delay_after(user.failed_logins)
    if not delay:
        return 0
    last = s.scalar(
        select(AuditEntry.at)
        .where(AuditEntry.user_id == user.id,
               AuditEntry.action.in_((AuditAction.UNLOCK_FAILED,
                                      AuditAction.UNLOCK_REFUSED_DELAY,
                                      AuditAction.LOGIN_FAILED)))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    if last is None:
        return 0
    remaining = audit.utc(last) + timedelta(seconds=delay) - now
    return int(remaining.total_seconds()) + 1 if remaining.total_seconds() > 0 else 0
