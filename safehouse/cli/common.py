"""What every command shares: the common options, who is logged in, output, exit codes.

Messages are translated through :mod:`safehouse.i18n` (context ``cli``), in the language
``--lang`` names (English without it).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from safehouse.cli.options import PASSWORD_ENV as PASSWORD_ENV
from safehouse.cli.options import USER_ENV as USER_ENV
from safehouse.cli.options import common_options as common_options
from safehouse.cli.options import db_target as db_target
from safehouse.errors import ConflictError, PermissionDenied, ValidationError, translate
from safehouse.services import access, settings
from safehouse.services.access import Opened
from safehouse.storage.vault import Vault, VaultState

NEW_PASSWORD_ENV = "SAFEHOUSE_NEW_PASSWORD"  # safehouse passwd, in scripts

# Exit status
OK = 0
REFUSED = 1  # the input or the data refuses the command; the message says why
WRONG_USAGE = 2

# A command that creates a database, and one that runs on an opened one.
Create = Callable[[argparse.Namespace], int]
Run = Callable[[argparse.Namespace, Opened], int]


class UsageError(Exception):
    """Wrong use of the command line: exit status 2."""


def out(text: str) -> None:
    print(text, flush=True)


def err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def username(args: argparse.Namespace) -> str:
    name: str = getattr(args, "user", None) or os.environ.get(USER_ENV, "")
    if not name:
        raise UsageError(translate("cli", "Name the user with --user NAME (or set {env}).")
                         .format(env=USER_ENV))
    return name


def password(user: str, *, new: bool = False) -> tuple[str, str | None]:
    """The password (and, for a new one, its repetition) from the environment or a prompt.

    With ``SAFEHOUSE_PASSWORD`` there is no repetition to compare.
    """
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env, None
    try:
        if not new:
            return getpass.getpass(translate("cli", "Password for {user}: ")
                                   .format(user=user)), None
        first = getpass.getpass(translate("cli", "New password for {user}: ")
                                .format(user=user))
        return first, getpass.getpass(translate("cli", "The same password again: "))
    except (EOFError, KeyboardInterrupt):
        raise ValidationError(translate("cli", "No password was given."),
                              field="password") from None


def new_password(user: str) -> tuple[str, str]:
    """A new password for ``safehouse passwd``: from ``SAFEHOUSE_NEW_PASSWORD``, or typed
    twice at a prompt."""
    from_env = os.environ.get(NEW_PASSWORD_ENV)
    if from_env is not None:
        return from_env, from_env
    try:
        first = getpass.getpass(translate("cli", "New password for {user}: ")
                                .format(user=user))
        return first, getpass.getpass(translate("cli", "The same password again: "))
    except (EOFError, KeyboardInterrupt):
        raise ValidationError(translate("cli", "No password was given."),
                              field="password") from None


def vault(args: argparse.Namespace) -> Vault:
    return Vault.open(db_target(args))


def log_in(args: argparse.Namespace) -> Opened:
    """Unlock the database with the user's password and check the account."""
    opened_vault = vault(args)
    state = opened_vault.state()
    if state is VaultState.NEW:
        raise ConflictError(translate(
            "cli", "There is no database at {where} yet; create one with 'safehouse init' "
            "(or open the application).").format(where=opened_vault.description))
    if state is VaultState.PLAIN:
        raise ConflictError(translate(
            "cli", "This database is not encrypted yet. Open it once in the application as "
            "an administrator to encrypt it."))
    secret, _ = password(args.username)
    opened = access.log_in(opened_vault, args.username, secret)
    for notice in opened.notices:  # tampering with the key file, for an administrator
        err(notice)
    if opened.recovery_code:  # the first administrator login after the upgrade
        out(translate("cli", "This database now has a key for its confidential fields, "
                             "and a new recovery key: the old one no longer works."))
        show_recovery_code(opened.recovery_code)
    try:
        if opened.actor.must_change_password and not getattr(args, "forced_change_ok", False):
            raise PermissionDenied(translate(
                "cli", "An administrator has asked {user} to choose a new password. Choose "
                "it first with 'safehouse passwd' (or in the application), then run this "
                "command again.").format(user=args.username))
        if getattr(args, "forced_change_ok", False):
            args.current_password = secret  # safehouse passwd needs it once more
        settings.apply_time_zone(opened.db)  # today is the organisation's
    except BaseException:
        opened.db.dispose()
        raise
    return opened


def show_recovery_code(code: str | None) -> None:
    if not code:
        return
    out("")
    out(translate("cli", "Recovery key (shown only this once):"))
    out(f"    {code}")
    out(translate("cli", "Write it down and keep it somewhere safe, away from this "
                         "computer. With it an administrator can set a new password when "
                         "every password is lost; without it and without a password, "
                         "nobody can open this database."))
