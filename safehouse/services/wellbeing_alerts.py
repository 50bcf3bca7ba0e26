"""Wellbeing alerts: a "yes" to the repatriation question, any answer above 0 on PHQ-9
item 9, or a score in an instrument's top band raises one (``wellbeing.
record_response``). Managers and counselors (and administrators) see the open ones on
the dashboard until one of them acknowledges it with a short note; who and when are
kept, and the acknowledgement is audited. The alert's kind and note are sealed under
the confidential key.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import ConflictError, NotFound, ValidationError, translate
from safehouse.models import Member, User
from safehouse.models.wellbeing import Alert, Response
from safehouse.services import audit
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.wellbeing import AlertInfo
from safehouse.services.input_rules import check_text
from safehouse.services.permissions import Action, require
from safehouse.storage import sealed
from safehouse.storage.db import Database

NOTE_LIMIT = 500


def _utc(at: datetime | None) -> datetime | None:
    return None if at is None else audit.utc(at)


def _infos(s: Session, rows: list[tuple[Alert, str, date]]) -> list[AlertInfo]:
    """The alerts with their response's instrument and date."""
    alerts = [a for a, _, _ in rows]
    if alerts and not sealed.can_open(s):
        raise sealed.withheld_error()
    member_ids = {a.member_id for a in alerts}
    members = {i: (code, name) for i, code, name in s.execute(
        select(Member.id, Member.code, Member.name).where(Member.id.in_(member_ids)))
               } if member_ids else {}
    user_ids = {a.acknowledged_by_id for a in alerts if a.acknowledged_by_id is not None}
    users = dict(s.execute(select(User.id, User.display_name).where(User.id.in_(user_ids)))
                 .all()) if user_ids else {}
    found = []
    for a, instrument, taken_on in rows:
        code, name = members[a.member_id]
        found.append(AlertInfo(
            id=a.id, response_id=a.response_id, member_id=a.member_id,
            member_code=code, member_name=name,
            instrument=instrument, taken_on=taken_on, kind=a.kind,
            raised_at=audit.utc(a.raised_at), acknowledged_at=_utc(a.acknowledged_at),
            acknowledged_by=users.get(a.acknowledged_by_id or 0, ""), note=a.note))
    return found


def _with_response() -> Select[Alert, str, date]:
    return (select(Alert, Response.instrument, Response.taken_on)
            .join(Response, Response.id == Alert.response_id))


def open_alerts(db: Database, actor: Actor) -> list[AlertInfo]:
    """Every alert not yet acknowledged, oldest response first (a list, not a member's
    record: not audited as a reading)."""
    actor = require(db, actor, Action.WELLBEING_ALERTS)
    with db.transaction() as s:
        rows = [(r[0], r[1], r[2]) for r in s.execute(
            _with_response().where(Alert.acknowledged_at.is_(None))
            .order_by(Response.taken_on, Alert.id))]
        return _infos(s, rows)


def member_alerts(db: Database, actor: Actor, member_id: int) -> list[AlertInfo]:
    """A member's alerts, open and acknowledged, newest first."""
    actor = require(db, actor, Action.WELLBEING_ALERTS)
    with db.transaction() as s:
        rows = [(r[0], r[1], r[2]) for r in s.execute(
            _with_response().where(Alert.member_id == member_id)
            .order_by(Response.taken_on.desc(), Alert.id.desc()))]
        return _infos(s, rows)


def acknowledge(db: Database, actor: Actor, alert_id: int, note: str) -> AlertInfo:
    """Close an open alert with a short note (required, at most 500 characters): who
    and when are recorded, and the acknowledgement is audited (without the note)."""
    actor = require(db, actor, Action.WELLBEING_ALERTS)
    note = note.strip()
    if not note:
        raise ValidationError(translate("errors", "Write a short note on what was done."),
                              field="note")
    if len(note) > NOTE_LIMIT:
        raise ValidationError(translate("errors", "The note is longer than {count} "
                                        "characters.").format(count=NOTE_LIMIT),
                              field="note")
    check_text(note, "note", multiline=True)
    with db.transaction() as s:
        alert = s.get(Alert, alert_id, with_for_update=True)
        if alert is None:
            raise NotFound(translate("errors", "This alert no longer exists."))
        if alert.acknowledged_at is not None:
            raise ConflictError(translate(
                "errors", "This alert was acknowledged already, by someone else or in "
                "another window."))
        if not sealed.can_open(s):
            raise sealed.withheld_error()
        alert.acknowledged_at = clock.utcnow()
        alert.acknowledged_by_id = actor.id
        alert.note = note
        s.flush()
        audit.record(s, actor, AuditAction.WELLBEING_ALERT_ACK, entity="wellbeing_alert",
                     entity_id=alert.id, member_id=alert.member_id, fields=["note"])
        response = s.get_one(Response, alert.response_id)
        (info,) = _infos(s, [(alert, response.instrument, response.taken_on)])
    db.notify(Change(ChangeKind.WELLBEING_ALERT, (alert_id,)))
    return info
