"""Counseling as the services hand it out and take it in: counselors, meeting places,
sessions (one occurrence each), series and their recurrence, attendance figures.

Times handed out are aware datetimes in the organisation's zone (``clock.zone()``);
times taken in may be aware (any zone) or naive (read in the organisation's zone).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time


class Frequency(enum.StrEnum):
    """How a series repeats (``interval`` 2 with WEEKLY: every two weeks)."""

    WEEKLY = "weekly"
    MONTHLY_WEEKDAY = "monthly_weekday"  # the same weekday of the month: 2nd Tuesday
    MONTHLY_DATE = "monthly_date"  # the same date: the 14th


class Scope(enum.StrEnum):
    """Which occurrences of a series a change, a cancellation or a deletion is for."""

    ONE = "one"
    FOLLOWING = "following"  # this one and the following: the series is split
    ALL = "all"


@dataclass(frozen=True)
class Recurrence:
    """A repeating rule: ``until`` a day (included) or ``count`` times, one of them."""

    frequency: Frequency = Frequency.WEEKLY
    interval: int = 1
    until: date | None = None
    count: int | None = None


@dataclass(frozen=True)
class CounselorInput:
    """An outside counselor (``user_id`` None: ``name`` needed) or an account with the
    counselor role (``user_id``; the name is the account's)."""

    name: str = ""
    user_id: int | None = None
    organisation: str = ""
    languages: str = ""
    phone: str = ""
    active: bool = True


@dataclass(frozen=True)
class CounselorView:
    id: int
    name: str
    user_id: int | None  # the account, for a counselor who logs in
    username: str  # "" for an outside counselor
    organisation: str
    languages: str
    phone: str
    active: bool

    @property
    def outside(self) -> bool:
        return self.user_id is None


@dataclass(frozen=True)
class CounselorAccount:
    """An account with the counselor role not yet on the counselors' list."""

    user_id: int
    username: str
    display_name: str


@dataclass(frozen=True)
class PlaceView:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class Participant:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class SessionInput:
    """A session to book: one, or the first of a series (with a :class:`Recurrence`).

    ``place_id``: a meeting place of the house; else ``place_text``, a place outside
    (both empty: no place)."""

    kind: str
    member_ids: tuple[int, ...]
    counselor_id: int
    starts_at: datetime
    duration_minutes: int
    place_id: int | None = None
    place_text: str = ""


@dataclass(frozen=True)
class SessionChange:
    """What a change sets; a field left None stays as it is.

    ``starts_at`` moves one occurrence (scope ONE) or, for a series, sets the first
    day of the part changed and the time of day for all of it; ``start_time`` sets only
    the time of day. ``clear_place`` removes the place. ``recurrence`` (scope
    FOLLOWING or ALL) gives the part changed a new rule."""

    kind: str | None = None
    member_ids: tuple[int, ...] | None = None
    counselor_id: int | None = None
    starts_at: datetime | None = None
    start_time: time | None = None
    duration_minutes: int | None = None
    place_id: int | None = None
    place_text: str | None = None
    clear_place: bool = False
    recurrence: Recurrence | None = None


@dataclass(frozen=True)
class SessionView:
    """One session (an occurrence of a series, or a single one) as the schedule shows
    it. ``original_start``: where the series' rule put it (RECURRENCE-ID); ``departs``:
    the fields changed on this occurrence alone (``"start"``, ``"duration"``,
    ``"counselor"``, ``"place"``, ``"members"``, ``"kind"``)."""

    id: int
    series_id: int | None
    kind: str
    starts_at: datetime
    ends_at: datetime
    counselor_id: int
    counselor_name: str
    place_id: int | None
    place_name: str  # the meeting place's name, or the place outside, or ""
    participants: tuple[Participant, ...]
    status: str
    cancelled_by: str | None
    original_start: datetime | None = None
    departs: tuple[str, ...] = ()
    has_notes: bool = False  # only told to those who may open them
    version: int = 1  # the record's version when read (services.versions)

    @property
    def duration_minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    @property
    def place_outside(self) -> bool:
        return self.place_id is None and bool(self.place_name)

    @property
    def departs_from_rule(self) -> bool:
        """Changed on its own: moved, or a field of its own (RFC 5545 override)."""
        return bool(self.departs) or (self.original_start is not None
                                      and self.original_start != self.starts_at)


Occurrence = SessionView  # an occurrence of a series is a session like any other


@dataclass(frozen=True)
class SeriesView:
    id: int
    rrule: str  # the RFC 5545 RRULE's text
    dtstart: datetime  # the first occurrence's start, aware in the series' zone
    tzid: str
    recurrence: Recurrence
    exdates: tuple[date, ...]
    kind: str
    duration_minutes: int
    counselor_id: int
    place_id: int | None
    place_text: str
    member_ids: tuple[int, ...]


@dataclass(frozen=True)
class Booking:
    """What booking made: the sessions (all occurrences of a new series), the series,
    and the warnings the person accepted."""

    sessions: tuple[SessionView, ...]
    series_id: int | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Clash:
    """An occurrence that cannot be booked: its start, and the session it clashes with
    (``what``: ``"counselor"``, ``"member"`` or ``"place"``), in words."""

    starts_at: datetime
    what: str
    other_session_id: int
    message: str


@dataclass(frozen=True)
class MemberSessions:
    past: tuple[SessionView, ...]  # newest first
    coming: tuple[SessionView, ...]  # soonest first


@dataclass(frozen=True)
class AttendanceFigures:
    """One member's sessions from ``start`` to ``end`` (both included): attended
    (completed), missed (no-show), cancelled (by whom), and still scheduled."""

    member_id: int
    start: date
    end: date
    attended: int
    missed: int
    cancelled: int
    cancelled_by: dict[str, int] = field(default_factory=dict)
    scheduled: int = 0


@dataclass(frozen=True)
class CounselorHours:
    """Hours of counseling held (completed sessions) by a counselor in a month."""

    counselor_id: int
    counselor_name: str
    month: date  # the first day of the month
    hours: float
    sessions: int


@dataclass(frozen=True)
class SessionNotes:
    session_id: int
    text: str
    written_at: datetime | None
    written_by: str  # the account's display name, "" when none wrote yet


@dataclass(frozen=True)
class ScheduleEntry:
    """A session as the printed week shows it (no notes)."""

    starts_at: datetime
    ends_at: datetime
    kind: str
    members: tuple[str, ...]  # "M-0001 김하나"
    counselor: str
    place: str
    status: str
    cancelled_by: str | None = None


@dataclass(frozen=True)
class ScheduleDay:
    day: date
    entries: tuple[ScheduleEntry, ...]


@dataclass(frozen=True)
class ScheduleData:
    """The printed week: its seven days from ``first_day`` (a Monday), one counselor's
    (``counselor``) or everyone's (``""``)."""

    first_day: date
    last_day: date
    counselor: str
    days: tuple[ScheduleDay, ...]
