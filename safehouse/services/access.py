"""Getting in: first set-up, login, recovery and the one-time encryption of an old
database. Each returns the open database and the person now acting.

The database key is unsealed with the user's password first (storage.vault); then the
account itself is checked (services.auth): active, password hash, lock.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from safehouse.audit_actions import AuditAction
from safehouse.errors import (
    AuthenticationFailed,
    DatabaseError,
    PermissionDenied,
    translate,
)
from safehouse.models import Role, User
from safehouse.services import audit, auth, key_access, keyfile
from safehouse.services.dto.accounts import Actor
from safehouse.services.settings import validate_organisation_name
from safehouse.storage.db import Database
from safehouse.storage.vault import Progress, Vault


@dataclass(frozen=True)
class Opened:
    db: Database
    actor: Actor
    recovery_code: str | None = None  # shown once, after set-up or encryption
    users_without_key: int = 0  # after encryption: accounts an administrator must reset
    # For an administrator: tampering with the key file found since one last logged in.
    notices: tuple[str, ...] = ()


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
    validate_organisation_name(organisation)
    auth.validate_username(username)
    if display_name.strip() and (named := auth.display_name_problem(display_name)):
        raise named
    auth.validate_password(password, repeat)
    db = vault.create()
    try:
        actor = auth.setup(db, organisation=organisation, username=username,
                           display_name=display_name, password=password, repeat=repeat)
        assert db.keyring is not None
        code = db.keyring.set_recovery()
        keyfile.mark_new(db)
    except BaseException:
        db.dispose()
        raise
    return Opened(db=db, actor=actor, recovery_code=code)


def has_administrator(db: Database) -> bool:
    """Whether an active administrator account exists (one who can manage and restore)."""
    with db.transaction() as s:
        return bool(s.scalar(select(func.count()).select_from(User).where(
            User.role == Role.ADMINISTRATOR.value, User.active.is_(True))))


def log_in(
    vault: Vault, username: str, password: str, progress: Progress | None = None
) -> Opened:
    """The keys opened with the password, the key file's records checked and sealed
    (tampering refuses every login for a while), then the account checked. A database
    from before the confidential key gets it at an administrator's login
    (``recovery_code``: the new recovery key, to show once) and its confidential values
    are sealed; a change of keys a kill interrupted is finished (``progress`` as either
    goes).

    A database that opens but has no active administrator (an incomplete backup was
    restored) is reported as a DatabaseError when the login fails, so that a backup
    can be put in its place (``safehouse restore FILE``, or the login's restore).
    """
    db = vault.unlock(username, password)
    try:
        keyfile.settle(db)
        try:
            actor = auth.login(db, username, password)
        except AuthenticationFailed:
            if has_administrator(db):
                raise
            raise DatabaseError(translate(
                "errors", "This database has no administrator who can log in: it may "
                "have been restored from an incomplete backup. An administrator can put "
                "a good backup in its place (Restore from a backup… at the login, or "
                "'safehouse restore FILE').")) from None
        code = key_access.bring_up_to_date(db, actor, password, progress)
        notices = keyfile.logged_in(db, actor)
    except BaseException:
        db.dispose()
        raise
    return Opened(db=db, actor=actor, recovery_code=code, notices=notices)


def leave(opened_db: Database) -> None:
    """Logging out: the audit trail's anchor moves on (see services.keyfile)."""
    keyfile.leave(opened_db)


def recover(
    vault: Vault, code: str, *, username: str, new_password: str, repeat: str,
    progress: Progress | None = None,
) -> Opened:
    """Every password lost: the recovery key opens the database, and an administrator's
    account gets a new password (and a new slot; the keys her old one held are rotated,
    as for any new password)."""
    auth.validate_password(new_password, repeat)
    db = vault.unlock_with_recovery(code)
    try:
        keyfile.settle(db, refuse=False)
        key_access.settle(db)
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
            key_access.give_slot(db, username, new_password, Role.ADMINISTRATOR.value,
                                 rotate=key_access.next_keys(db, database=True,
                                                             confidential=True))
        actor = auth.login(db, username, new_password)
        key_access.finish(db, actor, progress)
        recovery_code = key_access.bring_up_to_date(db, actor, new_password, progress)
        notices = keyfile.logged_in(db, actor)
    except BaseException:
        db.dispose()
        raise
    return Opened(db=db, actor=actor, recovery_code=recovery_code, notices=notices)


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
        auth.set_slot(db, username, password, Role.ADMINISTRATOR.value)
        code = db.keyring.set_recovery()
        with db.transaction() as s:
            audit.record(s, actor, AuditAction.DATABASE_ENCRYPT)
        keyfile.mark_new(db)
    except BaseException:
        db.dispose()
        raise
    return Opened(db=db, actor=actor, recovery_code=code, users_without_key=others)

