"""The text of a CSV file and its cells: the encodings Korean offices send (UTF-8 with or
without BOM, UTF-16 with a BOM, the CP949 that Korean Excel writes), and cells a
spreadsheet would run as a formula."""

from __future__ import annotations

import codecs

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class UndecodableError(Exception):
    """The bytes are not text in any encoding we read; ``line`` is where it fails."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def decode(data: bytes) -> str:
    """The file's text: UTF-8 (a BOM is dropped), UTF-16 with a BOM, else CP949."""
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
        try:
            return data.decode("cp949")
        except UnicodeDecodeError:
            raise UndecodableError(data[: utf8_err.start].count(b"\n") + 1) from None


def escape_cell(value: str) -> str:
    """A leading apostrophe keeps a spreadsheet from running the cell as a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


def unescape_cell(value: str) -> str:
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value
