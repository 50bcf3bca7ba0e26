"""Starting the window from the command line: with nothing but the common options
(``--db``, ``--lang``), ``safehouse`` opens the application. Told apart from a command
with the common options alone, before the commands (and the database code behind them)
are loaded: a second start for a database already open stops at its guard at once."""

from __future__ import annotations

import argparse
import typing
from collections.abc import Sequence

from safehouse.cli.options import common_options, db_target


def run_gui(args: argparse.Namespace) -> int:
    from safehouse.app import run_app  # Qt is loaded only for the window

    return run_app(db_target(args), getattr(args, "lang", None))


class _NotOnlyOptions(Exception):
    pass


class _OptionsOnly(argparse.ArgumentParser):
    def error(self, message: str) -> typing.NoReturn:  # the whole parser will say it
        raise _NotOnlyOptions


def window_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The common options when they are all there is (the window's start), else None:
    a command, ``--help``, ``--version`` or a mistake, for the whole parser."""
    parser = _OptionsOnly(prog="safehouse", add_help=False, parents=[common_options()])
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotOnlyOptions:
        return None
    return None if rest else args
