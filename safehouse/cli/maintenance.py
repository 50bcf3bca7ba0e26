"""``safehouse check``, ``safehouse backup`` and ``safehouse restore`` (which also works
where no database opens: a new computer, a damaged file, a lost key file)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from safehouse.cli.common import OK, PASSWORD_ENV, REFUSED, err, out, password, vault
from safehouse.errors import SafehouseError, translate
from safehouse.services import backups, check
from safehouse.services.access import Opened
from safehouse.storage.vault import VaultState


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("check", parents=[common],
                            help="check the database and the rules its data must keep")
    p.set_defaults(run=_cmd_check)

    p = commands.add_parser("backup", parents=[common],
                            help="make a checked, encrypted backup (kept in a rotation)")
    p.add_argument("--out", metavar="FILE", type=Path,
                   help="write it to FILE (and FILE.keys) instead of the backups folder")
    p.set_defaults(run=_cmd_backup)

    p = commands.add_parser("restore", parents=[common],
                            help="replace the database with a backup (administrators)")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--yes", action="store_true",
                   help=f"do not ask to type {backups.CONFIRMATION}")
    p.set_defaults(run=_cmd_restore, instead=_cmd_restore_where_nothing_opens)


def _cmd_check(args: argparse.Namespace, opened: Opened) -> int:
    report = check.run_checks(opened.db, opened.actor)
    passed, failed = translate("cli", "ok"), translate("cli", "FAILED")
    width = max(len(passed), len(failed)) + 1
    for line in report.lines:
        out(f"{passed if line.ok else failed:<{width}}{line.name}: {line.message}")
    if not report.ok:
        err(translate("cli", "Some checks failed."))
        return REFUSED
    return OK


def _size(n: int) -> str:
    if n >= 1_048_576:
        return translate("cli", "{size} MB").format(size=f"{n / 1_048_576:.1f}")
    return translate("cli", "{size} KB").format(size=max(1, n // 1024))


def _cmd_backup(args: argparse.Namespace, opened: Opened) -> int:
    info = backups.make_backup(opened.db, opened.actor, out=args.out)
    out(translate("cli", "Backed up to {file} ({size}); it opens and passed the integrity "
                         "checks.").format(file=info.file, size=_size(info.size)))
    if opened.db.is_sqlite:
        out(translate("cli", "Keep the .keys file beside it: the backup opens only with the "
                             "two together."))
    return OK


def _restore_confirmed(args: argparse.Namespace) -> bool:
    """``--yes``, or the typed word; otherwise nothing is restored."""
    if args.yes:
        return True
    try:
        answer = input(translate("cli", "Type {word} to continue: ")
                       .format(word=backups.confirmation_word()))
    except (EOFError, KeyboardInterrupt):
        answer = ""
    if backups.confirms_restore(answer):
        return True
    err(translate("cli", "Nothing was restored."))
    return False


def _cmd_restore(args: argparse.Namespace, opened: Opened) -> int:
    db, actor = opened.db, opened.actor
    path: Path = args.file
    if not args.yes:
        out(translate("cli", "This replaces the database {where} with the backup {file}.")
            .format(where=db.description, file=path))
        out(translate("cli", "The database as it is now is backed up first, so this can be "
                             "undone."))
    if not _restore_confirmed(args):
        return REFUSED
    secret = os.environ.get(PASSWORD_ENV)
    try:
        result = backups.restore_backup(db, actor, path, password=secret)
    except backups.PasswordNeeded:
        if secret is not None:
            raise
        secret, _ = password(args.username)
        result = backups.restore_backup(db, actor, path, password=secret)
    out(result.message)
    return OK


def _cmd_restore_where_nothing_opens(args: argparse.Namespace, why: SafehouseError) -> int:
    """No database opens here (a new computer, a damaged file, a lost key file): put
    the backup in place, opened with its own key file and an administrator's password."""
    where = vault(args)
    if where.state() is VaultState.PLAIN:
        raise why
    path: Path = args.file
    out(translate("cli", "No database opens at {where}: {reason}")
        .format(where=where.description, reason=why.message))
    out(translate("cli", "The backup {file} can be put in its place (a damaged file is kept "
                         "aside).").format(file=path))
    if not _restore_confirmed(args):
        return REFUSED
    secret, _ = password(args.username)
    opened = backups.restore_in_place_of_nothing(where, path, username=args.username,
                                                 password=secret)
    opened.db.dispose()
    out(translate("cli", "The database was restored from {file}; log in with the passwords "
                         "of the day the backup was made.").format(file=path.name))
    return OK
