"""The surveys import streams its file, as the members import does: rows are read,
checked and written a batch at a time (never all parsed at once, never the whole text
decoded), and the batches are one transaction: a failure in the last one leaves nothing
written, and a file that changes between the passes is refused."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from safehouse.errors import ValidationError
from safehouse.models import AuditEntry
from safehouse.models.wellbeing import Alert, Response
from safehouse.services import survey_csv
from safehouse.services.dto.accounts import Actor
from safehouse.storage.db import Database
from tests.services.stream_checks import Batches, LiveRows
from tests.services.test_survey_csv import HEADER, two

ROWS = 40
BATCH = 3


@pytest.fixture(autouse=True)
def _on_day(on_day) -> None:
    on_day(date(2026, 3, 10))


def big_file(tmp_path: Path) -> Path:
    """ROWS responses of two members, a day apart; the last ones recent (alerts)."""
    first = date(2026, 3, 9) - timedelta(days=ROWS)
    lines = [HEADER]
    for i in range(ROWS):
        code = "M-0001" if i % 2 else "M-0002"
        lines.append(f"{code},{(first + timedelta(days=i)).isoformat()},{1 + i % 5},"
                     f"{'예' if i % 7 == 0 else '아니요'}")
    path = tmp_path / "surveys.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def counts(db: Database) -> tuple[int, int, int]:
    with db.transaction() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0  # type: ignore[return-value]
                     for m in (Response, Alert, AuditEntry))


@pytest.fixture
def small_batches(db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> Batches:
    """Two members; batches of BATCH rows, counted."""
    two(db, admin)
    return Batches(monkeypatch, survey_csv, "_write_batch", BATCH, at=2)


def test_rows_are_held_a_batch_at_a_time(
    db: Database, admin: Actor, tmp_path: Path, small_batches: Batches,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = LiveRows(monkeypatch, survey_csv, "_read_row")
    result = survey_csv.import_surveys(db, admin, big_file(tmp_path))
    assert result.ok, result.problems
    assert (result.rows, result.created, result.updated) == (ROWS, ROWS, 0)
    assert len(small_batches.sizes) == -(-ROWS // BATCH) and max(small_batches.sizes) == BATCH
    assert rows.most <= 2 * BATCH + 1  # the batch at hand and the one being read
    recent = sum(1 for i in range(ROWS) if i % 7 == 0 and i >= ROWS - 30)
    assert counts(db)[:2] == (ROWS, recent)
    # again: every response is corrected, none added, still a batch at a time
    rows.reset()
    again = survey_csv.import_surveys(db, admin, big_file(tmp_path))
    assert (again.created, again.updated) == (0, ROWS)
    assert rows.most <= 2 * BATCH + 1 and counts(db)[:2] == (ROWS, recent)


def test_a_failure_in_the_last_batch_leaves_nothing(
    db: Database, admin: Actor, tmp_path: Path, small_batches: Batches,
) -> None:
    before = counts(db)
    last = small_batches.fail_at = -(-ROWS // BATCH)
    with pytest.raises(OSError):
        survey_csv.import_surveys(db, admin, big_file(tmp_path))
    assert len(small_batches.sizes) == last  # every batch was written, then it failed
    assert counts(db) == before
    small_batches.fail_at = None
    assert survey_csv.import_surveys(db, admin, big_file(tmp_path)).created == ROWS


def test_a_file_edited_between_the_passes_is_refused(
    db: Database, admin: Actor, tmp_path: Path, small_batches: Batches,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same rows, one answer changed: not what was checked, not written."""
    path = big_file(tmp_path)
    before = counts(db)
    real_check = survey_csv._check

    def then_edited(*args: Any) -> Any:
        found = real_check(*args)
        text = path.read_text(encoding="utf-8-sig").replace(",아니요", ",예", 1)
        path.write_text(text, encoding="utf-8-sig")
        return found

    monkeypatch.setattr(survey_csv, "_check", then_edited)
    with pytest.raises(ValidationError) as refused:
        survey_csv.import_surveys(db, admin, path)
    assert "changed while it was being imported" in refused.value.message
    assert counts(db) == before


def test_a_file_wrong_on_every_line_lists_the_first_problems_and_counts_the_rest(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(survey_csv, "MAX_LISTED", 5)
    rows = [f"M-000{i},2025-13-01,{i},maybe" for i in range(1, 5)]
    data = ("\r\n".join([HEADER, *rows]) + "\r\n").encode()
    result = survey_csv.import_surveys(db, admin, data)
    assert [(p.line, p.column) for p in result.problems] == [
        (2, "taken_on"), (2, "repatriation_threat"), (3, "taken_on"), (3, "repatriation_threat"),
        (4, "taken_on")]
    assert (result.more_problems, result.rows) == (3, 4)
    assert counts(db)[0] == 0
