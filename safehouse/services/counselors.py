"""The counselors' list (accounts with the counselor role, and counselors from outside)
and the house's meeting places (rooms for sessions, kept apart from the bedrooms)."""

from __future__ import annotations

from sqlalchemy import func, select

from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import ConflictError, NotFound, ValidationError, translate
from safehouse.models import Counselor, MeetingPlace, Role, User
from safehouse.services import audit
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import (
    CounselorAccount,
    CounselorInput,
    CounselorView,
    PlaceView,
)
from safehouse.services.input_rules import check_text
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

_LIMITS = {"name": 200, "organisation": 200, "languages": 200, "phone": 50}


def _view(c: Counselor, user: User | None) -> CounselorView:
    return CounselorView(
        id=c.id, name=user.display_name if user is not None else c.name, user_id=c.user_id,
        username=user.username if user is not None else "", organisation=c.organisation,
        languages=c.languages, phone=c.phone, active=c.active)


def list_counselors(db: Database, actor: Actor, *, active_only: bool = False
                    ) -> list[CounselorView]:
    """The counselors, by name; the inactive too unless ``active_only``."""
    require(db, actor, Action.SESSION_VIEW)
    with db.transaction() as s:
        q = select(Counselor, User).outerjoin(User, User.id == Counselor.user_id)
        if active_only:
            q = q.where(Counselor.active.is_(True))
        found = [_view(c, u) for c, u in s.execute(q)]
    return sorted(found, key=lambda c: (c.name.casefold(), c.id))


def counselor_accounts(db: Database, actor: Actor) -> list[CounselorAccount]:
    """Accounts with the counselor role that are not on the counselors' list yet."""
    require(db, actor, Action.COUNSELOR_EDIT)
    with db.transaction() as s:
        listed = select(Counselor.user_id).where(Counselor.user_id.is_not(None))
        rows = s.scalars(select(User).where(User.role == Role.COUNSELOR.value,
                                            User.active.is_(True), User.id.not_in(listed))
                         .order_by(User.display_name))
        return [CounselorAccount(u.id, u.username, u.display_name) for u in rows]


def _check(data: CounselorInput) -> None:
    if data.user_id is None and not data.name.strip():
        raise ValidationError(translate("errors", "Enter the counselor's name."),
                              field="name")
    for name, most in _LIMITS.items():
        value = getattr(data, name)
        if len(value.strip()) > most:
            raise ValidationError(translate(
                "errors", "This is longer than {count} characters.").format(count=most),
                field=name)
        check_text(value, name)


def save_counselor(db: Database, actor: Actor, data: CounselorInput,
                   counselor_id: int | None = None) -> CounselorView:
    """Put a counselor on the list (``counselor_id`` None) or change one."""
    actor = require(db, actor, Action.COUNSELOR_EDIT)
    _check(data)
    with db.transaction() as s:
        user: User | None = None
        if data.user_id is not None:
            user = s.get(User, data.user_id)
            if user is None or user.role != Role.COUNSELOR.value:
                raise ValidationError(translate(
                    "errors", "Choose an account with the counselor role."), field="account")
            taken = s.scalar(select(Counselor.id).where(Counselor.user_id == user.id))
            if taken is not None and taken != counselor_id:
                raise ConflictError(translate(
                    "errors", "{name} is on the counselors' list already.")
                    .format(name=user.display_name))
        if counselor_id is None:
            c = Counselor()
            s.add(c)
            action = AuditAction.COUNSELOR_CREATE
        else:
            found = s.get(Counselor, counselor_id)
            if found is None:
                raise NotFound(translate("errors", "This counselor is not on the list."))
            c, action = found, AuditAction.COUNSELOR_UPDATE
        c.user_id = data.user_id
        c.name = user.display_name if user is not None else data.name.strip()
        c.organisation, c.languages = data.organisation.strip(), data.languages.strip()
        c.phone, c.active = data.phone.strip(), data.active
        s.flush()
        audit.record(s, actor, action, entity="counselor", entity_id=c.id,
                     fields=["name", "organisation_name", "languages", "phone", "account",
                             "active"])
        result = _view(c, user)
    db.notify(Change(ChangeKind.SESSION, (result.id,)))
    return result


# --- meeting places ---------------------------------------------------------------------


def list_places(db: Database, actor: Actor, *, active_only: bool = False) -> list[PlaceView]:
    require(db, actor, Action.SESSION_VIEW)
    with db.transaction() as s:
        q = select(MeetingPlace).order_by(MeetingPlace.name)
        if active_only:
            q = q.where(MeetingPlace.active.is_(True))
        return [PlaceView(p.id, p.name, p.active) for p in s.scalars(q)]


def save_place(db: Database, actor: Actor, name: str, *, active: bool = True,
               place_id: int | None = None) -> PlaceView:
    """Add a meeting place of the house (``place_id`` None), or rename or close one."""
    actor = require(db, actor, Action.ROOM_EDIT)
    name = name.strip()
    if not name:
        raise ValidationError(translate("errors", "Enter the meeting place's name."),
                              field="name")
    if len(name) > 100:
        raise ValidationError(translate("errors", "The name is longer than {count} "
                                        "characters.").format(count=100), field="name")
    check_text(name, "name")
    with db.transaction() as s:
        twin = s.scalar(select(MeetingPlace.id).where(
            func.lower(MeetingPlace.name) == name.lower()))
        if twin is not None and twin != place_id:
            raise ConflictError(translate("errors", "There is a meeting place called {name} "
                                          "already.").format(name=name))
        if place_id is None:
            place = MeetingPlace()
            s.add(place)
            action = AuditAction.PLACE_CREATE
        else:
            found = s.get(MeetingPlace, place_id)
            if found is None:
                raise NotFound(translate("errors", "This meeting place no longer exists."))
            place, action = found, AuditAction.PLACE_UPDATE
        place.name, place.active = name, active
        s.flush()
        audit.record(s, actor, action, entity="meeting_place", entity_id=place.id,
                     fields=["name", "active"])
        result = PlaceView(place.id, place.name, place.active)
    db.notify(Change(ChangeKind.SESSION, (result.id,)))
    return result
