"""The members import streams its file: rows are read, checked and written a batch at a
time (never all parsed at once, never the whole text decoded), and the batches are one
transaction: a failure in the last one leaves nothing written."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from safehouse.errors import ValidationError
from safehouse.models import AuditEntry, Counter, Member, Membership
from safehouse.services import member_csv, member_import
from safehouse.services.dto.accounts import Actor
from safehouse.storage.db import Database
from tests.services.stream_checks import Batches, LiveRows
from tests.services.test_member_csv import HEADER, TODAY

ROWS = 40
BATCH = 3


def big_file(tmp_path: Path) -> Path:
    """ROWS members; every fifth with a code, each later one referred by the one before
    (so referrers come before and after the batch that names them)."""
    lines = [HEADER]
    for i in range(ROWS):
        code = f"M-{1001 + i}" if i % 5 == 0 else ""
        ref = f"M-{1001 + i + 5}" if i % 5 == 0 and i + 5 < ROWS else ""
        joined = "2024-05-01" if i % 2 else ""
        status = "active" if i % 2 else "enquiry"
        lines.append(f"{code},가상인물{i},Person {i},female,1990,{status},{joined},,{ref}")
    path = tmp_path / "members.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.transaction() as s:
        counter = s.get(Counter, "member_code")
        return (s.scalar(select(func.count()).select_from(Member)) or 0,
                s.scalar(select(func.count()).select_from(Membership)) or 0,
                s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
                counter.value if counter else 0)


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> Batches:
    """Batches of BATCH rows, counted."""
    return Batches(monkeypatch, member_import, "_write_batch", BATCH)


def test_rows_are_held_a_batch_at_a_time(
    db: Database, admin: Actor, tmp_path: Path, small_batches: Batches,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = LiveRows(monkeypatch, member_import, "parse_row")
    result = member_csv.import_members(db, admin, big_file(tmp_path), today=TODAY)
    assert result.ok, result.problems
    assert (result.rows, result.created) == (ROWS, ROWS)
    assert len(small_batches.sizes) == -(-ROWS // BATCH) and max(small_batches.sizes) == BATCH
    assert rows.most <= 2 * BATCH + 1  # the batch at hand and the one being read
    with db.transaction() as s:
        refs = dict(s.execute(select(Member.code, Member.referred_by_id)
                              .where(Member.referred_by_id.is_not(None))).all())
        id_of = dict(s.execute(select(Member.code, Member.id)).all())
        codes = {m for (m,) in s.execute(select(Member.code))}
    assert len(codes) == ROWS
    assert refs == {f"M-{1001 + i}": id_of[f"M-{1001 + i + 5}"] for i in range(0, ROWS - 5, 5)}
    assert counts(db)[1] == ROWS // 2  # a period for each joined member


def test_a_failure_in_the_last_batch_leaves_nothing(
    db: Database, admin: Actor, tmp_path: Path, small_batches: Batches,
) -> None:
    before = counts(db)
    last = small_batches.fail_at = -(-ROWS // BATCH)
    with pytest.raises(OSError):
        member_csv.import_members(db, admin, big_file(tmp_path), today=TODAY)
    assert len(small_batches.sizes) == last  # every batch was inserted, then it failed
    assert counts(db) == before
    small_batches.fail_at = None
    assert member_csv.import_members(db, admin, big_file(tmp_path), today=TODAY).created == ROWS


def test_a_file_that_changes_between_the_passes_is_refused(
    db: Database, admin: Actor, tmp_path: Path, small_batches: Batches,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = big_file(tmp_path)
    before = counts(db)
    real_check = member_import.check

    def then_edited(*args: Any, **kwargs: Any) -> member_import.Plan:
        plan = real_check(*args, **kwargs)
        with path.open("a", encoding="utf-8") as f:
            f.write(",가상인물,Person,female,1990,enquiry,,,\r\n")
        return plan

    monkeypatch.setattr(member_import, "check", then_edited)
    with pytest.raises(ValidationError) as refused:
        member_csv.import_members(db, admin, path, today=TODAY)
    assert "changed while it was being imported" in refused.value.message
    assert counts(db) == before


def test_a_file_edited_in_place_between_the_passes_is_refused(
    db: Database, admin: Actor, tmp_path: Path, small_batches: Batches,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same rows and codes, one name changed: not what was checked, not written."""
    path = big_file(tmp_path)
    before = counts(db)
    real_check = member_import.check

    def then_edited(*args: Any, **kwargs: Any) -> member_import.Plan:
        plan = real_check(*args, **kwargs)
        path.write_text(path.read_text(encoding="utf-8-sig").replace("가상인물3,", "가상인물X,"),
                        encoding="utf-8-sig")
        return plan

    monkeypatch.setattr(member_import, "check", then_edited)
    with pytest.raises(ValidationError):
        member_csv.import_members(db, admin, path, today=TODAY)
    assert counts(db) == before


def test_a_file_wrong_on_every_line_lists_the_first_problems_and_counts_the_rest(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(member_csv, "MAX_LISTED", 5)
    rows = [f",가상인물{i},,female,19x0,active,2024-13-01,," for i in range(8)]
    data = ("\r\n".join([HEADER, *rows]) + "\r\n").encode()
    before = counts(db)
    result = member_csv.import_members(db, admin, data, today=TODAY)
    assert [(p.line, p.column) for p in result.problems] == [
        (2, "birth_year"), (2, "joined_on"), (3, "birth_year"), (3, "joined_on"),
        (4, "birth_year")]
    assert (result.more_problems, result.problem_count, result.rows) == (11, 16, 8)
    assert counts(db) == before


def _within(seconds: float, call: Any) -> BaseException | None:
    """``call()``'s exception, which must come within ``seconds`` (a pipe must not hang
    the import; the thread is left behind if it does, and the test fails)."""
    import threading

    caught: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
            caught.append(None)
        except BaseException as exc:  # noqa: BLE001 — handed to the test
            caught.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert caught, f"the import was still reading after {seconds} s"
    return caught[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_a_device_or_a_folder_is_refused_at_once_by_every_import(
    db: Database, admin: Actor, tmp_path: Path,
) -> None:
    """What is named like a CSV file but never ends (/dev/zero) or blocks (a pipe with no
    writer), or a folder: refused by name of the field, nothing read, nothing written."""
    from safehouse.services import events_csv, survey_csv

    pipe = tmp_path / "members.csv"
    os.mkfifo(pipe)
    others = [p for p in (Path("/dev/zero"),) if p.exists()]
    before = _counts(db)
    for source in (pipe, tmp_path, *others):
        for run in (member_csv.import_members, events_csv.import_events,
                    survey_csv.import_surveys):
            refused = _within(5, lambda run=run, source=source: run(db, admin, source))
            assert isinstance(refused, ValidationError), (source, run, refused)
            assert refused.field == "file" and "not a file" in refused.message
    assert _counts(db) == before


def _counts(db: Database) -> tuple[int, int]:
    with db.transaction() as s:
        return (s.scalar(select(func.count()).select_from(Member)) or 0,
                s.scalar(select(func.count()).select_from(AuditEntry)) or 0)
