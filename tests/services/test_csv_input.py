"""What a CSV file cannot slip in: text turned into other text by an encoding guess,
a stray quote that swallows the file, control characters, dates outside 1900–2100.
Each is refused with its line and column, and nothing is written."""

from __future__ import annotations

from datetime import date

import pytest

from safehouse.i18n import set_language
from safehouse.services import member_csv, members
from safehouse.services.csv_text import decode, plausible_korean
from safehouse.services.dto.imports import ImportResult

TODAY = date(2026, 3, 1)
HEADER = "code,name,alias,sex,birth_year,status,joined_on,left_on,referred_by"


def csv_text(*rows: str) -> str:
    return "\r\n".join((HEADER, *rows)) + "\r\n"


def run(db, admin, data: bytes) -> ImportResult:  # type: ignore[no-untyped-def]
    return member_csv.import_members(db, admin, data, today=TODAY)


def where(result: ImportResult) -> set[tuple[int, str]]:
    return {(p.line, p.column) for p in result.problems}


def nothing_written(db, admin) -> bool:  # type: ignore[no-untyped-def]
    return members.list_members(db, admin) == []


# --- encodings --------------------------------------------------------------------------


def test_a_windows_1252_file_is_refused_not_read_as_korean(db, admin):
    data = csv_text(",Åsa Ågren,,female,1988,active,2024-05-01,,").encode("cp1252")
    assert data.decode("cp949").count("흒") == 1  # what the old guess stored
    result = run(db, admin, data)
    assert not result.ok
    (problem,) = result.problems
    assert problem.line == 2 and "UTF-8" in problem.reason
    assert nothing_written(db, admin)


@pytest.mark.parametrize("name", ["Åsa Ågren", "Ärla Åkesson", "Ängel", "Ådne Øye"])
def test_latin_names_in_1252_never_become_hangul(name):
    data = csv_text(f",{name},,,,enquiry,,,").encode("cp1252")
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return  # not CP949 at all: refused anyway
    assert not plausible_korean(text)


def test_korean_as_korean_excel_writes_it_is_still_read(db, admin):
    data = csv_text(
        ",김하나,하나,여,1988,활동,2024-05-01,,",
        ",이은비,,여성,1992,수료,2024-06-10,2025-09-30,",
        ",박똠이,,여,1979,문의,,,",  # 똠: a rare syllable, outside KS X 1001, is fine
    ).encode("cp949")
    result = run(db, admin, data)
    assert result.ok, result.problems
    assert sorted(m.name for m in members.list_members(db, admin)) == \
        ["김하나", "박똠이", "이은비"]


def test_utf8_with_and_without_bom_and_utf16_are_read_as_they_are():
    text = csv_text(",Åsa Ågren,김하나,,,enquiry,,,")
    for data in (text.encode("utf-8"), text.encode("utf-8-sig"), text.encode("utf-16")):
        assert decode(data) == text


def test_the_refusal_is_said_in_korean_too(db, admin):
    set_language("ko")
    try:
        result = run(db, admin, csv_text(",Åsa Ågren,,,,,,,").encode("cp1252"))
    finally:
        set_language("en")
    (problem,) = result.problems
    assert "UTF-8" in problem.reason and "저장" in problem.reason


# --- records and cells ------------------------------------------------------------------


def test_a_stray_quote_in_a_long_file_names_its_line_and_column(db, admin):
    rows = [f",테스트{n},,female,1988,active,2024-05-01,," for n in range(10_000)]
    rows[41] = ',"테스트,,female,1988,active,2024-05-01,,'  # one stray quote
    result = run(db, admin, csv_text(*rows).encode("utf-8"))
    assert not result.ok
    assert (43, "name") in where(result)
    assert any("quote" in p.reason for p in result.problems)
    assert nothing_written(db, admin)


@pytest.mark.parametrize(("cell", "char"), [
    ("김\x00하나", "U+0000"), ("Kim\x1bHana", "U+001B"), ("\u202eanaH miK", "U+202E"),
    ("김\n하나", "U+000A"),
])
def test_control_characters_in_a_cell_are_refused_with_line_and_column(db, admin, cell,
                                                                        char):
    text = csv_text(",김하나,,female,1988,active,2024-05-01,,",
                    f',"{cell}",,female,1988,active,2024-05-01,,')
    result = run(db, admin, text.encode("utf-8"))
    assert where(result) == {(3, "name")}
    assert char in result.problems[0].reason
    assert nothing_written(db, admin)


def test_a_cell_longer_than_any_column_allows_is_refused(db, admin):
    result = run(db, admin, csv_text(",김하나," + "x" * 5000 + ",female,1988,active,"
                                     "2024-05-01,,").encode("utf-8"))
    assert where(result) == {(2, "alias")}
    assert len(result.problems[0].reason) < 200  # the cell is not repeated back


@pytest.mark.parametrize(("column", "row"), [
    ("joined_on", ",김하나,,female,1988,active,0001-01-01,,"),
    ("left_on", ",김하나,,female,1988,alumni,2020-01-01,2101-01-01,"),
    ("joined_on", ",김하나,,female,1988,active,٢٠٢٤-٠٥-٠١,,"),  # not ASCII digits
])
def test_dates_outside_1900_to_2100_are_refused(db, admin, column, row):
    result = run(db, admin, csv_text(row).encode("utf-8"))
    assert (2, column) in where(result)
    assert nothing_written(db, admin)


def test_a_birth_year_in_other_digits_is_not_a_number(db, admin):
    result = run(db, admin, csv_text(",김하나,,female,١٩٨٨,active,2024-05-01,,")
                 .encode("utf-8"))
    assert where(result) == {(2, "birth_year")}
