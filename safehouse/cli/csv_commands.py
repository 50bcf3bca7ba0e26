"""``safehouse import KIND FILE`` and ``safehouse export KIND FILE``: the two verbs, and
the members kind. Other kinds (events) add themselves through ``add_kinds`` in their
own module, listed in ``KINDS``."""

from __future__ import annotations

import argparse
from pathlib import Path

from safehouse.cli import event_commands, session_commands, survey_commands
from safehouse.cli.common import OK, out
from safehouse.cli.csv_io import add_export, add_import, readable, report_import
from safehouse.errors import translate
from safehouse.services import exports, member_csv
from safehouse.services.access import Opened

# each has add_kinds(imports, exports, common)
KINDS = (event_commands, survey_commands, session_commands)


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("import", parents=[common], help="load a CSV file")
    imports = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    p = commands.add_parser("export", parents=[common], help="write a CSV file")
    exported = p.add_subparsers(dest="kind", metavar="KIND", required=True)

    add_import(imports, common, "members", "members: " + ",".join(member_csv.COLUMNS),
               _cmd_import_members)
    add_export(exported, common, "members", "every member", _cmd_export_members)

    for kind in KINDS:
        kind.add_kinds(imports, exported, common)


def _cmd_import_members(args: argparse.Namespace, opened: Opened) -> int:
    path: Path = args.file
    result = member_csv.import_members(opened.db, opened.actor, readable(path),
                                       dry_run=args.dry_run)
    return report_import(path, result, member_csv.describe)


def _cmd_export_members(args: argparse.Namespace, opened: Opened) -> int:
    db, actor = opened.db, opened.actor
    path: Path = args.file
    rows = exports.save(db, actor, member_csv.export_members(db, actor), path).rows
    text = (translate("cli", "Exported 1 member to {file}.") if rows == 1 else
            translate("cli", "Exported {count} members to {file}."))
    out(text.format(count=rows, file=path))
    return OK
