"""What must hold after a writer was killed: the file sound, every confirmed change
there, and no change there by half. Each function returns the problems it found, in
words (ids and codes only), empty when all is well."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from safehouse.audit_actions import AuditAction
from safehouse.models import (
    Alert,
    Assignment,
    AuditEntry,
    CounselingSession,
    Member,
    Response,
    Room,
)
from safehouse.models.counseling import SeriesMember, SessionParticipant, SessionSeries
from safehouse.services import audit_log, check
from safehouse.services.dto.accounts import Actor
from safehouse.storage import sqlcipher
from safehouse.storage.db import Database


def file_problems(path: Path, key: bytes) -> list[str]:
    """SQLite's and SQLCipher's own checks, on a fresh connection (the first one after
    the kill: it recovers the journal as the program's would)."""
    problems: list[str] = []
    conn = sqlcipher.connect(path, key)
    try:
        for pragma in ("cipher_integrity_check", "integrity_check", "foreign_key_check"):
            try:
                rows = [tuple(row) for row in conn.execute(f"PRAGMA {pragma}")]
            except sqlcipher.Error as err:
                problems.append(f"{pragma}: {err}")
                continue
            problems += [f"{pragma}: {row}" for row in rows if row != ("ok",)]
    finally:
        conn.close()
    return problems


def program_problems(db: Database, actor: Actor, *, full: bool = True) -> list[str]:
    """``safehouse check`` (``full``): integrity, references, schema, the audit chain
    with its triggers and anchors, and the domain rules (stays, capacity, codes); else
    the audit trail (chain, triggers, anchors) and the domain rules."""
    if full:
        lines = list(check.run_checks(db, actor).lines)
    else:
        chain = audit_log.verify(db)
        with db.transaction() as s:
            lines = check.domain_checks(s)
        if not chain.ok:
            return [f"audit trail: {chain.message} {' '.join(chain.problems)}"]
    return [f"check {line.name}: {line.message}" for line in lines if not line.ok]


def _audited(s, *actions: AuditAction, entity: str) -> Counter[int]:  # type: ignore[no-untyped-def]
    return Counter(s.scalars(select(AuditEntry.entity_id).where(
        AuditEntry.action.in_([a.value for a in actions]), AuditEntry.entity == entity)))


def _one_to_one(kind: str, rows: Iterable[int], audited: Counter[int]) -> list[str]:
    ids = set(rows)
    problems = [f"{kind} {i} has no audit line" for i in sorted(ids - set(audited))]
    problems += [f"audit line for {kind} {i}, which is not there" for i in
                 sorted(set(audited) - ids)]
    problems += [f"{kind} {i} has {n} audit lines" for i, n in sorted(audited.items())
                 if n != 1]
    return problems


def half_done(db: Database) -> list[str]:
    """Rows without what their transaction wrote with them, and the other way round."""
    p: list[str] = []
    with db.transaction() as s:
        p += _one_to_one("member", s.scalars(select(Member.id)),
                         _audited(s, AuditAction.MEMBER_CREATE, entity="member"))
        p += _one_to_one("room", s.scalars(select(Room.id)),
                         _audited(s, AuditAction.ROOM_CREATE, entity="room"))
        p += _one_to_one("stay", s.scalars(select(Assignment.id)), _audited(
            s, AuditAction.ASSIGNMENT_CREATE, AuditAction.ASSIGNMENT_MOVE, entity="assignment"))
        p += _one_to_one("response", s.scalars(select(Response.id)), _audited(
            s, AuditAction.WELLBEING_RECORD, entity="wellbeing_response"))
        p += _one_to_one("session", s.scalars(select(CounselingSession.id).where(
            CounselingSession.series_id.is_(None))), _audited(
            s, AuditAction.SESSION_BOOK, entity="counseling_session"))
        stays = {a.id: a for a in s.scalars(select(Assignment))}
        p += _moves(s, stays)
        p += _series(s)
        p += _participants(s)
        p += _alerts(s)
    return p


def _moves(s, stays: dict[int, Assignment]) -> list[str]:  # type: ignore[no-untyped-def]
    """A move ends one stay and starts the next on the same day, both or neither; a
    stay ends only by a move or a move-out, each audited."""
    p: list[str] = []
    moved_in = set(_audited(s, AuditAction.ASSIGNMENT_MOVE, entity="assignment"))
    ended = set(_audited(s, AuditAction.ASSIGNMENT_END, entity="assignment"))
    ends = {(a.member_id, a.end_on): a.id for a in stays.values() if a.end_on is not None}
    for new in moved_in & set(stays):
        a = stays[new]
        if (a.member_id, a.start_on) not in ends:
            p.append(f"stay {new} was moved into, but no stay of member {a.member_id} "
                     f"ends on {a.start_on}")
    moved_out_of = {ends[(stays[n].member_id, stays[n].start_on)] for n in moved_in
                    if n in stays and (stays[n].member_id, stays[n].start_on) in ends}
    for a in stays.values():
        if a.end_on is not None and a.id not in ended and a.id not in moved_out_of:
            p.append(f"stay {a.id} ended on {a.end_on} without a move or a move-out")
        if a.end_on is None and a.id in ended:
            p.append(f"stay {a.id} has a move-out in the audit trail but is open")
    return p


def _series(s) -> list[str]:  # type: ignore[no-untyped-def]
    """Every series with all the occurrences its booking wrote, and its audit line."""
    p: list[str] = []
    booked = {e.entity_id: e.detail for e in s.scalars(select(AuditEntry).where(
        AuditEntry.action == AuditAction.SESSION_BOOK.value,
        AuditEntry.entity == "session_series"))}
    counts = dict(s.execute(select(CounselingSession.series_id, func.count())
                            .where(CounselingSession.series_id.is_not(None))
                            .group_by(CounselingSession.series_id)).all())
    series_ids = set(s.scalars(select(SessionSeries.id)))
    with_members = set(s.scalars(select(SeriesMember.series_id)))
    p += [f"series {i} has no audit line" for i in sorted(series_ids - set(booked))]
    p += [f"audit line for series {i}, which is not there" for i in
          sorted(set(booked) - series_ids)]
    p += [f"series {i} has no members" for i in sorted(series_ids - with_members)]
    for series_id, detail in booked.items():
        wanted = next(int(f.split("=")[1]) for f in detail.split(",")
                      if f.startswith("sessions="))
        if series_id in series_ids and counts.get(series_id, 0) != wanted:
            p.append(f"series {series_id} has {counts.get(series_id, 0)} of its "
                     f"{wanted} occurrences")
    return p


def _participants(s) -> list[str]:  # type: ignore[no-untyped-def]
    with_people = set(s.scalars(select(SessionParticipant.session_id)))
    return [f"session {i} has no participant" for i in
            s.scalars(select(CounselingSession.id)) if i not in with_people]


def _alerts(s) -> list[str]:  # type: ignore[no-untyped-def]
    """A yearly check-in's "yes" raised its alert in the same transaction."""
    raised = Counter(s.scalars(select(Alert.response_id)))
    p: list[str] = []
    for r in s.scalars(select(Response).where(Response.instrument == "yearly")):
        if raised.get(r.id, 0) != (1 if r.repatriation_threat else 0):
            p.append(f"yearly response {r.id} has {raised.get(r.id, 0)} alerts")
    return p


def missing(db: Database, confirmed: Iterable[str]) -> list[str]:
    """Each line a writer printed (after the service returned) must be in the database,
    as the line says."""
    p: list[str] = []
    with db.transaction() as s:
        for line in confirmed:
            kind, *f = line.split()
            ok = True
            if kind == "member":
                ok = s.scalar(select(Member.code).where(Member.id == int(f[0]))) == f[1]
            elif kind == "room":
                ok = s.get(Room, int(f[0])) is not None
            elif kind in ("assign", "move"):
                a = s.get(Assignment, int(f[0]))
                ok = a is not None and (a.member_id, a.room_id, a.start_on) == (
                    int(f[1]), int(f[2]), date.fromisoformat(f[3]))
                if ok and kind == "move":
                    ok = s.scalar(select(func.count()).select_from(Assignment).where(
                        Assignment.member_id == int(f[1]),
                        Assignment.end_on == date.fromisoformat(f[3]))) == 1
            elif kind == "moveout":
                a = s.get(Assignment, int(f[0]))
                ok = a is not None and a.end_on == date.fromisoformat(f[2])
            elif kind == "session":
                ok = s.scalar(select(SessionParticipant.member_id).where(
                    SessionParticipant.session_id == int(f[0]))) == int(f[1])
            elif kind == "series":
                ok = s.scalar(select(func.count()).select_from(CounselingSession).where(
                    CounselingSession.series_id == int(f[0]))) == int(f[1])
            elif kind == "response":
                r = s.get(Response, int(f[0]))
                ok = (r is not None and r.member_id == int(f[1]) and r.instrument == f[2]
                      and s.scalar(select(func.count()).select_from(Alert).where(
                          Alert.response_id == r.id)) == int(f[3]))
            elif kind != "ready":
                ok = False
            if not ok:
                p.append(f"confirmed but not there as confirmed: {line}")
    return p
