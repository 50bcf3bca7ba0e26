"""The keep-away list: people who must not reach a member (former partners, brokers).

Each entry is sealed whole under the confidential key (storage.sealed): an account
without it sees the entries of a list, all of their fields blank, and cannot change
them.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import NotFound, PermissionDenied, ValidationError, translate
from safehouse.models import KeepAway, KeepAwayRelation, Member
from safehouse.services import audit
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import KeepAwayInfo
from safehouse.services.input_rules import check_text
from safehouse.services.member_rules import normalise_code
from safehouse.services.members import get_by_code, get_by_id
from safehouse.services.permissions import Action, Field, can_see, require
from safehouse.services.reading import Read, record_read
from safehouse.storage import sealed
from safehouse.storage.db import Database

RELATIONS = tuple(r.value for r in KeepAwayRelation)


def _info(k: KeepAway, actor: Actor, s: Session) -> KeepAwayInfo:
    """The entry as ``actor`` may see it: fields the permission table hides are blank."""
    linked = s.get(Member, k.linked_member_id) if k.linked_member_id is not None else None
    return KeepAwayInfo(
        id=k.id,
        member_id=k.member_id,
        person_name=k.person_name if can_see(actor, Field.KEEPAWAY_PERSON_NAME) else "",
        relation=k.relation if can_see(actor, Field.KEEPAWAY_RELATION) else "",
        description=k.description if can_see(actor, Field.KEEPAWAY_DESCRIPTION) else "",
        linked_member_code=linked.code if linked else None,
        linked_member_name=linked.name if linked else None,
    )


def list_keep_aways(
    db: Database, actor: Actor, member_id: int, *, purpose: Read
) -> list[KeepAwayInfo]:
    """A member's keep-away list. ``purpose``: ``Read.OPEN`` when a person chose to look
    at it (audited), ``Read.REFRESH`` otherwise (see :mod:`safehouse.services.reading`)."""
    actor = require(db, actor, Action.KEEPAWAY_VIEW)
    with db.transaction() as s:
        get_by_id(s, member_id)
        rows = s.scalars(
            select(KeepAway).where(KeepAway.member_id == member_id).order_by(KeepAway.id)
        )
        result = [_info(k, actor, s) for k in rows]
        record_read(s, actor, purpose, AuditAction.KEEPAWAY_VIEW, member_id=member_id)
        return result


def sees_keep_away(actor: Actor) -> bool:
    """Whether messages and marks may say who is on whose keep-away list."""
    return can_see(actor, Field.KEEPAWAY_PERSON_NAME)


def pairs_among(
    session: Session, member_ids: Collection[int], *, strict: bool = False
) -> set[tuple[int, int]]:
    """The keep-away pairs among these members: ``(a, b)`` with ``a < b`` when an entry
    of either's list is linked to the other.

    The one place the housing checks read the links (``safehouse.services.
    housing_rules``): it loads the entries of these members and reads the linked member
    from each (sealed whole under the confidential key: opened as they load), never in
    SQL. A session without the key reads no link: ``strict`` (the check of a new stay)
    refuses then, when any of these members has an entry, rather than let a pair share a
    room unseen; otherwise (marks, warnings) it finds no pair."""
    ids = set(member_ids)
    if len(ids) < 2:
        return set()
    entries = list(session.scalars(select(KeepAway).where(KeepAway.member_id.in_(ids))))
    if entries and not sealed.can_open(session):
        if strict:
            raise PermissionDenied(translate(
                "errors", "The keep-away lists of these members are sealed, and your "
                "account does not hold their key: the program cannot check that they may "
                "share a room. Ask an administrator to give you the key (a new password)."))
        return set()
    found: set[tuple[int, int]] = set()
    for entry in entries:
        member_id, linked_id = entry.member_id, entry.linked_member_id
        if linked_id is not None and linked_id in ids and linked_id != member_id:
            found.add((min(member_id, linked_id), max(member_id, linked_id)))
    return found


def _validate(person_name: str, relation: str, description: str) -> None:
    if not person_name.strip():
        raise ValidationError(
            translate("errors", "Enter the person's name (or a description of them)."),
            field="person_name")
    if len(person_name) > 200:
        raise ValidationError(translate("errors", "The name is longer than {count} characters.")
                              .format(count=200), field="person_name")
    if relation not in RELATIONS:
        raise ValidationError(translate("errors", "The relation must be one of {choices}.")
                              .format(choices=", ".join(RELATIONS)), field="relation")
    check_text(person_name, "person_name")
    check_text(description, "description", multiline=True)
    if len(description) > 5000:
        raise ValidationError(translate("errors", "The description is longer than {count} "
                                        "characters.").format(count=5000),
                              field="description")


def save_keep_away(
    db: Database,
    actor: Actor,
    member_id: int,
    *,
    person_name: str,
    relation: str,
    description: str = "",
    linked_member_code: str | None = None,
    keep_away_id: int | None = None,
) -> KeepAwayInfo:
    """Add an entry (``keep_away_id`` None) or change one."""
    actor = require(db, actor, Action.KEEPAWAY_EDIT)
    _validate(person_name, relation, description)
    with db.transaction() as s:
        member = get_by_id(s, member_id)
        linked_id: int | None = None
        code = (linked_member_code or "").strip()
        if code:
            linked = get_by_code(s, code)
            if linked is None:
                raise ValidationError(translate("errors", "There is no member {code}.")
                                      .format(code=normalise_code(code)[:20]),
                                      field="linked_member")
            if linked.id == member.id:
                raise ValidationError(
                    translate("errors", "A member cannot be kept away from herself."),
                    field="linked_member")
            linked_id = linked.id
        if keep_away_id is None:
            entry = KeepAway(member_id=member.id)
            s.add(entry)
            action = AuditAction.KEEPAWAY_CREATE
        else:
            found = s.get(KeepAway, keep_away_id)
            if found is None or found.member_id != member_id:
                raise NotFound(translate("errors", "This keep-away entry no longer exists."))
            entry = found
            action = AuditAction.KEEPAWAY_UPDATE
        entry.person_name = person_name.strip()
        entry.relation = relation
        entry.description = description.strip()
        entry.linked_member_id = linked_id
        s.flush()
        s.refresh(entry)
        audit.record(s, actor, action, entity="keep_away", entity_id=entry.id,
                     member_id=member.id,
                     fields=["person_name", "relation", "description", "linked_member"])
        info = _info(entry, actor, s)
    db.notify(Change(ChangeKind.KEEP_AWAY, (info.id,)))
    return info


def remove_keep_away(db: Database, actor: Actor, keep_away_id: int) -> None:
    actor = require(db, actor, Action.KEEPAWAY_EDIT)
    with db.transaction() as s:
        entry = s.get(KeepAway, keep_away_id)
        if entry is None:
            raise NotFound(translate("errors", "This keep-away entry no longer exists."))
        member_id = entry.member_id
        s.delete(entry)
        audit.record(s, actor, AuditAction.KEEPAWAY_DELETE, entity="keep_away",
                     entity_id=keep_away_id, member_id=member_id)
    db.notify(Change(ChangeKind.KEEP_AWAY, (keep_away_id,)))
