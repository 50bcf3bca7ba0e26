"""The command line: ``safehouse [init|demo|import|export|check|backup|restore]``;
with no command, the application window.

Exit status: 0 on success, 1 when the input or the data refuses the command (the
message says why), 2 for wrong usage. Nothing personal is printed unless printing it is
the command's purpose; nothing personal is logged.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from safehouse.errors import ConflictError, DatabaseError, SafehouseError, ValidationError
from safehouse.models import Role
from safehouse.services import access, auth, backups, check, demo, exports, member_csv
from safehouse.services.access import Opened
from safehouse.storage.vault import Vault, VaultState

USER_ENV = "SAFEHOUSE_USER"
PASSWORD_ENV = "SAFEHOUSE_PASSWORD"
DEMO_ORGANISATION = "Safehouse (demo)"
DEFAULT_ORGANISATION = "Safehouse"
DEMO_ROLES = (Role.MANAGER.value, Role.COUNSELOR.value, Role.STAFF.value)


def demo_password(role: str) -> str:
    return f"demo-{role}-2026"


class UsageError(Exception):
    """Wrong use of the command line: exit status 2."""


# --- the parser -------------------------------------------------------------------------


def _common_options() -> argparse.ArgumentParser:
    """Options every command takes, before or after the command's name.

    Their defaults are suppressed so that a value given after the command does not get
    overwritten by the subparser's default (or the other way round).
    """
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("common options")
    group.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS,
                       help="the database: an SQLite file or a postgresql:// URL "
                            "(default: SAFEHOUSE_DB, else the one in your data folder)")
    group.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                       help=f"who you are (default: {USER_ENV}); the password is asked "
                            f"for, or read from {PASSWORD_ENV}")
    group.add_argument("--lang", choices=("en", "ko"), default=argparse.SUPPRESS,
                       help="language of the application window")
    return common


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 5000:
        raise argparse.ArgumentTypeError("choose between 1 and 5000")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="safehouse", parents=[common],
        description="Records, rooms and reports for a small safehouse community. "
                    "Without a command, opens the application.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("init", parents=[common],
                            help="create a database and its first administrator (--user)")
    p.add_argument("--org", metavar="NAME", default=DEFAULT_ORGANISATION,
                   help="the organisation's name")
    p.add_argument("--name", metavar="FULL NAME",
                   help="the administrator's full name (default: the user name)")
    p.set_defaults(create=_cmd_init)

    p = commands.add_parser("demo", parents=[common],
                            help="create a database of realistic, fictional data")
    p.add_argument("--members", type=_positive, default=24, metavar="N",
                   help="about how many members (default 24)")
    p.add_argument("--seed", type=int, default=7, metavar="S",
                   help="the same seed gives the same community (default 7)")
    p.add_argument("--name", metavar="FULL NAME",
                   help="the administrator's full name (default: the user name)")
    p.set_defaults(create=_cmd_demo)

    p = commands.add_parser("import", parents=[common], help="load a CSV file")
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    k = kinds.add_parser("members", parents=[common],
                         help="members: " + ",".join(member_csv.COLUMNS))
    k.add_argument("file", metavar="FILE", type=Path)
    k.add_argument("--dry-run", action="store_true",
                   help="check every row, write nothing")
    k.set_defaults(run=_cmd_import_members)

    p = commands.add_parser("export", parents=[common], help="write a CSV file")
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    k = kinds.add_parser("members", parents=[common], help="every member")
    k.add_argument("file", metavar="FILE", type=Path)
    k.set_defaults(run=_cmd_export_members)

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
    return parser


# --- helpers ----------------------------------------------------------------------------


def _out(text: str) -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _db_target(args: argparse.Namespace) -> str | None:
    target: str | None = getattr(args, "db", None)
    return target


def _username(args: argparse.Namespace) -> str:
    name: str = getattr(args, "user", None) or os.environ.get(USER_ENV, "")
    if not name:
        raise UsageError(f"Name the user with --user NAME (or set {USER_ENV}).")
    return name


def _password(username: str, *, new: bool = False) -> tuple[str, str | None]:
    """The password (and, for a new one, its repetition) from the environment or a prompt.

    With ``SAFEHOUSE_PASSWORD`` there is no repetition to compare.
    """
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env, None
    try:
        if not new:
            return getpass.getpass(f"Password for {username}: "), None
        first = getpass.getpass(f"New password for {username}: ")
        return first, getpass.getpass("The same password again: ")
    except (EOFError, KeyboardInterrupt):
        raise ValidationError("No password was given.", field="password") from None


def _vault(args: argparse.Namespace) -> Vault:
    return Vault.open(_db_target(args))


def _log_in(args: argparse.Namespace) -> Opened:
    """Unlock the database with the user's password and check the account."""
    vault = _vault(args)
    state = vault.state()
    if state is VaultState.NEW:
        raise ConflictError(f"There is no database at {vault.description} yet; create one "
                            "with 'safehouse init' (or open the application).")
    if state is VaultState.PLAIN:
        raise ConflictError("This database is not encrypted yet. Open it once in the "
                            "application as an administrator to encrypt it.")
    password, _ = _password(args.username)
    return access.log_in(vault, args.username, password)


def _show_recovery_code(code: str | None) -> None:
    if not code:
        return
    _out("")
    _out("Recovery key (shown only this once):")
    _out(f"    {code}")
    _out("Write it down and keep it somewhere safe, away from this computer. With it an")
    _out("administrator can set a new password when every password is lost; without it")
    _out("and without a password, nobody can open this database.")


# --- commands ---------------------------------------------------------------------------


def _cmd_init(args: argparse.Namespace) -> int:
    username: str = args.username
    auth.validate_username(username)
    vault = _vault(args)
    if vault.state() is not VaultState.NEW:
        raise ConflictError(f"The database {vault.description} has been set up already; "
                            "log in instead.")
    password, repeat = _password(username, new=True)
    opened = access.set_up(vault, organisation=args.org, username=username,
                           display_name=args.name or username, password=password,
                           repeat=repeat)
    opened.db.dispose()
    _out(f"Created the encrypted database {vault.description} for {args.org.strip()}, "
         f"with the administrator {username}.")
    _show_recovery_code(opened.recovery_code)
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    username: str = args.username
    auth.validate_username(username)
    if username in DEMO_ROLES:
        raise ValidationError(f"The user name {username!r} is kept for a demo account; "
                              "choose another.", field="user")
    vault = _vault(args)
    if vault.state() is not VaultState.NEW:
        raise ConflictError(f"The database {vault.description} already exists; the demo "
                            "needs a new database (choose one with --db).")
    password, repeat = _password(username, new=True)
    opened = access.set_up(vault, organisation=DEMO_ORGANISATION, username=username,
                           display_name=args.name or username, password=password,
                           repeat=repeat)
    try:
        _fill_demo(args, opened)
    finally:
        opened.db.dispose()
    _show_recovery_code(opened.recovery_code)
    return 0


def _fill_demo(args: argparse.Namespace, opened: Opened) -> None:
    db, admin, username = opened.db, opened.actor, opened.actor.username
    for role in DEMO_ROLES:
        auth.create_user(db, admin, username=role, display_name=f"Demo {role}", role=role,
                         password=demo_password(role))
    summary = demo.build_demo(db, admin, members=args.members, seed=args.seed)
    _out(f"Created the demo database {db.description}: {summary.members} fictional members "
         f"({summary.children} children) in {summary.households} households, "
         f"{summary.rooms} rooms with {summary.beds} beds ({summary.residents_today} "
         f"taken today), {summary.referrals} referrals.")
    _out("Accounts:")
    _out(f"  {username:<10} administrator  (your password)")
    for role in DEMO_ROLES:
        _out(f"  {role:<10} {role:<14} {demo_password(role)}")


def _cmd_import_members(args: argparse.Namespace, opened: Opened) -> int:
    db, actor = opened.db, opened.actor
    path: Path = args.file
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ValidationError(f"Cannot read {path}: {err.strerror or err}.",
                              field="file") from None
    result = member_csv.import_members(db, actor, data, dry_run=args.dry_run)
    if result.problems:
        for problem in result.problems:
            _err(f"{path.name}: {problem}")
        lines = len({p.line for p in result.problems})
        _err(f"Nothing was imported: {len(result.problems)} problem(s) on {lines} line(s). "
             "Correct the file and run the import again.")
        return 1
    _out(member_csv.describe(result))
    if result.dry_run:
        _out("This was a dry run: nothing was written.")
    return 0


def _cmd_export_members(args: argparse.Namespace, opened: Opened) -> int:
    db, actor = opened.db, opened.actor
    path: Path = args.file
    rows = exports.save(db, actor, member_csv.export_members(db, actor), path).rows
    _out(f"Exported {rows} member{'' if rows == 1 else 's'} to {path}.")
    return 0


def _cmd_check(args: argparse.Namespace, opened: Opened) -> int:
    db, actor = opened.db, opened.actor
    report = check.run_checks(db, actor)
    for line in report.lines:
        _out(f"{'ok' if line.ok else 'FAILED':<7}{line.name}: {line.message}")
    if not report.ok:
        _err("Some checks failed.")
        return 1
    return 0


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} KB"


def _cmd_backup(args: argparse.Namespace, opened: Opened) -> int:
    info = backups.make_backup(opened.db, opened.actor, out=args.out)
    _out(f"Backed up to {info.file} ({_size(info.size)}); it opens and passed the "
         "integrity checks.")
    if opened.db.is_sqlite:
        _out("Keep the .keys file beside it: the backup opens only with the two together.")
    return 0


def _restore_confirmed(args: argparse.Namespace) -> bool:
    """``--yes``, or the typed word; otherwise nothing is restored."""
    if args.yes:
        return True
    try:
        answer = input(f"Type {backups.CONFIRMATION} to continue: ")
    except (EOFError, KeyboardInterrupt):
        answer = ""
    if answer.strip() == backups.CONFIRMATION:
        return True
    _err("Nothing was restored.")
    return False


def _cmd_restore(args: argparse.Namespace, opened: Opened) -> int:
    db, actor = opened.db, opened.actor
    path: Path = args.file
    if not args.yes:
        _out(f"This replaces the database {db.description} with the backup {path}.")
        _out("The database as it is now is backed up first, so this can be undone.")
    if not _restore_confirmed(args):
        return 1
    password = os.environ.get(PASSWORD_ENV)
    try:
        result = backups.restore_backup(db, actor, path, password=password)
    except backups.PasswordNeeded:
        if password is not None:
            raise
        password, _ = _password(args.username)
        result = backups.restore_backup(db, actor, path, password=password)
    _out(result.message)
    return 0


def _cmd_restore_where_nothing_opens(args: argparse.Namespace, why: SafehouseError) -> int:
    """No database opens here (a new computer, a damaged file, a lost key file): put
    the backup in place, opened with its own key file and an administrator's password."""
    vault = _vault(args)
    if vault.state() is VaultState.PLAIN:
        raise why
    path: Path = args.file
    _out(f"No database opens at {vault.description}: {why.message}")
    _out(f"The backup {path} can be put in its place (a damaged file is kept aside).")
    if not _restore_confirmed(args):
        return 1
    password, _ = _password(args.username)
    opened = backups.restore_in_place_of_nothing(vault, path, username=args.username,
                                                 password=password)
    opened.db.dispose()
    _out(f"The database was restored from {path.name}; log in with the passwords of the "
         "day the backup was made.")
    return 0


# --- entry point ------------------------------------------------------------------------


def _run_gui(args: argparse.Namespace) -> int:
    from safehouse.app import run_app  # Qt is loaded only for the window

    return run_app(_db_target(args), getattr(args, "lang", None))


def _report_bug(err: BaseException) -> None:
    """An unexpected error: its type and where, never its message (it may hold data)."""
    frames = traceback.extract_tb(err.__traceback__)
    where = "; ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in frames[-5:])
    _err(f"Safehouse stopped because of an error in the program ({type(err).__name__}). "
         "Nothing was shown of your data; please report this, with the lines below.")
    _err(f"  {where}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, or wrong usage (argparse printed why)
        return exit_.code if isinstance(exit_.code, int) else 2
    create: Callable[[argparse.Namespace], int] | None = getattr(args, "create", None)
    run: Callable[[argparse.Namespace, Opened], int] | None = getattr(args, "run", None)
    if run is None and create is None:
        return _run_gui(args)
    opened: Opened | None = None
    try:
        args.username = _username(args)
        if create is not None:
            return create(args)
        assert run is not None
        try:
            opened = _log_in(args)
        except (DatabaseError, ConflictError) as why:
            instead = getattr(args, "instead", None)
            if instead is None:
                raise
            return int(instead(args, why))
        return run(args, opened)
    except UsageError as err:
        parser.print_usage(sys.stderr)
        _err(f"safehouse: error: {err}")
        return 2
    except SafehouseError as err:
        _err(err.message)
        return 1
    except OSError as err:
        _err(f"Cannot open the database: {err.strerror or type(err).__name__}.")
        return 1
    except KeyboardInterrupt:
        _err("Stopped.")
        return 1
    except Exception as err:  # a bug: say so without showing data
        _report_bug(err)
        return 1
    finally:
        if opened is not None:
            opened.db.dispose()


if __name__ == "__main__":
    sys.exit(main())
