"""Care plans as the services hand them out: a member's goals by area, with their dated
updates (whose notes only the holders of the confidential key read)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from safehouse.models.care import CareArea, GoalStatus

AREAS: tuple[str, ...] = tuple(a.value for a in CareArea)  # in the order a plan shows
STATUSES: tuple[str, ...] = tuple(s.value for s in GoalStatus)


@dataclass(frozen=True)
class GoalInput:
    """A new goal, or a goal's corrected area, text and target date. ``status``: where
    a new goal starts (a goal's later statuses come with its updates)."""

    area: str
    text: str
    target_on: date | None = None
    status: str = GoalStatus.NOT_STARTED.value


@dataclass(frozen=True)
class UpdateInput:
    """An update of a goal on ``day``: a note, and the goal's status from then on
    (None: as it was)."""

    day: date
    note: str = ""
    status: str | None = None


@dataclass(frozen=True)
class GoalUpdateInfo:
    """An update: on ``day``, by ``author`` (her name; "" when the account is gone),
    recorded at ``recorded_at``; the goal's status then and before. ``note`` is "" for
    a reader who may not see it (the plan's ``notes_shown`` says which)."""

    id: int
    goal_id: int
    day: date
    status: str
    status_before: str
    note: str
    author: str
    recorded_at: datetime

    @property
    def changed_status(self) -> bool:
        return self.status != self.status_before


@dataclass(frozen=True)
class CareGoalInfo:
    """A goal of a member's plan as on ``CarePlan.on``: ``overdue`` when its target
    date has passed and it is neither achieved nor set aside. ``updates``: the earliest
    first (within the period asked for, if one was)."""

    id: int
    member_id: int
    area: str
    text: str
    target_on: date | None
    status: str
    created_on: date
    overdue: bool
    last_update_on: date | None
    updates: tuple[GoalUpdateInfo, ...]
    version: int = 1  # the record's version when read (services.versions)


@dataclass(frozen=True)
class CarePlan:
    """A member's care plan on ``on`` (today): her goals by area (in the order of
    ``AREAS``), then target date, then when they were made. ``notes_shown``: False when
    the reader may not see the notes of updates (they are "" then)."""

    member_id: int
    member_code: str
    member_name: str
    on: date
    goals: tuple[CareGoalInfo, ...]
    notes_shown: bool

    @property
    def overdue(self) -> tuple[CareGoalInfo, ...]:
        return tuple(g for g in self.goals if g.overdue)


@dataclass(frozen=True)
class OverdueGoal:
    """A goal past its target date and neither achieved nor set aside."""

    goal_id: int
    member_id: int
    member_code: str
    member_name: str
    area: str
    text: str
    target_on: date
    status: str
    days_overdue: int


@dataclass(frozen=True)
class OverdueGoals:
    """The overdue goals a reader is shown on ``on``, the longest overdue first.
    ``scope``: "all" (every member's: managers and administrators), "mine" (a
    counselor: the members in her sessions of the last year or to come), or "unlisted"
    (a counselor who is not on the counselors' list: none)."""

    on: date
    goals: tuple[OverdueGoal, ...]
    scope: str
