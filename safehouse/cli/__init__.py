"""The command line: ``safehouse [init|demo|passwd|import|export|report|check|backup|restore]``;
with no command, the application window.

One module per feature (``setup``: init and demo; ``account``: passwd;
``csv_commands``: the import and export verbs, with a kind per CSV format, e.g.
``event_commands``; ``maintenance``: check, backup, restore), each
adding its commands to the parser with ``add_commands``; ``common`` holds what they
share. A new feature adds a module and one line to ``FEATURES``.

Exit status: 0 on success, 1 when the input or the data refuses the command (the
message says why), 2 for wrong usage. Nothing personal is printed unless printing it is
the command's purpose; nothing personal is logged. Messages come in the language of
``--lang`` (English without it); argparse's help and usage stay English.

An account whose administrator asked for a new password runs nothing but
``safehouse passwd`` until it has chosen one.
"""

from __future__ import annotations

import argparse
import typing
from collections.abc import Sequence

from safehouse.cli.options import common_options, db_target

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """With no command, the window: decided on the common options alone, so that the
    program's start loads none of the commands (nor the database code behind them)."""
    args = _window_args(argv)
    if args is not None:
        return run_gui(args)
    from safehouse.cli.commands import run_command

    return run_command(argv)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line (every command)."""
    from safehouse.cli.commands import build_parser as build

    return build()


def run_gui(args: argparse.Namespace) -> int:
    from safehouse.app import run_app  # Qt is loaded only for the window

    return run_app(db_target(args), getattr(args, "lang", None))


class _NotOnlyOptions(Exception):
    pass


class _OptionsOnly(argparse.ArgumentParser):
    def error(self, message: str) -> typing.NoReturn:  # the whole parser will say it
        raise _NotOnlyOptions


def _window_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The common options when they are all there is (the window's start), else None:
    a command, ``--help``, ``--version`` or a mistake, for the whole parser."""
    parser = _OptionsOnly(prog="safehouse", add_help=False, parents=[common_options()])
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotOnlyOptions:
        return None
    return None if rest else args
