"""The member list as the database reads it: searched by a normalised key (Hangul, romanised
names, initial consonants), filtered, sorted by every column, a page at a time."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from sqlalchemy import insert, select, update

from safehouse.models import Member
from safehouse.models.search_keys import fold, initials, member_key
from safehouse.services import member_list, members, room_setup, rooms
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.member_list import MemberQuery, MemberSort
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.storage.db import Database


def admit(db: Database, admin: Actor, name: str, **fields: object) -> MemberDetail:
    return members.create_member(db, admin, MemberInput(name=name, **fields))  # type: ignore[arg-type]


def names(db: Database, admin: Actor, **query: object) -> list[str]:
    found = member_list.page(db, admin, MemberQuery(**query), limit=100)  # type: ignore[arg-type]
    return [m.name for m in found]


@pytest.fixture
def people(db: Database, admin: Actor) -> list[MemberDetail]:
    return [
        admit(db, admin, "김하나", alias="Kim Hana", status="active",
              joined_on=date(2024, 3, 1)),
        admit(db, admin, "이소망", alias="Lee Somang", status="enquiry"),
        admit(db, admin, "Park Mirae", alias="박미래", status="active",
              joined_on=date(2023, 5, 20)),
        admit(db, admin, "김은비", alias="Kim Eunbi", status="enquiry"),
    ]


def test_the_key_is_nfc_case_folded_with_initial_consonants():
    decomposed = unicodedata.normalize("NFD", "김하나")
    assert decomposed != "김하나" and fold(decomposed) == "김하나"
    assert initials("김하나 Kim") == "ㄱㅎㄴ"
    key = member_key("M-0001", "Park Mi Rae", "PARK")
    assert key.split("\n") == ["m-0001", "park mi rae", "park", "parkmirae", ""]


@pytest.mark.parametrize(("typed", "found"), [
    ("김", ["김하나", "김은비"]),
    ("하나", ["김하나"]),
    (unicodedata.normalize("NFD", "하나"), ["김하나"]),  # typed on a Mac
    ("HANA", ["김하나"]),
    ("kimhana", ["김하나"]),  # the alias without its space
    ("ㄱㅎㄴ", ["김하나"]),  # initial consonants only
    ("ㄱ", ["김하나", "김은비"]),
    ("미래", ["Park Mirae"]),  # the alias in Hangul
    ("mirae", ["Park Mirae"]),
    ("m-0002", ["이소망"]),
    ("0003", ["Park Mirae"]),
    ("%", []),  # the LIKE wildcards are searched for, not obeyed
    ("_", []),
    ("k\nh", []),  # no match across two fields
])
def test_search_finds_hangul_and_romanised_names(db, admin, people, typed, found):
    assert names(db, admin, search=typed) == found
    assert member_list.count(db, admin, MemberQuery(search=typed)).shown == len(found)


def test_status_filter_and_count(db, admin, people):
    assert names(db, admin, status="enquiry") == ["이소망", "김은비"]
    query = MemberQuery(search="김", status="enquiry")
    counted = member_list.count(db, admin, query)
    assert (counted.shown, counted.total) == (1, 4)
    first = member_list.first_page(db, admin, query, limit=5)
    assert first.count == counted and [m.name for m in first.rows] == ["김은비"]


@pytest.mark.parametrize(("sort", "expected"), [
    (MemberSort.CODE, ["김하나", "이소망", "Park Mirae", "김은비"]),
    (MemberSort.NAME, ["Park Mirae", "김은비", "김하나", "이소망"]),
    (MemberSort.ALIAS, ["김은비", "김하나", "이소망", "Park Mirae"]),
    (MemberSort.STATUS, ["이소망", "김은비", "김하나", "Park Mirae"]),
    (MemberSort.JOINED, ["이소망", "김은비", "Park Mirae", "김하나"]),
])
def test_sorted_by_every_column_in_the_database(db, admin, people, sort, expected):
    assert names(db, admin, sort=sort) == expected
    assert names(db, admin, sort=sort, descending=True) == list(reversed(expected))


def test_pages_neither_overlap_nor_skip(db, admin, people):
    query = MemberQuery(sort=MemberSort.STATUS)
    paged = [m.id for offset in range(0, 4, 3)
             for m in member_list.page(db, admin, query, offset=offset, limit=3)]
    assert paged == [m.id for m in member_list.page(db, admin, query, limit=10)]
    assert member_list.position(db, admin, query, paged[2]) == 2
    assert member_list.position(db, admin, MemberQuery(search="이"), people[2].id) is None


def test_rows_reads_again_only_the_changed_members_still_shown(db, admin, people):
    kim, lee = people[0], people[1]
    members.update_member(db, admin, kim.id, MemberInput(name="김하늘", status="active",
                                                         joined_on=date(2024, 3, 1)))
    again = member_list.rows(db, admin, MemberQuery(search="하"), [kim.id, lee.id, kim.id])
    assert [(m.id, m.name) for m in again] == [(kim.id, "김하늘")]


def test_the_key_follows_every_change_and_bulk_insert(db, admin, people):
    kim = people[0]
    members.update_member(db, admin, kim.id, MemberInput(name="최하나", alias="Choi Hana",
                                                         status="active",
                                                         joined_on=date(2024, 3, 1)))
    assert names(db, admin, search="choi") == ["최하나"]
    assert names(db, admin, search="김하나") == []
    with db.transaction() as s:
        s.execute(insert(Member), [{"code": "M-0900", "name": "윤설화", "alias": "Yoon",
                                    "phone": "", "status": "enquiry", "notes": ""}])
    assert names(db, admin, search="ㅇㅅㅎ") == ["윤설화"]
    with db.transaction() as s:
        keys = {i: k for i, k in s.execute(select(Member.id, Member.search_key))}
        rows = s.execute(select(Member.id, Member.code, Member.name, Member.alias)).all()
    assert keys == {i: member_key(c, n, a) for i, c, n, a in rows}


def test_a_key_written_wrong_by_hand_is_not_what_the_program_keeps(db, admin, people):
    """The ORM's events put the key right whenever the name changes again."""
    with db.transaction() as s:
        s.execute(update(Member).where(Member.id == people[1].id).values(search_key=""))
    assert names(db, admin, search="소망") == []
    members.update_member(db, admin, people[1].id, MemberInput(name="이소원", status="enquiry"))
    assert names(db, admin, search="소원") == ["이소원"]


@pytest.mark.parametrize("sort", list(MemberSort))
@pytest.mark.parametrize("descending", [False, True])
def test_first_page_count_and_places_agree_with_the_pages(db, admin, people, sort, descending):
    """The first page's count comes with its ids, and a member's place is her row in the
    pages, for every order, searched or not."""
    for search in ("", "김", "k", "없는이름"):
        query = MemberQuery(search=search, sort=sort, descending=descending)
        listed = [m.id for m in member_list.page(db, admin, query, limit=100)]
        first = member_list.first_page(db, admin, query, limit=2)
        assert first.count == member_list.count(db, admin, query)
        assert (first.count.shown, first.count.total) == (len(listed), len(people))
        assert [m.id for m in first.rows] == listed[:2]
        assert member_list.first_page(db, admin, query, limit=0).count == first.count
        for place, member_id in enumerate(listed):
            assert member_list.position(db, admin, query, member_id) == place
        hidden = {p.id for p in people} - set(listed)
        assert all(member_list.position(db, admin, query, i) is None for i in hidden)


def test_each_row_shows_the_room_its_member_is_in_on_the_day(db, admin, people):
    first = room_setup.create_room(db, admin, name="101", floor=1, capacity=2)
    second = room_setup.create_room(db, admin, name="102", floor=1, capacity=2)
    hana, mirae = people[0].id, people[2].id
    rooms.assign(db, admin, hana, first.id, date(2026, 1, 1), end_on=date(2026, 2, 1))
    rooms.assign(db, admin, hana, second.id, date(2026, 2, 1))
    rooms.assign(db, admin, mirae, first.id, date(2026, 3, 1))

    def shown(on: date) -> dict[str, str | None]:
        listed = member_list.page(db, admin, MemberQuery(), limit=10, on=on)
        first_page = member_list.first_page(db, admin, MemberQuery(), limit=10, on=on)
        again = member_list.rows(db, admin, MemberQuery(), [m.id for m in listed], on=on)
        assert list(first_page.rows) == listed == again
        return {m.name: m.room for m in listed}

    nobody = {"김하나": "", "이소망": "", "Park Mirae": "", "김은비": ""}
    assert shown(date(2025, 12, 31)) == nobody
    assert shown(date(2026, 1, 31)) == nobody | {"김하나": "101"}
    assert shown(date(2026, 2, 1)) == nobody | {"김하나": "102"}  # the day she moved
    assert shown(date(2026, 3, 1)) == nobody | {"김하나": "102", "Park Mirae": "101"}


@pytest.mark.parametrize("sort", list(MemberSort))
def test_preparing_the_search_reads_nothing_and_changes_nothing(db, admin, people, sort):
    for status in (None, "enquiry"):
        query = MemberQuery(sort=sort, status=status)
        before = member_list.first_page(db, admin, query, limit=10)
        member_list.prepare_search(db, admin, query)
        assert member_list.first_page(db, admin, query, limit=10) == before
        assert member_list.first_page(
            db, admin, MemberQuery(search="\ue000", sort=sort, status=status),
            limit=10).rows == ()  # the probe finds nobody
