"""What the hostile-input tests feed the services, and how they judge the outcome.

The strategies mix what a person (or a file) can really send: Korean text (also
decomposed, as a Mac pastes it), emoji with joiners and flags, right-to-left marks and
overrides, NUL and other control characters, lone surrogates, strings at, just past and
far past every length limit (up to 100,000 characters), dates at and past every
boundary (1900, 2100, today, the first and last day Python knows), and numbers at and
past every limit (0, -1, the 32- and 64-bit edges, 10**30).

:func:`attempt` is the judgement: a call either succeeds (the test then reads the
record back and compares it exactly) or is refused with a ValidationError naming a
field (and the line, for a CSV file), with every table exactly as it was before. Any
other exception fails the test.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from hypothesis import strategies as st
from sqlalchemy import select, text

from safehouse.errors import ValidationError, ValidationErrors
from safehouse.models import Base
from safehouse.services.input_rules import bad_character
from safehouse.storage.db import Database

T = TypeVar("T")

HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
PIECES = (
    "김하나", "박소망", "이", unicodedata.normalize("NFD", "김하나"),  # as a Mac pastes it
    "Kim Hana", "O'Brien", "Ｍ－０１０２",
    "😀", "👩‍👩‍👧", "🇰🇷", "🏳️‍🌈", "\U0001f9d1\U0001f3fd",
    "\u200f", "\u200e", "\u202e", "\u2066", "\u061c",  # right-to-left marks, overrides
    "שלום", "مرحبا",
    "\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\t", "\n", "\r\n", "\u2028",
    "\ud800", "\udfff",  # lone surrogates
    "\ufeff", "\u200b", "\u00a0", "\u3000", " ", "  ",
    "=1+1", "@SUM(A1)", "-", "+", ",", '"', "'", ";", "\\", "%", "_", "NULL", "' OR 1=1 --",
    "ß", "ﬃ", "İ", "\u0301",  # letters that grow when case-folded or normalised
)
LONG_TEXTS = tuple(
    piece * count
    for piece, count in (
        ("가", 199), ("가", 200), ("가", 201), ("a", 1000), ("a", 1001), ("ﬃ", 200),
        ("가 ", 100), ("😀", 200), ("가", 100_000), ("a", 100_000),
    )
)


def hostile_text(max_size: int = 40) -> st.SearchStrategy[str]:
    """Text of every kind, from empty to 100,000 characters."""
    return st.one_of(
        st.lists(st.sampled_from(PIECES), max_size=6).map("".join),
        st.text(max_size=max_size),  # any Unicode (no surrogates)
        st.text(HANGUL, min_size=1, max_size=max_size),
        st.sampled_from(LONG_TEXTS),
        st.tuples(st.sampled_from(LONG_TEXTS), st.sampled_from(PIECES)).map("".join),
    )


def plain_text(max_size: int = 20) -> st.SearchStrategy[str]:
    """Ordinary text that every field accepts (a name with a letter in it)."""
    return st.text(HANGUL, min_size=1, max_size=max_size)


BOUNDARY_DATES = (
    date.min, date(1, 1, 2), date(1899, 12, 31), date(1900, 1, 1), date(1900, 1, 2),
    date(1970, 1, 1), date(2000, 2, 29), date(2024, 2, 29), date(2099, 12, 31),
    date(2100, 12, 31), date(2101, 1, 1), date(9999, 12, 30), date.max,
)


def hostile_date(today: date | None = None) -> st.SearchStrategy[date]:
    """Dates at and past every boundary, ``today`` and the days either side of it."""
    near: tuple[date, ...] = ()
    if today is not None:
        near = (today - timedelta(days=1), today, today + timedelta(days=1))
    return st.one_of(st.sampled_from(BOUNDARY_DATES + near), st.dates())


def hostile_datetime(today: date) -> st.SearchStrategy[datetime]:
    """Moments on those dates, at the edges of the day."""
    return st.builds(
        datetime.combine, hostile_date(today),
        st.sampled_from((time(0), time(0, 0, 0, 1), time(9), time(23, 59, 59, 999999))))


BOUNDARY_INTS = (
    0, 1, -1, 2, 5, 6, 9, 10, 50, 99, 100, 999, 1000, 1899, 1900, 2026, 2100, 2101,
    9999, 10_000, 999_999, 1_000_000, 2**15 - 1, 2**15, 2**31 - 1, 2**31, -(2**31),
    -(2**31) - 1, 2**53, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 10**30, -(10**30),
)


def hostile_int() -> st.SearchStrategy[int]:
    return st.one_of(st.sampled_from(BOUNDARY_INTS), st.integers())


Snapshot = dict[str, object]


def snapshot(db: Database) -> Snapshot:
    """Every table's rows, in a form that changes when any row does: on SQLite the rows
    themselves (the databases here are small), on PostgreSQL each table's count and a
    digest of its rows, in one query (a query per table would slow every example)."""
    tables = Base.metadata.sorted_tables
    with db.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            digests = ", ".join(
                f"(SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' "
                f"ORDER BY t::text), '')) FROM {table.name} t)"
                for table in tables)
            row = conn.execute(text(f"SELECT {digests}")).one()
            return {table.name: value for table, value in zip(tables, row, strict=True)}
        return {
            table.name: sorted(
                (tuple(row) for row in conn.execute(select(table))), key=repr)
            for table in tables
        }


def assert_storable(value: str, *, multiline: bool = False) -> None:
    """Text a service accepted keeps the rule of every stored text (input_rules)."""
    assert bad_character(value, multiline=multiline) is None, repr(value[:40])


def _errors(err: ValidationError | ValidationErrors) -> Iterable[ValidationError]:
    return err.errors if isinstance(err, ValidationErrors) else (err,)


def attempt(
    db: Database,
    call: Callable[[], T],
    *,
    fields: Iterable[str] | None = None,
    rows: bool = False,
) -> T | None:
    """``call()``'s result; None when it was refused with a ValidationError naming a
    field (one of ``fields``, when given; and a line, when ``rows``) and nothing in the
    database changed. Any other exception is raised: the test fails."""
    before = snapshot(db)
    try:
        return call()
    except (ValidationError, ValidationErrors) as err:
        allowed = set(fields) if fields is not None else None
        for each in _errors(err):
            assert each.field, f"a refusal that names no field: {each.message!r}"
            if allowed is not None:
                assert each.field in allowed, (each.field, each.message)
            if rows:
                assert each.row is not None, f"a refusal that names no line: {each.message!r}"
            assert each.message.strip(), "a refusal without words"
        after = snapshot(db)
        assert after == before, "refused, but something was written: " + ", ".join(
            name for name in before if before[name] != after[name])
        return None
