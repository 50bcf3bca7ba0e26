"""The community's goal and its growth: size over time (from the membership periods),
the straight path from the goal's start to its band, and when the trend reaches it.

The projection is a least-squares line through the community's size on each day of a
window (by default the last six months): with a slope of zero or less, or a day more
than ten years off, a target is "not reached at this rate".
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import NotFound, ValidationError, ValidationErrors, translate
from safehouse.models import CommunityGoal
from safehouse.services import audit, membership
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.community import (
    DEFAULT_YEARS,
    GoalInfo,
    GoalInput,
    Growth,
    Movement,
    Projection,
    SizePoint,
    TargetProjection,
)
from safehouse.services.input_rules import date_error, text_error
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

MAX_TARGET = 10_000
HORIZON_YEARS = 10
DEFAULT_WINDOW_MONTHS = 6
DAYS_PER_MONTH = 30.44
MAX_POINTS = 400  # the chart's steps: a week apart, or more over a long range


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later (29 February: the 28th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later or earlier, kept within the month."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    for last in (31, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _info(g: CommunityGoal) -> GoalInfo:
    return GoalInfo(id=g.id, target_low=g.target_low, target_high=g.target_high,
                    start_on=g.start_on, due_on=g.due_on, note=g.note)


# --- goals ------------------------------------------------------------------------------


def goal_problems(data: GoalInput) -> list[ValidationError]:
    """What is wrong with a goal as entered (the form checks as you type with this)."""
    found: list[ValidationError] = []
    if not 1 <= data.target_low <= MAX_TARGET:
        found.append(ValidationError(translate(
            "errors", "The lower target must be between 1 and {most} members.")
            .format(most=MAX_TARGET), field="target_low"))
    if not 1 <= data.target_high <= MAX_TARGET or data.target_high < data.target_low:
        found.append(ValidationError(translate(
            "errors", "The upper target must be at least the lower target ({low}).")
            .format(low=data.target_low), field="target_high"))
    dates_wrong = False
    for value, name in ((data.start_on, "start_on"), (data.due_on, "due_on")):
        error = date_error(value, name)
        if error is not None:
            found.append(error)
            dates_wrong = True
    # (two years after a start past 2100 may be past the last day a date can hold)
    due = None if dates_wrong else data.due_on or add_years(data.start_on, DEFAULT_YEARS)
    if due is not None and due <= data.start_on:
        found.append(ValidationError(translate(
            "errors", "The goal must be due after its start ({start}).")
            .format(start=data.start_on.isoformat()), field="due_on"))
    error = text_error(data.note, "note", multiline=True)
    if error is not None:
        found.append(error)
    return found


def save_goal(db: Database, actor: Actor, data: GoalInput, goal_id: int | None = None
              ) -> GoalInfo:
    """Set a new goal (``goal_id`` None) or correct one; earlier goals are kept."""
    actor = require(db, actor, Action.GOAL_EDIT)
    data = GoalInput(start_on=data.start_on, target_low=data.target_low,
                     target_high=data.target_high, due_on=data.due_on,
                     note=data.note.strip())
    problems = goal_problems(data)
    if problems:
        raise problems[0] if len(problems) == 1 else ValidationErrors(problems)
    due = data.due_on or add_years(data.start_on, DEFAULT_YEARS)
    with db.transaction() as s:
        if goal_id is None:
            goal = CommunityGoal(target_low=data.target_low, target_high=data.target_high,
                                 start_on=data.start_on, due_on=due, note=data.note)
            s.add(goal)
        else:
            found = s.get(CommunityGoal, goal_id)
            if found is None:
                raise NotFound(translate("errors", "This goal no longer exists."))
            goal = found
            goal.target_low, goal.target_high = data.target_low, data.target_high
            goal.start_on, goal.due_on, goal.note = data.start_on, due, data.note
        s.flush()
        audit.record(s, actor, AuditAction.GOAL_SAVE, entity="community_goal",
                     entity_id=goal.id)
        info = _info(goal)
    db.notify(Change(ChangeKind.GOAL, (info.id,)))
    return info


def list_goals(db: Database, actor: Actor) -> list[GoalInfo]:
    """Every goal, the current (latest start) first."""
    require(db, actor, Action.COMMUNITY_VIEW)
    with db.transaction() as s:
        return [_info(g) for g in s.scalars(
            select(CommunityGoal).order_by(CommunityGoal.start_on.desc(),
                                           CommunityGoal.id.desc()))]


def current_goal(db: Database, actor: Actor) -> GoalInfo | None:
    """The goal that started last (None before any is set)."""
    goals = list_goals(db, actor)
    return goals[0] if goals else None


# --- the trend --------------------------------------------------------------------------


def _fit(days: list[date], sizes: list[int]) -> tuple[float, float]:
    """Least squares: (size at ``days[0]``, members a day)."""
    xs = [(d - days[0]).days for d in days]
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(sizes) / n
    var = sum((x - mean_x) ** 2 for x in xs)
    if var == 0:
        return mean_y, 0.0
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, sizes, strict=True)) / var
    return mean_y - slope * mean_x, slope


def _reach(target: int, size_today: int, at_today: float, slope: float,
           today: date) -> TargetProjection:
    if size_today >= target:
        return TargetProjection(target, reached=True, on=None)
    if slope <= 0:
        return TargetProjection(target, reached=False, on=None)
    days = max(1, round((target - at_today) / slope))
    if days > HORIZON_YEARS * 366:
        return TargetProjection(target, reached=False, on=None)
    return TargetProjection(target, reached=False, on=today + timedelta(days=days))


def project(days: list[date], sizes: list[int], today: date, low: int, high: int
            ) -> Projection:
    """The projection from the sizes on ``days`` (the window, one a day, today last)."""
    base, slope = _fit(days, sizes)
    at_today = base + slope * (today - days[0]).days
    low_p = _reach(low, sizes[-1], at_today, slope, today)
    high_p = _reach(high, sizes[-1], at_today, slope, today)
    line_end = high_p.on or low_p.on or today
    line = (SizePoint(days[0], base),
            SizePoint(line_end, base + slope * (line_end - days[0]).days))
    return Projection(window_start=days[0], window_end=days[-1],
                      per_month=slope * DAYS_PER_MONTH, low=low_p, high=high_p, line=line)


def _steps(start: date, end: date) -> list[date]:
    span = (end - start).days
    step = max(7, -(-span // MAX_POINTS))
    days = [start + timedelta(days=i) for i in range(0, span + 1, step)]
    if days[-1] != end:
        days.append(end)
    return days


def growth(db: Database, actor: Actor, *, window_months: int = DEFAULT_WINDOW_MONTHS,
           start: date | None = None, end: date | None = None) -> Growth:
    """The chart of the community's size: from ``start`` (the current goal's start, or
    two years ago) to ``end`` (today, or later to show the goal's due day), the path to
    the goal's band, and the projection from the last ``window_months`` months."""
    require(db, actor, Action.COMMUNITY_VIEW)
    if not 1 <= window_months <= 120:
        raise ValidationError(translate(
            "errors", "The trend's window must be from 1 to 120 months."),
            field="window_months")
    goal = current_goal(db, actor)
    today = clock.today()
    start = start or (goal.start_on if goal else add_years(today, -DEFAULT_YEARS))
    start = min(start, today)
    end = end or max(today, goal.due_on if goal else today)
    window_start = max(add_months(today, -window_months), date(1900, 1, 1))
    window = [window_start + timedelta(days=i)
              for i in range((today - window_start).days + 1)]
    steps = [d for d in _steps(start, end) if d <= today]
    if not steps or steps[-1] != today:
        steps.append(today)
    goal_start = [goal.start_on] if goal else []
    with db.transaction() as s:
        sizes = membership.size_series(s, [*steps, *window, *goal_start])
    chart, trend = sizes[: len(steps)], sizes[len(steps):len(steps) + len(window)]
    low, high = (goal.target_low, goal.target_high) if goal else (15, 20)
    path_low: tuple[SizePoint, ...] = ()
    path_high: tuple[SizePoint, ...] = ()
    if goal is not None:
        at_start = sizes[-1]
        path_low = (SizePoint(goal.start_on, at_start), SizePoint(goal.due_on, low))
        path_high = (SizePoint(goal.start_on, at_start), SizePoint(goal.due_on, high))
    return Growth(
        goal=goal, start=start, end=end, today=today, size_today=chart[-1],
        points=tuple(SizePoint(d, n) for d, n in zip(steps, chart, strict=True)),
        path_low=path_low, path_high=path_high,
        projection=project(window, trend, today, low, high),
    )


def joins_and_leaves(db: Database, actor: Actor, start: date, end: date
                     ) -> list[Movement]:
    """Who joined (or came back) and who left from ``start`` to ``end``, by day."""
    require(db, actor, Action.COMMUNITY_VIEW)
    if end < start:
        raise ValidationError(translate(
            "errors", "The period ends ({end}) before it starts ({start}).")
            .format(end=end.isoformat(), start=start.isoformat()), field="end")
    with db.transaction() as s:
        return [Movement(member_id=m.id, code=m.code, name=m.name,
                         day=p.start_on if joined else p.end_on or p.start_on,
                         joined=joined, came_back=back,
                         ended_as=None if joined else p.ended_as)
                for m, p, joined, back in membership.movements(s, start, end)]
