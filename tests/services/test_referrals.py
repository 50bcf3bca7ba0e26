"""Who reached whom: the tree across generations, the share of new members referred by
existing members, the top referrers and the longest chain; a referrer who left stays in
the network; a loop is refused on entry and read safely when old data holds one."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from safehouse.errors import ValidationError
from safehouse.models import Member
from safehouse.services import members, referrals
from safehouse.services.dto.people import MemberInput


def add(db, admin, name: str, joined: date, by: str | None = None) -> tuple[int, str]:
    m = members.create_member(db, admin, MemberInput(
        name=name, status="active", joined_on=joined, referred_by_code=by))
    return m.id, m.code


def network(db, admin) -> dict[str, tuple[int, str]]:
    """A reached B and C; B reached D; D reached E (a chain of four); F alone; A left."""
    people: dict[str, tuple[int, str]] = {}
    people["A"] = add(db, admin, "가은", date(2023, 1, 1))
    people["B"] = add(db, admin, "나래", date(2023, 6, 1), people["A"][1])
    people["C"] = add(db, admin, "다솜", date(2024, 2, 1), people["A"][1])
    people["D"] = add(db, admin, "라희", date(2024, 3, 1), people["B"][1])
    people["E"] = add(db, admin, "마루", date(2024, 9, 1), people["D"][1])
    people["F"] = add(db, admin, "바다", date(2024, 4, 1))
    members.set_status(db, admin, people["A"][0], "alumni", on=date(2024, 1, 31))
    return people


def test_the_tree_holds_every_generation_and_a_referrer_who_left(db, admin):
    p = network(db, admin)
    tree = referrals.referral_tree(db, admin)
    assert [n.member.code for n in tree] == [p["A"][1]]  # F reached no one
    a = tree[0]
    assert not a.member.active  # she left, her network stays
    assert a.reached_total == 4
    assert [n.member.code for n in a.reached] == [p["B"][1], p["C"][1]]
    b = a.reached[0]
    assert b.reached_total == 2
    assert b.reached[0].reached[0].member.code == p["E"][1]


def test_share_of_new_members_referred_top_referrers_and_longest_chain(db, admin):
    p = network(db, admin)
    figures = referrals.referral_figures(db, admin, date(2024, 1, 1), date(2024, 12, 31))
    assert figures.new_members == 4  # C, D, E, F
    assert figures.referred == 3  # C (by A, who had joined, then left), D, E
    assert figures.share == pytest.approx(0.75)
    assert [(t.member.code, t.direct, t.total) for t in figures.top] == [
        (p["A"][1], 2, 4), (p["B"][1], 1, 2), (p["D"][1], 1, 1)]
    assert figures.longest_chain == (p["A"][1], p["B"][1], p["D"][1], p["E"][1])
    empty = referrals.referral_figures(db, admin, date(2020, 1, 1), date(2020, 12, 31))
    assert empty.new_members == 0 and empty.share is None


def test_a_referrer_who_joined_after_her_does_not_count_as_existing(db, admin):
    late_id, late = add(db, admin, "사랑", date(2024, 5, 1))
    add(db, admin, "아름", date(2024, 2, 1), late)  # the record says so: data entered late
    figures = referrals.referral_figures(db, admin, date(2024, 1, 1), date(2024, 12, 31))
    assert (figures.new_members, figures.referred) == (2, 0)


def test_a_member_page_shows_who_referred_her_and_whom_she_referred(db, admin):
    p = network(db, admin)
    b = referrals.member_referrals(db, admin, p["B"][0])
    assert b.referred_by is not None and b.referred_by.code == p["A"][1]
    assert not b.referred_by.active
    assert [m.code for m in b.reached] == [p["D"][1]]
    alone = referrals.member_referrals(db, admin, p["F"][0])
    assert alone.referred_by is None and alone.reached == ()


def test_a_referral_that_would_close_a_loop_is_refused_on_its_field(db, admin):
    p = network(db, admin)
    a = members.get_member(db, admin, p["A"][0], purpose=referrals_purpose())
    with pytest.raises(ValidationError) as info:
        members.update_member(db, admin, p["A"][0],
                              _with(a.to_input(), referred_by_code=p["E"][1]))
    assert info.value.field == "referred_by"
    assert p["E"][1] in info.value.message
    assert referrals.member_referrals(db, admin, p["A"][0]).referred_by is None


def test_a_loop_in_old_data_is_read_without_going_round(db, admin):
    x_id, x = add(db, admin, "자람", date(2024, 1, 1))
    y_id, y = add(db, admin, "차오름", date(2024, 2, 1), x)
    z_id, z = add(db, admin, "하늘", date(2024, 3, 1), y)
    with db.transaction() as s:  # bad data from before the rule
        s.execute(update(Member).where(Member.id == x_id).values(referred_by_id=z_id))
    tree = referrals.referral_tree(db, admin)
    assert [(n.member.code, n.in_cycle, n.reached_total) for n in tree] == [(x, True, 2)]
    figures = referrals.referral_figures(db, admin, date(2024, 1, 1), date(2024, 12, 31))
    assert figures.longest_chain == (x, y, z)
    assert len(referrals.member_referrals(db, admin, x_id).reached) == 1


def referrals_purpose():
    from safehouse.services.reading import Read
    return Read.REFRESH


def _with(data, **changes):
    from dataclasses import replace
    return replace(data, **changes)


def test_an_import_that_would_close_a_loop_is_refused_on_the_line(db, admin):
    from safehouse.services import member_csv

    _a_id, a = add(db, admin, "가은", date(2023, 1, 1))
    _b_id, b = add(db, admin, "나래", date(2023, 6, 1), a)
    header = "code,name,alias,sex,birth_year,status,joined_on,left_on,referred_by"
    data = f"{header}\n{a},가은,,female,1990,active,2023-01-01,,{b}\n".encode()
    result = member_csv.import_members(db, admin, data)
    assert [(p.line, p.column) for p in result.problems] == [(2, "referred_by")]
    assert referrals.member_referrals(db, admin, _a_id).referred_by is None
