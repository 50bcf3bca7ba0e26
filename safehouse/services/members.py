"""Members: list, read, create, edit, change status."""

from __future__ import annotations

from dataclasses import fields as dc_fields
from dataclasses import replace
from datetime import date

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import (
    ConflictError,
    NotFound,
    ValidationError,
    ValidationErrors,
    translate,
)
from safehouse.models import Assignment, Counter, Member, MembershipEnd, MemberStatus, Room
from safehouse.services import audit, membership, versions
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberDetail, MemberInput, MemberSummary
from safehouse.services.input_rules import check_date
from safehouse.services.member_rules import (
    MAX_CODE,
    MAX_CODE_NUMBER,
    canonical_code,
    code_number,
    code_problem,
    format_code,
    loop_error,
    normalise_code,
    validate_member,
)
from safehouse.services.permissions import Action, Field, can_see, require
from safehouse.services.reading import Read, record_read
from safehouse.storage.db import Database

CODE_COUNTER = "member_code"
# The PostgreSQL advisory lock held while member codes are handed out (any number, the
# same in every process: "safehouse codes" in ASCII).
_CODES_LOCK = 0x5348_434F_4445
_LOCKED = "member_codes_locked"
# set through the periods (membership.apply_latest) or the referrer, not copied as they are
PERIOD_FIELDS = ("referred_by_code", "joined_on", "left_on")


def _detail(m: Member, *, actor: Actor | None) -> MemberDetail:
    """The member as ``actor`` may see her: sensitive fields the permission table does
    not show to the actor's role are blank. ``actor`` None: everything (internal use)."""

    def shown(field: Field) -> bool:
        return actor is None or can_see(actor, field)

    periods = membership.as_periods(m)

    return MemberDetail(
        id=m.id,
        code=m.code,
        name=m.name,
        alias=m.alias,
        sex=m.sex,
        birth_year=m.birth_year,
        phone=m.phone if shown(Field.MEMBER_PHONE) else "",
        arrived_on=m.arrived_on,
        hanawon_completed_on=m.hanawon_completed_on,
        joined_on=periods[-1].start_on if periods else None,
        left_on=periods[-1].end_on if periods else None,
        status=m.status,
        referred_by_code=m.referred_by.code if m.referred_by else None,
        referred_by_name=m.referred_by.name if m.referred_by else None,
        notes=m.notes if shown(Field.MEMBER_NOTES) else "",
        periods=periods,
        version=m.version,
    )


# the fields of the form a role may not see, by the permission that shows them
_HIDDEN_UNLESS = {"phone": Field.MEMBER_PHONE, "notes": Field.MEMBER_NOTES}


def _seen(d: MemberDetail, actor: Actor) -> dict[str, object]:
    """The form's fields of ``d`` that ``actor`` may see, by name."""
    return {f.name: getattr(d, f.name) for f in dc_fields(MemberInput)
            if f.name not in _HIDDEN_UNLESS or can_see(actor, _HIDDEN_UNLESS[f.name])}


def get_by_id(s: Session, member_id: int) -> Member:
    member = s.get(Member, member_id)
    if member is None:
        raise NotFound(translate("errors", "This member no longer exists."))
    return member


def get_by_code(s: Session, code: str) -> Member | None:
    """The member with this code, however it is written (M-00102 finds M-0102)."""
    return s.scalar(select(Member).where(Member.code == normalise_code(code)))


def lock_imports(s: Session) -> None:
    """One import (or one handing out of member codes) at a time: two imports, or an
    import and a new member, at once. Call before anything the work depends on is read.

    SQLite: the write lock is taken now (``BEGIN IMMEDIATE``), so no other writer can
    come in between this work's reads and its writes; it waits as long as the busy
    timeout, then says the codes are busy. PostgreSQL: a transaction-level advisory lock,
    waited for; later reads see what the one before committed.
    """
    if s.info.get(_LOCKED):
        return
    try:
        if s.get_bind().dialect.name == "sqlite":
            s.flush()  # written already: this work holds the write lock
            raw = s.connection().connection.dbapi_connection
            if raw is not None and not raw.in_transaction:
                s.execute(text("BEGIN IMMEDIATE"))
        else:
            s.execute(select(func.pg_advisory_xact_lock(_CODES_LOCK)))
    except sa_exc.OperationalError:
        raise ConflictError(translate(
            "errors", "Another import or another new member is being saved at this "
            "moment. Try again when it has finished; nothing was changed.")) from None
    s.info[_LOCKED] = True


def code_counter(s: Session) -> Counter:
    lock_imports(s)
    counter = s.get(Counter, CODE_COUNTER, with_for_update=True, populate_existing=True)
    if counter is None:
        counter = Counter(name=CODE_COUNTER, value=0)
        s.add(counter)
    return counter


def next_code(s: Session) -> str:
    """Hand out the next member code; codes are never handed out twice, and the counter
    never goes past the highest code nor back."""
    counter = code_counter(s)
    if counter.value >= MAX_CODE_NUMBER:
        raise ConflictError(translate(
            "errors", "Every member code up to {highest} has been handed out; no new member "
            "can be given a code. Run safehouse check and ask for help.")
            .format(highest=MAX_CODE))
    counter.value += 1
    return format_code(counter.value)


def reserve_code(s: Session, code: str) -> None:
    """Move the counter past a code given from outside (an import); never back."""
    number = code_number(code)
    if number is None:
        raise ValidationError(code_problem(code) or translate(
            "errors", "{code} is not a member code like M-0001.").format(code=repr(code)),
            field="code")
    counter = code_counter(s)
    if counter.value < number:
        counter.value = number


def list_members(
    db: Database, actor: Actor, *, on: date | None = None
) -> list[MemberSummary]:
    """All members, with the room each is in on ``on`` (today by default)."""
    actor = require(db, actor, Action.MEMBER_VIEW)
    on = on or clock.today()
    with db.transaction() as s:
        rooms: dict[int, str] = {
            member_id: room_name
            for member_id, room_name in s.execute(
                select(Assignment.member_id, Room.name)
                .join(Room, Room.id == Assignment.room_id)
                .where(
                    Assignment.start_on <= on,
                    or_(Assignment.end_on.is_(None), Assignment.end_on > on),
                )
            )
        }
        return [
            MemberSummary(
                id=m.id,
                code=m.code,
                name=m.name,
                alias=m.alias,
                status=m.status,
                joined_on=joined_on,
                room=rooms.get(m.id, ""),
                birth_year=m.birth_year,
            )
            for m, joined_on in s.execute(
                select(Member, membership.latest_start()).order_by(Member.code))
        ]


def get_member(
    db: Database, actor: Actor, member_id: int, *, purpose: Read
) -> MemberDetail:
    """One member's profile. ``purpose``: ``Read.OPEN`` when a person chose to look at
    her (audited: who, when, which member), ``Read.REFRESH`` otherwise (see
    :mod:`safehouse.services.reading`)."""
    actor = require(db, actor, Action.MEMBER_VIEW)
    with db.transaction() as s:
        detail = _detail(get_by_id(s, member_id), actor=actor)
        record_read(s, actor, purpose, AuditAction.MEMBER_VIEW, member_id=member_id)
        return detail


def find_member(db: Database, actor: Actor, code: str, *, purpose: Read) -> MemberDetail:
    """A member's profile by her code; ``purpose`` as for :func:`get_member`."""
    actor = require(db, actor, Action.MEMBER_VIEW)
    with db.transaction() as s:
        member = get_by_code(s, code)
        if member is None:
            raise NotFound(translate("errors", "There is no member {code}.")
                           .format(code=canonical_code(code) or repr(code.strip()[:20])))
        record_read(s, actor, purpose, AuditAction.MEMBER_VIEW, member_id=member.id)
        return _detail(member, actor=actor)


def _clean(data: MemberInput) -> MemberInput:
    raw = (data.referred_by_code or "").strip()
    code = (canonical_code(raw) or raw) if raw else None
    return replace(
        data,
        name=data.name.strip(),
        alias=data.alias.strip(),
        phone=data.phone.strip(),
        referred_by_code=code,
    )


def _apply(s: Session, member: Member, data: MemberInput) -> list[str]:
    """Copy validated input onto the row; returns the names of the fields changed."""
    referrer: Member | None = None
    if data.referred_by_code:
        referrer = get_by_code(s, data.referred_by_code)
        if referrer is None:
            raise ValidationError(
                translate("errors", "There is no member {code} to have referred this one.")
                .format(code=data.referred_by_code),
                field="referred_by",
            )
        if member.id is not None and referrer.id == member.id:
            raise ValidationError(translate("errors", "A member cannot refer herself."),
                                  field="referred_by")
        if member.id is not None and _would_loop(s, member.id, referrer.id):
            raise loop_error(referrer.code)
    changed: list[str] = []
    for f in dc_fields(MemberInput):
        if f.name in PERIOD_FIELDS:
            continue
        new = getattr(data, f.name)
        if getattr(member, f.name) != new:
            setattr(member, f.name, new)
            changed.append(f.name)
    new_ref = referrer.id if referrer else None
    if member.referred_by_id != new_ref:
        member.referred_by_id = new_ref
        member.referred_by = referrer
        changed.append("referred_by")
    return changed + membership.apply_latest(member, data.status, data.joined_on,
                                             data.left_on)


def _would_loop(s: Session, member_id: int, referrer_id: int) -> bool:
    """Whether making ``referrer_id`` her referrer closes a loop: the referrer's chain
    of referrers reaches her (a loop stored elsewhere is stepped over, not followed)."""
    seen: set[int] = set()
    node: int | None = referrer_id
    while node is not None and node not in seen:
        if node == member_id:
            return True
        seen.add(node)
        node = s.scalar(select(Member.referred_by_id).where(Member.id == node))
    return False


def _validate(data: MemberInput) -> None:
    errors = validate_member(data)
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)


def create_member(db: Database, actor: Actor, data: MemberInput) -> MemberDetail:
    actor = require(db, actor, Action.MEMBER_EDIT)
    data = _clean(data)
    _validate(data)
    with db.transaction() as s:
        member = Member(code=next_code(s), name=data.name, status=data.status)
        s.add(member)
        _apply(s, member, data)
        s.flush()
        audit.record(s, actor, AuditAction.MEMBER_CREATE, entity="member", entity_id=member.id,
                     member_id=member.id)
        detail = _detail(member, actor=actor)
    db.notify(Change(ChangeKind.MEMBER, (detail.id,)))
    return detail


def update_member(
    db: Database, actor: Actor, member_id: int, data: MemberInput, *,
    read: MemberDetail | None = None,
) -> MemberDetail:
    """Save the form of a member. ``read``: the profile the form was filled from; when
    someone else saved the member since (another version), nothing is saved and
    ``StaleRecord`` says what they changed (:mod:`safehouse.services.versions`)."""
    actor = require(db, actor, Action.MEMBER_EDIT)
    data = _clean(data)
    _validate(data)
    with db.transaction() as s:
        member = versions.hold_read(s, Member, member_id, translate(
            "errors", "This member no longer exists."), read,
            lambda m: _detail(m, actor=actor), lambda d: _seen(d, actor))
        leaving = membership.leaving_on(member, data)
        if leaving is not None:
            close_open_assignment(s, member.id, leaving)
        changed = _apply(s, member, data)
        if changed:
            versions.bump(member, "status")
            audit.record(s, actor, AuditAction.MEMBER_UPDATE, entity="member", entity_id=member.id,
                         member_id=member.id, fields=changed)
        s.flush()
        detail = _detail(member, actor=actor)
    db.notify(Change(ChangeKind.MEMBER, (member_id,)))
    if leaving is not None:
        db.notify(Change(ChangeKind.ASSIGNMENT))
    return detail


def set_status(
    db: Database, actor: Actor, member_id: int, status: str, on: date | None = None, *,
    read: MemberDetail | None = None,
) -> MemberDetail:
    """Change a member's status as of ``on``, opening or closing a period in the community.

    Becoming active opens a period from ``on`` (a member who left comes back: a new
    period). Leaving (alumni, exited) ends the open period on ``on``, her last day, and
    moves her out of her room that day; an enquiry who never joined gets a one-day
    period, so that her leaving date is kept. Back to enquiry removes an open period (a
    joining entered too early); periods already ended are kept. ``read``: as for
    :func:`update_member` (``StaleRecord`` when someone else saved her since).
    """
    actor = require(db, actor, Action.MEMBER_EDIT)
    on = on or clock.today()
    check_date(on, "on")
    with db.transaction() as s:
        member = versions.hold_read(s, Member, member_id, translate(
            "errors", "This member no longer exists."), read,
            lambda m: _detail(m, actor=actor), lambda d: _seen(d, actor))
        periods = membership.periods_of(member)
        latest = periods[-1] if periods else None
        is_open = latest is not None and latest.end_on is None
        joined, left = membership.latest_dates(member)
        if status == MemberStatus.ACTIVE and not is_open:
            membership.check_come_back(periods, on)
            joined, left = on, None
        elif status in (MembershipEnd.ALUMNI, MembershipEnd.EXITED):
            if is_open:
                left = on
            elif latest is None:
                joined, left = on, on
        elif status == MemberStatus.ENQUIRY and is_open:
            joined, left = None, None
        data = replace(_detail(member, actor=None).to_input(), status=status,
                       joined_on=joined, left_on=left)
        _validate(data)
        leaving = membership.leaving_on(member, data)
        if leaving is not None:
            close_open_assignment(s, member.id, leaving)
        changed = _apply(s, member, data)
        if changed:
            versions.bump(member, "status")
        audit.record(s, actor, AuditAction.MEMBER_STATUS, entity="member", entity_id=member.id,
                     member_id=member.id, fields=changed)
        s.flush()
        detail = _detail(member, actor=actor)
    db.notify(Change(ChangeKind.MEMBER, (member_id,)))
    db.notify(Change(ChangeKind.ASSIGNMENT))
    return detail


def close_open_assignment(s: Session, member_id: int, on: date) -> None:
    """End her open room stay on ``on`` (the day she leaves), inside the caller's work."""
    open_ = s.scalar(
        select(Assignment).where(
            and_(Assignment.member_id == member_id, Assignment.end_on.is_(None))
        )
    )
    if open_ is None:
        return
    if open_.start_on >= on:
        raise ConflictError(translate(
            "errors", "The member moved into her room on {moved_in}, which is not before "
            "the leaving date {left}. Correct the room history first."
        ).format(moved_in=open_.start_on.isoformat(), left=on.isoformat()))
    open_.end_on = on
