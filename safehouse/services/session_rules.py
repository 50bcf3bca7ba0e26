"""The rules of booking, applied by every service that books, moves or changes sessions.

- No counselor, participant or meeting place is in two sessions at overlapping times
  (cancelled sessions hold nothing). Across a series every clashing occurrence is
  named with its day, and the session it clashes with by its time, counselor and place;
  never by anything confidential.
- Two people on each other's keep-away list are never in one session: refused, naming
  them to a role that may see keep-away entries and only "this booking is not allowed;
  ask a manager" to another.
- Such a pair in the house's meeting places at overlapping times is a warning, asked
  (``NeedsConfirmation``) unless the call says ``confirm_warnings=True``.

How it is fast: occurrences are rows (see ``models.counseling``), so a check is a few
index probes: for the counselor and for the place, one range of the index on
(counselor or place, ``starts_at``) per occurrence (an OR of ranges, which SQLite runs
as a MULTI-INDEX OR and PostgreSQL as a BitmapOr: only sessions near an occurrence are
read, never a year of them); for the participants, their sessions over the span; then a
sweep in memory.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from safehouse.errors import ConflictError, NeedsConfirmation, translate
from safehouse.models import (
    CounselingSession,
    KeepAway,
    Member,
    SessionParticipant,
    SessionStatus,
)
from safehouse.services import keep_away
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import Clash
from safehouse.services.session_store import (
    MAX_DURATION,
    counselor_names,
    from_db,
    place_names,
    when_text,
)

Slot = tuple[datetime, datetime]  # naive UTC start and end of an occurrence
MAX_LISTED = 12  # clashes named in one message; the rest are counted
CHUNK = 100  # occurrences probed in one statement (three parameters each)

_CS = CounselingSession


def _in_span(slots: Sequence[Slot]) -> ColumnElement[bool]:
    first = min(start for start, _ in slots)
    last = max(end for _, end in slots)
    return and_(_CS.starts_at >= first - MAX_DURATION, _CS.starts_at < last,
                _CS.status != SessionStatus.CANCELLED.value)


def _near(column: Any, value: int, slots: Sequence[Slot]
          ) -> ColumnElement[bool]:
    """SQL: a session of ``column == value`` that may overlap one of the slots."""
    return and_(or_(*(and_(column == value, _CS.starts_at >= start - MAX_DURATION,
                           _CS.starts_at < end) for start, end in slots)),
                _CS.status != SessionStatus.CANCELLED.value)


def _probe(s: Session, column: Any, value: int,
           slots: Sequence[Slot]) -> list[tuple[int, datetime, datetime, int]]:
    found: list[tuple[int, datetime, datetime, int]] = []
    for first in range(0, len(slots), CHUNK):
        found += [(i, a, b, 0) for i, a, b in s.execute(
            select(_CS.id, _CS.starts_at, _CS.ends_at)
            .where(_near(column, value, slots[first:first + CHUNK])))]
    return list(set(found))


def _sweep(rows: list[tuple[int, datetime, datetime, int]], slots: Sequence[Slot],
           ignore: Collection[int]) -> list[tuple[Slot, int, int]]:
    """(slot, other session, key) for every row overlapping a slot; rows sorted by
    start."""
    rows.sort(key=lambda r: r[1])
    starts = [r[1] for r in rows]
    found: list[tuple[Slot, int, int]] = []
    for slot in slots:
        lo = bisect_left(starts, slot[0] - MAX_DURATION)
        hi = bisect_left(starts, slot[1])
        found.extend((slot, other, key) for other, start, end, key in rows[lo:hi]
                     if end > slot[0] and other not in ignore)
    return found


def clashes(s: Session, slots: Sequence[Slot], *, counselor_id: int,
            member_ids: Collection[int], place_id: int | None,
            ignore: Collection[int] = ()) -> list[Clash]:
    """Every occurrence (slot) that overlaps another session of the counselor, of a
    participant or in the place; sessions in ``ignore`` (those being changed) do not
    count."""
    if not slots:
        return []
    span = _in_span(slots)
    found: list[tuple[Slot, int, str, int]] = []
    rows = _probe(s, _CS.counselor_id, counselor_id, slots)
    found += [(slot, other, "counselor", 0) for slot, other, _ in _sweep(rows, slots, ignore)]
    if member_ids:
        rows = [(i, a, b, m) for m, i, a, b in s.execute(
            select(SessionParticipant.member_id, _CS.id, _CS.starts_at, _CS.ends_at)
            .join(_CS, _CS.id == SessionParticipant.session_id)
            .where(SessionParticipant.member_id.in_(set(member_ids)), span))]
        found += [(slot, other, "member", m) for slot, other, m in _sweep(rows, slots, ignore)]
    if place_id is not None:
        rows = _probe(s, _CS.place_id, place_id, slots)
        found += [(slot, other, "place", 0) for slot, other, _ in _sweep(rows, slots, ignore)]
    return _described(s, found)


def _described(s: Session, found: list[tuple[Slot, int, str, int]]) -> list[Clash]:
    if not found:
        return []
    others = {r.id: r for r in s.scalars(select(_CS).where(
        _CS.id.in_({other for _, other, _, _ in found})))}
    counselors = counselor_names(s, (r.counselor_id for r in others.values()))
    places = place_names(s, (r.place_id for r in others.values() if r.place_id))
    codes = dict(s.execute(select(Member.id, Member.code).where(
        Member.id.in_({m for _, _, what, m in found if what == "member"}))).all())
    result = []
    for slot, other_id, what, member_id in sorted(found, key=lambda f: (f[0][0], f[1])):
        other = others[other_id]
        place = places.get(other.place_id, "") if other.place_id else other.place_text
        fields = {"day": f"{from_db(slot[0]):%Y-%m-%d}",
                  "when": when_text(from_db(other.starts_at), from_db(other.ends_at)),
                  "counselor": counselors.get(other.counselor_id, ""),
                  "place": place or translate("errors", "no place"),
                  "code": codes.get(member_id, "")}
        if what == "counselor":
            text = translate("errors", "{day}: {counselor} already has a session then "
                             "({when}, {place}).")
        elif what == "member":
            text = translate("errors", "{day}: {code} is already in a session then "
                             "({when}, with {counselor}, {place}).")
        else:
            text = translate("errors", "{day}: {place} is taken then ({when}, a session "
                             "with {counselor}).")
        result.append(Clash(from_db(slot[0]), what, other_id, text.format(**fields)))
    return result


def refuse(found: list[Clash]) -> None:
    """Refuse a booking with clashes, naming each (up to :data:`MAX_LISTED`)."""
    if not found:
        return
    lines = [c.message for c in found[:MAX_LISTED]]
    if len(found) > MAX_LISTED:
        lines.append(translate("errors", "… and {count} more.").format(
            count=len(found) - MAX_LISTED))
    clashing = len({c.starts_at for c in found})
    head = (translate("errors", "This session clashes with another:") if clashing == 1
            else translate("errors", "{count} sessions clash with others:")
            .format(count=clashing))
    message = "\n".join([head, *lines])  # each line translated above
    raise ConflictError(message)


def check_keep_away(s: Session, actor: Actor, member_ids: Collection[int]) -> None:
    """Refuse one session with a keep-away pair among its participants."""
    pairs = keep_away.pairs_among(s, member_ids, strict=True)
    if not pairs:
        return
    if not keep_away.sees_keep_away(actor):
        raise ConflictError(translate("errors", "This booking is not allowed; ask a "
                                      "manager."))
    a, b = sorted(pairs)[0]
    codes = dict(s.execute(select(Member.id, Member.code)
                           .where(Member.id.in_((a, b)))).all())
    raise ConflictError(translate(
        "errors", "{first} and {second} are on each other's keep-away list: they are "
        "never booked into one session.").format(first=codes[a], second=codes[b]))


def meeting_warnings(s: Session, actor: Actor, slots: Sequence[Slot],
                     member_ids: Collection[int], place_id: int | None,
                     ignore: Collection[int] = ()) -> list[str]:
    """Warnings: a participant and someone on either's keep-away list both in the
    house's meeting places at overlapping times."""
    ours = set(member_ids)
    if place_id is None or not ours or not slots:
        return []
    listed = set(s.scalars(select(KeepAway.member_id).distinct()))
    if not listed:
        return []
    pairs = keep_away.pairs_among(s, listed | ours)
    partners = {b if a in ours else a for a, b in pairs if (a in ours) != (b in ours)}
    if not partners:
        return []
    rows = [(i, a, b, m) for m, i, a, b in s.execute(
        select(SessionParticipant.member_id, _CS.id, _CS.starts_at, _CS.ends_at)
        .join(_CS, _CS.id == SessionParticipant.session_id)
        .where(SessionParticipant.member_id.in_(partners), _CS.place_id.is_not(None),
               _in_span(slots)))]
    hits = _sweep(rows, slots, ignore)
    if not hits:
        return []
    days = sorted({f"{from_db(slot[0]):%Y-%m-%d}" for slot, _, _ in hits})
    if not keep_away.sees_keep_away(actor):
        return [translate("errors", "On {days} this session would bring people who must be "
                          "kept apart into the house's meeting rooms at the same time; ask "
                          "a manager.").format(days=", ".join(days))]
    codes = dict(s.execute(select(Member.id, Member.code).where(
        Member.id.in_(ours | {m for _, _, m in hits}))).all())
    found = set()
    for _, _, partner in hits:
        for a, b in pairs:
            if partner in (a, b):
                mine = b if a == partner else a
                if mine in ours:
                    found.add((codes[mine], codes[partner]))
    return [translate("errors", "{ours} and {other} are on each other's keep-away list and "
                      "would both be in the house's meeting rooms on {days}.")
            .format(ours=mine, other=other, days=", ".join(days))
            for mine, other in sorted(found)]


def ask(warnings: list[str], confirm_warnings: bool) -> None:
    if warnings and not confirm_warnings:
        raise NeedsConfirmation(tuple(warnings))
