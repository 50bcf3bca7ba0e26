"""``safehouse import events FILE.csv [--dry-run]`` and ``safehouse export events
FILE.csv [--year YEAR]``: events and who came, in the format of DESIGN.md."""

from __future__ import annotations

import argparse
from pathlib import Path

from safehouse.cli.common import OK, out
from safehouse.cli.csv_io import add_export, add_import, readable, report_import
from safehouse.errors import translate
from safehouse.services import events_csv, exports
from safehouse.services.access import Opened


def add_kinds(imports: argparse._SubParsersAction[argparse.ArgumentParser],
              exported: argparse._SubParsersAction[argparse.ArgumentParser],
              common: argparse.ArgumentParser) -> None:
    """The events kind of ``safehouse import`` and ``safehouse export``."""
    add_import(imports, common, "events", "events: " + ",".join(events_csv.COLUMNS),
               _cmd_import_events)
    k = add_export(exported, common, "events", "events and who came to them",
                   _cmd_export_events)
    k.add_argument("--year", type=int, default=None, help="only the events of this year")


def _cmd_import_events(args: argparse.Namespace, opened: Opened) -> int:
    path: Path = args.file
    result = events_csv.import_events(opened.db, opened.actor, readable(path),
                                      dry_run=args.dry_run)
    return report_import(path, result, events_csv.describe)


def _cmd_export_events(args: argparse.Namespace, opened: Opened) -> int:
    db, actor = opened.db, opened.actor
    path: Path = args.file
    made = events_csv.export_events(db, actor, year=args.year)
    rows = exports.save(db, actor, made, path).rows
    out(translate("cli", "Exported {count} rows of events to {file}.")
        .format(count=rows, file=path))
    return OK
