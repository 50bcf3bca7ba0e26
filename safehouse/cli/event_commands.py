"""``safehouse import events FILE.csv [--dry-run]`` and ``safehouse export events
FILE.csv [--year YEAR]``: events and who came, in the format of DESIGN.md."""

from __future__ import annotations

import argparse
from pathlib import Path

from safehouse.cli.common import OK, REFUSED, err, out
from safehouse.cli.csv_commands import _read
from safehouse.errors import translate
from safehouse.services import events_csv, exports
from safehouse.services.access import Opened


def _kinds(commands: argparse._SubParsersAction[argparse.ArgumentParser], verb: str
           ) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """The KIND choices of ``safehouse import`` or ``export`` (made by csv_commands)."""
    parser = commands.choices[verb]
    group = parser._subparsers
    assert group is not None, f"'{verb}' has no kinds yet: csv_commands comes first"
    for action in group._group_actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise AssertionError(f"'{verb}' has no kinds")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    k = _kinds(commands, "import").add_parser(
        "events", parents=[common], help="events: " + ",".join(events_csv.COLUMNS))
    k.add_argument("file", metavar="FILE", type=Path)
    k.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    k.set_defaults(run=_cmd_import_events)
    k = _kinds(commands, "export").add_parser(
        "events", parents=[common], help="events and who came to them")
    k.add_argument("file", metavar="FILE", type=Path)
    k.add_argument("--year", type=int, default=None, help="only the events of this year")
    k.set_defaults(run=_cmd_export_events)


def _cmd_import_events(args: argparse.Namespace, opened: Opened) -> int:
    path: Path = args.file
    result = events_csv.import_events(opened.db, opened.actor, _read(path),
                                      dry_run=args.dry_run)
    if result.problems:
        for problem in result.problems:
            err(f"{path.name}: {problem}")
        err(translate("cli", "Nothing was imported: {problems} problem(s) on {lines} line(s). "
                             "Correct the file and run the import again.")
            .format(problems=len(result.problems),
                    lines=len({p.line for p in result.problems})))
        return REFUSED
    out(events_csv.describe(result))
    if result.dry_run:
        out(translate("cli", "This was a dry run: nothing was written."))
    return OK


def _cmd_export_events(args: argparse.Namespace, opened: Opened) -> int:
    db, actor = opened.db, opened.actor
    path: Path = args.file
    made = events_csv.export_events(db, actor, year=args.year)
    rows = exports.save(db, actor, made, path).rows
    out(translate("cli", "Exported {count} rows of events to {file}.")
        .format(count=rows, file=path))
    return OK
