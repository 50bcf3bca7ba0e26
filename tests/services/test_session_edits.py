"""Changing, moving, cancelling and deleting: one occurrence, this and following, all."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from safehouse import clock
from safehouse.errors import ConflictError
from safehouse.services import session_edits, session_marks, session_removal, sessions
from safehouse.services.dto.counseling import (
    Frequency,
    Recurrence,
    Scope,
    SessionChange,
    SessionView,
)
from tests.services.counseling_fixtures import House, house

FIRST = datetime(2026, 3, 3, 10, 0)  # a Tuesday
SIX_WEEKS = Recurrence(Frequency.WEEKLY, count=6)


@pytest.fixture
def h(db, admin) -> House:
    return house(db, admin)


def series_of(h: House, series_id: int) -> list[SessionView]:
    return [v for v in sessions.week(h.db, h.admin, date(2026, 3, 1), days=120)
            if v.series_id == series_id]


def booked(h: House) -> tuple[int, list[SessionView]]:
    made = sessions.book(h.db, h.admin, h.session(FIRST), SIX_WEEKS)
    assert made.series_id is not None
    return made.series_id, list(made.sessions)


def local(v: SessionView) -> datetime:
    return v.starts_at.astimezone(clock.zone()).replace(tzinfo=None)


def test_one_occurrence_moves_alone_and_remembers_its_original_start(h):
    series_id, occ = booked(h)
    moved = session_edits.move(h.db, h.admin, occ[2].id, datetime(2026, 3, 18, 15, 0))
    assert local(moved) == datetime(2026, 3, 18, 15, 0)
    assert moved.original_start == occ[2].starts_at and moved.departs_from_rule
    assert moved.departs == ("start",)
    after = series_of(h, series_id)
    assert len(after) == 6
    assert [local(v) for v in after if v.id != moved.id] == [
        FIRST + timedelta(weeks=i) for i in (0, 1, 3, 4, 5)]


def test_an_all_edit_keeps_an_exceptions_own_changes(h):
    series_id, occ = booked(h)
    session_edits.move(h.db, h.admin, occ[1].id, datetime(2026, 3, 11, 16, 0))
    session_edits.change(h.db, h.admin, occ[4].id, SessionChange(place_text="Cafe Dream"))
    session_edits.change(h.db, h.admin, occ[0].id,
                         SessionChange(counselor_id=h.other_counselor, start_time=time(11)),
                         Scope.ALL)
    after = {v.id: v for v in series_of(h, series_id)}
    assert all(v.counselor_id == h.other_counselor for v in after.values())
    assert local(after[occ[1].id]) == datetime(2026, 3, 11, 16, 0)  # its own time kept
    assert local(after[occ[3].id]) == datetime(2026, 3, 24, 11, 0)
    assert after[occ[4].id].place_name == "Cafe Dream"  # its own place kept
    assert after[occ[3].id].place_name == "Counseling room"
    assert after[occ[1].id].original_start is not None
    assert after[occ[1].id].original_start.time() == time(11)  # the rule's new time


def test_this_and_following_splits_the_series(h):
    series_id, occ = booked(h)
    session_edits.move(h.db, h.admin, occ[4].id, datetime(2026, 3, 31, 17, 0))
    changed = session_edits.change(h.db, h.admin, occ[3].id,
                                   SessionChange(duration_minutes=90), Scope.FOLLOWING)
    new_id = changed[0].series_id
    assert new_id is not None and new_id != series_id
    old = series_of(h, series_id)
    assert [v.id for v in old] == [o.id for o in occ[:3]]
    assert all(v.duration_minutes == 60 for v in old)
    new = series_of(h, new_id)
    assert [v.id for v in new] == [o.id for o in occ[3:]]
    assert all(v.duration_minutes == 90 for v in new)
    assert local(new[1]) == datetime(2026, 3, 31, 17, 0)  # its own move kept
    assert sessions.series(h.db, h.admin, new_id).recurrence.count == 3
    assert sessions.series(h.db, h.admin, series_id).recurrence.until == date(2026, 3, 23)


def test_cancelling_or_deleting_one_never_removes_the_others(h):
    series_id, occ = booked(h)
    session_removal.cancel(h.db, h.admin, occ[1].id, "counselor")
    session_removal.delete(h.db, h.admin, occ[2].id)
    after = series_of(h, series_id)
    assert [v.id for v in after] == [occ[i].id for i in (0, 1, 3, 4, 5)]
    assert after[1].status == "cancelled" and after[1].cancelled_by == "counselor"
    assert sessions.series(h.db, h.admin, series_id).exdates == (date(2026, 3, 17),)
    # an "all" edit does not bring the deleted one back
    session_edits.change(h.db, h.admin, occ[0].id, SessionChange(start_time=time(9)),
                         Scope.ALL)
    assert len(series_of(h, series_id)) == 5


def test_delete_following_ends_the_series_and_keeps_what_was_marked(h):
    series_id, occ = booked(h)
    session_marks.mark(h.db, h.admin, occ[4].id, "completed")
    gone = session_removal.delete(h.db, h.admin, occ[3].id, Scope.FOLLOWING)
    assert gone == [occ[3].id, occ[5].id]
    assert [v.id for v in series_of(h, series_id)] == [o.id for o in occ[:3]]
    kept = sessions.session(h.db, h.admin, occ[4].id)
    assert kept.series_id is None and kept.status == "completed"


def test_delete_all_and_cancel_following(h):
    series_id, occ = booked(h)
    cancelled = session_removal.cancel(h.db, h.admin, occ[2].id, "house", Scope.FOLLOWING)
    assert cancelled == [o.id for o in occ[2:]]
    gone = session_removal.delete(h.db, h.admin, occ[0].id, Scope.ALL)
    assert len(gone) == 6
    assert sessions.week(h.db, h.admin, date(2026, 3, 1), days=120) == []


def test_a_move_onto_another_session_is_refused_naming_it(h):
    _, occ = booked(h)
    other = sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 12, 14, 0),
                                                   member_ids=(h.somang,), place=None))
    with pytest.raises(ConflictError) as info:
        session_edits.move(h.db, h.admin, occ[1].id, datetime(2026, 3, 12, 14, 30))
    assert "2026-03-12 14:00–15:00" in info.value.message
    assert local(sessions.session(h.db, h.admin, occ[1].id)) == datetime(2026, 3, 10, 10)
    assert other.sessions


def test_an_all_edit_that_would_clash_changes_nothing(h):
    series_id, occ = booked(h)
    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 24, 15, 0),
                                           member_ids=(h.somang,), place=None))
    with pytest.raises(ConflictError, match="2026-03-24"):
        session_edits.change(h.db, h.admin, occ[0].id, SessionChange(start_time=time(15)),
                             Scope.ALL)
    assert all(local(v).time() == time(10) for v in series_of(h, series_id))
