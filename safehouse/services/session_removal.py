"""Cancelling and deleting sessions: one occurrence, this one and the following, or the
whole series. Cancelling one or deleting one never removes the others.

- Cancel: the scheduled sessions in scope are marked cancelled (by the member, the
  counselor or the house) and kept, so that attendance counts them; those already
  marked keep their mark.
- Delete: one occurrence goes and its day is kept as the series' EXDATE; "this and
  following" ends the series the day before (UNTIL); the whole series goes with its
  sessions. Sessions held or missed (completed, no-show: attendance history, maybe
  with notes) stay, as single sessions; one of them is deleted on its own (scope ONE).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import ValidationError, translate
from safehouse.models import CounselingSession, SessionSeries, SessionStatus
from safehouse.services import recurrence
from safehouse.services import session_series as store
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import Scope, SessionView
from safehouse.services.permissions import Action, require
from safehouse.services.session_marks import CANCELLERS, set_status
from safehouse.services.session_store import check_own, held, member_ids_of
from safehouse.services.sessions import audit_sessions
from safehouse.storage.db import Database


def _in_scope(s: Session, row: CounselingSession, scope: Scope
              ) -> tuple[SessionSeries | None, list[CounselingSession]]:
    series = s.get(SessionSeries, row.series_id) if row.series_id else None
    if series is None or scope is Scope.ONE:
        return series, [row]
    rows = store.rows_of(s, series.id, lock=True)
    if scope is Scope.ALL:
        return series, rows
    day = store.original_day(row, series)
    return series, [r for r in rows if store.original_day(r, series) >= day]


def cancel(db: Database, actor: Actor, session_id: int, cancelled_by: str,
           scope: Scope = Scope.ONE, *, read: SessionView | None = None) -> list[int]:
    """Cancel the session, or it and the following, or the series; returns the ids of
    the sessions cancelled. ``read``: the session as the person saw it; when someone
    else saved it since, nothing is cancelled (``StaleRecord``)."""
    actor = require(db, actor, Action.SESSION_BOOK)
    if cancelled_by not in CANCELLERS:
        raise ValidationError(translate(
            "errors", "Say who cancelled: the member, the counselor or the house."),
            field="cancelled_by")
    with db.transaction() as s:
        row = held(s, actor, session_id, read)
        _, rows = _in_scope(s, row, scope)
        check_own(s, actor, *(r.counselor_id for r in rows))
        done = [r for r in rows if r.status == SessionStatus.SCHEDULED.value
                or r.id == row.id]
        for r in done:
            set_status(r, SessionStatus.CANCELLED.value, cancelled_by)
        s.flush()
        entity, entity_id = (("counseling_session", row.id) if len(done) == 1
                             else ("session_series", row.series_id or row.id))
        audit_sessions(s, actor, AuditAction.SESSION_CANCEL, entity, entity_id,
                       member_ids_of(s, row.id),
                       [f"scope={scope.value}", f"sessions={len(done)}"])
        ids = [r.id for r in done]
    db.notify(Change(ChangeKind.SESSION, tuple(ids)))
    return ids


def delete(db: Database, actor: Actor, session_id: int, scope: Scope = Scope.ONE, *,
           read: SessionView | None = None) -> list[int]:
    """Delete the session, or it and the following, or the whole series; returns the
    ids of the sessions deleted. ``read``: the session as the person saw it; when
    someone else saved it since, nothing is deleted (``StaleRecord``)."""
    actor = require(db, actor, Action.SESSION_BOOK)
    with db.transaction() as s:
        row = held(s, actor, session_id, read)
        members = member_ids_of(s, row.id)
        series, rows = _in_scope(s, row, scope)
        check_own(s, actor, *(r.counselor_id for r in rows))
        before = {r.id for r in store.rows_of(s, series.id)} if series else {row.id}
        if series is None or scope is Scope.ONE:
            if series is not None:
                gone = recurrence.parse_exdates(series.exdates)
                series.exdates = recurrence.format_exdates(
                    gone | {store.original_day(row, series)})
            s.delete(row)
            s.flush()
            deleted = [row.id]
        else:
            first = min(store.original_day(r, series) for r in store.rows_of(s, series.id))
            day = store.original_day(row, series)
            if scope is Scope.ALL or day <= first:
                for r in store.rows_of(s, series.id):
                    if store.held(r):
                        r.series_id, r.original_start, r.departs = None, None, ""
                    else:
                        s.delete(r)
                s.flush()
                s.delete(series)
                s.flush()
                deleted = sorted(before - {r.id for r in rows if store.held(r)})
            else:
                series.rrule = recurrence.ending_before(series.rrule, day, store.zone_of(series))
                series.exdates = recurrence.format_exdates(
                    {d for d in recurrence.parse_exdates(series.exdates) if d < day})
                s.flush()
                store.regenerate(s, series)  # those after go, but for history
                s.flush()
                deleted = sorted(i for i in before if s.get(CounselingSession, i) is None)
        entity, entity_id = (("counseling_session", row.id) if series is None
                             or scope is Scope.ONE else ("session_series", series.id))
        audit_sessions(s, actor, AuditAction.SESSION_DELETE, entity, entity_id, members,
                       [f"scope={scope.value}", f"sessions={len(deleted)}"])
    db.notify(Change(ChangeKind.SESSION, tuple(deleted)))
    return deleted
