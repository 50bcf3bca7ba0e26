"""Changing booked sessions: one occurrence, this one and the following, or the whole
series (RFC 5545's model), and moving one (the week view's drag).

- One occurrence: its fields change and it remembers which (``departs``; it keeps its
  ``original_start``, the RECURRENCE-ID); the others stay as they are.
- The whole series: its rule and what its occurrences get change; each scheduled
  occurrence follows, except in the fields it changed on its own; occurrences already
  marked (completed, cancelled, no-show) are history and stay as they were. A new day
  of the week (or month) moves the whole series by as many days.
- This one and the following: the series is split; the old one ends the day before
  (its rule gets an UNTIL), a new one starts here with the change, and takes over the
  occurrences from here on, with their own changes.

Every change is checked like a booking (session_checks) and audited.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TypeVar

from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.models import CounselingSession, SessionSeries
from safehouse.services import recurrence
from safehouse.services import session_series as store
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import (
    Recurrence,
    Scope,
    SessionChange,
    SessionInput,
    SessionView,
)
from safehouse.services.permissions import Action, require
from safehouse.services.session_checks import check_rows
from safehouse.services.session_store import (
    aware,
    check_own,
    from_db,
    held,
    member_ids_of,
    to_db,
    views,
)
from safehouse.services.sessions import (
    audit_sessions,
    check_parts,
    raise_problems,
    session_problems,
)
from safehouse.storage.db import Database

T = TypeVar("T")


def _changed_fields(c: SessionChange) -> list[str]:
    named = {"kind": c.kind is not None, "members": c.member_ids is not None,
             "counselor": c.counselor_id is not None,
             "start": c.starts_at is not None or c.start_time is not None,
             "duration": c.duration_minutes is not None,
             "place": c.clear_place or c.place_id is not None or c.place_text is not None}
    return [name for name, changed in named.items() if changed]


def _given(new: T | None, old: T) -> T:
    """The changed value; ``old`` when the change leaves it (None). A 0 or an empty
    text is a change like any other (and then refused), never "unchanged"."""
    return old if new is None else new


def _validate(s: Session, actor: Actor, row: CounselingSession, c: SessionChange,
              rec: Recurrence | None) -> None:
    """The session as it would be after the change passes the form's checks; the
    counselor (old and new) is the acting counselor's own; the parts exist."""
    start = from_db(row.starts_at)
    if c.starts_at is not None:
        start = aware(c.starts_at).astimezone(clock.zone())
    if c.start_time is not None:
        start = start.replace(hour=c.start_time.hour, minute=c.start_time.minute)
    minutes = _given(c.duration_minutes,
                     int((row.ends_at - row.starts_at).total_seconds() // 60))
    members = c.member_ids if c.member_ids is not None else member_ids_of(s, row.id)
    place_id = None if c.clear_place else (c.place_id if c.place_id is not None
                                           else row.place_id)
    data = SessionInput(kind=_given(c.kind, row.kind), member_ids=members,
                        counselor_id=_given(c.counselor_id, row.counselor_id), starts_at=start,
                        duration_minutes=minutes, place_id=place_id,
                        place_text=c.place_text or "")
    raise_problems(session_problems(data, rec))
    check_own(s, actor, row.counselor_id, data.counselor_id)
    check_parts(s, data.counselor_id, members, None if c.place_id is None else c.place_id)


def _place(c: SessionChange) -> tuple[int | None, str] | None:
    if c.clear_place:
        return None, ""
    if c.place_id is not None:
        return c.place_id, ""
    if c.place_text is not None:
        return None, c.place_text.strip()
    return None


def _apply_one(s: Session, row: CounselingSession, c: SessionChange) -> None:
    length = row.ends_at - row.starts_at
    start = from_db(row.starts_at)
    if c.starts_at is not None:
        start = aware(c.starts_at).astimezone(clock.zone())
    if c.start_time is not None:
        start = start.replace(hour=c.start_time.hour, minute=c.start_time.minute)
    row.starts_at = to_db(start)
    row.ends_at = row.starts_at + (timedelta(minutes=c.duration_minutes)
                                   if c.duration_minutes is not None else length)
    row.kind = _given(c.kind, row.kind)
    row.counselor_id = _given(c.counselor_id, row.counselor_id)
    place = _place(c)
    if place is not None:
        row.place_id, row.place_text = place
    if c.member_ids is not None:
        store.set_participants(s, row, c.member_ids)
    if row.series_id is not None:
        fields = _changed_fields(c)
        if "start" in fields and row.starts_at == row.original_start:
            fields.remove("start")
        store.add_departs(row, *fields)


def _apply_series(s: Session, series: SessionSeries, row: CounselingSession,
                  c: SessionChange) -> None:
    """Change the series' template and rule (see the module's note)."""
    zone = store.zone_of(series)
    old_day = store.original_day(row, series)
    start = series.dtstart.replace(tzinfo=zone)
    if c.starts_at is not None:
        new = aware(c.starts_at).astimezone(zone)
        start = (start + timedelta(days=(new.date() - old_day).days)).replace(
            hour=new.hour, minute=new.minute)
        shift = timedelta(days=(new.date() - old_day).days)
        series.exdates = recurrence.format_exdates(
            {d + shift for d in recurrence.parse_exdates(series.exdates)})
    if c.start_time is not None:
        start = start.replace(hour=c.start_time.hour, minute=c.start_time.minute)
    rec = c.recurrence or recurrence.recurrence_of(series.rrule, series.dtstart, zone)
    series.dtstart = start.replace(tzinfo=None)
    series.rrule = recurrence.rule_text(rec, series.dtstart, zone)
    series.kind = _given(c.kind, series.kind)
    series.duration_minutes = _given(c.duration_minutes, series.duration_minutes)
    series.counselor_id = _given(c.counselor_id, series.counselor_id)
    place = _place(c)
    if place is not None:
        series.place_id, series.place_text = place
    if c.member_ids is not None:
        store.set_series_members(s, series, c.member_ids)
    s.flush()


def _split(s: Session, series: SessionSeries, row: CounselingSession) -> SessionSeries:
    """End ``series`` before the day of ``row`` and start a copy of it there, which takes
    the occurrences from that day on; returns the copy."""
    zone = store.zone_of(series)
    day = store.original_day(row, series)
    every = recurrence.occurrences(series.rrule, series.dtstart, zone)
    before = sum(1 for t in every if t.date() < day)
    rec = recurrence.recurrence_of(series.rrule, series.dtstart, zone)
    if rec.count is not None:
        rec = replace(rec, count=rec.count - before)
    start = datetime.combine(day, series.dtstart.time())
    gone = recurrence.parse_exdates(series.exdates)
    new = SessionSeries(
        rrule=recurrence.rule_text(rec, start, zone), dtstart=start, tzid=series.tzid,
        exdates=recurrence.format_exdates({d for d in gone if d >= day}), kind=series.kind,
        duration_minutes=series.duration_minutes, counselor_id=series.counselor_id,
        place_id=series.place_id, place_text=series.place_text)
    s.add(new)
    s.flush()
    store.set_series_members(s, new, store.series_member_ids(s, series.id))
    for later in store.rows_of(s, series.id):
        if store.original_day(later, series) >= day:
            later.series_id = new.id
    series.rrule = recurrence.ending_before(series.rrule, day, zone)
    series.exdates = recurrence.format_exdates({d for d in gone if d < day})
    s.flush()
    store.regenerate(s, series)
    return new


def change(db: Database, actor: Actor, session_id: int, changes: SessionChange,
           scope: Scope = Scope.ONE, *, confirm_warnings: bool = False,
           read: SessionView | None = None) -> list[SessionView]:
    """Change one session, or it and the following, or its whole series (``scope``);
    returns the sessions changed. A single session is always changed alone. ``read``:
    the session as the dialog showed it; when someone else saved it since, nothing is
    saved (``StaleRecord``: :mod:`safehouse.services.versions`)."""
    actor = require(db, actor, Action.SESSION_BOOK)
    with db.transaction() as s:
        row = held(s, actor, session_id, read)
        involved = {*member_ids_of(s, row.id), *(changes.member_ids or ())}
        series = s.get(SessionSeries, row.series_id) if row.series_id else None
        if series is None or scope is Scope.ONE:
            _validate(s, actor, row, replace(changes, recurrence=None), None)
            _apply_one(s, row, changes)
            changed = [row]
            entity, entity_id = "counseling_session", row.id
        else:
            first = min(store.original_day(r, series) for r in store.rows_of(s, series.id))
            whole = scope is Scope.ALL or store.original_day(row, series) <= first
            _validate(s, actor, row, changes, changes.recurrence)
            check_own(s, actor, series.counselor_id)
            target = series if whole else _split(s, series, row)
            _apply_series(s, target, row, changes)
            changed = store.regenerate(s, target, members_changed=changes.member_ids
                                       is not None)
            entity, entity_id = "session_series", target.id
        warnings = check_rows(s, actor, changed, confirm_warnings=confirm_warnings)
        audit_sessions(s, actor, AuditAction.SESSION_CHANGE, entity, entity_id,
                       sorted(involved),
                       [*_changed_fields(changes), *(["recurrence"] if changes.recurrence
                                                     else []),
                        f"scope={scope.value}", *(["warning_accepted"] if warnings else [])])
        shown = views(s, actor, changed)
    db.notify(Change(ChangeKind.SESSION, tuple(v.id for v in shown)))
    return shown


def move(db: Database, actor: Actor, session_id: int, starts_at: datetime, *,
         confirm_warnings: bool = False, read: SessionView | None = None) -> SessionView:
    """Move one session to ``starts_at`` (same length), checked like a booking; an
    occurrence of a series remembers where the rule had put it. ``read``: as for
    :func:`change`."""
    actor = require(db, actor, Action.SESSION_BOOK)
    changes = SessionChange(starts_at=starts_at)
    with db.transaction() as s:
        row = held(s, actor, session_id, read)
        _validate(s, actor, row, changes, None)
        _apply_one(s, row, changes)
        warnings = check_rows(s, actor, [row], confirm_warnings=confirm_warnings)
        audit_sessions(s, actor, AuditAction.SESSION_MOVE, "counseling_session", row.id,
                       member_ids_of(s, row.id),
                       ["start", *(["warning_accepted"] if warnings else [])])
        shown = views(s, actor, [row])[0]
    db.notify(Change(ChangeKind.SESSION, (session_id,)))
    return shown


def split_day(s: Session, row: CounselingSession) -> date | None:
    """The local day "this and following" starts from (None: a single session)."""
    series = s.get(SessionSeries, row.series_id) if row.series_id else None
    return store.original_day(row, series) if series is not None else None
