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
