"""What a CSV import found and did."""

from __future__ import annotations

from dataclasses import dataclass

from safehouse.i18n import QT_TRANSLATE_NOOP, translate

COLUMN_CONTEXT = "csv columns"

# The columns of the CSV files, as a person reading a problem should see them: in
# Korean the column's meaning with its name in the file.
_COLUMNS = {
    "code": QT_TRANSLATE_NOOP("csv columns", "code"),
    "name": QT_TRANSLATE_NOOP("csv columns", "name"),
    "alias": QT_TRANSLATE_NOOP("csv columns", "alias"),
    "sex": QT_TRANSLATE_NOOP("csv columns", "sex"),
    "birth_year": QT_TRANSLATE_NOOP("csv columns", "birth_year"),
    "status": QT_TRANSLATE_NOOP("csv columns", "status"),
    "joined_on": QT_TRANSLATE_NOOP("csv columns", "joined_on"),
    "left_on": QT_TRANSLATE_NOOP("csv columns", "left_on"),
    "referred_by": QT_TRANSLATE_NOOP("csv columns", "referred_by"),
    "event": QT_TRANSLATE_NOOP("csv columns", "event"),
    "starts_on": QT_TRANSLATE_NOOP("csv columns", "starts_on"),
    "ends_on": QT_TRANSLATE_NOOP("csv columns", "ends_on"),
    "kind": QT_TRANSLATE_NOOP("csv columns", "kind"),
    "place": QT_TRANSLATE_NOOP("csv columns", "place"),
    "member_code": QT_TRANSLATE_NOOP("csv columns", "member_code"),
    "guests": QT_TRANSLATE_NOOP("csv columns", "guests"),
    "children": QT_TRANSLATE_NOOP("csv columns", "children"),
    "(empty)": QT_TRANSLATE_NOOP("csv columns", "(empty)"),
}


def column_label(column: str) -> str:
    """A CSV column's name for a person, in the current language (unknown names as
    they are: a header the file made up)."""
    source = _COLUMNS.get(column)
    return column if source is None else translate(COLUMN_CONTEXT, source)


@dataclass(frozen=True)
class ImportProblem:
    line: int
    column: str  # the column's name in the file ("" for the whole line)
    reason: str  # in the language of the import

    @property
    def column_label(self) -> str:
        return column_label(self.column)

    def __str__(self) -> str:
        if not self.column:
            return translate("imports", "line {line}: {reason}").format(
                line=self.line, reason=self.reason)
        return translate("imports", "line {line}, {column}: {reason}").format(
            line=self.line, column=self.column_label, reason=self.reason)


@dataclass(frozen=True)
class ImportResult:
    rows: int
    created: int
    updated: int
    problems: tuple[ImportProblem, ...]
    dry_run: bool
    more_problems: int = 0  # found past the ones listed (a file wrong on every line)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.more_problems
