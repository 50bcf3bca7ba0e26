"""Rules every piece of text and every date keeps before it is stored, whether typed in
a form or read from a file: no control characters (a NUL, an escape, a hidden
right-to-left override), and dates between 1900 and 2100. Pure functions: no database,
no Qt. The services' validators call these, so the forms and the CSV import refuse the
same things with the same words; the field (or the CSV column and line) says where.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from safehouse.errors import ValidationError, translate

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)

# Invisible characters that reorder the text around them (a name shown backwards).
_BIDI_CONTROLS = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
_LINE_BREAKS = frozenset("\n\r")


def bad_character(value: str, *, multiline: bool = False) -> str | None:
    """The first character ``value`` may not hold, written as ``U+XXXX``; None if none.

    Refused: control characters (a tab is allowed, line breaks only in text of several
    lines), lone surrogates, the line and paragraph separators, and the invisible
    controls that reverse the direction of the text around them.
    """
    for ch in value:
        if ch == "\t" or (multiline and ch in _LINE_BREAKS):
            continue
        code = ord(ch)
        if (
            unicodedata.category(ch) in ("Cc", "Cs")
            or code in _BIDI_CONTROLS
            or ch in "\u2028\u2029"
        ):
            return f"U+{code:04X}"
    return None


def text_error(
    value: str, field: str, *, multiline: bool = False, row: int | None = None,
    max_length: int | None = None,
) -> ValidationError | None:
    """A ValidationError for ``field`` when ``value`` holds a character it may not, or
    (``max_length`` given) is longer than that many characters."""
    if max_length is not None and len(value) > max_length:
        return ValidationError(translate(
            "errors", "This is longer than {count} characters.").format(count=max_length),
            field=field, row=row)
    char = bad_character(value, multiline=multiline)
    if char is None:
        return None
    return ValidationError(translate(
        "errors", "This contains an invisible control character ({char}), which cannot be "
        "stored. Retype the text or remove the character.").format(char=char),
        field=field, row=row)


def check_text(value: str, field: str, *, multiline: bool = False,
               max_length: int | None = None) -> None:
    """Raise :func:`text_error`'s error, if any."""
    error = text_error(value, field, multiline=multiline, max_length=max_length)
    if error is not None:
        raise error


def date_error(value: date | None, field: str, *, row: int | None = None
               ) -> ValidationError | None:
    """A ValidationError for ``field`` when the date is outside 1900–2100."""
    if value is None or EARLIEST_DATE <= value <= LATEST_DATE:
        return None
    return ValidationError(translate(
        "errors", "The date {day} is not between {earliest} and {latest}.").format(
        day=value.isoformat(), earliest=EARLIEST_DATE.isoformat(),
        latest=LATEST_DATE.isoformat()), field=field, row=row)


def check_date(value: date | None, field: str) -> None:
    """Raise :func:`date_error`'s error, if any."""
    error = date_error(value, field)
    if error is not None:
        raise error
