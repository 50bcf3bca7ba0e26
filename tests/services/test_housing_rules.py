"""The housing safety rules (issue 13, items 1 and 2), on SQLite and PostgreSQL:
keep-away pairs never share a room and are warned about on one floor; a child is not
housed, nor left, without an adult of her household unless someone accepts the warning;
an accepted warning is audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from safehouse.audit_actions import AuditAction
from safehouse.errors import ConflictError, NeedsConfirmation
from safehouse.models import AuditEntry
from safehouse.services import (
    households,
    housing_rules,
    keep_away,
    members,
    rooms,
    settings,
    users,
)
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.housing import RoomInfo
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.storage.db import Database
from tests.conftest import TEST_PASSWORD, OnDay

TODAY = date(2026, 3, 2)  # a Monday
MAR1, MAR10, APR1 = date(2026, 3, 1), date(2026, 3, 10), date(2026, 4, 1)


@pytest.fixture(autouse=True)
def _on_a_fixed_day(on_day: OnDay) -> None:
    on_day(TODAY)


def member(db: Database, admin: Actor, name: str, birth_year: int | None = None
           ) -> MemberDetail:
    return members.create_member(db, admin, MemberInput(
        name=name, status="active", joined_on=date(2025, 1, 1), birth_year=birth_year))


def room(db: Database, admin: Actor, name: str, floor: int = 1, capacity: int = 4
         ) -> RoomInfo:
    return rooms.create_room(db, admin, name=name, floor=floor, capacity=capacity)


def link(db: Database, admin: Actor, who: MemberDetail, other: MemberDetail) -> None:
    keep_away.save_keep_away(db, admin, who.id, person_name="박철수", relation="former_partner",
                             linked_member_code=other.code)


def audited(db: Database, action: AuditAction) -> list[AuditEntry]:
    with db.transaction() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.action == action.value)))
        s.expunge_all()
        return rows


def manager_without_keep_away_sight(db: Database, admin: Actor,
                                    monkeypatch: pytest.MonkeyPatch) -> Actor:
    """A manager whose role, for this test, may not see keep-away entries."""
    made = users.create_account(db, admin, username="mgr", display_name="Choi Manager",
                                role="manager", password=TEST_PASSWORD)
    monkeypatch.setattr(keep_away, "sees_keep_away", lambda _actor: False)
    return Actor(id=made.id, username="mgr", display_name="Choi Manager", role="manager",
                 must_change_password=True)  # a new account: as it logs in


@pytest.fixture
def pair(db, admin):
    """Two members; the first's keep-away list is linked to the second."""
    hana, chulsu = member(db, admin, "김하나"), member(db, admin, "Park Chulsu")
    link(db, admin, hana, chulsu)
    return hana, chulsu


# --- item 1: keep-away pairs never share a room ----------------------------------------


@pytest.mark.parametrize("who_moves_in", ["listed", "lister"])
def test_a_keep_away_pair_is_never_put_in_one_room_either_way(db, admin, pair, who_moves_in):
    hana, chulsu = pair
    r103 = room(db, admin, "103")
    first, second = (hana, chulsu) if who_moves_in == "listed" else (chulsu, hana)
    rooms.assign(db, admin, first.id, r103.id, MAR1)
    with pytest.raises(ConflictError) as refused:
        rooms.assign(db, admin, second.id, r103.id, MAR10)
    text = refused.value.message
    assert "103" in text and "2026-03-10 – open" in text and first.code in text
    assert [o.member_id for o in rooms.board(db, admin, MAR10)[0].occupants] == [first.id]


def test_nights_that_do_not_meet_are_allowed_and_the_refusal_names_the_shared_ones(
        db, admin, pair):
    hana, chulsu = pair
    r103 = room(db, admin, "103")
    rooms.assign(db, admin, hana.id, r103.id, MAR1, end_on=MAR10)
    # she leaves on the 10th: he may come that day
    rooms.assign(db, admin, chulsu.id, r103.id, MAR10, end_on=APR1)
    other = member(db, admin, "Lee Bom")
    link(db, admin, other, chulsu)
    with pytest.raises(ConflictError, match="2026-03-10 – 2026-03-15"):
        rooms.assign(db, admin, other.id, r103.id, date(2026, 2, 1),
                     end_on=date(2026, 3, 15))


def test_moving_into_the_room_of_a_keep_away_person_is_refused(db, admin, pair):
    hana, chulsu = pair
    r101, r201 = room(db, admin, "101"), room(db, admin, "201", floor=2)
    rooms.assign(db, admin, hana.id, r101.id, MAR1)
    rooms.assign(db, admin, chulsu.id, r201.id, MAR1)
    with pytest.raises(ConflictError, match="room 101"):
        rooms.move(db, admin, chulsu.id, r101.id, MAR10)
    # nothing moved: he is still in 201, his stay still open
    assert rooms.room_of(db, admin, chulsu.id, APR1).room_name == "201"


def test_the_refusal_names_nobody_to_a_role_that_may_not_see_keep_away(
        db, admin, pair, monkeypatch):
    hana, chulsu = pair
    r103 = room(db, admin, "103")
    rooms.assign(db, admin, hana.id, r103.id, MAR1)
    manager = manager_without_keep_away_sight(db, admin, monkeypatch)
    with pytest.raises(ConflictError) as refused:
        rooms.assign(db, manager, chulsu.id, r103.id, MAR10)
    text = refused.value.message
    assert "103" in text and "2026-03-10" in text and "safety rule" in text
    assert hana.code not in text and "keep-away" not in text


def test_the_same_floor_is_warned_and_asked_then_audited(db, admin, pair):
    hana, chulsu = pair
    assert settings.keep_away_scope(db) == "floor"  # the default
    r101, r102 = room(db, admin, "101"), room(db, admin, "102")
    rooms.assign(db, admin, hana.id, r101.id, MAR1)
    with pytest.raises(NeedsConfirmation) as asked:
        rooms.assign(db, admin, chulsu.id, r102.id, MAR10)
    assert "floor (1)" in asked.value.warnings[0] and hana.code in asked.value.warnings[0]
    assert rooms.room_of(db, admin, chulsu.id, MAR10) is None  # nothing written
    made = rooms.assign(db, admin, chulsu.id, r102.id, MAR10, confirm_warnings=True)
    [entry] = audited(db, AuditAction.ASSIGNMENT_WARNING_ACCEPTED)
    assert (entry.entity_id, entry.member_id, entry.detail) == (
        made.id, chulsu.id, housing_rules.KEEP_AWAY_FLOOR)


def test_with_the_setting_at_same_room_only_the_floor_is_not_warned(db, admin, pair):
    hana, chulsu = pair
    settings.set_keep_away_scope(db, admin, "room")
    r101, r102 = room(db, admin, "101"), room(db, admin, "102")
    rooms.assign(db, admin, hana.id, r101.id, MAR1)
    rooms.assign(db, admin, chulsu.id, r102.id, MAR10)  # no question asked
    assert audited(db, AuditAction.ASSIGNMENT_WARNING_ACCEPTED) == []


def test_another_floor_is_fine(db, admin, pair):
    hana, chulsu = pair
    rooms.assign(db, admin, hana.id, room(db, admin, "101").id, MAR1)
    rooms.assign(db, admin, chulsu.id, room(db, admin, "201", floor=2).id, MAR1)


def test_the_board_marks_the_pair_for_those_who_may_see_keep_away(
        db, admin, pair, monkeypatch):
    hana, chulsu = pair
    bom = member(db, admin, "Lee Bom")
    r101, r102 = room(db, admin, "101"), room(db, admin, "102")
    rooms.assign(db, admin, hana.id, r101.id, MAR1)
    rooms.assign(db, admin, bom.id, r101.id, MAR1)
    rooms.assign(db, admin, chulsu.id, r102.id, MAR1, confirm_warnings=True)
    stays = {o.member_id: o for occ in rooms.board(db, admin, MAR10) for o in occ.occupants}
    [mark] = stays[hana.id].keep_apart
    assert (mark.member_code, mark.room_name, mark.same_room) == (chulsu.code, "102", False)
    assert stays[chulsu.id].keep_apart[0].member_code == hana.code
    assert stays[bom.id].keep_apart == ()
    manager = manager_without_keep_away_sight(db, admin, monkeypatch)
    assert all(o.keep_apart == () for occ in rooms.board(db, manager, MAR10)
               for o in occ.occupants)


def test_linking_a_member_who_shares_her_room_is_said_at_once(db, admin):
    hana, chulsu = member(db, admin, "김하나"), member(db, admin, "Park Chulsu")
    r103 = room(db, admin, "103")
    rooms.assign(db, admin, hana.id, r103.id, MAR1)
    rooms.assign(db, admin, chulsu.id, r103.id, MAR1)
    warning = housing_rules.linked_member_warning(db, admin, hana.id, chulsu.code)
    assert "same room (103)" in warning and chulsu.code in warning
    assert housing_rules.keep_away_warnings(db, admin, hana.id) == []  # not linked yet
    link(db, admin, hana, chulsu)
    assert "same room (103)" in housing_rules.keep_away_warnings(db, admin, hana.id)[0]
    # his list names nobody, but the pair is the same from his side
    assert hana.code in housing_rules.keep_away_warnings(db, admin, chulsu.id)[0]
    assert housing_rules.linked_member_warning(db, admin, hana.id, "") == ""


def test_pairs_among_reads_links_both_ways_and_only_among_those_asked(db, admin, pair):
    hana, chulsu = pair
    bom = member(db, admin, "Lee Bom")
    link(db, admin, bom, hana)
    with db.transaction() as s:
        assert keep_away.pairs_among(s, [hana.id, chulsu.id, bom.id]) == {
            (hana.id, chulsu.id), (hana.id, bom.id)}
        assert keep_away.pairs_among(s, [chulsu.id, bom.id]) == set()
        assert keep_away.pairs_among(s, [hana.id]) == set()


# --- item 2: children are not left alone ---------------------------------------------------


@pytest.fixture
def family(db, admin):
    """A mother and her daughter (relation child, no birth year), in one household."""
    mother = member(db, admin, "김순희", birth_year=1985)
    daughter = member(db, admin, "김하나")
    house = households.create_household(db, admin, mother.id)
    households.add_to_household(db, admin, house.id, daughter.id, "child")
    return mother, daughter


def test_a_child_housed_without_an_adult_of_her_household_is_asked_about(db, admin, family):
    mother, daughter = family
    r101, r102 = room(db, admin, "101"), room(db, admin, "102")
    rooms.assign(db, admin, mother.id, r101.id, MAR1)
    with pytest.raises(NeedsConfirmation) as asked:
        rooms.assign(db, admin, daughter.id, r102.id, MAR1)
    assert daughter.code in asked.value.warnings[0] and "102" in asked.value.warnings[0]
    rooms.assign(db, admin, daughter.id, r101.id, MAR1)  # with her mother: no question


def test_a_teenager_by_birth_year_alone_is_asked_about_and_the_choice_audited(db, admin):
    girl = member(db, admin, "Lee Bom", birth_year=TODAY.year - 16)
    r201 = room(db, admin, "201")
    with pytest.raises(NeedsConfirmation):
        rooms.assign(db, admin, girl.id, r201.id, MAR1)
    made = rooms.assign(db, admin, girl.id, r201.id, MAR1, confirm_warnings=True)
    [entry] = audited(db, AuditAction.ASSIGNMENT_WARNING_ACCEPTED)
    assert (entry.entity_id, entry.detail) == (made.id, housing_rules.CHILD_ALONE)
    # a woman of 18 is an adult, whatever her relation says
    grown = member(db, admin, "Park Mirae", birth_year=TODAY.year - 18)
    rooms.assign(db, admin, grown.id, r201.id, MAR1)


def test_the_child_is_asked_about_from_the_night_her_mother_leaves(db, admin, family):
    mother, daughter = family
    r101 = room(db, admin, "101")
    rooms.assign(db, admin, mother.id, r101.id, MAR1, end_on=MAR10)
    with pytest.raises(NeedsConfirmation, match="from 2026-03-10"):
        rooms.assign(db, admin, daughter.id, r101.id, MAR1)


def test_moving_the_last_adult_out_while_her_child_stays_is_asked_about(db, admin, family):
    mother, daughter = family
    r101 = room(db, admin, "101")
    rooms.assign(db, admin, mother.id, r101.id, MAR1)
    rooms.assign(db, admin, daughter.id, r101.id, MAR1)
    with pytest.raises(NeedsConfirmation) as asked:
        rooms.move_out(db, admin, mother.id, MAR10)
    assert daughter.code in asked.value.warnings[0] and mother.code in asked.value.warnings[0]
    assert rooms.room_of(db, admin, mother.id, APR1) is not None  # still there
    with pytest.raises(NeedsConfirmation):
        rooms.move(db, admin, mother.id, room(db, admin, "102").id, MAR10)
    rooms.move_out(db, admin, mother.id, MAR10, confirm_warnings=True)
    assert rooms.room_of(db, admin, mother.id, MAR10) is None
    assert [e.detail for e in audited(db, AuditAction.ASSIGNMENT_WARNING_ACCEPTED)] == [
        housing_rules.CHILD_ALONE]


def test_another_adult_of_the_household_staying_means_no_question(db, admin, family):
    mother, daughter = family
    aunt = member(db, admin, "김영희", birth_year=1980)
    house = households.household_of(db, admin, mother.id)
    households.add_to_household(db, admin, house.id, aunt.id, "sibling")
    r101 = room(db, admin, "101")
    for who in (mother, aunt, daughter):
        rooms.assign(db, admin, who.id, r101.id, MAR1)
    rooms.move_out(db, admin, mother.id, MAR10)
    # the child moving out with her aunt asks nothing either
    rooms.move_out(db, admin, daughter.id, date(2026, 3, 12))


def test_an_adult_from_another_household_does_not_count(db, admin, family):
    mother, daughter = family
    stranger = member(db, admin, "Choi Yuna", birth_year=1990)
    r101 = room(db, admin, "101")
    rooms.assign(db, admin, stranger.id, r101.id, MAR1)
    with pytest.raises(NeedsConfirmation):
        rooms.assign(db, admin, daughter.id, r101.id, MAR1)
