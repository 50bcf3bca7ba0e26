"""Series and their occurrences in storage: the rule expanded into rows, and the rows
brought back in line with the rule after a change (no permission checks here: the
services that call these have made them)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from safehouse.models import (
    CounselingSession,
    SeriesMember,
    SessionParticipant,
    SessionSeries,
    SessionStatus,
)
from safehouse.services import recurrence, versions
from safehouse.services.session_store import to_db

DEPARTS = ("start", "duration", "counselor", "place", "members", "kind")


def zone_of(series: SessionSeries) -> ZoneInfo:
    return ZoneInfo(series.tzid)


def starts_of(series: SessionSeries) -> dict[date, datetime]:
    """The rule's occurrences not deleted (EXDATE), by their local day: aware starts in
    the series' zone."""
    zone = zone_of(series)
    gone = recurrence.parse_exdates(series.exdates)
    return {start.date(): start
            for start in recurrence.occurrences(series.rrule, series.dtstart, zone)
            if start.date() not in gone}


def series_member_ids(s: Session, series_id: int) -> tuple[int, ...]:
    return tuple(s.scalars(select(SeriesMember.member_id)
                           .where(SeriesMember.series_id == series_id)
                           .order_by(SeriesMember.member_id)))


def set_series_members(s: Session, series: SessionSeries, member_ids: Collection[int]
                       ) -> None:
    s.execute(delete(SeriesMember).where(SeriesMember.series_id == series.id))
    s.add_all(SeriesMember(series_id=series.id, member_id=m) for m in sorted(set(member_ids)))


def set_participants(s: Session, row: CounselingSession, member_ids: Collection[int], *,
                     new: bool = False) -> None:
    """Who takes part in ``row`` (flushed); a row not ``new`` gets a new version."""
    if not new:
        versions.bump(row, "kind")
    s.execute(delete(SessionParticipant).where(SessionParticipant.session_id == row.id))
    s.add_all(SessionParticipant(session_id=row.id, member_id=m)
              for m in sorted(set(member_ids)))


def new_row(series: SessionSeries, start: datetime) -> CounselingSession:
    """An occurrence of ``series`` at ``start`` (aware), as the rule makes it."""
    return CounselingSession(
        series_id=series.id, original_start=to_db(start), departs="", kind=series.kind,
        counselor_id=series.counselor_id, starts_at=to_db(start),
        ends_at=to_db(start + timedelta(minutes=series.duration_minutes)),
        place_id=series.place_id, place_text=series.place_text,
        status=SessionStatus.SCHEDULED.value, cancelled_by=None)


def rows_of(s: Session, series_id: int, *, lock: bool = False) -> list[CounselingSession]:
    q = (select(CounselingSession).where(CounselingSession.series_id == series_id)
         .order_by(CounselingSession.starts_at))
    return list(s.scalars(q.with_for_update() if lock else q))


def original_day(row: CounselingSession, series: SessionSeries) -> date:
    """The local day the rule gave the occurrence (its RECURRENCE-ID's day)."""
    assert row.original_start is not None
    return row.original_start.replace(tzinfo=UTC).astimezone(zone_of(series)).date()


HELD = frozenset({SessionStatus.COMPLETED.value, SessionStatus.NO_SHOW.value})


def held(row: CounselingSession) -> bool:
    """Attendance history (completed or no-show): kept when its series changes or goes."""
    return row.status in HELD


def departs(row: CounselingSession) -> set[str]:
    return {d for d in row.departs.split(",") if d}


def add_departs(row: CounselingSession, *fields: str) -> None:
    row.departs = ",".join(d for d in DEPARTS if d in departs(row) | set(fields))


def follow_rule(row: CounselingSession, series: SessionSeries, start: datetime,
                member_ids: Sequence[int] | None, s: Session) -> None:
    """Bring a scheduled occurrence in line with the series, except the fields it
    changed on its own."""
    own = departs(row)
    row.original_start = to_db(start)
    if "start" not in own:
        length = row.ends_at - row.starts_at
        row.starts_at = to_db(start)
        row.ends_at = row.starts_at + length
    if "duration" not in own:
        row.ends_at = row.starts_at + timedelta(minutes=series.duration_minutes)
    if "counselor" not in own:
        row.counselor_id = series.counselor_id
    if "place" not in own:
        row.place_id, row.place_text = series.place_id, series.place_text
    if "kind" not in own:
        row.kind = series.kind
    if "members" not in own and member_ids is not None:
        set_participants(s, row, member_ids)


def regenerate(s: Session, series: SessionSeries, *, members_changed: bool = False
               ) -> list[CounselingSession]:
    """Make the series' rows what its rule says: an occurrence the rule gives and no row
    has gets one; a scheduled row follows the series (but for its own changes); a
    row whose day the rule no longer gives goes, unless it is history (completed or
    no-show): that one stays as a single session. Returns the rows of the series after, by start."""
    wanted = starts_of(series)
    member_ids = series_member_ids(s, series.id)
    rows = rows_of(s, series.id)
    seen: set[date] = set()
    for row in rows:
        day = original_day(row, series)
        if day in wanted and day not in seen:
            seen.add(day)
            if row.status == SessionStatus.SCHEDULED.value:
                follow_rule(row, series, wanted[day], member_ids if members_changed else None,
                            s)
        elif held(row):
            row.series_id, row.original_start, row.departs = None, None, ""
        else:
            s.delete(row)
    for day, start in wanted.items():
        if day not in seen:
            row = new_row(series, start)
            s.add(row)
            s.flush()
            set_participants(s, row, member_ids, new=True)
    s.flush()
    return rows_of(s, series.id)
