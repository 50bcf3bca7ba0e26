"""Care plans: each member's goals by area (safety, physical and emotional health,
spiritual life, housing, work, education, family, legal, finances), with a target date,
a status, and dated updates.

Everyone who sees members sees the goals and their statuses; the note of an update is
confidential (sealed under the confidential key, ``storage.sealed``): read only by the
roles that may see it (:data:`~safehouse.services.permissions.Field.CARE_PLAN_NOTES`),
and their opening is audited once (``Read.OPEN``, :mod:`safehouse.services.reading`).

A goal is *overdue* when its target date has passed and it is neither achieved nor set
aside. A goal's status changes with an update (which keeps the status before it), so
its history says when it moved.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement, false, select
from sqlalchemy.orm import Session, selectinload

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import NotFound, ValidationError, ValidationErrors, translate
from safehouse.models import (
    CareGoal,
    CareGoalUpdate,
    CounselingSession,
    Member,
    Role,
    SessionParticipant,
    User,
)
from safehouse.models.care import CLOSED_STATUSES
from safehouse.services import audit, versions
from safehouse.services.care_rules import goal_problems, is_overdue, update_problems
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.care_plans import (
    AREAS,
    CareGoalInfo,
    CarePlan,
    GoalInput,
    GoalUpdateInfo,
    OverdueGoal,
    OverdueGoals,
    UpdateInput,
)
from safehouse.services.members import get_by_id
from safehouse.services.permissions import Action, Field, can_see, require
from safehouse.services.reading import Read, record_read
from safehouse.services.session_store import own_counselor_id, to_db
from safehouse.storage import sealed
from safehouse.storage.db import Database

__all__ = ["add_goal", "add_update", "edit_goal", "goal_problems", "member_plan",
           "overdue_goals", "update_problems"]


def _raise(problems: list[ValidationError]) -> None:
    if problems:
        raise problems[0] if len(problems) == 1 else ValidationErrors(problems)


def _names(s: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(s.execute(select(User.id, User.display_name).where(User.id.in_(wanted))).all())


def _update_info(u: CareGoalUpdate, names: dict[int, str], show_note: bool) -> GoalUpdateInfo:
    return GoalUpdateInfo(
        id=u.id, goal_id=u.goal_id, day=u.day, status=u.status, status_before=u.status_before,
        note=u.note if show_note else "",
        author=names.get(u.author_id, "") if u.author_id is not None else "",
        recorded_at=u.recorded_at)


def _goal_info(g: CareGoal, on: date, names: dict[int, str], show_notes: bool,
               start: date | None = None, end: date | None = None) -> CareGoalInfo:
    updates = [u for u in g.updates
               if (start is None or u.day >= start) and (end is None or u.day <= end)]
    return CareGoalInfo(
        id=g.id, member_id=g.member_id, area=g.area, text=g.text, target_on=g.target_on,
        status=g.status, created_on=g.created_at.astimezone(clock.zone()).date(),
        overdue=is_overdue(g.target_on, g.status, on),
        last_update_on=g.updates[-1].day if g.updates else None,
        updates=tuple(_update_info(u, names, show_notes) for u in updates),
        version=g.version)


def _seen(g: CareGoalInfo) -> dict[str, object]:
    return {"area": g.area, "text": g.text, "target_on": g.target_on, "status": g.status}


def _sort_key(g: CareGoal) -> tuple[int, date, int]:
    area = AREAS.index(g.area) if g.area in AREAS else len(AREAS)
    return area, g.target_on or date.max, g.id


def _shows_notes(s: Session, actor: Actor) -> bool:
    return can_see(actor, Field.CARE_PLAN_NOTES) and sealed.can_open(s)


def _goal(s: Session, goal_id: int) -> CareGoal:
    goal = s.get(CareGoal, goal_id)
    if goal is None:
        raise NotFound(translate("errors", "This care-plan goal no longer exists."))
    return goal


def _held(s: Session, actor: Actor, goal_id: int, read: CareGoalInfo | None) -> CareGoal:
    """The goal, locked; refused when someone else saved it since ``read``."""
    return versions.hold_read(s, CareGoal, goal_id, translate(
        "errors", "This care-plan goal no longer exists."), read,
        lambda g: _one(s, actor, g), _seen)


def _one(s: Session, actor: Actor, goal: CareGoal) -> CareGoalInfo:
    s.flush()
    s.refresh(goal)
    ids: set[int | None] = {u.author_id for u in goal.updates}
    return _goal_info(goal, clock.today(), _names(s, ids), _shows_notes(s, actor))


# --- reading ----------------------------------------------------------------------------


def member_plan(db: Database, actor: Actor, member_id: int, *, purpose: Read,
                start: date | None = None, end: date | None = None) -> CarePlan:
    """A member's care plan today: every goal (by area, then target date), each with its
    updates from ``start`` to ``end`` (both included; None: from the first, to the last).

    The notes of updates are "" for a reader who may not see them (``notes_shown``
    False). ``purpose``: ``Read.OPEN`` when a person chose to look at the plan (audited
    once, when the notes are shown), ``Read.REFRESH`` otherwise — a view shown again, or
    a report reading what it prints (see :mod:`safehouse.services.reading`)."""
    if not isinstance(purpose, Read):
        raise TypeError(f"purpose must be a Read, not {type(purpose).__name__}")
    actor = require(db, actor, Action.CARE_PLAN_VIEW)
    with db.transaction() as s:
        return plan_of(s, actor, member_id, purpose=purpose, start=start, end=end)


def plan_of(s: Session, actor: Actor, member_id: int, *, purpose: Read,
            start: date | None = None, end: date | None = None) -> CarePlan:
    """:func:`member_plan` in the unit of work ``s`` (``actor`` as checked there)."""
    today = clock.today()
    member = get_by_id(s, member_id)
    goals = sorted(s.scalars(
        select(CareGoal).where(CareGoal.member_id == member_id)
        .options(selectinload(CareGoal.updates))), key=_sort_key)
    shown = _shows_notes(s, actor)
    names = _names(s, {u.author_id for g in goals for u in g.updates})
    plan = CarePlan(
        member_id=member.id, member_code=member.code, member_name=member.name, on=today,
        goals=tuple(_goal_info(g, today, names, shown, start, end) for g in goals),
        notes_shown=shown)
    if shown:
        record_read(s, actor, purpose, AuditAction.CARE_PLAN_VIEW, member_id=member_id)
    return plan


# A counselor counsels the members of her sessions that began in the last year or are
# still to come (any status: a session cancelled or missed still says whose she is).
COUNSELED_DAYS = 365


def _counseled(s: Session, actor: Actor) -> tuple[str, ColumnElement[bool] | None]:
    """Whose goals a reader is shown: everyone's (managers, administrators), or the
    members a counselor counsels (an unlisted counselor: nobody's)."""
    if actor.role != Role.COUNSELOR.value:
        return "all", None
    own = own_counselor_id(s, actor)
    if own is None:
        return "unlisted", false()
    since = to_db(clock.now() - timedelta(days=COUNSELED_DAYS))
    theirs = (select(SessionParticipant.member_id)
              .join(CounselingSession, CounselingSession.id == SessionParticipant.session_id)
              .where(CounselingSession.counselor_id == own,
                     CounselingSession.starts_at >= since))
    return "mine", Member.id.in_(theirs)


def overdue_goals(db: Database, actor: Actor, on: date | None = None) -> OverdueGoals:
    """The goals past their target date on ``on`` (today) and neither achieved nor set
    aside, the longest overdue first.

    Managers and administrators see every member's. A counselor sees those of the
    members she counsels: in a session of hers that began in the last
    :data:`COUNSELED_DAYS` days or is booked to come (``scope`` "mine"); one who is not
    on the counselors' list sees none (``scope`` "unlisted")."""
    actor = require(db, actor, Action.CARE_PLAN_VIEW)
    on = on or clock.today()
    with db.transaction() as s:
        scope, among = _counseled(s, actor)
        q = (select(CareGoal, Member.code, Member.name)
             .join(Member, Member.id == CareGoal.member_id)
             .where(CareGoal.target_on.is_not(None), CareGoal.target_on < on,
                    CareGoal.status.not_in(CLOSED_STATUSES)))
        if among is not None:
            q = q.where(among)
        rows = s.execute(q.order_by(CareGoal.target_on, Member.code, CareGoal.id)).all()
        goals = tuple(
            OverdueGoal(goal_id=g.id, member_id=g.member_id, member_code=code,
                        member_name=name, area=g.area, text=g.text, target_on=g.target_on,
                        status=g.status, days_overdue=(on - g.target_on).days)
            for g, code, name in rows if g.target_on is not None)
    return OverdueGoals(on=on, goals=goals, scope=scope)


# --- writing ----------------------------------------------------------------------------


def add_goal(db: Database, actor: Actor, member_id: int, data: GoalInput) -> CareGoalInfo:
    """Add a goal to a member's plan."""
    actor = require(db, actor, Action.CARE_PLAN_EDIT)
    data = GoalInput(area=data.area, text=data.text.strip(), target_on=data.target_on,
                     status=data.status)
    _raise(goal_problems(data))
    with db.transaction() as s:
        member = get_by_id(s, member_id)
        goal = CareGoal(member_id=member.id, area=data.area, text=data.text,
                        target_on=data.target_on, status=data.status,
                        created_at=clock.utcnow(), created_by_id=actor.id)
        s.add(goal)
        s.flush()
        audit.record(s, actor, AuditAction.CARE_GOAL_CREATE, entity="care_goal",
                     entity_id=goal.id, member_id=member.id,
                     fields=["area", "text", "target_on", "status"])
        info = _one(s, actor, goal)
    db.notify(Change(ChangeKind.CARE_PLAN, (info.id,)))
    return info


def edit_goal(db: Database, actor: Actor, goal_id: int, data: GoalInput, *,
              read: CareGoalInfo | None = None) -> CareGoalInfo:
    """Correct a goal's area, text and target date (its status changes with an update:
    ``data.status`` is not used here). ``read``: the goal as the form showed it; when
    someone else saved it since, nothing is saved (``StaleRecord``:
    :mod:`safehouse.services.versions`)."""
    actor = require(db, actor, Action.CARE_PLAN_EDIT)
    with db.transaction() as s:
        goal = _held(s, actor, goal_id, read)
        data = GoalInput(area=data.area, text=data.text.strip(), target_on=data.target_on,
                         status=goal.status)
        _raise(goal_problems(data))
        changed = [name for name, old, new in (
            ("area", goal.area, data.area), ("text", goal.text, data.text),
            ("target_on", goal.target_on, data.target_on)) if old != new]
        goal.area, goal.text, goal.target_on = data.area, data.text, data.target_on
        if changed:
            audit.record(s, actor, AuditAction.CARE_GOAL_UPDATE, entity="care_goal",
                         entity_id=goal.id, member_id=goal.member_id, fields=changed)
        info = _one(s, actor, goal)
    if changed:
        db.notify(Change(ChangeKind.CARE_PLAN, (info.id,)))
    return info


def add_update(db: Database, actor: Actor, goal_id: int, data: UpdateInput, *,
               read: CareGoalInfo | None = None) -> GoalUpdateInfo:
    """Add a dated update to a goal: a note (sealed), and the goal's status from then on
    (``data.status``; None: unchanged). A status changes only with an update dated on
    or after the goal's latest, so that the goal's status is always its latest word.
    ``read``: the goal as the form showed it; when someone else saved it since, nothing
    is added (``StaleRecord``: :mod:`safehouse.services.versions`)."""
    actor = require(db, actor, Action.CARE_PLAN_EDIT)
    data = UpdateInput(day=data.day, note=data.note.strip(), status=data.status)
    with db.transaction() as s:
        goal = _held(s, actor, goal_id, read)
        latest = goal.updates[-1].day if goal.updates else None
        _raise(update_problems(data, goal.status, clock.today(), latest))
        if data.note and not sealed.can_open(s):
            raise sealed.withheld_error()
        update = CareGoalUpdate(day=data.day, status=data.status or goal.status,
                                status_before=goal.status, note=data.note,
                                author_id=actor.id, recorded_at=clock.utcnow())
        goal.updates.append(update)
        goal.status = update.status
        s.flush()
        fields = ["day"] + (["note"] if data.note else []) + (
            ["status"] if update.status != update.status_before else [])
        audit.record(s, actor, AuditAction.CARE_UPDATE_CREATE, entity="care_goal_update",
                     entity_id=update.id, member_id=goal.member_id, fields=fields)
        info = _update_info(update, _names(s, {actor.id}), _shows_notes(s, actor))
    db.notify(Change(ChangeKind.CARE_PLAN, (goal_id,)))
    return info
