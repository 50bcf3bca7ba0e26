"""The CSV importers (members, events, surveys) fed hostile files (see tests/services/
hostile.py): cells of Korean, emoji, right-to-left marks, control characters, 100,000
characters, dates and numbers at and past their limits, in UTF-8 (with or without BOM),
UTF-16 or CP949, or bytes that are no text at all. Either every row is written (and
reads back), or the file is refused, each problem naming its line, with nothing written;
never an exception."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from safehouse.services import events_csv, member_csv, members, survey_csv
from safehouse.services.dto.imports import ImportResult
from safehouse.services.dto.people import MemberInput
from safehouse.services.member_rules import SEXES, STATUSES
from tests.services.hostile import hostile_date, hostile_int, hostile_text, snapshot

TODAY = date(2026, 3, 2)
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp949")


def cell(*choices: str) -> st.SearchStrategy[str]:
    """A cell: one of the good values, or anything at all."""
    return st.one_of(st.sampled_from(choices or ("",)), hostile_text(),
                     hostile_date(TODAY).map(date.isoformat), hostile_int().map(str))


def to_bytes(header: tuple[str, ...], rows: list[tuple[str, ...]], encoding: str) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding, errors="surrogatepass" if encoding.startswith(
        "utf-8") else "replace")


def files(header: tuple[str, ...], row: st.SearchStrategy[tuple[str, ...]]
          ) -> st.SearchStrategy[bytes]:
    written = st.builds(to_bytes, st.just(header), st.lists(row, min_size=1, max_size=4),
                        st.sampled_from(ENCODINGS))
    return st.one_of(written, st.binary(max_size=200),
                     st.binary(max_size=200).map(lambda b: ",".join(header).encode() + b"\n"
                                                 + b))


def judge(db, call: Callable[[bool], ImportResult]) -> ImportResult:
    """Check the file (dry run), then import it: the same verdict both times; refused
    means every problem names a line and nothing was written."""
    before = snapshot(db)
    checked = call(True)
    assert snapshot(db) == before, "a dry run wrote something"
    done = call(False)
    assert done.ok == checked.ok
    assert [(p.line, p.column) for p in done.problems] == [
        (p.line, p.column) for p in checked.problems]
    if not done.ok:
        for problem in done.problems:
            assert problem.line >= 1 and problem.reason.strip(), problem
        assert snapshot(db) == before, "refused, but something was written"
    return done


member_rows = st.tuples(
    cell("", "M-0001", "M-0100"), cell("김하나", "Kim Hana"), cell(""), cell("", *SEXES),
    cell("", "1990"), cell(*STATUSES), cell("", "2024-01-01"), cell("", "2025-01-01"),
    cell("", "M-0001"))


@given(data=files(member_csv.COLUMNS, member_rows))
def test_a_members_file_is_imported_whole_or_refused_whole(db, admin, on_day, data):
    on_day(TODAY)
    before = {m.id for m in members.list_members(db, admin)}
    done = judge(db, lambda dry: member_csv.import_members(db, admin, data, dry_run=dry))
    if done.ok:
        added = [m for m in members.list_members(db, admin) if m.id not in before]
        assert len(added) == done.created
        for m in added:
            assert m.name == m.name.strip() and m.name


event_rows = st.tuples(
    cell("수련회", "Spring retreat"), cell("2026-01-10"), cell("", "2026-01-12"),
    cell("retreat", "수련회", "gathering"), cell("", "강원도"), cell("", "M-0001"),
    cell("", "0", "3"), cell("", "0", "2"))


@given(data=files(events_csv.COLUMNS, event_rows))
def test_an_events_file_is_imported_whole_or_refused_whole(db, admin, on_day, data):
    on_day(TODAY)
    if not members.list_members(db, admin):
        members.create_member(db, admin, MemberInput(name="김하나", status="active",
                                                     joined_on=date(2025, 1, 1)))
    judge(db, lambda dry: events_csv.import_events(db, admin, data, dry_run=dry))


survey_rows = st.tuples(cell("M-0001"), cell("2025-06-01", "2026-01-05"),
                        cell("1", "3", "5"), cell("yes", "no", "예", "아니요"))


@given(data=files(survey_csv.COLUMNS, survey_rows))
def test_a_surveys_file_is_imported_whole_or_refused_whole(db, admin, on_day, data):
    on_day(TODAY)
    if not members.list_members(db, admin):
        members.create_member(db, admin, MemberInput(name="김하나", status="active",
                                                     joined_on=date(2025, 1, 1)))
    judge(db, lambda dry: survey_csv.import_surveys(db, admin, data, dry_run=dry))
