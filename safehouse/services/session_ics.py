"""The schedule as an iCalendar file (RFC 5545, through the ``icalendar`` library), for a
calendar program: one counselor's sessions or all, over a range of days, never notes;
members by code unless the person chooses names. Built here, written and audited by
:func:`safehouse.services.exports.save`.

A series is one VEVENT with its RRULE and EXDATEs, at its wall-clock start in its zone
(TZID, with the VTIMEZONE); an occurrence that differs from what its rule would give
(moved, another counselor, place or participants, cancelled) is a VEVENT of the same
UID with its RECURRENCE-ID; an occurrence the export leaves out (another counselor's,
outside the range) is an EXDATE. So a calendar program's expansion of the file gives
the program's own sessions, no more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.labels import label
from safehouse.models import CounselingSession, SessionKind, SessionSeries, SessionStatus
from safehouse.services import recurrence
from safehouse.services import session_series as store
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import SessionView
from safehouse.services.dto.exports import ExportFile, ExportKind
from safehouse.services.permissions import Action, require
from safehouse.services.session_store import to_db, views
from safehouse.storage.db import Database

PRODID = "-//Safehouse//Counseling schedule//EN"
_CS = CounselingSession


def _summary(v: SessionView, names: bool) -> str:
    people = ", ".join(p.name if names else p.code for p in v.participants)
    kind = label(SessionKind(v.kind))
    return f"{kind}: {people} ({v.counselor_name})" if people else f"{kind} ({v.counselor_name})"


def _fill(event: Event, v: SessionView, names: bool, zone: ZoneInfo) -> None:
    event.add("dtstart", v.starts_at.astimezone(zone))
    event.add("dtend", v.ends_at.astimezone(zone))
    event.add("summary", _summary(v, names))
    if v.place_name:
        event.add("location", v.place_name)
    event.add("categories", [v.kind])
    event.add("status", "CANCELLED" if v.status == SessionStatus.CANCELLED.value
              else "CONFIRMED")


def _looks(v: SessionView, names: bool) -> tuple[object, ...]:
    return (v.starts_at, v.ends_at, _summary(v, names), v.place_name,
            v.status == SessionStatus.CANCELLED.value)


def _uid(kind: str, ident: int) -> str:
    return f"{kind}-{ident}@safehouse"


def _series_events(s: Session, actor: Actor, series: SessionSeries,
                   wanted: set[int], names: bool) -> list[Event]:
    zone = store.zone_of(series)
    rows = store.rows_of(s, series.id)
    shown = {v.id: v for v in views(s, actor, rows)}
    master = Event()
    master.add("uid", _uid("series", series.id))
    master.add("dtstamp", clock.utcnow())
    first = series.dtstart.replace(tzinfo=zone)
    template = SessionView(
        id=0, series_id=series.id, kind=series.kind, starts_at=first,
        ends_at=first + timedelta(minutes=series.duration_minutes),
        counselor_id=series.counselor_id, counselor_name="", place_id=series.place_id,
        place_name="", participants=(), status=SessionStatus.SCHEDULED.value,
        cancelled_by=None)
    members = set(store.series_member_ids(s, series.id))
    named = next((v for v in shown.values() if v.counselor_id == series.counselor_id
                  and v.place_id == series.place_id and {p.id for p in v.participants}
                  == members and not v.departs), None)
    template = _template_from(template, named, series)
    _fill(master, template, names, zone)
    master.add("rrule", _rule_parts(series.rrule))
    events = [master]
    given = store.starts_of(series)
    gone = sorted(recurrence.parse_exdates(series.exdates))
    exdates = [datetime.combine(d, series.dtstart.time(), tzinfo=zone) for d in gone]
    for row in rows:
        v = shown[row.id]
        day = store.original_day(row, series)
        original = given[day]
        if row.id not in wanted:
            exdates.append(original)
            continue
        expected = _replace_start(template, original, series)
        if _looks(v, names) != _looks(expected, names):
            override = Event()
            override.add("uid", _uid("series", series.id))
            override.add("dtstamp", clock.utcnow())
            override.add("recurrence-id", original)
            _fill(override, v, names, zone)
            events.append(override)
    for start in exdates:
        master.add("exdate", start)
    return events


def _template_from(template: SessionView, named: SessionView | None,
                   series: SessionSeries) -> SessionView:
    """The series' fields as its occurrences show them (names from a plain occurrence);
    without one, the template as it is (every occurrence is then an override)."""
    if named is None:
        return template
    return SessionView(
        id=0, series_id=series.id, kind=series.kind, starts_at=template.starts_at,
        ends_at=template.ends_at, counselor_id=series.counselor_id,
        counselor_name=named.counselor_name, place_id=series.place_id,
        place_name=named.place_name, participants=named.participants,
        status=SessionStatus.SCHEDULED.value, cancelled_by=None)


def _replace_start(template: SessionView, start: datetime, series: SessionSeries
                   ) -> SessionView:
    return replace(template, starts_at=start,
                   ends_at=start + timedelta(minutes=series.duration_minutes))


def _rule_parts(text: str) -> dict[str, object]:
    parts: dict[str, object] = {}
    for item in text.split(";"):
        key, _, value = item.partition("=")
        if key == "UNTIL":
            parts[key] = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        elif key in ("INTERVAL", "COUNT", "BYMONTHDAY"):
            parts[key] = int(value)
        else:
            parts[key] = value
    return parts


def export_sessions(db: Database, actor: Actor, *, start: date | None = None,
                    end: date | None = None, counselor_id: int | None = None,
                    names: bool = False) -> ExportFile:
    """The sessions from ``start`` to ``end`` (local days, both included; open when
    None) of one counselor or all, as an ``.ics`` file."""
    actor = require(db, actor, Action.EXPORT, Action.SESSION_VIEW)
    zone = clock.zone()
    q = select(_CS)
    if start is not None:
        q = q.where(_CS.starts_at >= to_db(datetime.combine(start, time(0), tzinfo=zone)))
    if end is not None:
        q = q.where(_CS.starts_at < to_db(datetime.combine(end + timedelta(days=1), time(0),
                                                           tzinfo=zone)))
    if counselor_id is not None:
        q = q.where(_CS.counselor_id == counselor_id)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    with db.transaction() as s:
        rows: Sequence[CounselingSession] = list(s.scalars(q.order_by(_CS.starts_at, _CS.id)))
        wanted = {r.id for r in rows}
        singles = [r for r in rows if r.series_id is None]
        for v in views(s, actor, singles):
            event = Event()
            event.add("uid", _uid("session", v.id))
            event.add("dtstamp", clock.utcnow())
            _fill(event, v, names, zone)
            cal.add_component(event)
        series_ids = sorted({r.series_id for r in rows if r.series_id is not None})
        for found in s.scalars(select(SessionSeries).where(
                SessionSeries.id.in_(series_ids)).order_by(SessionSeries.id)):
            for event in _series_events(s, actor, found, wanted, names):
                cal.add_component(event)
    cal.add_missing_timezones()
    filters = [name for name, used in (("date_from", start), ("date_to", end),
                                       ("counselor_filter", counselor_id),
                                       ("names", names or None)) if used is not None]
    return ExportFile(kind=ExportKind.SESSIONS,
                      suggested_name=f"sessions-{clock.today().isoformat()}.ics",
                      data=cal.to_ical(), rows=len(wanted), filters=tuple(filters))
