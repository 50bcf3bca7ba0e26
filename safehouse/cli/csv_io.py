"""What every CSV import on the command line does alike: its ``KIND FILE [--dry-run]``
arguments, check that the file opens (the import streams it), and report the problems
(line, column, reason) or what was done; and the ``KIND FILE`` of every export."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from safehouse.cli.common import OK, REFUSED, Run, err, out
from safehouse.errors import ValidationError, translate
from safehouse.services.csv_stream import open_bytes
from safehouse.services.dto.imports import ImportResult


def add_import(imports: argparse._SubParsersAction[argparse.ArgumentParser],
               common: argparse.ArgumentParser, kind: str, help: str, run: Run) -> None:
    """``safehouse import KIND FILE [--dry-run]``, done by ``run``."""
    k = imports.add_parser(kind, parents=[common], help=help)
    k.add_argument("file", metavar="FILE", type=Path)
    k.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    k.set_defaults(run=run)


def add_export(exported: argparse._SubParsersAction[argparse.ArgumentParser],
               common: argparse.ArgumentParser, kind: str, help: str, run: Run
               ) -> argparse.ArgumentParser:
    """``safehouse export KIND FILE``, done by ``run``; its parser, for more options."""
    k = exported.add_parser(kind, parents=[common], help=help)
    k.add_argument("file", metavar="FILE", type=Path)
    k.set_defaults(run=run)
    return k


def readable(path: Path) -> Path:
    """The file, once it is known to open (an import that streams it reads it itself)."""
    try:
        with open_bytes(path):  # a regular file only: a pipe or a device is refused
            return path
    except OSError as error:
        raise _unreadable(path, error) from None


def _unreadable(path: Path, error: OSError) -> ValidationError:
    return (
        ValidationError(translate("cli", "Cannot read {file}: {reason}.")
                        .format(file=path, reason=error.strerror or error), field="file"))


def report_import(path: Path, result: ImportResult,
                  describe: Callable[[ImportResult], str]) -> int:
    """Print the problems and refuse, or print what was (or would be) written."""
    if result.problems:
        for problem in result.problems:
            err(f"{path.name}: {problem}")
        if result.more_problems:
            err(translate("cli", "{path}: {count} more problem(s), not listed; correct the ones "
                                 "above and check the file again.")
                .format(path=path.name, count=result.more_problems))
        err(translate("cli", "Nothing was imported: {problems} problem(s) on {lines} line(s). "
                             "Correct the file and run the import again.")
            .format(problems=result.problem_count,
                    lines=len({p.line for p in result.problems})))
        return REFUSED
    out(describe(result))
    if result.dry_run:
        out(translate("cli", "This was a dry run: nothing was written."))
    return OK
