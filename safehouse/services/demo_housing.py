"""The demo's rooms and the history of who stayed where: rooms on two floors of a house
(a demo of a network has one house per 400 members or so), and move-ins, moves and
move-outs planned day by day, so that no room is ever over capacity and no bed holds
two people at once."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

BED_LABELS = "ABCDEFGH"
MEMBERS_PER_HOUSE = 400  # a demo of more members is a network of houses


@dataclass
class DemoRoom:
    name: str
    floor: int
    capacity: int
    id: int = 0


@dataclass
class Stay:
    """One assignment: a member in a bed from ``start_on`` (to ``end_on``, or open)."""

    member_index: int  # the person's place in the demo's list of people
    room: DemoRoom
    bed_label: str
    start_on: date
    end_on: date | None = None


class Moving(Protocol):
    """What the planner needs of a household that may want a room (demo's _Unit)."""

    people_indexes: list[int]
    joined_on: date | None
    left_on: date | None
    back_on: date | None
    wants_room: bool
    stays: list[Stay]
    room: DemoRoom | None


def _house_rooms(rng: random.Random, prefix: str) -> list[DemoRoom]:
    count = rng.randint(6, 8)
    capacities = [4] + [rng.choice((1, 2, 2, 3, 3, 4)) for _ in range(count - 1)]
    rng.shuffle(capacities)
    rooms = []
    for i, capacity in enumerate(capacities):
        floor = 1 if i < (count + 1) // 2 else 2
        number = i + 1 if floor == 1 else i - (count + 1) // 2 + 1
        rooms.append(DemoRoom(name=f"{prefix}{floor}{number:02d}", floor=floor,
                              capacity=capacity))
    return rooms


def plan_rooms(rng: random.Random, members: int) -> list[DemoRoom]:
    """One house's rooms (named 101, 102 … 201 …); in a network, each house's rooms
    named after it (03-101)."""
    houses = max(1, members // MEMBERS_PER_HOUSE)
    if houses == 1:
        return _house_rooms(rng, "")
    return [room for h in range(houses) for room in _house_rooms(rng, f"{h + 1:02d}-")]


@dataclass
class _Housing:
    """Who is in which bed now, as the history is written day by day."""

    rooms: list[DemoRoom]
    rng: random.Random
    beds: dict[str, set[str]] = field(default_factory=dict)
    free: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.beds = {r.name: set() for r in self.rooms}
        self.free = {r.name: r.capacity for r in self.rooms}

    def _free_beds(self, room: DemoRoom) -> list[str]:
        return [b for b in BED_LABELS[: room.capacity] if b not in self.beds[room.name]]

    def _fits(self, unit: Moving) -> list[DemoRoom]:
        size = len(unit.people_indexes)
        return [r for r in self.rooms if r is not unit.room and self.free[r.name] >= size]

    def move_in(self, unit: Moving, on: date) -> bool:
        fits = self._fits(unit)
        if not fits:
            return False
        self._enter(unit, self.rng.choice(fits), on)
        return True

    def move(self, unit: Moving, on: date) -> bool:
        """To another room with beds for all of them; none free, and she stays put."""
        fits = self._fits(unit)
        if unit.room is None or not fits:
            return False
        room = self.rng.choice(fits)
        if not self.move_out(unit, on):
            return False
        self._enter(unit, room, on)
        return True

    def _enter(self, unit: Moving, room: DemoRoom, on: date) -> None:
        for person, bed in zip(unit.people_indexes, self._free_beds(room), strict=False):
            unit.stays.append(Stay(member_index=person, room=room, bed_label=bed,
                                   start_on=on))
            self.beds[room.name].add(bed)
            self.free[room.name] -= 1
        unit.room = room

    def move_out(self, unit: Moving, on: date) -> bool:
        open_ = [a for a in unit.stays if a.end_on is None]
        if unit.room is None or not open_ or any(a.start_on >= on for a in open_):
            return False
        for stay in open_:
            stay.end_on = on
            self.beds[unit.room.name].discard(stay.bed_label)
            self.free[unit.room.name] += 1
        unit.room = None
        return True


def plan_history(rng: random.Random, units: Sequence[Moving], rooms: list[DemoRoom],
                 today: date) -> None:
    """Move-ins, moves and move-outs in date order, so no room is ever over capacity."""
    events: list[tuple[date, int, int, str]] = []  # day, order on the day, unit, what
    for i, unit in enumerate(units):
        if not unit.wants_room or unit.joined_on is None:
            continue
        events.append((unit.joined_on, 2, i, "in"))
        end = unit.left_on or today
        if unit.left_on:
            events.append((unit.left_on, 0, i, "out"))
        if unit.back_on:
            events.append((unit.back_on, 2, i, "in"))
        span = (end - unit.joined_on).days
        if span > 60 and rng.random() < 0.3:
            events.append((unit.joined_on + timedelta(days=rng.randint(30, span - 1)), 1, i,
                           "move"))
        if unit.left_on is None and span > 120 and rng.random() < 0.15:
            # moved into a flat of her own, and stays a member
            events.append((unit.joined_on + timedelta(days=rng.randint(90, span - 1)), 0, i,
                           "out"))
    housing = _Housing(rooms, rng)
    for day, _order, i, what in sorted(events):
        unit = units[i]
        if what == "in":
            housing.move_in(unit, day)
        elif what == "out":
            housing.move_out(unit, day)
        else:
            housing.move(unit, day)
