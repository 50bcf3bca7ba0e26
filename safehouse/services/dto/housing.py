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


@dataclass(frozen=True)
class RoomOccupancy:
    """A room on one day: who is in it."""

    room: RoomInfo
    occupants: tuple[AssignmentInfo, ...]

    @property
    def free_beds(self) -> int:
        return max(0, self.room.capacity - len(self.occupants))

