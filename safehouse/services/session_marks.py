"""Attendance: a session marked completed, cancelled (by the member, the counselor or
the house) or no-show, or back to scheduled; per member, attended / missed / cancelled
over a period; per counselor, hours of counseling held each month."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, distinct, func, select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import NotFound, ValidationError, translate
from safehouse.models import (
    CancelledBy,
    CounselingSession,
    Member,
    SessionParticipant,
    SessionStatus,
)
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import AttendanceFigures, CounselorHours, SessionView
from safehouse.services.permissions import Action, require
from safehouse.services.session_store import (
    check_own,
    counselor_names,
    from_db,
    held,
    member_ids_of,
    to_db,
    view,
)
from safehouse.services.sessions import audit_sessions
from safehouse.storage.db import Database

STATUSES = tuple(s.value for s in SessionStatus)
CANCELLERS = tuple(c.value for c in CancelledBy)
_CS = CounselingSession


def mark_problem(status: str, cancelled_by: str | None) -> ValidationError | None:
    if status not in STATUSES:
        return ValidationError(translate("errors", "Choose how the session went."),
                               field="status")
    if status == SessionStatus.CANCELLED.value and cancelled_by not in CANCELLERS:
        return ValidationError(translate(
            "errors", "Say who cancelled: the member, the counselor or the house."),
            field="cancelled_by")
    return None


def set_status(row: CounselingSession, status: str, cancelled_by: str | None) -> None:
    row.status = status
    row.cancelled_by = cancelled_by if status == SessionStatus.CANCELLED.value else None


def mark(db: Database, actor: Actor, session_id: int, status: str, *,
         cancelled_by: str | None = None, read: SessionView | None = None) -> SessionView:
    """Mark one session (a counselor her own): completed, cancelled (``cancelled_by``:
    member, counselor or house), no-show, or scheduled again. Only this occurrence.
    ``read``: the session as the person saw it; when someone else saved it since,
    nothing is marked (``StaleRecord``: :mod:`safehouse.services.versions`)."""
    actor = require(db, actor, Action.SESSION_MARK)
    problem = mark_problem(status, cancelled_by)
    if problem is not None:
        raise problem
    with db.transaction() as s:
        row = held(s, actor, session_id, read)
        check_own(s, actor, row.counselor_id)
        set_status(row, status, cancelled_by)
        s.flush()
        audit_sessions(s, actor, AuditAction.SESSION_MARK, "counseling_session", row.id,
                       member_ids_of(s, row.id), [f"status={status}"])
        shown = view(s, actor, row)
    db.notify(Change(ChangeKind.SESSION, (session_id,)))
    return shown


def _local_start(day: date) -> datetime:
    return to_db(datetime.combine(day, time(0), tzinfo=clock.zone()))


def _began(start: date, end: date) -> ColumnElement[bool]:
    """A session that began (the organisation's local day) from ``start`` to ``end``."""
    return and_(_CS.starts_at >= _local_start(start),
                _CS.starts_at < _local_start(end + timedelta(days=1)))


def member_attendance(db: Database, actor: Actor, member_id: int, start: date, end: date
                      ) -> AttendanceFigures:
    """A member's sessions that began from ``start`` to ``end`` (both included)."""
    require(db, actor, Action.SESSION_VIEW)
    with db.transaction() as s:
        return attendance_of(s, member_id, start, end)


def attendance_of(s: Session, member_id: int, start: date, end: date
                  ) -> AttendanceFigures:
    """:func:`member_attendance` in the unit of work ``s`` (the right checked)."""
    if s.get(Member, member_id) is None:
        raise NotFound(translate("errors", "This member no longer exists."))
    rows = s.execute(
        select(_CS.status, _CS.cancelled_by)
        .join(SessionParticipant, SessionParticipant.session_id == _CS.id)
        .where(SessionParticipant.member_id == member_id, _began(start, end))).all()
    counts: dict[str, int] = defaultdict(int)
    by: dict[str, int] = defaultdict(int)
    for status, canceller in rows:
        counts[status] += 1
        if status == SessionStatus.CANCELLED.value and canceller:
            by[canceller] += 1
    return AttendanceFigures(
        member_id=member_id, start=start, end=end,
        attended=counts[SessionStatus.COMPLETED.value],
        missed=counts[SessionStatus.NO_SHOW.value],
        cancelled=counts[SessionStatus.CANCELLED.value], cancelled_by=dict(by),
        scheduled=counts[SessionStatus.SCHEDULED.value])


def counselor_hours(db: Database, actor: Actor, start: date, end: date, *,
                    counselor_id: int | None = None) -> list[CounselorHours]:
    """Hours of completed sessions per counselor and month (by the local day a session
    began), from ``start`` to ``end``; by month, then counselor's name."""
    require(db, actor, Action.SESSION_VIEW)
    q = select(_CS.counselor_id, _CS.starts_at, _CS.ends_at).where(
        _CS.status == SessionStatus.COMPLETED.value, _began(start, end))
    if counselor_id is not None:
        q = q.where(_CS.counselor_id == counselor_id)
    with db.transaction() as s:
        rows = s.execute(q).all()
        names = counselor_names(s, {r[0] for r in rows})
    minutes: dict[tuple[date, int], float] = defaultdict(float)
    held: dict[tuple[date, int], int] = defaultdict(int)
    for counselor, begins, ends in rows:
        month = from_db(begins).date().replace(day=1)
        minutes[month, counselor] += (ends - begins).total_seconds() / 60
        held[month, counselor] += 1
    return sorted(
        (CounselorHours(c, names.get(c, ""), month, round(m / 60, 2), held[month, c])
         for (month, c), m in minutes.items()),
        key=lambda h: (h.month, h.counselor_name.casefold(), h.counselor_id))


def counseled_by_year(db: Database, actor: Actor, years: Sequence[int]) -> dict[int, int]:
    """For each of ``years``, how many different members came to a completed session
    that began in it (by the local day, as :func:`counselor_hours` counts its hours):
    the people a year's counseling hours are drawn from."""
    require(db, actor, Action.SESSION_VIEW)
    with db.transaction() as s:
        return {year: s.scalar(
            select(func.count(distinct(SessionParticipant.member_id)))
            .join(_CS, _CS.id == SessionParticipant.session_id)
            .where(_CS.status == SessionStatus.COMPLETED.value,
                   _began(date(year, 1, 1), date(year, 12, 31)))) or 0 for year in years}
