"""``safehouse import surveys FILE.csv [--dry-run]`` and ``safehouse export surveys
FILE.csv [--year YEAR]``: the yearly wellbeing check-in, in the format of DESIGN.md
(``member_code,taken_on,health,repatriation_threat``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from safehouse.cli.common import OK, out
from safehouse.cli.csv_io import add_export, add_import, readable, report_import
from safehouse.errors import translate
from safehouse.services import exports, survey_csv
from safehouse.services.access import Opened


def add_kinds(imports: argparse._SubParsersAction[argparse.ArgumentParser],
              exported: argparse._SubParsersAction[argparse.ArgumentParser],
              common: argparse.ArgumentParser) -> None:
    """The surveys kind of ``safehouse import`` and ``safehouse export``."""
    add_import(imports, common, "surveys",
               "yearly check-ins: " + ",".join(survey_csv.COLUMNS), _cmd_import_surveys)
    k = add_export(exported, common, "surveys", "every yearly check-in", _cmd_export_surveys)
    k.add_argument("--year", type=int, default=None, help="only the check-ins of this year")


def _cmd_import_surveys(args: argparse.Namespace, opened: Opened) -> int:
    path: Path = args.file
    result = survey_csv.import_surveys(opened.db, opened.actor, readable(path),
                                       dry_run=args.dry_run)
    return report_import(path, result, survey_csv.describe)


def _cmd_export_surveys(args: argparse.Namespace, opened: Opened) -> int:
    db, actor = opened.db, opened.actor
    path: Path = args.file
    made = survey_csv.export_surveys(db, actor, year=args.year)
    rows = exports.save(db, actor, made, path).rows
    text = (translate("cli", "Exported 1 yearly check-in to {file}.") if rows == 1 else
            translate("cli", "Exported {count} yearly check-ins to {file}."))
    out(text.format(count=rows, file=path))
    return OK
