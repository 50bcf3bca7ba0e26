"""Households: who lives together, how they are related, one household per member."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from safehouse.errors import ConflictError, NotFound, ValidationError
from safehouse.models import AuditEntry, Household
from safehouse.services import households, members
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.storage.db import Database


def member(db: Database, admin: Actor, name: str, birth_year: int | None = None
           ) -> MemberDetail:
    return members.create_member(db, admin, MemberInput(
        name=name, status="active", joined_on=date(2024, 1, 1), birth_year=birth_year))


def household_count(db: Database) -> int:
    with db.transaction() as s:
        return s.scalar(select(func.count()).select_from(Household)) or 0


def test_a_household_starts_with_one_member_named_after_her(db, admin):
    hana = member(db, admin, "김하나")
    h = households.create_household(db, admin, hana.id)
    assert h.name == "김하나"
    assert [(m.code, m.relation) for m in h.members] == [("M-0001", "head")]
    assert households.household_of(db, admin, hana.id) == h


def test_members_are_added_and_listed_head_first(db, admin):
    hana = member(db, admin, "김하나", 1985)
    child = member(db, admin, "김별", 2015)
    sister = member(db, admin, "김두리", 1988)
    h = households.create_household(db, admin, child.id, name="Kim family",
                                    relation="child")
    households.add_to_household(db, admin, h.id, sister.id, "sibling")
    h = households.add_to_household(db, admin, h.id, hana.id, "head")
    assert [(m.name, m.relation) for m in h.members] == [
        ("김하나", "head"), ("김별", "child"), ("김두리", "sibling")]
    assert households.household_of(db, admin, sister.id) == h
    assert households.list_households(db, admin) == [h]


def test_a_member_belongs_to_one_household_only(db, admin):
    hana = member(db, admin, "김하나")
    somang = member(db, admin, "Park Somang")
    mine = households.create_household(db, admin, hana.id)
    other = households.create_household(db, admin, somang.id)
    with pytest.raises(ConflictError, match="M-0001"):
        households.add_to_household(db, admin, other.id, hana.id, "sibling")
    with pytest.raises(ConflictError, match="M-0001"):
        households.add_to_household(db, admin, mine.id, hana.id, "sibling")
    with pytest.raises(ConflictError, match="M-0001"):
        households.create_household(db, admin, hana.id)
    assert households.household_of(db, admin, hana.id) == mine
    assert households.household_of(db, admin, somang.id) == other
    assert household_count(db) == 2


def test_relation_can_be_changed(db, admin):
    hana = member(db, admin, "김하나")
    households.create_household(db, admin, hana.id)
    h = households.set_relation(db, admin, hana.id, "parent")
    assert h.members[0].relation == "parent"
    assert households.household_of(db, admin, hana.id) == h


def test_an_unknown_relation_is_refused_naming_the_field(db, admin):
    hana = member(db, admin, "김하나")
    somang = member(db, admin, "Park Somang")
    h = households.create_household(db, admin, hana.id)
    with pytest.raises(ValidationError) as info:
        households.add_to_household(db, admin, h.id, somang.id, "cousin")
    assert info.value.field == "relation"
    with pytest.raises(ValidationError) as info:
        households.set_relation(db, admin, hana.id, "cousin")
    assert info.value.field == "relation"
    assert households.household_of(db, admin, hana.id) == h
    assert households.household_of(db, admin, somang.id) is None


def test_renaming_needs_a_name(db, admin):
    hana = member(db, admin, "김하나")
    h = households.create_household(db, admin, hana.id)
    with pytest.raises(ValidationError) as info:
        households.rename_household(db, admin, h.id, "  ")
    assert info.value.field == "name"
    assert households.rename_household(db, admin, h.id, " Kim family ").name == "Kim family"


def test_removing_a_member_keeps_the_others(db, admin):
    hana = member(db, admin, "김하나")
    child = member(db, admin, "김별")
    h = households.create_household(db, admin, hana.id)
    households.add_to_household(db, admin, h.id, child.id, "child")
    left = households.remove_from_household(db, admin, hana.id)
    assert left is not None
    assert [m.name for m in left.members] == ["김별"]
    assert households.household_of(db, admin, hana.id) is None
    # she may now start or join another household
    assert households.create_household(db, admin, hana.id).id != h.id


def test_an_empty_household_is_removed(db, admin):
    hana = member(db, admin, "김하나")
    households.create_household(db, admin, hana.id)
    assert households.remove_from_household(db, admin, hana.id) is None
    assert households.list_households(db, admin) == []
    assert household_count(db) == 0


def test_removing_someone_not_in_a_household_says_so(db, admin):
    hana = member(db, admin, "김하나")
    with pytest.raises(NotFound):
        households.remove_from_household(db, admin, hana.id)
    with pytest.raises(NotFound):
        households.add_to_household(db, admin, 999, hana.id, "head")


def test_household_changes_are_audited_without_names(db, admin):
    hana = member(db, admin, "김하나")
    child = member(db, admin, "김별")
    h = households.create_household(db, admin, hana.id, name="Secret Family Name")
    households.add_to_household(db, admin, h.id, child.id, "child")
    households.set_relation(db, admin, child.id, "sibling")
    households.remove_from_household(db, admin, child.id)
    with db.transaction() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "household")
                              .order_by(AuditEntry.id)))
    assert [r.action for r in rows] == [
        "household.create", "household.add", "household.relation", "household.remove"]
    assert [r.member_id for r in rows] == [hana.id, child.id, child.id, child.id]
    for r in rows:
        assert "Secret" not in r.detail and "김" not in r.detail


def test_only_members_in_no_household_are_offered_for_one(db, admin):
    hana = members.create_member(db, admin, MemberInput(name="김하나"))
    somang = members.create_member(db, admin, MemberInput(name="박소망"))
    households.create_household(db, admin, hana.id)
    assert [m.code for m in households.members_without_household(db, admin)] == [somang.code]


def test_a_household_has_one_head(db, admin):
    hana = member(db, admin, "김하나", 1985)
    sister = member(db, admin, "김두리", 1988)
    h = households.create_household(db, admin, hana.id)  # she is its head
    with pytest.raises(ValidationError) as info:
        households.add_to_household(db, admin, h.id, sister.id, "head")
    assert info.value.field == "relation"
    assert "already has a head" in info.value.message and "M-0001" in info.value.message
    assert households.household_of(db, admin, sister.id) is None

    households.add_to_household(db, admin, h.id, sister.id, "sibling")
    with pytest.raises(ValidationError, match="already has a head"):
        households.set_relation(db, admin, sister.id, "head")
    # the head herself may keep (or re-choose) her relation, and hand it over
    households.set_relation(db, admin, hana.id, "head")
    households.set_relation(db, admin, hana.id, "sibling")
    h = households.set_relation(db, admin, sister.id, "head")
    assert [(m.code, m.relation) for m in h.members] == [
        ("M-0002", "head"), ("M-0001", "sibling")]
