"""The surveys CSV: every row checked before any is written, each bad row named by line
and column; the members import's encodings and limits; a round trip through export."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from safehouse.models.wellbeing import Alert, Response
from safehouse.services import survey_csv
from safehouse.services.dto.accounts import Actor
from safehouse.storage.db import Database
from tests.services.test_wellbeing import add_member

HEADER = "member_code,taken_on,health,repatriation_threat"


def count(db: Database, model: type) -> int:
    with db.transaction() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture(autouse=True)
def _on_day(on_day) -> None:
    on_day(date(2026, 3, 10))


def two(db: Database, admin: Actor) -> None:
    add_member(db, admin, "Kim")
    add_member(db, admin, "Lee")


def test_every_bad_row_is_named_and_nothing_is_written(db, admin) -> None:
    two(db, admin)
    data = "\n".join([
        HEADER,
        "M-0001,2025-06-01,3,yes",
        "M-0001,2025-13-01,6,maybe",
        ",2025-06-01,3,no",
        "M-0002,2027-01-01,0,아니요",
        "M-0002,2025-06-02,2,예",
        "M-0002,2025-06-02,2,예",
        "M-0009,2025-06-03,2,no",
    ]).encode()
    result = survey_csv.import_surveys(db, admin, data)
    assert [(p.line, p.column) for p in result.problems] == [
        (3, "taken_on"), (3, "health"), (3, "repatriation_threat"),
        (4, "member_code"),
        (5, "taken_on"), (5, "health"),
        (7, "taken_on"),
        (8, "member_code"),  # an unknown member is found in the same reading
    ]
    assert count(db, Response) == 0
    # with those mended, the unknown member is still found, and nothing is written
    mended = "\n".join([HEADER, "M-0001,2025-06-01,3,yes", "M-0009,2025-06-03,2,no"])
    result = survey_csv.import_surveys(db, admin, mended.encode())
    assert [(p.line, p.column, p.reason) for p in result.problems] == [
        (3, "member_code", "There is no member M-0009.")]
    assert count(db, Response) == 0


@pytest.mark.parametrize("word,threatened", [
    ("yes", True), ("YES", True), ("예", True), ("true", True), ("1", True),
    ("no", False), ("아니요", False), ("False", False), ("0", False)])
def test_yes_and_no_in_every_spelling(db, admin, word, threatened) -> None:
    two(db, admin)
    result = survey_csv.import_surveys(db, admin, f"{HEADER}\nM-0001,2025-06-01,3,{word}\n"
                                       .encode())
    assert result.ok and result.created == 1
    with db.transaction() as s:
        assert s.scalar(select(Response.repatriation_threat)) is threatened


def test_cp949_a_dry_run_and_a_second_import_corrects(db, admin) -> None:
    two(db, admin)
    data = f"{HEADER}\r\nM-0001,2025-06-01,3,예\r\nM-0002,2026-03-01,2,예\r\n".encode("cp949")
    dry = survey_csv.import_surveys(db, admin, data, dry_run=True)
    assert (dry.ok, dry.created, dry.updated, dry.dry_run) == (True, 2, 0, True)
    assert count(db, Response) == 0
    done = survey_csv.import_surveys(db, admin, data)
    assert (done.created, done.updated) == (2, 0)
    # only the recent "yes" raises an alert; old paper records do not
    assert count(db, Alert) == 1
    again = survey_csv.import_surveys(
        db, admin, f"{HEADER}\nM-0001,2025-06-01,4,no\n".encode())
    assert (again.created, again.updated) == (0, 1)
    with db.transaction() as s:
        assert s.execute(select(Response.health, Response.repatriation_threat)
                         .where(Response.member_id == 1)).one() == (4, False)
    assert count(db, Response) == 2


def test_export_round_trip_with_korean_words_and_the_formula_guard(db, admin) -> None:
    from safehouse import i18n
    two(db, admin)
    survey_csv.import_surveys(db, admin, (f"{HEADER}\nM-0002,2025-06-01,3,yes\n"
                                          "M-0001,2024-06-01,5,no\n").encode())
    made = survey_csv.export_surveys(db, admin)
    assert made.rows == 2
    assert made.data == ("\ufeffmember_code,taken_on,health,repatriation_threat\r\n"
                         "M-0001,2024-06-01,5,no\r\nM-0002,2025-06-01,3,yes\r\n"
                         ).encode("utf-8")
    i18n.set_language("ko")
    try:
        korean = survey_csv.export_surveys(db, admin, year=2025)
    finally:
        i18n.set_language("en")
    assert korean.data.decode("utf-8-sig").splitlines()[1:] == ["M-0002,2025-06-01,3,예"]
    assert korean.filters == ("year",)
    back = survey_csv.import_surveys(db, admin, made.data)
    assert (back.created, back.updated) == (0, 2)
    assert survey_csv.escape_cell("=1+2") == "'=1+2"


def test_a_cell_over_the_limit_and_a_missing_column_are_refused(db, admin) -> None:
    two(db, admin)
    long = "x" * 1001
    result = survey_csv.import_surveys(db, admin,
                                       f"{HEADER}\nM-0001,2025-06-01,3,{long}\n".encode())
    assert [(p.line, p.column) for p in result.problems] == [(2, "repatriation_threat")]
    result = survey_csv.import_surveys(db, admin, b"member_code,taken_on,health\n")
    assert [(p.line, p.column) for p in result.problems] == [(1, "repatriation_threat")]
