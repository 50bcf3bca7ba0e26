"""The community's goal, growth, referrals and events, as the services hand them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DEFAULT_LOW = 15
DEFAULT_HIGH = 20
DEFAULT_YEARS = 2


@dataclass(frozen=True)
class GoalInput:
    start_on: date
    target_low: int = DEFAULT_LOW
    target_high: int = DEFAULT_HIGH
    due_on: date | None = None  # None: two years after the start
    note: str = ""


@dataclass(frozen=True)
class GoalInfo:
    id: int
    target_low: int
    target_high: int
    start_on: date
    due_on: date
    note: str


@dataclass(frozen=True)
class SizePoint:
    day: date
    size: float  # a count of members; the path and the projection line are fractional


@dataclass(frozen=True)
class TargetProjection:
    """When the trend reaches ``target`` members: ``reached`` already (today), ``on`` a
    day, or neither: not reached at this rate (no growth, or beyond the horizon)."""

    target: int
    reached: bool
    on: date | None


@dataclass(frozen=True)
class Projection:
    """A least-squares line through the daily sizes from ``window_start`` to
    ``window_end``; ``per_month`` members a month (30.44 days)."""

    window_start: date
    window_end: date
    per_month: float
    low: TargetProjection
    high: TargetProjection
    line: tuple[SizePoint, ...]  # the fitted line, from the window's start onward


@dataclass(frozen=True)
class Growth:
    """The chart's data: the size on each step from ``start`` to ``end``, the straight
    path from the goal's start to its band (two lines: to the low and to the high
    target), and the projection."""

    goal: GoalInfo | None
    start: date
    end: date
    today: date
    size_today: int
    points: tuple[SizePoint, ...]
    path_low: tuple[SizePoint, ...]
    path_high: tuple[SizePoint, ...]
    projection: Projection


@dataclass(frozen=True)
class Movement:
    """A member who joined (a period started) or left (a period ended) on ``day``."""

    member_id: int
    code: str
    name: str
    day: date
    joined: bool
    came_back: bool = False  # joined again after an earlier period
    ended_as: str | None = None


@dataclass(frozen=True)
class MemberRef:
    id: int
    code: str
    name: str
    active: bool  # in the community today


@dataclass(frozen=True)
class ReferralNode:
    """A member and the members she reached, across generations; ``reached_total``
    counts every generation under her. ``in_cycle``: the records say her chain of
    referrers loops back to her (bad data); she is shown as a root."""

    member: MemberRef
    reached: tuple[ReferralNode, ...]
    reached_total: int
    in_cycle: bool = False


@dataclass(frozen=True)
class TopReferrer:
    member: MemberRef
    direct: int
    total: int


@dataclass(frozen=True)
class ReferralFigures:
    """New members from ``start`` to ``end`` (their first period began then), how many
    of them were referred by someone who had joined before them, the members who reached
    the most people, and the longest chain of referrals (codes, first referrer first)."""

    start: date
    end: date
    new_members: int
    referred: int
    top: tuple[TopReferrer, ...]
    longest_chain: tuple[str, ...]

    @property
    def share(self) -> float | None:
        return self.referred / self.new_members if self.new_members else None


@dataclass(frozen=True)
class MemberReferrals:
    referred_by: MemberRef | None
    reached: tuple[MemberRef, ...]


@dataclass(frozen=True)
class EventInput:
    kind: str
    name: str
    starts_on: date
    ends_on: date | None = None  # None: a one-day event
    place: str = ""
    notes: str = ""


@dataclass(frozen=True)
class EventSummary:
    id: int
    kind: str
    name: str
    starts_on: date
    ends_on: date
    place: str
    members: int
    guests: int
    children: int

    @property
    def people(self) -> int:
        """Everyone who came: members, guests and children who are not members."""
        return self.members + self.guests + self.children


@dataclass(frozen=True)
class EventDetail:
    summary: EventSummary
    notes: str
    attendees: tuple[MemberRef, ...]


@dataclass(frozen=True)
class YearOfEvents:
    year: int
    events: int
    retreats: int
    people: int  # the sum over the year's events
    members: int  # different members who came to any
    largest_retreat: EventSummary | None
