"""Households: who lives together as a family, and how they are related."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import ConflictError, NotFound, ValidationError, translate
from safehouse.models import Household, HouseholdMember, Relationship
from safehouse.services import audit
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import HouseholdInfo, HouseholdMemberInfo, MemberSummary
from safehouse.services.input_rules import check_text
from safehouse.services.members import get_by_id, list_members
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

RELATIONS = tuple(r.value for r in Relationship)
MAX_NAME = 200


def _info(h: Household) -> HouseholdInfo:
    order = {r: i for i, r in enumerate(RELATIONS)}
    links = sorted(h.members, key=lambda hm: (order.get(hm.relation, 99), hm.member.code))
    return HouseholdInfo(
        id=h.id,
        name=h.name,
        members=tuple(
            HouseholdMemberInfo(
                member_id=hm.member_id,
                code=hm.member.code,
                name=hm.member.name,
                relation=hm.relation,
            )
            for hm in links
        ),
    )


def _check_relation(relation: str) -> None:
    if relation not in RELATIONS:
        raise ValidationError(
            translate("errors", "The relationship must be one of {choices}.")
            .format(choices=", ".join(RELATIONS)),
            field="relation",
        )


def _check_one_head(household: Household, member_id: int, relation: str) -> None:
    """A household has one head: refuse to make a second one."""
    if relation != Relationship.HEAD.value:
        return
    head = next((hm for hm in household.members
                 if hm.relation == Relationship.HEAD.value and hm.member_id != member_id),
                None)
    if head is not None:
        raise ValidationError(
            translate("errors", "This household already has a head, {code}. Give {code} "
                      "another relationship first, or choose another relationship here.")
            .format(code=head.member.code),
            field="relation",
        )


def _link_of(s: Session, member_id: int) -> HouseholdMember | None:
    return s.scalar(select(HouseholdMember).where(HouseholdMember.member_id == member_id))


def household_of(db: Database, actor: Actor, member_id: int) -> HouseholdInfo | None:
    actor = require(db, actor, Action.MEMBER_VIEW)
    with db.transaction() as s:
        get_by_id(s, member_id)
        link = _link_of(s, member_id)
        return _info(link.household) if link else None


def list_households(db: Database, actor: Actor) -> list[HouseholdInfo]:
    actor = require(db, actor, Action.MEMBER_VIEW)
    with db.transaction() as s:
        return [_info(h) for h in s.scalars(select(Household).order_by(Household.name))]


def members_without_household(db: Database, actor: Actor) -> list[MemberSummary]:
    """The members who belong to no household: who can be added to one."""
    actor = require(db, actor, Action.MEMBER_VIEW)
    with db.transaction() as s:
        taken = set(s.scalars(select(HouseholdMember.member_id)))
    return [m for m in list_members(db, actor) if m.id not in taken]


def create_household(
    db: Database, actor: Actor, member_id: int, *, name: str = "", relation: str = "head"
) -> HouseholdInfo:
    """Start a household with this member in it."""
    actor = require(db, actor, Action.HOUSEHOLD_EDIT)
    _check_relation(relation)
    check_text(name.strip(), "name", max_length=MAX_NAME)
    with db.transaction() as s:
        member = get_by_id(s, member_id)
        if _link_of(s, member_id) is not None:
            raise ConflictError(translate("errors", "{code} already belongs to a household.")
                                .format(code=member.code))
        household = Household(name=name.strip() or member.name)
        household.members.append(HouseholdMember(member=member, relation=relation))
        s.add(household)
        s.flush()
        audit.record(s, actor, AuditAction.HOUSEHOLD_CREATE, entity="household",
                     entity_id=household.id, member_id=member.id)
        info = _info(household)
    db.notify(Change(ChangeKind.HOUSEHOLD, (info.id,)))
    return info


def add_to_household(
    db: Database, actor: Actor, household_id: int, member_id: int, relation: str
) -> HouseholdInfo:
    actor = require(db, actor, Action.HOUSEHOLD_EDIT)
    _check_relation(relation)
    with db.transaction() as s:
        household = s.get(Household, household_id, with_for_update=True)  # one head at once
        if household is None:
            raise NotFound(translate("errors", "This household no longer exists."))
        member = get_by_id(s, member_id)
        link = _link_of(s, member_id)
        if link is not None:
            if link.household_id == household_id:
                raise ConflictError(translate("errors", "{code} is already in this household.")
                                    .format(code=member.code))
            raise ConflictError(translate(
                "errors", "{code} already belongs to another household; "
                "remove her from it first."
            ).format(code=member.code))
        _check_one_head(household, member.id, relation)
        household.members.append(HouseholdMember(member=member, relation=relation))
        s.flush()
        audit.record(s, actor, AuditAction.HOUSEHOLD_ADD, entity="household",
                     entity_id=household.id, member_id=member.id, fields=["relation"])
        info = _info(household)
    db.notify(Change(ChangeKind.HOUSEHOLD, (household_id,)))
    return info


def set_relation(
    db: Database, actor: Actor, member_id: int, relation: str
) -> HouseholdInfo:
    actor = require(db, actor, Action.HOUSEHOLD_EDIT)
    _check_relation(relation)
    with db.transaction() as s:
        link = _link_of(s, member_id)
        if link is None:
            raise NotFound(translate("errors", "This member is not in a household."))
        s.get(Household, link.household_id, with_for_update=True)  # one head at once
        _check_one_head(link.household, member_id, relation)
        link.relation = relation
        audit.record(s, actor, AuditAction.HOUSEHOLD_RELATION, entity="household",
                     entity_id=link.household_id, member_id=member_id, fields=["relation"])
        info = _info(link.household)
    db.notify(Change(ChangeKind.HOUSEHOLD, (info.id,)))
    return info


def rename_household(db: Database, actor: Actor, household_id: int, name: str) -> HouseholdInfo:
    actor = require(db, actor, Action.HOUSEHOLD_EDIT)
    if not name.strip():
        raise ValidationError(translate("errors", "A household needs a name."), field="name")
    check_text(name.strip(), "name", max_length=MAX_NAME)
    with db.transaction() as s:
        household = s.get(Household, household_id)
        if household is None:
            raise NotFound(translate("errors", "This household no longer exists."))
        household.name = name.strip()
        audit.record(s, actor, AuditAction.HOUSEHOLD_RENAME, entity="household",
                     entity_id=household_id, fields=["name"])
        info = _info(household)
    db.notify(Change(ChangeKind.HOUSEHOLD, (household_id,)))
    return info


def remove_from_household(db: Database, actor: Actor, member_id: int) -> HouseholdInfo | None:
    """Take a member out of her household; an empty household is removed.

    Returns what is left of the household, or None when it is gone.
    """
    actor = require(db, actor, Action.HOUSEHOLD_EDIT)
    with db.transaction() as s:
        link = _link_of(s, member_id)
        if link is None:
            raise NotFound(translate("errors", "This member is not in a household."))
        household = link.household
        household.members.remove(link)
        s.flush()
        audit.record(s, actor, AuditAction.HOUSEHOLD_REMOVE, entity="household",
                     entity_id=household.id, member_id=member_id)
        info: HouseholdInfo | None
        if not household.members:
            s.delete(household)
            info = None
        else:
            info = _info(household)
        hid = household.id
    db.notify(Change(ChangeKind.HOUSEHOLD, (hid,)))
    return info
