"""The commands: the whole parser, and running the command it found (with no command,
the application window, as :func:`safehouse.cli.main` decides for itself first)."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path

from safehouse import i18n, version
from safehouse.cli import account, csv_commands, maintenance, report_commands, setup
from safehouse.cli.common import (
    REFUSED,
    WRONG_USAGE,
    Create,
    Run,
    UsageError,
    common_options,
    err,
    log_in,
    username,
)
from safehouse.cli.window import run_gui
from safehouse.errors import ConflictError, DatabaseError, SafehouseError, translate
from safehouse.services import access
from safehouse.services.access import Opened

__all__ = ["build_parser", "run_command"]

FEATURES = (setup, account, csv_commands, maintenance, report_commands)


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="safehouse", parents=[common],
        description="Records, rooms and reports for a small safehouse community. "
                    "Without a command, opens the application.",
    )
    parser.add_argument("--version", action="version", version=f"safehouse {version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for feature in FEATURES:
        feature.add_commands(commands, common)
    return parser


def _report_bug(error: BaseException) -> None:
    """An unexpected error: its type and where, never its message (it may hold data)."""
    frames = traceback.extract_tb(error.__traceback__)
    where = "; ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in frames[-5:])
    err(translate("cli", "Safehouse stopped because of an error in the program ({error}). "
                         "Nothing was shown of your data; please report this, with the "
                         "lines below.").format(error=type(error).__name__))
    err(f"  {where}")


def run_command(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, or wrong usage (argparse printed why)
        return exit_.code if isinstance(exit_.code, int) else WRONG_USAGE
    create: Create | None = getattr(args, "create", None)
    run: Run | None = getattr(args, "run", None)
    if run is None and create is None:
        return run_gui(args)
    before = i18n.language()
    i18n.set_language(getattr(args, "lang", None) or i18n.DEFAULT)
    try:
        return _run(parser, args, create, run)
    finally:
        i18n.set_language(before)


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace,
         create: Create | None, run: Run | None) -> int:
    opened: Opened | None = None
    try:
        args.username = username(args)
        if create is not None:
            return create(args)
        assert run is not None
        try:
            opened = log_in(args)
        except (DatabaseError, ConflictError) as why:
            instead: Callable[[argparse.Namespace, SafehouseError], int] | None = getattr(
                args, "instead", None)
            if instead is None:
                raise
            return instead(args, why)
        return run(args, opened)
    except UsageError as error:
        parser.print_usage(sys.stderr)
        err(translate("cli", "safehouse: error: {message}").format(message=error))
        return WRONG_USAGE
    except SafehouseError as error:
        err(error.message)
        return REFUSED
    except OSError as error:
        err(translate("cli", "Cannot open the database: {reason}.")
            .format(reason=error.strerror or type(error).__name__))
        return REFUSED
    except KeyboardInterrupt:
        err(translate("cli", "Stopped."))
        return REFUSED
    except Exception as error:  # a bug: say so without showing data
        _report_bug(error)
        return REFUSED
    finally:
        if opened is not None:
            with suppress(SafehouseError, OSError):
                access.leave(opened.db)  # the audit trail's anchor moves on
            opened.db.dispose()
