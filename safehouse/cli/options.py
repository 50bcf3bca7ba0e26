"""The options every command takes (and the window's start, which has no command):
argparse only, so that :func:`safehouse.cli.main` can tell a start of the window from a
command before it loads anything else."""

from __future__ import annotations

import argparse

USER_ENV = "SAFEHOUSE_USER"
PASSWORD_ENV = "SAFEHOUSE_PASSWORD"


def common_options() -> argparse.ArgumentParser:
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
                       help="language of the messages (and of the application window)")
    return common


def db_target(args: argparse.Namespace) -> str | None:
    target: str | None = getattr(args, "db", None)
    return target
