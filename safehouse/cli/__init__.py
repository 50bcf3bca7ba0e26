"""The command line: ``safehouse [init|demo|passwd|import|export|report|check|backup|restore]``;
with no command, the application window.

One module per feature (``setup``: init and demo; ``account``: passwd;
``csv_commands``: the import and export verbs, with a kind per CSV format, e.g.
``event_commands``; ``maintenance``: check, backup, restore), each
adding its commands to the parser with ``add_commands``; ``common`` holds what they
share. A new feature adds a module and one line to ``FEATURES`` (in ``commands``, the
whole parser). ``window`` tells the window's start (no command) from a command on the
common options (``options``) alone, so that it loads none of the commands.

Exit status: 0 on success, 1 when the input or the data refuses the command (the
message says why), 2 for wrong usage. Nothing personal is printed unless printing it is
the command's purpose; nothing personal is logged. Messages come in the language of
``--lang`` (English without it); argparse's help and usage stay English.

An account whose administrator asked for a new password runs nothing but
``safehouse passwd`` until it has chosen one.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from safehouse.cli.window import run_gui, window_args

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """With no command, the window: decided on the common options alone, so that the
    program's start loads none of the commands (nor the database code behind them)."""
    args = window_args(argv)
    if args is not None:
        return run_gui(args)
    from safehouse.cli.commands import run_command

    return run_command(argv)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line (every command)."""
    from safehouse.cli.commands import build_parser as build

    return build()
