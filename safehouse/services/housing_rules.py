"""The safety rules of housing, which the room services apply to every stay.

- Keep-away pairs (an entry on either's keep-away list linked to the other, read only
  through :func:`safehouse.services.keep_away.pairs_among`) never share a room: a stay
  that would put them together on any night is refused (``ConflictError`` naming the
  room and the nights; the other person only to a role that may see keep-away entries).
- On the same floor, when the setting ``keep_away_scope`` is ``"floor"``: a warning.
- A child — anyone under 18 by her birth year (on the clock's today), or, when her
  birth year is not recorded, a household member whose relation is child — with no
  adult of her household in her room on one of her nights: a warning, when she is
  housed or moved, and when the last adult of her household moves out or to another
  room while she stays.

Warnings are asked, not refused: a room service raises ``NeedsConfirmation`` carrying
them (and does nothing) unless it is called with ``confirm_warnings=True``; then it acts
and records that they were accepted (``AuditAction.ASSIGNMENT_WARNING_ACCEPTED``, with
the kinds of warning as its fields).

The same rules, read for the screens: :func:`board_marks` (the board marks a pair near
each other), :func:`keep_away_warnings` and :func:`linked_member_warning` (the keep-away
tab and its dialog say at once when a linked member shares her room or floor).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.errors import ConflictError, NeedsConfirmation, translate
from safehouse.models import Assignment, HouseholdMember, Member, Relationship, Room
from safehouse.services import audit, keep_away, settings
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.housing import HousingWarning, KeepApart
from safehouse.services.members import get_by_code, get_by_id
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

CHILD_ALONE = "child_alone"
KEEP_AWAY_FLOOR = "keep_away_floor"
ADULT_AGE = 18

Nights = tuple[date, date | None]  # from the first night up to, not including, the end


# --- small pieces -----------------------------------------------------------------------


def overlap(a: Nights, b: Nights) -> Nights | None:
    """The nights two spans share, or None."""
    start = max(a[0], b[0])
    ends = [e for e in (a[1], b[1]) if e is not None]
    end = min(ends) if ends else None
    return (start, end) if end is None or start < end else None


def span_text(nights: Nights) -> str:
    start, end = nights
    if end is None:
        return translate("errors", "{start} – open").format(start=start.isoformat())
    return translate("errors", "{start} – {end}").format(start=start.isoformat(),
                                                         end=end.isoformat())


def _overlapping(start: date, end: date | None) -> ColumnElement[bool]:
    """SQL: an assignment that shares a night with [start, end)."""
    cond = or_(Assignment.end_on.is_(None), Assignment.end_on > start)
    return cond if end is None else and_(cond, Assignment.start_on < end)


def is_child(member: Member, relation: str | None, today: date) -> bool:
    """Under 18 by birth year; without one, a household member whose relation is child."""
    if member.birth_year is not None:
        return today.year - member.birth_year < ADULT_AGE
    return relation == Relationship.CHILD.value


def _household(member: Member) -> list[HouseholdMember]:
    link = member.household_link
    return list(link.household.members) if link is not None else []


def _relation(member: Member) -> str | None:
    link = member.household_link
    return link.relation if link is not None else None


def first_gap(child: Sequence[Nights], adults: Sequence[Nights], since: date) -> date | None:
    """The first night on or after ``since`` when the child stays and no adult does."""
    candidates: set[date] = set()
    for c_start, c_end in child:
        first = max(c_start, since)
        if c_end is not None and first >= c_end:
            continue
        candidates.add(first)
        # cover can only stop where an adult's stay ends
        candidates.update(a_end for _, a_end in adults
                          if a_end is not None and a_end >= first
                          and (c_end is None or a_end < c_end))
    for day in sorted(candidates):
        if not any(a_start <= day and (a_end is None or day < a_end)
                   for a_start, a_end in adults):
            return day
    return None


# --- what the room services call ---------------------------------------------------------


def check_stay(s: Session, actor: Actor, member: Member, room: Room, start: date,
               end: date | None) -> list[HousingWarning]:
    """A new stay of ``member`` in ``room`` over [start, end): refused when it puts her
    in a room with someone on either's keep-away list; the warnings to ask about."""
    warnings = _keep_away_near(s, actor, member, room, (start, end))
    child = _child_without_adult(s, member, room, (start, end))
    if child is not None:
        warnings.append(child)
    return warnings


def check_leaving(s: Session, member: Member, stay: Assignment, day: date
                  ) -> list[HousingWarning]:
    """``member`` leaves ``stay`` (her room) on ``day``: a warning for each child of her
    household in that room who would be left without an adult of the household."""
    today = clock.today()
    people = _household(member)
    if not people or is_child(member, _relation(member), today):
        return []
    children = [p for p in people if p.member_id != member.id
                and is_child(p.member, p.relation, today)]
    if not children:
        return []
    adults = {p.member_id for p in people if not is_child(p.member, p.relation, today)}
    stays = list(s.scalars(select(Assignment).where(
        Assignment.room_id == stay.room_id,
        Assignment.member_id.in_(adults | {p.member_id for p in children}),
        _overlapping(day, None))))
    before = [(a.start_on, a.end_on) for a in stays if a.member_id in adults]
    after = [(a.start_on, day if a.id == stay.id else a.end_on) for a in stays
             if a.member_id in adults and (a.id != stay.id or a.start_on < day)]
    found = []
    for child in children:
        nights = [(a.start_on, a.end_on) for a in stays if a.member_id == child.member_id]
        was, now = first_gap(nights, before, day), first_gap(nights, after, day)
        if now is not None and (was is None or now < was):
            found.append(HousingWarning(CHILD_ALONE, translate(
                "errors", "{child} is a child and stays in room {room}. Once {code} "
                "leaves on {day}, no adult of her household is in the room with her."
            ).format(child=child.member.code, room=stay.room.name, code=member.code,
                     day=day.isoformat())))
    return found


def ask(warnings: Sequence[HousingWarning], confirm_warnings: bool) -> None:
    """Stop with the warnings unless the person has accepted them."""
    if warnings and not confirm_warnings:
        raise NeedsConfirmation(tuple(w.message for w in warnings))


def record_accepted(s: Session, actor: Actor, warnings: Sequence[HousingWarning],
                    stay: Assignment) -> None:
    """Audit that the person went ahead despite these warnings (their kinds, no text)."""
    if warnings:
        audit.record(s, actor, AuditAction.ASSIGNMENT_WARNING_ACCEPTED, entity="assignment",
                     entity_id=stay.id, member_id=stay.member_id,
                     fields=sorted({w.kind for w in warnings}))


def _child_without_adult(s: Session, member: Member, room: Room, nights: Nights
                         ) -> HousingWarning | None:
    today = clock.today()
    if not is_child(member, _relation(member), today):
        return None
    adults = [p.member_id for p in _household(member)
              if p.member_id != member.id and not is_child(p.member, p.relation, today)]
    stays: list[Nights] = []
    if adults:
        stays = [(a.start_on, a.end_on) for a in s.scalars(select(Assignment).where(
            Assignment.member_id.in_(adults), Assignment.room_id == room.id,
            _overlapping(*nights)))]
    gap = first_gap([nights], stays, nights[0])
    if gap is None:
        return None
    return HousingWarning(CHILD_ALONE, translate(
        "errors", "{code} is a child, and from {day} no adult of her household stays in "
        "room {room} with her."
    ).format(code=member.code, day=gap.isoformat(), room=room.name))


def _keep_away_near(s: Session, actor: Actor, member: Member, room: Room, nights: Nights
                    ) -> list[HousingWarning]:
    floor_too = settings.keep_away_scope_in(s) == settings.SCOPE_FLOOR
    q = select(Assignment).where(Assignment.member_id != member.id, _overlapping(*nights))
    if floor_too:
        q = q.where(Assignment.room_id.in_(select(Room.id).where(Room.floor == room.floor)))
    else:
        q = q.where(Assignment.room_id == room.id)
    others = list(s.scalars(q.order_by(Assignment.start_on)))
    pairs = keep_away.pairs_among(s, {member.id} | {o.member_id for o in others},
                                  strict=True)
    apart = {a if b == member.id else b for a, b in pairs if member.id in (a, b)}
    near = [o for o in others if o.member_id in apart]
    sees = keep_away.sees_keep_away(actor)
    for o in near:
        shared = overlap(nights, (o.start_on, o.end_on))
        if o.room_id == room.id and shared is not None:
            if sees:
                raise ConflictError(translate(
                    "errors", "{code} cannot stay in room {room} for {span}: {other} "
                    "stays there then, and one of them is on the other's keep-away list. "
                    "Choose another room."
                ).format(code=member.code, room=room.name, span=span_text(shared),
                         other=o.member.code))
            raise ConflictError(translate(
                "errors", "{code} cannot stay in room {room} for {span}: a safety rule "
                "keeps her apart from someone who stays there then. Choose another room."
            ).format(code=member.code, room=room.name, span=span_text(shared)))
    warnings: list[HousingWarning] = []
    warned: set[int] = set()
    for o in near:
        shared = overlap(nights, (o.start_on, o.end_on))
        if shared is None or o.member_id in warned:
            continue
        warned.add(o.member_id)
        if sees:
            text = translate(
                "errors", "{other} stays in room {other_room}, on the same floor ({floor}) "
                "as room {room}, for {span}, and one of {code} and {other} is on the "
                "other's keep-away list."
            ).format(other=o.member.code, other_room=o.room.name, floor=room.floor,
                     room=room.name, span=span_text(shared), code=member.code)
        else:
            text = translate(
                "errors", "A safety rule asks to keep {code} away from someone who stays "
                "on floor {floor} for {span}."
            ).format(code=member.code, floor=room.floor, span=span_text(shared))
        warnings.append(HousingWarning(KEEP_AWAY_FLOOR, text))
    return warnings


# --- what the screens read ----------------------------------------------------------------


def board_marks(s: Session, actor: Actor, stays: Sequence[Assignment]
                ) -> dict[int, tuple[KeepApart, ...]]:
    """For the board of one day (``stays``: who is where): each stay's keep-away people
    in her room, or on her floor when the setting says so. Empty for a role that may
    not see keep-away entries."""
    if not keep_away.sees_keep_away(actor):
        return {}
    by_member = {a.member_id: a for a in stays}
    pairs = keep_away.pairs_among(s, by_member)
    if not pairs:
        return {}
    floor_too = settings.keep_away_scope_in(s) == settings.SCOPE_FLOOR
    marks: dict[int, list[KeepApart]] = {}
    for x, y in sorted(pairs):
        ax, ay = by_member[x], by_member[y]
        same_room = ax.room_id == ay.room_id
        if not same_room and not (floor_too and ax.room.floor == ay.room.floor):
            continue
        for mine, theirs in ((ax, ay), (ay, ax)):
            marks.setdefault(mine.id, []).append(KeepApart(
                member_code=theirs.member.code, member_name=theirs.member.name,
                room_name=theirs.room.name, same_room=same_room))
    return {key: tuple(value) for key, value in marks.items()}


def _near(s: Session, member_id: int, others: set[int] | None
          ) -> list[tuple[Assignment, Nights, bool]]:
    """Stays from today on of ``others`` (None: everyone on her keep-away lists) that
    share nights with hers in her room (True) or, by the setting, on her floor."""
    since = clock.today()
    mine = list(s.scalars(select(Assignment).where(Assignment.member_id == member_id,
                                                   _overlapping(since, None))))
    if not mine:
        return []
    floor_too = settings.keep_away_scope_in(s) == settings.SCOPE_FLOOR
    q = select(Assignment).where(Assignment.member_id != member_id,
                                 _overlapping(since, None))
    if floor_too:
        floors = {a.room.floor for a in mine}
        q = q.where(Assignment.room_id.in_(select(Room.id).where(Room.floor.in_(floors))))
    else:
        q = q.where(Assignment.room_id.in_({a.room_id for a in mine}))
    if others is not None:
        q = q.where(Assignment.member_id.in_(others))
    theirs = list(s.scalars(q.order_by(Assignment.start_on)))
    if others is None:
        pairs = keep_away.pairs_among(s, {member_id} | {t.member_id for t in theirs})
        apart = {a if b == member_id else b for a, b in pairs if member_id in (a, b)}
        theirs = [t for t in theirs if t.member_id in apart]
    found = []
    for t in theirs:
        for m in mine:
            shared = overlap((max(since, m.start_on), m.end_on), (t.start_on, t.end_on))
            same_room = m.room_id == t.room_id
            if shared is not None and (same_room or m.room.floor == t.room.floor):
                found.append((t, shared, same_room))
    return found


def _near_text(stay: Assignment, shared: Nights, same_room: bool) -> str:
    if same_room:
        return translate(
            "errors", "{other} stays in the same room ({room}) for {span}. Move one of "
            "them to another room."
        ).format(other=stay.member.code, room=stay.room.name, span=span_text(shared))
    return translate(
        "errors", "{other} stays on the same floor (room {room}, floor {floor}) for "
        "{span}."
    ).format(other=stay.member.code, room=stay.room.name, floor=stay.room.floor,
             span=span_text(shared))


def keep_away_warnings(db: Database, actor: Actor, member_id: int) -> list[str]:
    """For her keep-away tab: who of her keep-away pairs shares her room (or floor, by the
    setting) from today on. Nothing is audited: the tab's own reading is."""
    actor = require(db, actor, Action.KEEPAWAY_VIEW)
    with db.transaction() as s:
        get_by_id(s, member_id)
        return [_near_text(*found) for found in _near(s, member_id, None)]


def linked_member_warning(db: Database, actor: Actor, member_id: int, linked_code: str
                          ) -> str:
    """For the keep-away dialog, before it is saved: whether the member about to be
    linked shares her room (or floor) from today on; "" when not (or no such member)."""
    actor = require(db, actor, Action.KEEPAWAY_VIEW)
    with db.transaction() as s:
        get_by_id(s, member_id)
        linked = get_by_code(s, linked_code.strip()) if linked_code.strip() else None
        if linked is None or linked.id == member_id:
            return ""
        found = _near(s, member_id, {linked.id})
        return _near_text(*found[0]) if found else ""
