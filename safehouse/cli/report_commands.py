"""``safehouse report progress|impact|roster|schedule ... --out FILE.pdf``: a printed
report as a PDF file (readable by its owner only), in the language of ``--lang``; each
one written is an audit line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from safehouse import i18n
from safehouse.cli.common import OK, UsageError, out
from safehouse.cli.session_commands import counselor_named, parse_day
from safehouse.errors import translate
from safehouse.services import members
from safehouse.services.access import Opened
from safehouse.services.reading import Read
from safehouse.services.reports import produce
from safehouse.services.reports.requests import ReportRequest


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("report", parents=[common], help="print a report to a PDF file")
    kinds = p.add_subparsers(dest="report", metavar="REPORT", required=True)

    k = kinds.add_parser("progress", parents=[common],
                         help="a member's progress summary")
    k.add_argument("code", metavar="CODE", help="the member's code, e.g. M-0001")
    k.add_argument("--from", dest="date_from", metavar="DATE", default=None,
                   help="the period's first day (YYYY-MM-DD; default: three months ago)")
    k.add_argument("--to", dest="date_to", metavar="DATE", default=None,
                   help="the period's last day (YYYY-MM-DD; default: today)")
    k.add_argument("--deidentified", action="store_true",
                   help="code and alias only, no name")
    _out(k)
    k.set_defaults(run=_cmd_progress)

    k = kinds.add_parser("impact", parents=[common],
                         help="the impact report for supporters (always de-identified)")
    k.add_argument("--from-year", dest="first_year", metavar="Y", type=int, default=None)
    k.add_argument("--to-year", dest="last_year", metavar="Y", type=int, default=None)
    _out(k)
    k.set_defaults(run=_cmd_impact)

    k = kinds.add_parser("roster", parents=[common], help="the rooms and who is in them")
    k.add_argument("--date", metavar="DATE", default=None,
                   help="the day (YYYY-MM-DD; default: today)")
    _out(k)
    k.set_defaults(run=_cmd_roster)

    k = kinds.add_parser("schedule", parents=[common], help="a week of counseling sessions")
    k.add_argument("--week", metavar="DATE", required=True,
                   help="any day of the week (YYYY-MM-DD)")
    k.add_argument("--counselor", metavar="NAME", default=None,
                   help="only this counselor's sessions")
    _out(k)
    k.set_defaults(run=_cmd_schedule)


def _out(k: argparse.ArgumentParser) -> None:
    k.add_argument("--out", metavar="FILE.pdf", type=Path, required=True,
                   help="the PDF file to write")


def _write(opened: Opened, request: ReportRequest, path: Path) -> int:
    pdf = produce.produce(opened.db, opened.actor, request)
    produce.save(opened.db, opened.actor, request, pdf, path)
    out(translate("cli", "Wrote {report} to {file}.").format(
        report=produce.title_of(request.kind), file=path))
    return OK


def _lang() -> str:
    return i18n.language()


def _cmd_progress(args: argparse.Namespace, opened: Opened) -> int:
    member = members.find_member(opened.db, opened.actor, args.code, purpose=Read.REFRESH)
    request = ReportRequest(
        kind="progress", lang=_lang(), member_ids=(member.id,),
        start=parse_day(args.date_from, "--from"), end=parse_day(args.date_to, "--to"),
        deidentified=args.deidentified)
    return _write(opened, request, args.out)


def _cmd_impact(args: argparse.Namespace, opened: Opened) -> int:
    for year in (args.first_year, args.last_year):
        if year is not None and not 1900 <= year <= 2999:
            raise UsageError(translate("cli", "A year is written like 2024, not {text}.")
                             .format(text=year))
    return _write(opened, ReportRequest(kind="impact", lang=_lang(),
                                        first_year=args.first_year,
                                        last_year=args.last_year), args.out)


def _cmd_roster(args: argparse.Namespace, opened: Opened) -> int:
    on: date | None = parse_day(args.date, "--date")
    return _write(opened, ReportRequest(kind="roster", lang=_lang(), on=on), args.out)


def _cmd_schedule(args: argparse.Namespace, opened: Opened) -> int:
    week = parse_day(args.week, "--week")
    counselor_id = (counselor_named(opened.db, opened.actor, args.counselor)
                    if args.counselor else None)
    return _write(opened, ReportRequest(kind="schedule", lang=_lang(), week=week,
                                        counselor_id=counselor_id), args.out)
