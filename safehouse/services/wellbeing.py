"""Wellbeing responses: record one (scored, banded, alerts raised), list a member's,
open one, remove one recorded by mistake, and follow a member's trend per instrument.

Who sees what: every role sees that a check-in or screening happened (which instrument,
when); administrators, managers and counselors also see its answers and score
(:data:`~safehouse.services.permissions.Field.SCREENING_RESULTS`, sealed under the
confidential key; :data:`~Field.CHECKIN_ANSWERS`, the yearly check-in's plain answers).
A reading that shows answers or scores takes ``purpose`` (:mod:`safehouse.services.
reading`): ``Read.OPEN`` writes one audit line.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import NotFound, PermissionDenied, ValidationError, translate
from safehouse.models import User
from safehouse.models.wellbeing import Alert, InstrumentCode, Response
from safehouse.services import audit
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.wellbeing import (
    BandLine,
    RecordedResponse,
    ResponseInfo,
    ResponseInput,
    Trend,
    TrendPoint,
)
from safehouse.services.input_rules import check_date
from safehouse.services.instruments import INSTRUMENTS, Instrument
from safehouse.services.members import get_by_id
from safehouse.services.permissions import Action, Field, can_see, require
from safehouse.services.reading import Read, record_read
from safehouse.storage import sealed
from safehouse.storage.db import Database


def sees_results(actor: Actor) -> bool:
    """Whether this reader sees screening answers and scores."""
    return can_see(actor, Field.SCREENING_RESULTS)


def instrument_of(code: str, field: str = "instrument") -> Instrument:
    """The instrument stored as ``code``; a ValidationError naming ``field`` if none."""
    try:
        return INSTRUMENTS[InstrumentCode(code)]
    except ValueError:
        raise ValidationError(translate("errors", "There is no questionnaire called "
                                        "{code}.").format(code=code[:20]),
                              field=field) from None


def response_info(r: Response, actor: Actor, member_code: str, recorder: str = ""
                  ) -> ResponseInfo:
    """The response as ``actor`` may see it (answers and score blank for staff)."""
    inst = INSTRUMENTS[InstrumentCode(r.instrument)]
    shown = (can_see(actor, Field.SCREENING_RESULTS) if inst.screening
             else can_see(actor, Field.CHECKIN_ANSWERS))
    answers = r.answers if shown else ()
    if shown and not answers:  # sealed, and this session holds no key
        shown = False
    score = (r.score if inst.scored else None) if shown else None
    return ResponseInfo(
        id=r.id, member_id=r.member_id, member_code=member_code, instrument=r.instrument,
        taken_on=r.taken_on, answers=answers, score=score,
        band=r.band if shown else "",
        alerts=tuple(inst.score(answers).alerts) if shown else (),
        withheld=not shown, recorded_by=recorder)


def _recorders(s: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(s.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
                .all())


def record_response(db: Database, actor: Actor, data: ResponseInput) -> RecordedResponse:
    """Record a response: checked against its instrument (every answer present and on
    its scale), scored, banded; each alert it raises is stored, open. A screening's
    answers, score and band are sealed under the confidential key.

    Raises ValidationErrors naming each item at fault (``field``: the item's key),
    ValidationError for the instrument or the date.
    """
    actor = require(db, actor, Action.WELLBEING_RECORD)
    inst = instrument_of(data.instrument)
    check_date(data.taken_on, "taken_on")
    if data.taken_on > clock.today():
        raise ValidationError(translate("errors", "The date {day} is in the future.")
                              .format(day=data.taken_on.isoformat()), field="taken_on")
    result = inst.score(data.answers)
    answers = inst.check(data.answers)
    with db.transaction() as s:
        member = get_by_id(s, data.member_id)
        if inst.screening and not sealed.can_open(s):
            raise sealed.withheld_error()
        response = Response(member_id=member.id, instrument=inst.code.value,
                            taken_on=data.taken_on, recorded_at=clock.utcnow(),
                            recorded_by_id=actor.id)
        if inst.screening:
            response.set_screening(answers, result.score,
                                   result.band.code if result.band else "")
        else:
            response.health, response.repatriation_threat = answers[0], answers[1] == 1
        s.add(response)
        s.flush()
        alerts = []
        for kind in result.alerts:
            alert = Alert(response_id=response.id, member_id=member.id,
                          raised_at=response.recorded_at)
            alert.kind = kind.value
            s.add(alert)
            alerts.append(alert)
        s.flush()
        audit.record(s, actor, AuditAction.WELLBEING_RECORD, entity="wellbeing_response",
                     entity_id=response.id, member_id=member.id, fields=["answers"])
        info = response_info(response, actor, member.code, actor.display_name)
        alert_ids = tuple(a.id for a in alerts)
    db.notify(Change(ChangeKind.WELLBEING_RESPONSE, (info.id,)))
    if alert_ids:
        db.notify(Change(ChangeKind.WELLBEING_ALERT, alert_ids))
    return RecordedResponse(info, alert_ids)


def list_responses(db: Database, actor: Actor, member_id: int, *, purpose: Read
                   ) -> list[ResponseInfo]:
    """A member's responses, newest first, as the reader may see them. ``purpose``:
    ``Read.OPEN`` when a person chose to look (audited once, if answers are shown)."""
    actor = require(db, actor, Action.WELLBEING_VIEW)
    with db.transaction() as s:
        return responses_of(s, actor, member_id, purpose=purpose)


def responses_of(s: Session, actor: Actor, member_id: int, *, purpose: Read
                 ) -> list[ResponseInfo]:
    """:func:`list_responses` in the unit of work ``s`` (``actor`` as checked there)."""
    member = get_by_id(s, member_id)
    rows = list(s.scalars(select(Response).where(Response.member_id == member_id)
                          .order_by(Response.taken_on.desc(), Response.id.desc())))
    names = _recorders(s, (r.recorded_by_id for r in rows))
    result = [response_info(r, actor, member.code, names.get(r.recorded_by_id or 0, ""))
              for r in rows]
    if sees_results(actor):
        record_read(s, actor, purpose, AuditAction.WELLBEING_VIEW, member_id=member_id)
    return result


def get_response(db: Database, actor: Actor, response_id: int, *, purpose: Read
                 ) -> ResponseInfo:
    """One response, as the reader may see it; ``Read.OPEN`` audits the opening."""
    actor = require(db, actor, Action.WELLBEING_VIEW)
    with db.transaction() as s:
        r = s.get(Response, response_id)
        if r is None:
            raise NotFound(translate("errors", "This check-in no longer exists."))
        member = get_by_id(s, r.member_id)
        names = _recorders(s, (r.recorded_by_id,))
        info = response_info(r, actor, member.code, names.get(r.recorded_by_id or 0, ""))
        if not info.withheld:
            record_read(s, actor, purpose, AuditAction.WELLBEING_VIEW,
                        member_id=r.member_id, entity="wellbeing_response",
                        entity_id=r.id)
        return info


def remove_response(db: Database, actor: Actor, response_id: int) -> None:
    """Remove a response recorded by mistake, with its alerts."""
    actor = require(db, actor, Action.WELLBEING_RECORD)
    with db.transaction() as s:
        r = s.get(Response, response_id)
        if r is None:
            raise NotFound(translate("errors", "This check-in no longer exists."))
        member_id = r.member_id
        alert_ids = tuple(a.id for a in r.alerts)
        s.delete(r)
        audit.record(s, actor, AuditAction.WELLBEING_DELETE, entity="wellbeing_response",
                     entity_id=response_id, member_id=member_id)
    db.notify(Change(ChangeKind.WELLBEING_RESPONSE, (response_id,)))
    if alert_ids:
        db.notify(Change(ChangeKind.WELLBEING_ALERT, alert_ids))


def trends(db: Database, actor: Actor, member_id: int, *, purpose: Read
           ) -> tuple[Trend, ...]:
    """A member's trend for each instrument she has answered (in the order of
    ``INSTRUMENTS``): dates and scores, oldest first, with each instrument's range and
    bands. The yearly check-in's trend is its health answer (1-5). ``Read.OPEN``
    audits the reading."""
    actor = require(db, actor, Action.WELLBEING_RESULTS)
    with db.transaction() as s:
        get_by_id(s, member_id)
        if not sealed.can_open(s):
            raise PermissionDenied(translate(
                "errors", "Your account does not hold the key to the screenings' answers, "
                "so it cannot show their scores. Ask an administrator to give it to you."))
        rows = s.scalars(select(Response).where(Response.member_id == member_id)
                         .order_by(Response.taken_on, Response.id))
        points: dict[str, list[TrendPoint]] = {}
        for r in rows:
            inst = INSTRUMENTS[InstrumentCode(r.instrument)]
            answers = r.answers
            if not answers:
                continue
            points.setdefault(r.instrument, []).append(TrendPoint(
                response_id=r.id, taken_on=r.taken_on, value=inst.trend_value(answers),
                band=r.band))
        record_read(s, actor, purpose, AuditAction.WELLBEING_VIEW, member_id=member_id)
    found = []
    for code, inst in INSTRUMENTS.items():
        if code.value not in points:
            continue
        low, high = inst.trend_range
        found.append(Trend(
            instrument=code.value, low=low, high=high,
            bands=tuple(BandLine(b.code, b.low, b.high) for b in inst.bands),
            points=tuple(points[code.value])))
    return tuple(found)

