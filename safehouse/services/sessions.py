"""Booking counseling sessions, one or a repeating series, and reading the schedule:
the week, a member's past and coming sessions, one session, one series.

The rules every booking meets are in :mod:`safehouse.services.session_rules`; changes
to booked sessions are in :mod:`safehouse.services.session_edits`, attendance in
:mod:`safehouse.services.session_marks`, notes in :mod:`safehouse.services.session_notes`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import NotFound, ValidationError, ValidationErrors, translate
from safehouse.models import (
    CounselingSession,
    Counselor,
    MeetingPlace,
    Member,
    SessionParticipant,
    SessionSeries,
)
from safehouse.services import audit, recurrence, session_rules
from safehouse.services import session_series as series_store
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import (
    Booking,
    Clash,
    MemberSessions,
    Recurrence,
    SeriesView,
    SessionInput,
    SessionView,
)
from safehouse.services.input_rules import date_error, text_error
from safehouse.services.permissions import Action, require
from safehouse.services.session_store import (
    KINDS,
    MAX_DURATION,
    MAX_MINUTES,
    VIEW_COLUMNS,
    aware,
    check_own,
    get_counselor,
    get_session,
    to_db,
    view,
    views,
)
from safehouse.services.write_lock import write_lock
from safehouse.storage.db import Database

MIN_MINUTES = 10
_CS = CounselingSession


# --- checking what is asked -----------------------------------------------------------------


def session_problems(data: SessionInput, rec: Recurrence | None = None
                     ) -> list[ValidationError]:
    """What is wrong with a session as entered (the dialog checks as you type)."""
    found: list[ValidationError] = []
    if data.kind not in KINDS:
        found.append(ValidationError(translate(
            "errors", "Choose what kind of session this is."), field="kind"))
    if not data.member_ids:
        found.append(ValidationError(translate(
            "errors", "Choose the member or members the session is for."), field="members"))
    if not MIN_MINUTES <= data.duration_minutes <= MAX_MINUTES:
        found.append(ValidationError(translate(
            "errors", "A session lasts from {least} minutes to {most} hours.")
            .format(least=MIN_MINUTES, most=MAX_MINUTES // 60), field="duration"))
    error = date_error(aware(data.starts_at).astimezone(clock.zone()).date(), "starts_at")
    if error is not None:
        found.append(error)
    if len(data.place_text.strip()) > 200:
        found.append(ValidationError(translate(
            "errors", "The place is longer than {count} characters.").format(count=200),
            field="place"))
    error = text_error(data.place_text, "place")
    if error is not None:
        found.append(error)
    if rec is not None:
        error = recurrence.problem(rec, aware(data.starts_at).astimezone(clock.zone()).date())
        if error is not None:
            found.append(error)
    return found


def raise_problems(problems: list[ValidationError]) -> None:
    if problems:
        raise problems[0] if len(problems) == 1 else ValidationErrors(problems)


def check_parts(s: Session, counselor_id: int, member_ids: Sequence[int],
                place_id: int | None) -> None:
    """The counselor (active), the members and the place exist; their rows locked, so
    that two bookings at once cannot both pass the checks (SQLite: the write lock
    taken, so that another program's booking waits for this one)."""
    write_lock(s)
    counselor = s.scalar(select(Counselor).where(Counselor.id == counselor_id)
                         .with_for_update())
    if counselor is None:
        get_counselor(s, counselor_id)
    elif not counselor.active:
        raise ValidationError(translate("errors", "{name} no longer takes sessions (not "
                                        "active).").format(name=counselor.name),
                              field="counselor")
    found = set(s.scalars(select(Member.id).where(Member.id.in_(set(member_ids)))
                          .with_for_update()))
    if found != set(member_ids):
        raise ValidationError(translate("errors", "A member chosen no longer exists."),
                              field="members")
    if place_id is not None:
        place = s.scalar(select(MeetingPlace).where(MeetingPlace.id == place_id)
                         .with_for_update())
        if place is None or not place.active:
            raise ValidationError(translate("errors", "This meeting place is not in use."),
                                  field="place")


def starts_for(data: SessionInput, rec: Recurrence | None) -> list[datetime]:
    """The starts of the session, or of every occurrence of the series (aware)."""
    start = aware(data.starts_at).astimezone(clock.zone())
    if rec is None:
        return [start]
    text = recurrence.rule_text(rec, start.replace(tzinfo=None), clock.zone())
    return recurrence.occurrences(text, start.replace(tzinfo=None), clock.zone())


def slots_for(starts: Sequence[datetime], minutes: int) -> list[session_rules.Slot]:
    return [(to_db(a), to_db(a + timedelta(minutes=minutes))) for a in starts]


def audit_sessions(s: Session, actor: Actor, action: AuditAction, entity: str,
                   entity_id: int, member_ids: Sequence[int], fields: Sequence[str] = ()
                   ) -> None:
    """One audit line per participant (the trail is searched by member), or one."""
    ids: list[int | None] = [*sorted(set(member_ids))] or [None]
    for member_id in ids:
        audit.record(s, actor, action, entity=entity, entity_id=entity_id,
                     member_id=member_id, fields=fields)


# --- booking -------------------------------------------------------------------------------


def conflicts(db: Database, actor: Actor, data: SessionInput, rec: Recurrence | None = None,
              *, ignore: Sequence[int] = ()) -> list[Clash]:
    """The clashes booking ``data`` would meet (the dialog shows them as you type);
    sessions in ``ignore`` (the ones being changed) do not count."""
    actor = require(db, actor, Action.SESSION_VIEW)
    raise_problems(session_problems(data, rec))
    with db.transaction() as s:
        return session_rules.clashes(
            s, slots_for(starts_for(data, rec), data.duration_minutes),
            counselor_id=data.counselor_id, member_ids=data.member_ids,
            place_id=data.place_id, ignore=set(ignore))


def book(db: Database, actor: Actor, data: SessionInput, rec: Recurrence | None = None, *,
         confirm_warnings: bool = False) -> Booking:
    """Book a session, or (with ``rec``) a series: every occurrence is checked, and
    nothing is booked when one clashes."""
    actor = require(db, actor, Action.SESSION_BOOK)
    raise_problems(session_problems(data, rec))
    member_ids = tuple(sorted(set(data.member_ids)))
    place_text = "" if data.place_id is not None else data.place_text.strip()
    with db.transaction() as s:
        check_own(s, actor, data.counselor_id)
        check_parts(s, data.counselor_id, member_ids, data.place_id)
        starts = starts_for(data, rec)
        slots = slots_for(starts, data.duration_minutes)
        session_rules.check_keep_away(s, actor, member_ids)
        session_rules.refuse(session_rules.clashes(
            s, slots, counselor_id=data.counselor_id, member_ids=member_ids,
            place_id=data.place_id))
        warnings = session_rules.meeting_warnings(s, actor, slots, member_ids, data.place_id)
        session_rules.ask(warnings, confirm_warnings)
        if rec is None:
            row = CounselingSession(
                kind=data.kind, counselor_id=data.counselor_id, starts_at=slots[0][0],
                ends_at=slots[0][1], place_id=data.place_id, place_text=place_text)
            s.add(row)
            s.flush()
            series_store.set_participants(s, row, member_ids, new=True)
            rows, series_id = [row], None
            audit_sessions(s, actor, AuditAction.SESSION_BOOK, "counseling_session", row.id,
                           member_ids, ["warning_accepted"] if warnings else [])
        else:
            first = starts[0]
            series = SessionSeries(
                rrule=recurrence.rule_text(rec, first.replace(tzinfo=None), clock.zone()),
                dtstart=first.replace(tzinfo=None), tzid=clock.zone().key, exdates="",
                kind=data.kind, duration_minutes=data.duration_minutes,
                counselor_id=data.counselor_id, place_id=data.place_id,
                place_text=place_text)
            s.add(series)
            s.flush()
            series_store.set_series_members(s, series, member_ids)
            s.flush()
            rows, series_id = series_store.regenerate(s, series, members_changed=True), series.id
            audit_sessions(s, actor, AuditAction.SESSION_BOOK, "session_series", series.id,
                           member_ids, [f"sessions={len(rows)}",
                                        *(["warning_accepted"] if warnings else [])])
        booked = Booking(tuple(views(s, actor, rows)), series_id, tuple(warnings))
    db.notify(Change(ChangeKind.SESSION, tuple(v.id for v in booked.sessions)))
    return booked


# --- reading the schedule ---------------------------------------------------------------------


def _day_start(day: date) -> datetime:
    return to_db(datetime.combine(day, time(0), tzinfo=clock.zone()))


def week(db: Database, actor: Actor, start: date, *, days: int = 7,
         counselor_id: int | None = None, member_id: int | None = None,
         place_id: int | None = None) -> list[SessionView]:
    """The sessions that overlap the ``days`` days from ``start`` (local days), by
    start; narrowed to a counselor, a member or a meeting place."""
    actor = require(db, actor, Action.SESSION_VIEW)
    first, last = _day_start(start), _day_start(start + timedelta(days=days))
    window = [_CS.starts_at >= first - MAX_DURATION, _CS.starts_at < last,
              _CS.ends_at > first]
    if counselor_id is not None:
        window.append(_CS.counselor_id == counselor_id)
    if place_id is not None:
        window.append(_CS.place_id == place_id)
    if member_id is not None:
        window.append(exists().where(SessionParticipant.session_id == _CS.id,
                                     SessionParticipant.member_id == member_id))
    with db.transaction() as s:
        rows = s.connection().execute(select(*VIEW_COLUMNS).where(*window)
                         .order_by(_CS.starts_at, _CS.id)).all()
        return views(s, actor, rows, select(_CS.id).where(*window))


def member_sessions(db: Database, actor: Actor, member_id: int) -> MemberSessions:
    """A member's sessions: those begun before now (newest first) and those to come."""
    actor = require(db, actor, Action.SESSION_VIEW)
    now = to_db(clock.now())
    with db.transaction() as s:
        if s.get(Member, member_id) is None:
            raise NotFound(translate("errors", "This member no longer exists."))
        rows = list(s.scalars(select(_CS).join(
            SessionParticipant, SessionParticipant.session_id == _CS.id)
            .where(SessionParticipant.member_id == member_id)
            .order_by(_CS.starts_at, _CS.id)))
        shown = views(s, actor, rows)
    past = [v for v, r in zip(shown, rows, strict=True) if r.starts_at < now]
    coming = [v for v, r in zip(shown, rows, strict=True) if r.starts_at >= now]
    return MemberSessions(past=tuple(reversed(past)), coming=tuple(coming))


def session(db: Database, actor: Actor, session_id: int) -> SessionView:
    actor = require(db, actor, Action.SESSION_VIEW)
    with db.transaction() as s:
        return view(s, actor, get_session(s, session_id))


def series(db: Database, actor: Actor, series_id: int) -> SeriesView:
    """A series' rule and what its occurrences get."""
    actor = require(db, actor, Action.SESSION_VIEW)
    with db.transaction() as s:
        found = s.get(SessionSeries, series_id)
        if found is None:
            raise NotFound(translate("errors", "This series no longer exists."))
        zone = series_store.zone_of(found)
        return SeriesView(
            id=found.id, rrule=found.rrule, dtstart=found.dtstart.replace(tzinfo=zone),
            tzid=found.tzid,
            recurrence=recurrence.recurrence_of(found.rrule, found.dtstart, zone),
            exdates=tuple(sorted(recurrence.parse_exdates(found.exdates))),
            kind=found.kind, duration_minutes=found.duration_minutes,
            counselor_id=found.counselor_id, place_id=found.place_id,
            place_text=found.place_text,
            member_ids=series_store.series_member_ids(s, found.id))
