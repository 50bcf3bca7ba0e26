"""The events import streams its file, as the members import does: rows are read,
checked and written a batch at a time (never all parsed at once, never the whole text
decoded), and the batches are one transaction: a failure in the last one leaves nothing
written, and a file that changes between the passes is refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from safehouse.errors import ValidationError
from safehouse.models import Attendance, AuditEntry, Event
from safehouse.services import events, events_csv, events_import, members
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput
from safehouse.storage.db import Database
from tests.services.stream_checks import Batches, LiveRows
from tests.services.test_events_csv import HEADER

ROWS = 40  # 8 events of 5 rows: 4 members who came, then the guests and children
BATCH = 3


def people(db: Database, admin: Actor) -> list[str]:
    return [members.create_member(db, admin, MemberInput(
        name=f"가상인물{i}", status="active", joined_on=date(2024, 1, 1))).code
        for i in range(4)]


def big_file(tmp_path: Path, codes: list[str], who: slice = slice(None)) -> Path:
    lines = [HEADER]
    for e in range(ROWS // 5):
        first = f"모임 {e},2025-0{1 + e % 9}-1{e % 3},,gathering,교회"
        lines += [f"{first},{code},," for code in codes[who]]
        lines.append(f"{first},,{e},1")
    path = tmp_path / "events.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def counts(db: Database) -> tuple[int, ...]:
    with db.transaction() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0
                     for m in (Event, Attendance, AuditEntry))


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> Batches:
    """Batches of BATCH rows, counted."""
    return Batches(monkeypatch, events_import, "write_batch", BATCH)


def test_rows_are_held_a_batch_at_a_time(
    db: Database, admin: Actor, tmp_path: Path, small_batches: Batches,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    codes = people(db, admin)
    rows = LiveRows(monkeypatch, events_import, "read_row")
    result = events_csv.import_events(db, admin, big_file(tmp_path, codes))
    assert result.ok, result.problems
    assert (result.rows, result.created, result.updated) == (ROWS, ROWS // 5, 0)
    assert len(small_batches.sizes) == -(-ROWS // BATCH) and max(small_batches.sizes) == BATCH
    assert rows.most <= 2 * BATCH + 1  # the batch at hand and the one being read
    assert counts(db)[:2] == (ROWS // 5, 4 * ROWS // 5)
    listed = sorted(events.list_events(db, admin), key=lambda e: e.name)
    assert [(e.members, e.guests, e.children) for e in listed] == [
        (4, e, 1) for e in range(ROWS // 5)]
    # again, with two of the four: corrected, the other two taken away
    rows.reset()
    again = events_csv.import_events(db, admin, big_file(tmp_path, codes, slice(2)))
    assert (again.created, again.updated) == (0, ROWS // 5)
    assert rows.most <= 2 * BATCH + 1
    assert counts(db)[:2] == (ROWS // 5, 2 * ROWS // 5)


def test_a_failure_in_the_last_batch_leaves_nothing(
    db: Database, admin: Actor, tmp_path: Path, small_batches: Batches,
) -> None:
    codes = people(db, admin)
    before = counts(db)
    last = small_batches.fail_at = -(-ROWS // BATCH)
    with pytest.raises(OSError):
        events_csv.import_events(db, admin, big_file(tmp_path, codes))
    assert len(small_batches.sizes) == last  # every batch was written, then it failed
    assert counts(db) == before
    small_batches.fail_at = None
    assert events_csv.import_events(db, admin, big_file(tmp_path, codes)).created == ROWS // 5


def test_a_file_edited_between_the_passes_is_refused(
    db: Database, admin: Actor, tmp_path: Path, small_batches: Batches,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same rows, one count changed: not what was checked, not written."""
    path = big_file(tmp_path, people(db, admin))
    before = counts(db)
    real_check = events_import.check

    def then_edited(*args: Any) -> Any:
        plan = real_check(*args)
        text = path.read_text(encoding="utf-8-sig").replace(",,3,1", ",,9,1", 1)
        path.write_text(text, encoding="utf-8-sig")
        return plan

    monkeypatch.setattr(events_import, "check", then_edited)
    with pytest.raises(ValidationError) as refused:
        events_csv.import_events(db, admin, path)
    assert "changed while it was being imported" in refused.value.message
    assert counts(db) == before


def test_a_file_wrong_on_every_line_lists_the_first_problems_and_counts_the_rest(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(events_csv, "MAX_LISTED", 5)
    rows = [f"모임,2025-01-0{i},,picnic,,,-{i}," for i in range(1, 5)]
    data = ("\r\n".join([HEADER, *rows]) + "\r\n").encode()
    result = events_csv.import_events(db, admin, data)
    assert [(p.line, p.column) for p in result.problems] == [
        (2, "kind"), (2, "guests"), (3, "kind"), (3, "guests"), (4, "kind")]
    assert (result.more_problems, result.rows) == (3, 4)
    assert counts(db)[0] == 0
