"""``safehouse export sessions FILE.ics [--counselor NAME] [--from DATE --to DATE]
[--names]``: the counseling schedule as an iCalendar file, without notes; members by
code unless ``--names``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from safehouse.cli.common import OK, UsageError, out
from safehouse.cli.csv_io import add_export
from safehouse.errors import ValidationError, translate
from safehouse.services import counselors, exports, session_ics
from safehouse.services.access import Opened
from safehouse.services.dto.accounts import Actor
from safehouse.storage.db import Database


def add_kinds(imports: argparse._SubParsersAction[argparse.ArgumentParser],
              exported: argparse._SubParsersAction[argparse.ArgumentParser],
              common: argparse.ArgumentParser) -> None:
    """The sessions kind of ``safehouse export`` (there is no import of sessions)."""
    k = add_export(exported, common, "sessions",
                   "counseling sessions as an .ics calendar (no notes)", _cmd_export_sessions)
    k.add_argument("--counselor", metavar="NAME", default=None,
                   help="only this counselor's sessions")
    k.add_argument("--from", dest="date_from", metavar="DATE", default=None,
                   help="from this day (YYYY-MM-DD)")
    k.add_argument("--to", dest="date_to", metavar="DATE", default=None,
                   help="to this day, included (YYYY-MM-DD)")
    k.add_argument("--names", action="store_true",
                   help="members by name (by code without it)")


def parse_day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(translate("cli", "{option} takes a date as YYYY-MM-DD, not {text}.")
                         .format(option=option, text=text)) from None


def counselor_named(db: Database, actor: Actor, name: str) -> int:
    """The counselor whose name (or user name) is ``name``, ignoring case."""
    wanted = name.strip().casefold()
    found = [c for c in counselors.list_counselors(db, actor)
             if wanted in (c.name.casefold(), c.username.casefold())]
    if len(found) != 1:
        text = (translate("cli", "There is no counselor called {name}.") if not found
                else translate("cli", "Several counselors are called {name}; use the user "
                               "name."))
        raise ValidationError(text.format(name=name), field="counselor")
    return found[0].id


def _cmd_export_sessions(args: argparse.Namespace, opened: Opened) -> int:
    db, actor = opened.db, opened.actor
    path: Path = args.file
    start, end = parse_day(args.date_from, "--from"), parse_day(args.date_to, "--to")
    counselor_id = (counselor_named(db, actor, args.counselor) if args.counselor
                    else None)
    made = session_ics.export_sessions(db, actor, start=start, end=end,
                                       counselor_id=counselor_id, names=args.names)
    rows = exports.save(db, actor, made, path).rows
    text = (translate("cli", "Exported 1 session to {file}.") if rows == 1 else
            translate("cli", "Exported {count} sessions to {file}."))
    out(text.format(count=rows, file=path))
    return OK
