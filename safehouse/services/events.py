"""Events (retreats, gatherings, trainings, worship, celebrations) and who came.

The people at an event are its members who came plus the guests and the children who
are not members: a retreat with 30 members, 4 guests and 7 children counts 41.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import NotFound, ValidationError, ValidationErrors, translate
from safehouse.labels import label
from safehouse.models import Attendance, Event, EventKind, Member
from safehouse.services import audit, membership
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.community import (
    EventDetail,
    EventInput,
    EventSummary,
    MemberRef,
    YearOfEvents,
)
from safehouse.services.input_rules import date_error, text_error
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

MAX_COUNT = 10_000
MAX_DAYS = 31


def _counted() -> Select[Event, Any]:
    """Events with the number of members who came to each."""
    came = (select(Attendance.event_id, func.count().label("n"))
            .group_by(Attendance.event_id).subquery())
    return (select(Event, func.coalesce(came.c.n, 0))
            .outerjoin(came, came.c.event_id == Event.id))


def _summary(e: Event, members: int) -> EventSummary:
    return EventSummary(id=e.id, kind=e.kind, name=e.name, starts_on=e.starts_on,
                        ends_on=e.ends_on, place=e.place, members=members,
                        guests=e.guests, children=e.children)


def _in_year(query: Select[Event, Any], year: int | None
             ) -> Select[Event, Any]:
    if year is None:
        return query
    return query.where(Event.starts_on >= date(year, 1, 1),
                       Event.starts_on <= date(year, 12, 31))


def event_problems(data: EventInput) -> list[ValidationError]:
    """What is wrong with an event as entered (the form checks as you type with this)."""
    found: list[ValidationError] = []
    if data.kind not in {k.value for k in EventKind}:
        found.append(ValidationError(translate(
            "errors", "Choose what kind of event this is."), field="kind"))
    if not data.name.strip():
        found.append(ValidationError(translate("errors", "The event needs a name."),
                                     field="name"))
    elif len(data.name.strip()) > 200:
        found.append(ValidationError(translate(
            "errors", "The name is longer than {count} characters.").format(count=200),
            field="name"))
    if len(data.place.strip()) > 200:
        found.append(ValidationError(translate(
            "errors", "The place is longer than {count} characters.").format(count=200),
            field="place"))
    for value, name in ((data.starts_on, "starts_on"), (data.ends_on, "ends_on")):
        error = date_error(value, name)
        if error is not None:
            found.append(error)
    ends = data.ends_on or data.starts_on
    if ends < data.starts_on:
        found.append(ValidationError(translate(
            "errors", "The event ends before it starts ({start}).")
            .format(start=data.starts_on.isoformat()), field="ends_on"))
    elif (ends - data.starts_on).days >= MAX_DAYS:
        found.append(ValidationError(translate(
            "errors", "An event lasts at most {days} days.").format(days=MAX_DAYS),
            field="ends_on"))
    for text, name in ((data.name, "name"), (data.place, "place")):
        error = text_error(text, name)
        if error is not None:
            found.append(error)
    error = text_error(data.notes, "notes", multiline=True)
    if error is not None:
        found.append(error)
    return found


def count_problem(value: int, field: str) -> ValidationError | None:
    if 0 <= value <= MAX_COUNT:
        return None
    return ValidationError(translate(
        "errors", "The number must be from 0 to {most}.").format(most=MAX_COUNT),
        field=field)


def _get(s: Session, event_id: int) -> Event:
    event = s.get(Event, event_id)
    if event is None:
        raise NotFound(translate("errors", "This event no longer exists."))
    return event


def _detail(s: Session, e: Event) -> EventDetail:
    today = clock.today()
    rows = s.execute(
        select(Member.id, Member.code, Member.name, membership.active_on(today))
        .join(Attendance, Attendance.member_id == Member.id)
        .where(Attendance.event_id == e.id).order_by(Member.code)).all()
    attendees = tuple(MemberRef(id=i, code=c, name=n, active=bool(a)) for i, c, n, a in rows)
    return EventDetail(summary=_summary(e, len(attendees)), notes=e.notes,
                       attendees=attendees)


def list_events(db: Database, actor: Actor, *, year: int | None = None
                ) -> list[EventSummary]:
    """Events (of ``year``, or all), the latest first, with how many came."""
    require(db, actor, Action.COMMUNITY_VIEW)
    with db.transaction() as s:
        rows = s.execute(_in_year(_counted(), year)
                         .order_by(Event.starts_on.desc(), Event.id.desc()))
        return [_summary(e, n) for e, n in rows]


def get_event(db: Database, actor: Actor, event_id: int) -> EventDetail:
    require(db, actor, Action.COMMUNITY_VIEW)
    with db.transaction() as s:
        return _detail(s, _get(s, event_id))


def save_event(db: Database, actor: Actor, data: EventInput, event_id: int | None = None
               ) -> EventDetail:
    """Add an event (``event_id`` None) or correct one."""
    actor = require(db, actor, Action.EVENT_EDIT)
    problems = event_problems(data)
    if problems:
        raise problems[0] if len(problems) == 1 else ValidationErrors(problems)
    name = data.name.strip()
    with db.transaction() as s:
        same = select(Event.id).where(Event.name == name, Event.starts_on == data.starts_on)
        if event_id is not None:
            same = same.where(Event.id != event_id)
        if s.scalar(same) is not None:
            raise ValidationError(translate(
                "errors", "There is already an event called {name} starting on {day}; "
                "open that one, or give this one another name.").format(
                name=repr(name), day=data.starts_on.isoformat()), field="name")
        if event_id is None:
            event = Event(guests=0, children=0)
            s.add(event)
        else:
            event = _get(s, event_id)
        event.kind, event.name = data.kind, name
        event.starts_on, event.ends_on = data.starts_on, data.ends_on or data.starts_on
        event.place, event.notes = data.place.strip(), data.notes.strip()
        s.flush()
        audit.record(s, actor, AuditAction.EVENT_CREATE if event_id is None
                     else AuditAction.EVENT_UPDATE, entity="event", entity_id=event.id)
        detail = _detail(s, event)
    db.notify(Change(ChangeKind.EVENT, (detail.summary.id,)))
    return detail


def delete_event(db: Database, actor: Actor, event_id: int) -> None:
    """Remove an event with its attendance."""
    actor = require(db, actor, Action.EVENT_EDIT)
    with db.transaction() as s:
        event = _get(s, event_id)
        s.execute(delete(Attendance).where(Attendance.event_id == event_id))
        s.delete(event)
        audit.record(s, actor, AuditAction.EVENT_DELETE, entity="event", entity_id=event_id)
    db.notify(Change(ChangeKind.EVENT, (event_id,)))


def set_attendance(db: Database, actor: Actor, event_id: int, member_ids: Sequence[int],
                   *, guests: int, children: int) -> EventDetail:
    """Record who came: these members (replacing the list), and the number of guests and
    of children who are not members."""
    actor = require(db, actor, Action.ATTENDANCE_EDIT)
    problems = [p for p in (count_problem(guests, "guests"),
                            count_problem(children, "children")) if p is not None]
    if problems:
        raise problems[0] if len(problems) == 1 else ValidationErrors(problems)
    wanted = set(member_ids)
    with db.transaction() as s:
        event = _get(s, event_id)
        known = set(s.scalars(select(Member.id).where(Member.id.in_(wanted)))) if wanted else set()
        if known != wanted:
            raise NotFound(translate("errors", "A member on the list no longer exists. "
                                               "Open the event again and choose again."))
        present = set(s.scalars(select(Attendance.member_id)
                                .where(Attendance.event_id == event_id)))
        gone = present - wanted
        if gone:
            s.execute(delete(Attendance).where(Attendance.event_id == event_id,
                                               Attendance.member_id.in_(gone)))
        for member_id in sorted(wanted - present):
            s.add(Attendance(event_id=event_id, member_id=member_id))
        event.guests, event.children = guests, children
        s.flush()
        audit.record(s, actor, AuditAction.ATTENDANCE_SET, entity="event",
                     entity_id=event_id, fields=[f"members={len(wanted)}"])
        detail = _detail(s, event)
    db.notify(Change(ChangeKind.EVENT, (event_id,)))
    return detail


def events_of_member(db: Database, actor: Actor, member_id: int) -> list[EventSummary]:
    """The events a member came to, the latest first."""
    require(db, actor, Action.COMMUNITY_VIEW)
    with db.transaction() as s:
        return events_of(s, member_id)


def events_of(s: Session, member_id: int) -> list[EventSummary]:
    """:func:`events_of_member` in the unit of work ``s`` (the right checked)."""
    came = (select(func.count()).where(Attendance.event_id == Event.id)
            .correlate(Event).scalar_subquery())  # (counts her events' only)
    rows = s.execute(select(Event, came)
                     .where(Event.id.in_(select(Attendance.event_id)
                                         .where(Attendance.member_id == member_id)))
                     .order_by(Event.starts_on.desc(), Event.id.desc()))
    return [_summary(e, n) for e, n in rows]


def largest_retreat(db: Database, actor: Actor, year: int) -> EventSummary | None:
    """The retreat of ``year`` with the most people (one query)."""
    require(db, actor, Action.COMMUNITY_VIEW)
    with db.transaction() as s:
        return _largest_retreat(s, year)


def _largest_retreat(s: Session, year: int) -> EventSummary | None:
    came = (select(func.count()).where(Attendance.event_id == Event.id)
            .correlate(Event).scalar_subquery())
    row = s.execute(
        select(Event, came)
        .where(Event.kind == EventKind.RETREAT.value,
               Event.starts_on >= date(year, 1, 1), Event.starts_on <= date(year, 12, 31))
        .order_by((came + Event.guests + Event.children).desc(), Event.starts_on, Event.id)
        .limit(1)).first()
    return _summary(row[0], row[1]) if row else None


def yearly_table(db: Database, actor: Actor) -> list[YearOfEvents]:
    """For each year with events: how many, how many retreats, the people over all of
    them, the different members who came, and the largest retreat; the latest first."""
    require(db, actor, Action.COMMUNITY_VIEW)
    with db.transaction() as s:
        events = [_summary(e, n) for e, n in s.execute(_counted())]
        who = s.execute(select(Event.starts_on, Attendance.member_id)
                        .join(Attendance, Attendance.event_id == Event.id)).all()
    years: dict[int, list[EventSummary]] = {}
    for e in events:
        years.setdefault(e.starts_on.year, []).append(e)
    members: dict[int, set[int]] = {}
    for day, member_id in who:
        members.setdefault(day.year, set()).add(member_id)
    table = []
    for year in sorted(years, reverse=True):
        found = years[year]
        retreats = [e for e in found if e.kind == EventKind.RETREAT.value]
        largest = max(retreats, key=lambda e: (e.people, -e.starts_on.toordinal()),
                      default=None)
        table.append(YearOfEvents(year=year, events=len(found), retreats=len(retreats),
                                  people=sum(e.people for e in found),
                                  members=len(members.get(year, ())),
                                  largest_retreat=largest))
    return table


def kind_label(kind: str) -> str:
    return label(kind, EventKind)
