"""The text of a CSV file and its cells: the encodings Korean offices send (UTF-8 with or
without BOM, UTF-16 with a BOM, the CP949 that Korean Excel writes), records that the
csv module cannot split, cells no column may hold, and cells a spreadsheet would run as
a formula.

An encoding is never guessed into other text: a file that is not UTF-8 is read as CP949
only when what comes out looks like Korean (see :func:`plausible_korean`); anything else
is refused, with the advice to save the file as CSV UTF-8.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import TextIO

from safehouse.errors import translate
from safehouse.services.dto.imports import ImportProblem
from safehouse.services.input_rules import bad_character

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Longer than any column may be (a name: 200): a stray quote swallowed the lines after.
MAX_CELL = 1000
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
INT_RE = re.compile(r"^[+-]?[0-9]{1,9}$")
EMPTY_COLUMN = "(empty)"  # a header cell with no name


class UndecodableError(Exception):
    """The bytes are not text in any encoding we read; ``line`` is where it fails.
    ``not_korean``: they decode as CP949, but into text that is not Korean."""

    def __init__(self, line: int, *, not_korean: bool = False) -> None:
        super().__init__(line)
        self.line = line
        self.not_korean = not_korean

    @property
    def reason(self) -> str:
        if self.not_korean:
            return translate(
                "imports", "This line is not UTF-8 text, and read as Korean (CP949) its "
                "letters would turn into other letters. Save the file as CSV UTF-8 and try "
                "again.")
        return translate("imports", "This line is neither UTF-8 nor CP949 text. Save the "
                                    "file as CSV UTF-8 and try again.")


def decode(data: bytes) -> str:
    """The file's text: UTF-8 (a BOM is dropped), UTF-16 with a BOM, else CP949 when it
    reads as Korean; UndecodableError otherwise."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UndecodableError(1) from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8")
        except UnicodeDecodeError as err:
            raise UndecodableError(data[: err.start + 3].count(b"\n") + 1) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_err:
        line = data[: utf8_err.start].count(b"\n") + 1
        try:
            text = data.decode("cp949")
        except UnicodeDecodeError:
            raise UndecodableError(line) from None
        if not plausible_korean(text):
            raise UndecodableError(line, not_korean=True) from None
        return text


def is_hangul(ch: str) -> bool:
    code = ord(ch)
    return (0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF
            or 0x3130 <= code <= 0x318F)


def is_korean_text(ch: str) -> bool:
    """Hangul, Hanja, and the punctuation and full-width forms Korean text uses."""
    code = ord(ch)
    return (
        is_hangul(ch)
        or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF  # Hanja
        or 0x3000 <= code <= 0x303F or 0x3200 <= code <= 0x32FF  # CJK punctuation
        or 0xFF00 <= code <= 0xFFEF or 0x2000 <= code <= 0x206F or code == 0xB7
    )


def rare(ch: str) -> bool:
    """From CP949's extension area (the 8,822 rare syllables outside KS X 1001). An
    accented Latin letter followed by a plain one (Å then s) lands here."""
    raw = ch.encode("cp949")
    return len(raw) == 2 and (raw[0] < 0xA1 or raw[1] < 0xA1)


def plausible_korean(text: str) -> bool:
    """Whether ``text``, decoded strictly as CP949, is Korean as Korean Excel writes it.

    Its non-ASCII characters must be Korean text (Hangul, Hanja, CJK punctuation,
    full-width forms) for at least 90%, Hangul for at least half, and at most a quarter
    may be rare syllables from CP949's extension area. Real Korean is written almost
    wholly in the 2,350 common syllables of KS X 1001; Latin text in Windows-1252
    (``Åsa Ågren``) either fails to decode or becomes rare syllables (``흒a 흁ren``).
    """
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide:
        return True
    korean = sum(1 for ch in wide if is_korean_text(ch))
    hangul = sum(1 for ch in wide if is_hangul(ch))
    rares = sum(1 for ch in wide if rare(ch))
    return korean * 10 >= len(wide) * 9 and hangul * 2 >= len(wide) and rares * 4 <= len(wide)


class RecordError(Exception):
    """A record the csv module cannot split (a cell over its size limit: a stray quote
    that swallowed the lines after it). ``line``: where the record starts; ``cell``: the
    index of the cell that starts with the quote, when it can be told."""

    def __init__(self, line: int, cell: int | None) -> None:
        super().__init__(line)
        self.line = line
        self.cell = cell

    @property
    def reason(self) -> str:
        return translate(
            "imports", "A cell starting on this line runs on over thousands of lines: look "
            "for a stray quote (\") in it. Nothing after it could be read.")


def records(text: str | Callable[[], TextIO]) -> Iterator[tuple[int, list[str]]]:
    """Each CSV record with the line it starts on (a quoted cell may span lines), read
    from the text or from what opens it (a stream, read once more to name a bad record);
    RecordError when one cannot be split."""
    open_text = (lambda: io.StringIO(text, newline="")) if isinstance(text, str) else text
    with open_text() as stream:
        reader = csv.reader(stream)
        start = 1
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error:
                with open_text() as again:
                    first = next((line for n, line in enumerate(again, 1) if n == start), "")
                cells = next(csv.reader([first]), [])
                raise RecordError(start, len(cells) - 1 if cells else None) from None
            yield start, record
            start = reader.line_num + 1


def cell_problem(value: str) -> str | None:
    """Why no column may hold this cell (too long, a control character); None if fine."""
    if len(value) > MAX_CELL:
        return translate("imports", "The cell is longer than {count} characters; look for "
                                    "a stray quote (\") on this line.").format(count=MAX_CELL)
    char = bad_character(value)
    if char is not None:
        return translate("imports", "The cell holds an invisible control character "
                                    "({char}), which cannot be stored. Remove it and try "
                                    "again.").format(char=char)
    return None


class Table:
    """The data rows of a CSV file whose header row names ``columns`` (in any order;
    Excel's trailing empty columns are ignored), each as ``(line, {column: cell})`` with
    the cell unescaped and stripped. A header or a row that cannot be read goes into
    ``problems`` (the header stops the reading; a row is skipped); ``count`` is the
    number of non-empty data rows, read or skipped. Every import reads its file this way.
    """

    def __init__(self, text: str | Callable[[], TextIO], columns: Iterable[str],
                 problems: Problems) -> None:
        self._text = text
        self._columns = tuple(columns)
        self._problems = problems
        self.count = 0
        self._names: list[str] = []

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        try:
            yield from self._rows()
        except RecordError as err:
            names = self._names
            column = names[err.cell] if err.cell is not None and err.cell < len(names) else ""
            self._problems.add(err.line, column, err.reason)

    def _header(self, line: int, cells: list[str]) -> bool:
        names = [c.strip().lower() for c in cells]
        while names and not names[-1]:  # Excel's trailing empty columns
            names.pop()
        before = len(self._problems.items)
        columns = ",".join(self._columns)
        for name in names:
            if name not in self._columns:
                self._problems.add(line, name or EMPTY_COLUMN, translate(
                    "imports", "Unknown column; the columns are {columns}.").format(
                    columns=columns))
        for name in self._columns:
            count = names.count(name)
            if count == 0:
                self._problems.add(line, name, translate("imports", "This column is missing."))
            elif count > 1:
                self._problems.add(line, name, translate(
                    "imports", "This column appears more than once."))
        self._names = names
        return len(self._problems.items) == before

    def _rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        found = records(self._text)
        first = next(found, None)
        if first is None:
            self._problems.add(1, "", translate(
                "imports", "The file is empty; it needs a header row: {columns}").format(
                columns=",".join(self._columns)))
            return
        if not self._header(*first):
            return
        names = self._names
        for line, record in found:
            if not any(cell.strip() for cell in record):
                continue
            self.count += 1
            if len(record) > len(names) and not any(c.strip() for c in record[len(names):]):
                record = record[: len(names)]
            if len(record) != len(names):
                self._problems.add(line, "", translate(
                    "imports", "The row has {cells} cells; the header has {columns}. Check "
                    "for a stray comma or quote.").format(cells=len(record),
                                                          columns=len(names)))
                continue
            unfit = [(n, why) for n, v in zip(names, record, strict=True)
                     if (why := cell_problem(v)) is not None]
            for name, why in unfit:
                self._problems.add(line, name, why)
            if not unfit:
                yield line, {n: unescape_cell(v).strip()
                             for n, v in zip(names, record, strict=True)}


class Problems:
    """The problems an import finds, in the order of the lines and the file's columns."""

    def __init__(self, columns: Iterable[str], *, limit: int | None = None) -> None:
        self.items: list[ImportProblem] = []
        self.more = 0  # found past ``limit``: counted, not kept
        self._limit = limit
        self._order = {c: i for i, c in enumerate(columns)}

    def add(self, line: int, column: str, reason: str) -> None:
        if self._limit is not None and len(self.items) >= self._limit:
            self.more += 1
            return
        self.items.append(ImportProblem(line=line, column=column, reason=reason))

    def sorted(self) -> tuple[ImportProblem, ...]:
        return tuple(sorted(self.items,
                            key=lambda p: (p.line, self._order.get(p.column, 99))))


def read_date(value: str, line: int, column: str, problems: Problems) -> date | None:
    """A ``YYYY-MM-DD`` cell (empty: None); what is not one is reported."""
    if not value:
        return None
    if DATE_RE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    problems.add(line, column,
                 translate("imports", "{value} is not a date written like 2024-03-01.")
                 .format(value=repr(value)))
    return None


def read_int(value: str, line: int, column: str, problems: Problems) -> int | None:
    """A whole-number cell (empty: None); what is not one is reported."""
    if not value:
        return None
    if INT_RE.match(value):
        return int(value)
    problems.add(line, column, translate("imports", "{value} is not a whole number.")
                 .format(value=repr(value)))
    return None


def escape_cell(value: str) -> str:
    """A leading apostrophe keeps a spreadsheet from running the cell as a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


def unescape_cell(value: str) -> str:
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value
