"""``safehouse passwd``: choose a new password for oneself — the way on the command line
to answer an administrator's "choose a new password" (every other command is refused
until then)."""

from __future__ import annotations

import argparse

from safehouse.cli.common import OK, new_password, out
from safehouse.errors import translate
from safehouse.services import auth
from safehouse.services.access import Opened


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("passwd", parents=[common],
                            help="choose a new password (also when an administrator has "
                                 "asked for one)")
    p.set_defaults(run=_cmd_passwd, forced_change_ok=True)


def _cmd_passwd(args: argparse.Namespace, opened: Opened) -> int:
    current: str = args.current_password
    new, repeat = new_password(args.username)
    auth.change_password(opened.db, opened.actor, current, new, repeat)
    out(translate("cli", "The password of {user} has been changed; use the new one from "
                         "now on.").format(user=args.username))
    return OK
