"""``safehouse init`` and ``safehouse demo``: create a database and its first
administrator (the demo fills it with fictional data and one account per role)."""

from __future__ import annotations

import argparse

from safehouse.cli.common import OK, out, password, show_recovery_code, vault
from safehouse.errors import ConflictError, ValidationError, translate
from safehouse.labels import label
from safehouse.models import Role
from safehouse.services import access, auth, demo
from safehouse.services.access import Opened
from safehouse.storage.vault import VaultState

DEMO_ORGANISATION = "Safehouse (demo)"
DEFAULT_ORGANISATION = "Safehouse"
DEMO_ROLES = (Role.MANAGER, Role.COUNSELOR, Role.STAFF)


def demo_password(role: str) -> str:
    return f"demo-{role}-2026"


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= demo.MAX_MEMBERS:
        raise argparse.ArgumentTypeError(f"choose between 1 and {demo.MAX_MEMBERS}")
    return value


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
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


def _cmd_init(args: argparse.Namespace) -> int:
    username: str = args.username
    auth.validate_username(username)
    where = vault(args)
    if where.state() is not VaultState.NEW:
        raise ConflictError(translate("cli", "The database {where} has been set up already; "
                                             "log in instead.")
                            .format(where=where.description))
    where.check_can_create()  # not beside a key file left without its database
    secret, repeat = password(username, new=True)
    opened = access.set_up(where, organisation=args.org, username=username,
                           display_name=args.name or username, password=secret,
                           repeat=repeat)
    opened.db.dispose()
    out(translate("cli", "Created the encrypted database {where} for {organisation}, with "
                         "the administrator {user}.")
        .format(where=where.description, organisation=args.org.strip(), user=username))
    show_recovery_code(opened.recovery_code)
    return OK


def _cmd_demo(args: argparse.Namespace) -> int:
    username: str = args.username
    auth.validate_username(username)
    if username in DEMO_ROLES:
        raise ValidationError(translate("cli", "The user name {user} is kept for a demo "
                                               "account; choose another.")
                              .format(user=repr(username)), field="user")
    where = vault(args)
    if where.state() is not VaultState.NEW:
        raise ConflictError(translate("cli", "The database {where} already exists; the demo "
                                             "needs a new database (choose one with --db).")
                            .format(where=where.description))
    where.check_can_create()
    secret, repeat = password(username, new=True)
    opened = access.set_up(where, organisation=DEMO_ORGANISATION, username=username,
                           display_name=args.name or username, password=secret,
                           repeat=repeat)
    try:
        _fill_demo(args, opened)
    finally:
        opened.db.dispose()
    show_recovery_code(opened.recovery_code)
    return OK


def _fill_demo(args: argparse.Namespace, opened: Opened) -> None:
    db, admin, username = opened.db, opened.actor, opened.actor.username
    for role in DEMO_ROLES:
        auth.create_user(db, admin, username=role.value, display_name=f"Demo {role.value}",
                         role=role.value, password=demo_password(role.value))
    summary = demo.build_demo(db, admin, members=args.members, seed=args.seed)
    out(translate("cli", "Created the demo database {where}: {members} fictional members "
                         "({children} children) in {households} households, {rooms} rooms "
                         "with {beds} beds ({taken} taken today), {referrals} referrals.")
        .format(where=db.description, members=summary.members, children=summary.children,
                households=summary.households, rooms=summary.rooms, beds=summary.beds,
                taken=summary.residents_today, referrals=summary.referrals))
    out(translate("cli", "Accounts:"))
    out(f"  {username:<10} {label(Role.ADMINISTRATOR):<14} "
        + translate("cli", "(your password)"))
    for role in DEMO_ROLES:
        out(f"  {role.value:<10} {label(role):<14} {demo_password(role.value)}")
