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

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
from safehouse.models.search_keys import member_key
from safehouse.services import (
    audit,
    check,
    demo_care,
    demo_community,
    demo_counseling,
    demo_names,
    demo_wellbeing,
)
from safehouse.services.demo_housing import DemoRoom, Stay, plan_history, plan_rooms
from safehouse.services.demo_rows import DemoMember, Period, Rows
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.maintenance import DemoSummary
from safehouse.services.member_rules import MAX_CODE_NUMBER, code_number, format_code
from safehouse.services.members import next_code, reserve_code
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

HISTORY_DAYS = 730
MAX_MEMBERS = 20_000
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
    member: DemoMember | None = None  # once written


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
    people_indexes: list[int] = field(default_factory=list)  # in the list of everyone
    stays: list[Stay] = field(default_factory=list)
    room: DemoRoom | None = None

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
    joined: list[_Unit] = []  # in the order of first contact
    before = 0
    for unit in units:
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
        while before < len(joined) and joined[before].contact_on < unit.contact_on:
            before += 1  # joined[:before]: who had joined before her first contact
        if before and rng.random() < 0.36:
            unit.referred_by = joined[rng.choice(range(before))]
        if unit.joined_on is not None:
            joined.append(unit)
        arrived = unit.contact_on - timedelta(days=rng.randint(HANAWON_DAYS + 14, 2500))
        for person in unit.people:
            if person.relation == "child":
                person.arrived_on = arrived if person.birth_year < arrived.year else None
            else:
                person.phone = f"010-0000-{next(phones, 0):04d}"
                person.arrived_on = arrived
    return units


def _periods(unit: _Unit) -> list[Period]:
    if unit.joined_on is None:
        return []
    periods = [Period(unit.joined_on, unit.left_on)]
    if unit.back_on is not None:
        periods.append(Period(unit.back_on))
    return periods


def _write_people(rows: Rows, s: Session, units: list[_Unit], rng: random.Random
                  ) -> tuple[int, int]:
    """The members, their periods, households and keep-away entries; (households,
    keep-away entries)."""
    keep_aways = households = 0
    first = code_number(next_code(s)) or 1  # the counter, taken once (for every code)
    last = first + sum(len(u.people) for u in units) - 1
    if last > MAX_CODE_NUMBER:
        raise ConflictError("The demo would run past the highest member code.")
    reserve_code(s, format_code(last))
    numbers = iter(range(first, last + 1))
    for unit in units:
        for person in unit.people:
            member_id = rows.new_id(Member)
            code = format_code(next(numbers))
            referrer = (unit.referred_by.head.member
                        if unit.referred_by and person.relation == "head" else None)
            rows.add(Member, {
                "id": member_id, "code": code, "name": person.name, "alias": person.alias,
                "sex": person.sex, "birth_year": person.birth_year,
                "phone": rows.seal(Member, "phone", member_id, person.phone),
                "arrived_on": person.arrived_on,
                "hanawon_completed_on": (person.arrived_on + timedelta(days=HANAWON_DAYS)
                                         if person.arrived_on else None),
                "status": unit.status, "notes": "",
                "referred_by_id": referrer.id if referrer else None,
                "search_key": member_key(code, person.name, person.alias)})
            periods = _periods(unit)
            for i, period in enumerate(periods):
                rows.add(Membership, {
                    "member_id": member_id, "start_on": period.start_on,
                    "end_on": period.end_on,
                    "ended_as": unit.left_as if i == 0 and period.end_on else None})
            person.member = DemoMember(member_id, person.birth_year, person.arrived_on,
                                       periods)
        if len(unit.people) > 1:
            household_id = rows.add(Household, {"name": unit.head.name})
            for p in unit.people:
                assert p.member is not None
                rows.add(HouseholdMember, {"household_id": household_id,
                                           "member_id": p.member.id, "relation": p.relation})
            households += 1
        if rng.random() < 0.25:
            head = unit.head.member
            assert head is not None
            for relation, person_name, description in rng.sample(
                demo_names.KEEP_AWAY_PEOPLE, rng.choice((1, 1, 1, 2))
            ):
                entry = json.dumps({"person_name": person_name, "relation": relation,
                                    "description": description}, ensure_ascii=False,
                                   sort_keys=True)
                entry_id = rows.new_id(KeepAway)
                rows.add(KeepAway, {"id": entry_id, "member_id": head.id,
                                    "entry": rows.seal(KeepAway, "entry", entry_id, entry)})
                keep_aways += 1
    return households, keep_aways


def _write_rooms(rows: Rows, rooms: list[DemoRoom], everyone: list[DemoMember],
                 stays: list[Stay]) -> None:
    for room in rooms:
        room.id = rows.add(Room, {"name": room.name, "floor": room.floor,
                                  "capacity": room.capacity, "active": True}) or 0
    for stay in stays:
        rows.add(Assignment, {"member_id": everyone[stay.member_index].id,
                              "room_id": stay.room.id, "bed_label": stay.bed_label,
                              "start_on": stay.start_on, "end_on": stay.end_on})


def build_demo(
    db: Database,
    actor: Actor,
    *,
    members: int = 24,
    seed: int = 7,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty database with a fictional community of about ``members`` people
    (10,000 in well under a minute: see :mod:`safehouse.services.demo_rows`)."""
    actor = require(db, actor, Action.MEMBER_EDIT, Action.HOUSEHOLD_EDIT,
                    Action.KEEPAWAY_EDIT, Action.ROOM_EDIT, Action.ASSIGNMENT_EDIT,
                    Action.GOAL_EDIT, Action.EVENT_EDIT, Action.CARE_PLAN_EDIT,
                    Action.COUNSELOR_EDIT, Action.SESSION_BOOK)
    if members < 1:
        raise ConflictError("The demo needs at least one member.")
    if members > MAX_MEMBERS:
        raise ConflictError(f"The demo makes at most {MAX_MEMBERS} members.")
    today = today or clock.today()
    rng = random.Random(seed)
    units = _plan_units(rng, members, today)
    rooms = plan_rooms(rng, members)
    network = len(rooms) > 8  # more than one house
    with db.transaction() as s:
        if s.scalar(select(func.count()).select_from(Member)) or s.scalar(
            select(func.count()).select_from(Room)
        ):
            raise ConflictError("The demo needs an empty database; this one already has "
                                "members or rooms.")
        rows = Rows(s)
        households, keep_aways = _write_people(rows, s, units, rng)
        everyone = [p.member for u in units for p in u.people if p.member is not None]
        index = 0
        for unit in units:
            unit.people_indexes = list(range(index, index + len(unit.people)))
            index += len(unit.people)
        plan_history(rng, units, rooms, today)
        stays = [a for u in units for a in u.stays]
        _write_rooms(rows, rooms, everyone, stays)
        demo_community.add_community(rows, everyone, today, seed)
        demo_care.add_care_plans(rows, everyone, actor.id, today, seed)
        responses, alerts = demo_wellbeing.add_wellbeing(rows, everyone, today, seed,
                                                         actor.id, network=network)
        demo_counseling.add_counseling(rows, everyone, today, seed, network=network)
        rows.finish()
        broken = [line for line in check.domain_checks(s) if not line.ok]
        if broken:  # a bug in the planner: write nothing
            raise RuntimeError("The demo broke a rule: " + "; ".join(b.name for b in broken))
        audit.record(s, actor, AuditAction.DEMO_BUILD)
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
