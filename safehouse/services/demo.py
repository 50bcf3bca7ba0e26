"""A demo database: a realistic, wholly fictional community over the last two years.

Women who joined one by one (some with children, a few with a sister or mother), who
referred one another, some of whom have left (and a few came back later); rooms on two
floors and the history of who stayed where, moved, and moved out; keep-away entries
without real names. The same seed (and day) gives the same community.

Everything is written in one unit of work; the room history is planned day by day so it
keeps the rules, and the rules are checked again (``check.domain_checks``) before the
unit of work commits.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import ConflictError
from safehouse.models import (
    Assignment,
    Household,
    HouseholdMember,
    KeepAway,
    Member,
    Membership,
    MemberStatus,
    Room,
    Sex,
)
from safehouse.services import (
    audit,
    check,
    demo_care,
    demo_community,
    demo_counseling,
    demo_names,
    demo_wellbeing,
)
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.maintenance import DemoSummary
from safehouse.services.members import next_code
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

HISTORY_DAYS = 730
BED_LABELS = "ABCDEFGH"
HANAWON_DAYS = 84  # the twelve weeks of Hanawon


@dataclass
class _Person:
    name: str
    alias: str
    sex: str
    birth_year: int
    relation: str  # in the household: head, child, sibling, parent
    phone: str = ""
    arrived_on: date | None = None
    member: Member | None = None


@dataclass
class _Unit:
    """A woman and whoever came with her: they join, stay and leave together."""

    people: list[_Person]
    contact_on: date  # first contact; the join date for those who joined
    joined_on: date | None
    left_on: date | None = None
    left_as: str | None = None  # how her first period ended
    back_on: date | None = None  # came back: a second period, open
    status: str = MemberStatus.ACTIVE.value
    wants_room: bool = False
    referred_by: _Unit | None = None
    stays: list[Assignment] = field(default_factory=list)
    room: Room | None = None

    @property
    def head(self) -> _Person:
        return self.people[0]


class _Names:
    """Names drawn without repeats while there are fresh ones left."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def draw(self, family: tuple[str, str], given: tuple[tuple[str, str], ...]
             ) -> tuple[str, str]:
        for _ in range(20):
            g = self.rng.choice(given)
            name = family[0] + g[0]
            if name not in self.used:
                break
        self.used.add(name)
        return name, f"{family[1]} {g[1]}"


def _plan_units(rng: random.Random, total: int, today: date) -> list[_Unit]:
    names = _Names(rng)
    phones = iter(rng.sample(range(1000, 10000), min(total, 9000)))
    start = today - timedelta(days=HISTORY_DAYS)
    units: list[_Unit] = []
    remaining = total
    while remaining > 0:
        family = rng.choice(demo_names.FAMILY_NAMES)
        name, alias = names.draw(family, demo_names.WOMEN_GIVEN)
        born = rng.randint(1968, 2002)
        people = [_Person(name, alias, Sex.FEMALE.value, born, "head")]
        if remaining > 1 and rng.random() < 0.3:
            for _ in range(min(remaining - 1, rng.choice((1, 1, 2)))):
                boy = rng.random() < 0.5
                given = demo_names.BOYS_GIVEN if boy else demo_names.GIRLS_GIVEN
                cname, calias = names.draw(family, given)
                year = rng.randint(max(2012, born + 18), 2022)
                people.append(_Person(cname, calias, (Sex.MALE if boy else Sex.FEMALE).value,
                                      year, "child"))
        elif remaining > 1 and rng.random() < 0.08:
            relation = rng.choice(("sibling", "parent"))
            other = rng.choice(demo_names.FAMILY_NAMES) if relation == "parent" else family
            rname, ralias = names.draw(other, demo_names.WOMEN_GIVEN)
            year = born + rng.randint(-8, 8) if relation == "sibling" else born - rng.randint(
                20, 28)
            people.append(_Person(rname, ralias, Sex.FEMALE.value, max(1940, year), relation))
        remaining -= len(people)
        contact = start + timedelta(days=rng.randint(0, HISTORY_DAYS - 1))
        units.append(_Unit(people=people, contact_on=contact, joined_on=contact))
    units.sort(key=lambda u: u.contact_on)
    for i, unit in enumerate(units):
        days_ago = (today - unit.contact_on).days
        if days_ago < 60 and rng.random() < 0.5:
            unit.status, unit.joined_on = MemberStatus.ENQUIRY.value, None
        elif days_ago > 120 and rng.random() < 0.22:
            unit.left_on = unit.contact_on + timedelta(days=rng.randint(60, days_ago - 30))
            unit.status = rng.choice((MemberStatus.ALUMNI.value,) * 3
                                     + (MemberStatus.EXITED.value,))
            unit.left_as = unit.status
            since_left = (today - unit.left_on).days
            if since_left > 60 and rng.random() < 0.35:  # left, and came back
                unit.back_on = unit.left_on + timedelta(days=rng.randint(30, since_left - 1))
                unit.status = MemberStatus.ACTIVE.value
        has_children = len(unit.people) > 1
        unit.wants_room = unit.joined_on is not None and rng.random() < (
            0.85 if has_children else 0.6)
        earlier = [u for u in units[:i] if u.joined_on and u.joined_on < unit.contact_on]
        if earlier and rng.random() < 0.36:
            unit.referred_by = rng.choice(earlier)
        arrived = unit.contact_on - timedelta(days=rng.randint(HANAWON_DAYS + 14, 2500))
        for person in unit.people:
            if person.relation == "child":
                person.arrived_on = arrived if person.birth_year < arrived.year else None
            else:
                person.phone = f"010-0000-{next(phones, 0):04d}"
                person.arrived_on = arrived
    return units


def _periods(unit: _Unit) -> list[Membership]:
    if unit.joined_on is None:
        return []
    periods = [Membership(start_on=unit.joined_on, end_on=unit.left_on,
                          ended_as=unit.left_as)]
    if unit.back_on is not None:
        periods.append(Membership(start_on=unit.back_on))
    return periods


def _plan_rooms(rng: random.Random) -> list[Room]:
    count = rng.randint(6, 8)
    capacities = [4] + [rng.choice((1, 2, 2, 3, 3, 4)) for _ in range(count - 1)]
    rng.shuffle(capacities)
    rooms = []
    for i, capacity in enumerate(capacities):
        floor = 1 if i < (count + 1) // 2 else 2
        number = i + 1 if floor == 1 else i - (count + 1) // 2 + 1
        rooms.append(Room(name=f"{floor}{number:02d}", floor=floor, capacity=capacity,
                          active=True))
    return rooms


class _Housing:
    """Who is in which bed now, as the history is written day by day."""

    def __init__(self, rooms: list[Room], rng: random.Random) -> None:
        self.rng = rng
        self.beds: dict[str, set[str]] = {r.name: set() for r in rooms}
        self.rooms = rooms

    def _free(self, room: Room) -> list[str]:
        return [b for b in BED_LABELS[: room.capacity] if b not in self.beds[room.name]]

    def _fits(self, unit: _Unit) -> list[Room]:
        return [r for r in self.rooms
                if r is not unit.room and len(self._free(r)) >= len(unit.people)]

    def move_in(self, unit: _Unit, on: date) -> bool:
        fits = self._fits(unit)
        if not fits:
            return False
        self._enter(unit, self.rng.choice(fits), on)
        return True

    def move(self, unit: _Unit, on: date) -> bool:
        """To another room with beds for all of them; none free, and she stays put."""
        fits = self._fits(unit)
        if unit.room is None or not fits:
            return False
        room = self.rng.choice(fits)
        if not self.move_out(unit, on):
            return False
        self._enter(unit, room, on)
        return True

    def _enter(self, unit: _Unit, room: Room, on: date) -> None:
        for person, bed in zip(unit.people, self._free(room), strict=False):
            stay = Assignment(member=person.member, room=room, bed_label=bed, start_on=on)
            self.beds[room.name].add(bed)
            unit.stays.append(stay)
        unit.room = room

    def move_out(self, unit: _Unit, on: date) -> bool:
        open_ = [a for a in unit.stays if a.end_on is None]
        if unit.room is None or not open_ or any(a.start_on >= on for a in open_):
            return False
        for stay in open_:
            stay.end_on = on
            self.beds[unit.room.name].discard(stay.bed_label)
        unit.room = None
        return True


def _plan_history(rng: random.Random, units: list[_Unit], rooms: list[Room],
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


def build_demo(
    db: Database,
    actor: Actor,
    *,
    members: int = 24,
    seed: int = 7,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty database with a fictional community of about ``members`` people."""
    actor = require(db, actor, Action.MEMBER_EDIT, Action.HOUSEHOLD_EDIT,
                    Action.KEEPAWAY_EDIT, Action.ROOM_EDIT, Action.ASSIGNMENT_EDIT,
                    Action.GOAL_EDIT, Action.EVENT_EDIT, Action.CARE_PLAN_EDIT,
                    Action.COUNSELOR_EDIT, Action.SESSION_BOOK)
    if members < 1:
        raise ConflictError("The demo needs at least one member.")
    today = today or clock.today()
    rng = random.Random(seed)
    units = _plan_units(rng, members, today)
    rooms = _plan_rooms(rng)
    with db.transaction() as s:
        if s.scalar(select(func.count()).select_from(Member)) or s.scalar(
            select(func.count()).select_from(Room)
        ):
            raise ConflictError("The demo needs an empty database; this one already has "
                                "members or rooms.")
        s.add_all(rooms)
        keep_aways = households = 0
        for unit in units:
            for person in unit.people:
                person.member = Member(
                    code=next_code(s),
                    name=person.name,
                    alias=person.alias,
                    sex=person.sex,
                    birth_year=person.birth_year,
                    phone=person.phone,
                    arrived_on=person.arrived_on,
                    hanawon_completed_on=(person.arrived_on + timedelta(days=HANAWON_DAYS)
                                          if person.arrived_on else None),
                    memberships=_periods(unit),
                    status=unit.status,
                    notes="",
                    referred_by=(unit.referred_by.head.member
                                 if unit.referred_by and person.relation == "head" else None),
                )
                s.add(person.member)
            if len(unit.people) > 1:
                household = Household(name=unit.head.name)
                household.members.extend(
                    HouseholdMember(member=p.member, relation=p.relation) for p in unit.people
                )
                s.add(household)
                households += 1
            if rng.random() < 0.25:
                for relation, person_name, description in rng.sample(
                    demo_names.KEEP_AWAY_PEOPLE, rng.choice((1, 1, 1, 2))
                ):
                    s.add(KeepAway(member=unit.head.member, person_name=person_name,
                                   relation=relation, description=description))
                    keep_aways += 1
        _plan_history(rng, units, rooms, today)
        for unit in units:
            s.add_all(unit.stays)
        s.flush()
        everyone = [p.member for u in units for p in u.people if p.member is not None]
        demo_community.add_community(s, everyone, today, seed)
        demo_care.add_care_plans(s, everyone, actor.id, today, seed)
        s.flush()
        responses, alerts = demo_wellbeing.add_wellbeing(
            s, [p.member for u in units for p in u.people if p.member is not None], today,
            seed, actor.id)
        s.flush()
        demo_counseling.add_counseling(
            s, [p.member for u in units for p in u.people if p.member is not None], today,
            seed)
        broken = [line for line in check.domain_checks(s) if not line.ok]
        if broken:  # a bug in the planner: write nothing
            raise RuntimeError("The demo broke a rule: " + "; ".join(b.name for b in broken))
        audit.record(s, actor, AuditAction.DEMO_BUILD)
        stays = [a for u in units for a in u.stays]
        summary = DemoSummary(
            members=sum(len(u.people) for u in units),
            children=sum(1 for u in units for p in u.people if p.relation == "child"),
            households=households,
            rooms=len(rooms),
            beds=sum(r.capacity for r in rooms),
            assignments=len(stays),
            residents_today=sum(1 for a in stays if a.end_on is None),
            keep_aways=keep_aways,
            referrals=sum(1 for u in units if u.referred_by is not None),
            wellbeing_responses=responses,
            wellbeing_alerts=alerts,
        )
    for kind in (ChangeKind.MEMBER, ChangeKind.HOUSEHOLD, ChangeKind.KEEP_AWAY,
                 ChangeKind.ROOM, ChangeKind.ASSIGNMENT, ChangeKind.GOAL, ChangeKind.EVENT,
                 ChangeKind.WELLBEING_RESPONSE, ChangeKind.WELLBEING_ALERT,
                 ChangeKind.CARE_PLAN, ChangeKind.SESSION):
        db.notify(Change(kind))
    return summary
