"""Backups for people: make one (audited), list them with their check, the daily one at
start, and restore (administrators only; it checks first, backs up what is there, then
replaces it, and everyone must log in again).

The files are made and checked by :mod:`safehouse.storage.backup`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import AuthenticationFailed, DatabaseError, SafehouseError, translate
from safehouse.models import Role, User
from safehouse.services import access, audit
from safehouse.services.access import Opened
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.maintenance import BackupInfo, RestoreResult
from safehouse.services.permissions import Action, require
from safehouse.storage import backup as store
from safehouse.storage import keys, migrate
from safehouse.storage.backup_keys import under_an_earlier_key
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault, VaultState

DUE_AFTER = timedelta(hours=24)
CONFIRMATION = "RESTORE"  # the word typed to confirm a restore; accepted in any language


def confirmation_word() -> str:
    """The word a person types to confirm a restore, in her language (RESTORE; 복원)."""
    return translate("backups", "RESTORE")


def confirms_restore(typed: str) -> bool:
    """Whether ``typed`` is the confirmation: the word in her language, or RESTORE."""
    return typed.strip() in {CONFIRMATION, confirmation_word()}


class PasswordNeeded(DatabaseError):
    """The backup is not of this database's key: the administrator's password opens it
    with its own key file."""


def backup_folder(db: Database) -> Path:
    """Where backups are kept: ``backups/`` beside the database file."""
    return store.default_folder(db)


def _info(path: Path, *, verified: bool | None, problem: str = "") -> BackupInfo:
    stamp = store.taken_at(path)
    if stamp is None:  # a file chosen by name (--out): its own time
        stamp = store.wall_time(datetime.fromtimestamp(path.stat().st_mtime, UTC))
    return BackupInfo(file=path, taken_at=stamp, size=store.size_of(path),
                      verified=verified, problem=problem,
                      before_restore=store.made_before_restore(path))


def _audit(db: Database, actor: Actor, action: AuditAction, *fields: str) -> None:
    with db.transaction() as s:
        # After a restore the acting account may not exist there (or have another id).
        user_id = s.scalar(select(User.id).where(User.username == actor.username))
        who = replace(actor, id=user_id) if user_id is not None else None
        audit.record(s, who, action, fields=fields, username=actor.username)


def _make(db: Database, actor: Actor, folder: Path | None, out: Path | None,
          now: datetime | None, *labels: str, rotate: bool = True, tag: str = ""
          ) -> BackupInfo:
    path = store.make_backup(db, folder, now=now, target=out, tag=tag)
    if out is None and rotate:
        store.rotate(path.parent, now=now)
    _audit(db, actor, AuditAction.BACKUP_MAKE, f"file={path.name}", *labels)
    db.notify(Change(ChangeKind.BACKUP))
    return _info(path, verified=True)


def make_backup(
    db: Database, actor: Actor, folder: Path | None = None, *, out: Path | None = None
) -> BackupInfo:
    """Make a backup, check it, and rotate the folder (not when ``out`` names a file)."""
    actor = require(db, actor, Action.BACKUP_MAKE)
    return _make(db, actor, folder, out, None)


def list_backups(db: Database, actor: Actor, folder: Path | None = None) -> list[BackupInfo]:
    """The backups in the folder, newest first, each opened and checked with this
    database's key (one with no active administrator could not be restored)."""
    actor = require(db, actor, Action.BACKUP_MAKE)
    result = []
    for path in store.backups_in(folder or backup_folder(db)):
        try:
            checked = store.check(path, db.key)
            if not checked.administrators:
                raise store.no_administrator(path)
        except DatabaseError as err:
            if under_an_earlier_key(path, db.key):
                result.append(_info(path, verified=None, problem=translate(
                    "errors", "Made before the keys were last replaced (an account was "
                    "disabled or a password changed): it opens with its own key file and "
                    "an administrator's password of its day.")))
            else:
                result.append(_info(path, verified=False, problem=err.message))
        else:
            result.append(_info(path, verified=True))
    return result


def backup_if_due(
    db: Database, actor: Actor, now: datetime | None = None, folder: Path | None = None
) -> BackupInfo | None:
    """The daily backup, when the newest is older than 24 hours (or there is none).

    Anyone who logs in sets it off: it is the program's own routine, it shows nothing,
    and the file is encrypted like the database.
    """
    now = store.wall_time(now)
    found = store.backups_in(folder or backup_folder(db))
    newest = store.taken_at(found[0]) if found else None
    if newest is not None and newest <= now and now - newest < DUE_AFTER:
        return None
    return _make(db, actor, folder, None, now, "automatic")


def _backup_key(
    db: Database, actor: Actor, file: Path, password: str | None
) -> tuple[bytes, bytes | None, store.Checked]:
    """The key the backup opens with, the integrity key of its audit chain, and its
    check: this database's keys, else its own key file's, unwrapped with the restoring
    administrator's password."""
    assert db.key is not None
    try:
        checked = store.check(file, db.key)
    except DatabaseError as err:
        own_keys = store.keys_path(file)
        if not db.is_sqlite or not own_keys.exists():
            raise DatabaseError(translate("errors", "{problem} Nothing was changed.")
                                .format(problem=err.message)) from None
        if password is None:
            raise PasswordNeeded(translate(
                "errors", "{problem} If it is a backup of another database, give your "
                "password to open it with its own key file. Nothing was changed."
            ).format(problem=err.message)) from None
        try:
            unlocked = keys.KeyFile.load(own_keys).unlock(actor.username, password)
        except (AuthenticationFailed, DatabaseError):
            raise DatabaseError(translate(
                "errors", "The backup {file} does not open with this database's key nor "
                "with your password and its key file. Nothing was changed."
            ).format(file=file.name)) from None
        try:
            key, checked = _opening_key(file, unlocked)
        except DatabaseError as again:
            raise DatabaseError(translate("errors", "{problem} Nothing was changed.")
                                .format(problem=again.message)) from None
        return key, (unlocked.integrity or unlocked.database)[0], checked
    return db.key, db.integrity_key, checked


def _opening_key(file: Path, unlocked: keys.Keys) -> tuple[bytes, store.Checked]:
    """The generation of the database key a backup is under, and its check: a backup
    made while a change of keys was under way may be under either."""
    problem: DatabaseError | None = None
    for key in reversed(unlocked.database):
        try:
            return key, store.check_sqlite(file, key)
        except DatabaseError as err:
            problem = err
    assert problem is not None
    raise problem


def restore_backup(
    db: Database, actor: Actor, file: Path, *, password: str | None = None
) -> RestoreResult:
    """Put a backup in place of the database.

    The backup is checked first (a backup that fails changes nothing); then the database
    as it is is backed up (to undo the restore); then it is replaced (SQLite: the file
    and its key file, so the passwords of the backup's day open it). ``db`` is closed:
    the caller must log everyone out. ``password`` is needed only for a backup made
    with another key (another database's).
    """
    actor = require(db, actor, Action.BACKUP_RESTORE)
    if db.key is None:
        raise DatabaseError(translate(
            "errors", "Only an encrypted database can be restored from a backup."))
    file = Path(file).absolute()
    key, integrity, checked = _backup_key(db, actor, file, password)
    if not checked.administrators:
        raise DatabaseError(translate("errors", "{problem} Nothing was changed.")
                            .format(problem=store.no_administrator(file).message))
    # Not rotated now: the rotation could take the very backup being restored.
    undo = _make(db, actor, None, None, None, "before-restore", rotate=False,
                 tag=store.BEFORE_RESTORE)
    try:
        if db.is_sqlite:
            store.restore_sqlite(db, file, key)
            restored = Database(db.url, key=key, integrity_key=integrity)
        else:
            store.restore_pg(db, file, key)
            restored = db
    except SafehouseError as err:
        raise DatabaseError(translate(
            "errors", "{problem} The backup made just before is {undo}."
        ).format(problem=err.message, undo=undo.file)) from None
    try:
        migrate.upgrade(restored)
        _audit(restored, actor, AuditAction.BACKUP_RESTORE, f"file={file.name}",
               f"undo={undo.file.name}")
    finally:
        restored.dispose()
    return RestoreResult(
        restored_from=file, undo_backup=undo.file, log_in_again=True,
        message=translate(
            "errors", "The database was restored from {file}. Everyone must log in "
            "again: administrators with their passwords of the day the backup was made "
            "(a backup keeps only theirs); the other accounts get new passwords from an "
            "administrator. To undo, restore {undo}."
        ).format(file=file.name, undo=undo.file),
    )


def restore_in_place_of_nothing(
    vault: Vault, file: Path, *, username: str, password: str
) -> Opened:
    """A new computer, or a database that no longer opens (damaged, key file lost): put
    a backup there, opened with the key file beside it and an administrator's password
    of the day it was made; then log her in.

    Refused when the database here opens with these credentials: then she logs in and
    restores from the Admin page, which first backs up what is there. A damaged file is
    not deleted: it is moved aside as ``<name>.damaged-<time>``.
    """
    if not vault.is_sqlite:
        raise DatabaseError(translate(
            "errors", "A PostgreSQL database is restored by an administrator after logging "
            "in (Admin → Backups)."))
    file = Path(file).absolute()
    if vault.state() is not VaultState.NEW:
        try:
            here = vault.unlock(username, password)
        except DatabaseError:
            pass  # it does not open: that is what this is for
        else:
            try:
                managed = access.has_administrator(here)
            finally:
                here.dispose()
            if managed:
                raise DatabaseError(translate(
                    "errors", "The database here opens: log in and restore from Admin → "
                    "Backups, which first backs up what is there."))
            # It opens, but no one can log in to manage it (an incomplete backup was
            # restored): it is put aside like a damaged one.
    own_keys = store.keys_path(file)
    if not file.is_file() or not own_keys.exists():
        raise DatabaseError(translate(
            "errors", "The backup {file} and its key file {keys} must lie side by side."
        ).format(file=file.name, keys=own_keys.name))
    key, checked = _opening_key(file, keys.KeyFile.load(own_keys).unlock(username, password))
    if not checked.administrators:
        raise store.no_administrator(file)
    if store.role_in(file, key, username) != Role.ADMINISTRATOR.value:
        raise AuthenticationFailed(translate(
            "errors", "Only an administrator can restore a backup."))
    target = vault.path
    target.parent.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    for old in (target, vault.keys_path, target.with_name(target.name + "-wal"),
                target.with_name(target.name + "-shm")):
        if old.exists():
            old.replace(old.with_name(f"{old.name}.damaged-{stamp}"))
    store.copy_private(file, target)
    store.copy_private(own_keys, vault.keys_path)
    opened = access.log_in(vault, username, password)
    _audit(opened.db, opened.actor, AuditAction.BACKUP_RESTORE, f"file={file.name}",
           "without-login")
    return opened
