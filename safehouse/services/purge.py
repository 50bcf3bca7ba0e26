"""Erasing a member for good: everything about her, or only her notes; and finding the
people who left longer ago than the retention period.

Administrators only (``Action.MEMBER_PURGE``), and only with a typed confirmation: the
member's code, or ``ERASE n`` for several at once. The audit trail keeps that an
erasure happened (who, when, which record number), never what was erased; the audit
trail itself is never erased.

On SQLite ``secure_delete`` is on (see ``safehouse.storage.db``), so erased rows are
overwritten; after an erasure the write-ahead log is checkpointed and truncated, so the
erased text is left neither in the database file nor in its ``-wal``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import ValidationError, translate
from safehouse.models import (
    Alert,
    Assignment,
    CareGoal,
    CareGoalUpdate,
    Household,
    HouseholdMember,
    KeepAway,
    Member,
    Membership,
    MemberStatus,
    Response,
)
from safehouse.services import audit
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import RetentionCandidate
from safehouse.services.members import get_by_id
from safehouse.services.permissions import Action, require
from safehouse.services.settings import RETENTION_RANGE
from safehouse.storage import sealed
from safehouse.storage.db import Database

LEFT = (MemberStatus.ALUMNI.value, MemberStatus.EXITED.value)


def confirmation_for(count: int) -> str:
    """What must be typed to erase ``count`` people at once."""
    return f"ERASE {count}"


def confirms(expected: str, typed: str) -> bool:
    """The typed confirmation matches (surrounding spaces aside; case counts)."""
    return typed.strip() == expected


def _require_code(member: Member, confirmation: str) -> None:
    if not confirms(member.code, confirmation):
        raise ValidationError(
            translate("errors", "Type the member's code, {code}, exactly to confirm.")
            .format(code=member.code),
            field="confirmation",
        )


def _finish(db: Database) -> None:
    """Push the erasure out of the write-ahead log into the (securely overwritten) file
    and empty the log. PostgreSQL has no such log in our hands; nothing to do there."""
    if not db.is_sqlite:
        return
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _require_confidential_key(s: Session) -> None:
    """Erasing opens sealed values (storage.sealed): refused without the key, rather
    than leaving behind what could not be seen."""
    if not sealed.can_open(s):
        raise sealed.withheld_error()


def _erase(s: Session, actor: Actor, member: Member) -> None:
    """Remove the member and every row about her, inside the caller's unit of work."""
    member_id = member.id
    name = member.name.strip()

    # her household: she leaves it; an emptied household goes, and one named after her
    # takes the name of someone still in it
    link = s.scalar(select(HouseholdMember).where(HouseholdMember.member_id == member_id))
    if link is not None:
        household: Household = link.household
        household.members.remove(link)
        s.flush()
        if not household.members:
            s.delete(household)
        elif name and name in household.name:
            household.name = sorted(household.members, key=lambda hm: hm.member.code)[
                0
            ].member.name

    # other members' keep-away entries that point at her keep their entry, not the link
    # (the link is sealed inside each entry: they are opened to find it)
    _require_confidential_key(s)
    for entry in s.scalars(select(KeepAway).where(KeepAway.member_id != member_id)):
        if entry.linked_member_id == member_id:
            entry.linked_member_id = None
    # the members she referred no longer say by whom
    s.execute(
        update(Member).where(Member.referred_by_id == member_id).values(referred_by_id=None)
    )
    s.execute(delete(Assignment).where(Assignment.member_id == member_id))
    s.execute(delete(KeepAway).where(KeepAway.member_id == member_id))
    # her check-ins and screenings (their alerts go with them)
    s.execute(delete(Alert).where(Alert.member_id == member_id))
    s.execute(delete(Response).where(Response.member_id == member_id))
    s.flush()
    s.expire_all()
    s.delete(s.get_one(Member, member_id))
    s.flush()
    audit.record(s, actor, AuditAction.MEMBER_PURGE, entity="member", entity_id=member_id,
                 member_id=member_id)


def _changed(db: Database, ids: tuple[int, ...]) -> None:
    db.notify(Change(ChangeKind.MEMBER, ids))
    for kind in (ChangeKind.HOUSEHOLD, ChangeKind.KEEP_AWAY, ChangeKind.ASSIGNMENT,
                 ChangeKind.CARE_PLAN):
        db.notify(Change(kind))


def erase_member(db: Database, actor: Actor, member_id: int, confirmation: str) -> None:
    """Erase a member and everything about her; ``confirmation`` is her code, typed."""
    actor = require(db, actor, Action.MEMBER_PURGE)
    with db.transaction() as s:
        member = get_by_id(s, member_id)
        _require_code(member, confirmation)
        _erase(s, actor, member)
    _finish(db)
    _changed(db, (member_id,))


def erase_members(
    db: Database, actor: Actor, member_ids: Iterable[int], confirmation: str
) -> int:
    """Erase several members in one unit of work (all or none); ``confirmation`` is
    ``ERASE n`` with n the number of members. Returns how many were erased."""
    actor = require(db, actor, Action.MEMBER_PURGE)
    ids = tuple(dict.fromkeys(member_ids))
    if not ids:
        raise ValidationError(translate("errors", "Nobody is chosen to be erased."),
                              field="members")
    expected = confirmation_for(len(ids))
    if not confirms(expected, confirmation):
        raise ValidationError(translate("errors", "Type {expected} exactly to confirm.")
                              .format(expected=expected), field="confirmation")
    with db.transaction() as s:
        for member_id in ids:
            _erase(s, actor, get_by_id(s, member_id))
    _finish(db)
    _changed(db, ids)
    return len(ids)


def erase_notes(db: Database, actor: Actor, member_id: int, confirmation: str) -> None:
    """Clear a member's case notes, the descriptions in her keep-away list and the notes
    of her care-plan updates; the rest of her record stays. ``confirmation`` is her code,
    typed."""
    actor = require(db, actor, Action.MEMBER_PURGE)
    with db.transaction() as s:
        member = get_by_id(s, member_id)
        _require_code(member, confirmation)
        _require_confidential_key(s)
        member.notes = ""
        for entry in s.scalars(select(KeepAway).where(KeepAway.member_id == member_id)):
            entry.description = ""
        # (a bulk statement may clear sealed values: storage.sealed)
        s.execute(update(CareGoalUpdate).where(CareGoalUpdate.goal_id.in_(
            select(CareGoal.id).where(CareGoal.member_id == member_id))).values(note=""))
        audit.record(s, actor, AuditAction.MEMBER_NOTES_PURGE, entity="member", entity_id=member_id,
                     member_id=member_id,
                     fields=["care_plan.notes", "keep_away.description", "notes"])
    _finish(db)
    db.notify(Change(ChangeKind.MEMBER, (member_id,)))
    db.notify(Change(ChangeKind.KEEP_AWAY))
    db.notify(Change(ChangeKind.CARE_PLAN))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def retention_candidates(
    db: Database, actor: Actor, years: int, *, on: date | None = None
) -> list[RetentionCandidate]:
    """Members (alumni or exited) who left more than ``years`` years before ``on``
    (today by default), the longest gone first."""
    actor = require(db, actor, Action.MEMBER_PURGE)
    low, high = RETENTION_RANGE
    if not low <= years <= high:
        raise ValidationError(translate("errors", "The retention period must be between "
                                        "{low} and {high} years.")
                              .format(low=low, high=high), field="retention_years")
    cutoff = _years_before(on or clock.today(), years)
    with db.transaction() as s:
        # her last day in the community: the end of her latest period
        left_on = func.max(Membership.end_on)
        rows = s.execute(
            select(Member.id, Member.code, left_on)
            .join(Membership, Membership.member_id == Member.id)
            .where(Member.status.in_(LEFT))
            .group_by(Member.id, Member.code)
            .having(left_on < cutoff)
            .order_by(left_on, Member.code)
        )
        return [RetentionCandidate(member_id=i, code=c, left_on=d) for i, c, d in rows
                if d is not None]
