"""The figures of the dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from safehouse.services.dto.people import MemberSummary


@dataclass(frozen=True)
class DashboardFigures:
    on: date
    active_members: int
    members_total: int
    residents: int
    beds_total: int
    beds_free: int
    rooms: int


MOVE_IN, MOVE_OUT, ROOM_CHANGE = "in", "out", "change"


@dataclass(frozen=True)
class Move:
    """Someone who moves in, out, or to another room on ``day``."""

    day: date
    kind: str  # MOVE_IN, MOVE_OUT or ROOM_CHANGE
    member_id: int
    member_code: str
    member_name: str
    from_room: str  # "" when she moves in
    to_room: str  # "" when she moves out


@dataclass(frozen=True)
class WeekAhead:
    """The Monday-morning view of the house: the week of ``on`` (Monday to Sunday)."""

    on: date
    first_day: date
    last_day: date
    moves: tuple[Move, ...]
    without_bed: tuple[MemberSummary, ...]  # in the community on ``on``, with no bed
    enquiries: tuple[MemberSummary, ...]  # status enquiry
    rooms: int  # every room, open or closed
    members_total: int  # everyone recorded

    @property
    def is_new(self) -> bool:
        """A database with nothing in it yet: say what to do first, not zeros."""
        return self.rooms == 0 and self.members_total == 0
