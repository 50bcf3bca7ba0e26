"""Rooms and who stays in them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RoomInfo:
    id: int
    name: str
    floor: int
    capacity: int
    active: bool
    version: int = 1  # the record's version when read (services.versions)


@dataclass(frozen=True)
class KeepApart:
    """Someone on the keep-away list (either's) of a person on the board, near her on
    the board's day: in her room (``same_room``) or on her floor. Given only to roles
    that may see keep-away entries."""

    member_code: str
    member_name: str
    room_name: str
    same_room: bool


@dataclass(frozen=True)
class HousingWarning:
    """A safety warning about a stay, which the person confirms or not.

    ``kind``: ``"child_alone"`` (a child without an adult of her household in the
    room) or ``"keep_away_floor"`` (a keep-away pair on one floor); ``message``: what
    to tell her."""

    kind: str
    message: str


@dataclass(frozen=True)
class AssignmentInfo:
    id: int
    member_id: int
    member_code: str
    member_name: str
    room_id: int
    room_name: str
    bed_label: str
    start_on: date
    end_on: date | None
    # on the board, for roles that may see keep-away: whom she must be kept apart from
    keep_apart: tuple[KeepApart, ...] = ()


@dataclass(frozen=True)
class RoomOccupancy:
    """A room on one day: who is in it."""

    room: RoomInfo
    occupants: tuple[AssignmentInfo, ...]

    @property
    def free_beds(self) -> int:
        return max(0, self.room.capacity - len(self.occupants))

