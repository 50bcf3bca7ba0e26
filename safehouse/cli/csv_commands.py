"""``safehouse import members FILE`` and ``safehouse export members FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from safehouse.cli.common import OK, REFUSED, err, out
from safehouse.errors import ValidationError, translate
from safehouse.services import exports, member_csv
from safehouse.services.access import Opened


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("import", parents=[common], help="load a CSV file")
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    k = kinds.add_parser("members", parents=[common],
                         help="members: " + ",".join(member_csv.COLUMNS))
    k.add_argument("file", metavar="FILE", type=Path)
    k.add_argument("--dry-run", action="store_true",
                   help="check every row, write nothing")
    k.set_defaults(run=_cmd_import_members)

    p = commands.add_parser("export", parents=[common], help="write a CSV file")
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    k = kinds.add_parser("members", parents=[common], help="every member")
    k.add_argument("file", metavar="FILE", type=Path)
    k.set_defaults(run=_cmd_export_members)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ValidationError(translate("cli", "Cannot read {file}: {reason}.")
                              .format(file=path, reason=error.strerror or error),
                              field="file") from None


def _cmd_import_members(args: argparse.Namespace, opened: Opened) -> int:
    path: Path = args.file
    result = member_csv.import_members(opened.db, opened.actor, _read(path),
                                       dry_run=args.dry_run)
    if result.problems:
        for problem in result.problems:
            err(f"{path.name}: {problem}")
        err(translate("cli", "Nothing was imported: {problems} problem(s) on {lines} line(s). "
                             "Correct the file and run the import again.")
            .format(problems=len(result.problems),
                    lines=len({p.line for p in result.problems})))
        return REFUSED
    out(member_csv.describe(result))
    if result.dry_run:
        out(translate("cli", "This was a dry run: nothing was written."))
    return OK


def _cmd_export_members(args: argparse.Namespace, opened: Opened) -> int:
    db, actor = opened.db, opened.actor
    path: Path = args.file
    rows = exports.save(db, actor, member_csv.export_members(db, actor), path).rows
    text = (translate("cli", "Exported 1 member to {file}.") if rows == 1 else
            translate("cli", "Exported {count} members to {file}."))
    out(text.format(count=rows, file=path))
    return OK
