"""The plain data the printed reports are drawn from (built by the services in
``safehouse.services.reports.*_data`` and ``safehouse.services.schedule_data``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RosterBed:
    """Someone in a room on the roster's day."""

    bed_label: str
    member_code: str
    member_name: str
    since: date
    until: date | None  # the day she leaves the room, when it is planned


@dataclass(frozen=True)
class RosterRoom:
    name: str
    floor: int
    capacity: int
    active: bool
    beds: tuple[RosterBed, ...]

    @property
    def free(self) -> int:
        return max(0, self.capacity - len(self.beds)) if self.active else 0


@dataclass(frozen=True)
class RosterMove:
    """A move into a room (``moving_in``) or out of one, on ``day``."""

    day: date
    member_code: str
    member_name: str
    room_name: str
    bed_label: str
    moving_in: bool


@dataclass(frozen=True)
class RosterData:
    """The rooms on ``on`` and the moves of its week (Monday to Sunday)."""

    on: date
    week_start: date
    week_end: date
    rooms: tuple[RosterRoom, ...]
    moves: tuple[RosterMove, ...]


@dataclass(frozen=True)
class ProgressStay:
    room_name: str
    bed_label: str
    start_on: date
    end_on: date | None


@dataclass(frozen=True)
class ProgressGoal:
    """A care-plan goal as printed: never the notes of its updates."""

    area: str
    text: str
    status: str
    target_on: date | None
    overdue: bool
    last_update_on: date | None
    last_update_status: str  # the status its latest update set ("" without updates)
    updates_in_period: int


@dataclass(frozen=True)
class ProgressResult:
    """A check-in or screening in the period: ``value`` the score (the yearly check-in:
    the health answer, 1-5), ``band`` its band's words."""

    taken_on: date
    instrument: str  # an InstrumentCode value
    value: int
    band: str


@dataclass(frozen=True)
class ProgressEvent:
    name: str
    kind: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class ProgressData:
    """One member's progress summary over ``start`` to ``end``.

    ``name`` is "" when de-identified (then only ``code`` and ``alias`` name her).
    ``results_shown`` False: the reader's role may not see scores (``results`` empty).
    """

    member_id: int
    code: str
    name: str
    alias: str
    deidentified: bool
    start: date
    end: date
    status: str
    room_now: str  # "Sea room, bed A", or ""
    stays: tuple[ProgressStay, ...]
    goals: tuple[ProgressGoal, ...]
    attended: int
    missed: int
    cancelled: int
    scheduled: int
    results_shown: bool
    results: tuple[ProgressResult, ...]
    events: tuple[ProgressEvent, ...]


#: A count of people under this is printed as "fewer than 5" (DESIGN.md), never itself.
MINIMUM_PEOPLE = 5


@dataclass(frozen=True)
class People:
    """A count of people as the impact report may print it: ``count`` None when fewer
    than :data:`MINIMUM_PEOPLE` (``suppressed``), or when there is nothing to count."""

    count: int | None
    suppressed: bool

    @staticmethod
    def of(n: int) -> People:
        return People(None, True) if 0 < n < MINIMUM_PEOPLE else People(n, False)


@dataclass(frozen=True)
class ImpactYear:
    """One year of the impact report. Figures are None where there is no figure (no
    responses, no events) or where the people behind it are fewer than five (then
    the ``People`` or the ``*_suppressed`` flag says so)."""

    year: int
    size_at_end: People  # members in the community on 31 December (today this year)
    respondents: People  # the yearly check-in
    mean_health: str  # "2.64", "" when no figure
    threatened_percent: int | None
    responses: bool  # any yearly check-in at all this year
    events: int
    retreats: int
    event_people: People  # everyone who came to the year's events (sum over them)
    event_members: People  # different members who came to any
    counseled: People  # different members who came to a completed session
    counseling_hours: float | None  # None when they were fewer than five
    new_members: People
    referred_percent: int | None  # of the new members, reached by a member (whole %)


@dataclass(frozen=True)
class ImpactData:
    """The impact report from ``first_year`` to ``last_year``: always de-identified."""

    first_year: int
    last_year: int
    goal_low: int | None
    goal_high: int | None
    goal_due: date | None
    size_today: People
    today: date
    years: tuple[ImpactYear, ...]
