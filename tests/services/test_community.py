"""The community goal and its growth: size over time from the periods (leaving and
coming back count), the straight path to the band, the least-squares projection and
"not reached at this rate"; the same on SQLite and PostgreSQL (the ``db`` fixture)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from safehouse.errors import ValidationError, ValidationErrors
from safehouse.services import community, members, membership
from safehouse.services.dto.community import GoalInput, SizePoint
from safehouse.services.dto.people import MemberInput

START = date(2025, 1, 1)


def member(db, admin, joined: date, left: date | None = None, back: date | None = None
           ) -> int:
    m = members.create_member(db, admin, MemberInput(name="김하나", status="active",
                                                     joined_on=joined))
    if left is not None:
        members.set_status(db, admin, m.id, "alumni", on=left)
    if back is not None:
        members.set_status(db, admin, m.id, "active", on=back)
    return m.id


def test_the_size_series_counts_leaving_and_coming_back_like_the_one_rule(db, admin):
    member(db, admin, date(2024, 3, 1), date(2024, 8, 1), date(2025, 1, 1))
    member(db, admin, date(2024, 1, 10))
    member(db, admin, date(2024, 8, 1), date(2024, 8, 1))  # a one-day stay
    days = [date(2024, 1, 9) + timedelta(days=i) for i in range(0, 420, 3)]
    days += [date(2024, 8, 1), date(2024, 8, 2), date(2024, 7, 31)]
    series = membership.sizes_on(db, admin, days)
    assert series == [membership.community_size(db, admin, d) for d in days]
    assert dict(zip(days, series, strict=True))[date(2024, 8, 1)] == 3
    assert membership.sizes_on(db, admin, [date(2024, 8, 2), date(2025, 1, 1)]) == [1, 2]


def test_a_goal_defaults_to_15_to_20_within_two_years_and_earlier_goals_are_kept(db, admin):
    first = community.save_goal(db, admin, GoalInput(start_on=date(2020, 3, 1)))
    assert (first.target_low, first.target_high, first.due_on) == (15, 20, date(2022, 3, 1))
    second = community.save_goal(db, admin, GoalInput(start_on=START, target_low=18,
                                                      target_high=25, note="두 번째"))
    assert community.current_goal(db, admin) == second
    assert [g.id for g in community.list_goals(db, admin)] == [second.id, first.id]


@pytest.mark.parametrize(("data", "field"), [
    (GoalInput(start_on=START, target_low=0), "target_low"),
    (GoalInput(start_on=START, target_low=20, target_high=15), "target_high"),
    (GoalInput(start_on=START, due_on=START), "due_on"),
    (GoalInput(start_on=date(1800, 1, 1)), "start_on"),
])
def test_a_goal_that_makes_no_sense_is_refused_on_its_field(db, admin, data, field):
    with pytest.raises((ValidationError, ValidationErrors)) as info:
        community.save_goal(db, admin, data)
    fields = ([e.field for e in info.value.errors] if isinstance(info.value, ValidationErrors)
              else [info.value.field])
    assert field in fields
    assert community.list_goals(db, admin) == []


def test_the_chart_shows_size_over_time_against_the_straight_path(db, admin, on_day):
    on_day(date(2025, 7, 1))
    for i in range(5):
        member(db, admin, date(2024, 6, 1) + timedelta(days=i))
    member(db, admin, date(2025, 2, 1), date(2025, 3, 31), date(2025, 5, 1))
    community.save_goal(db, admin, GoalInput(start_on=START))
    g = community.growth(db, admin)
    assert g.points[0] == SizePoint(START, 5)
    assert g.points[-1] == SizePoint(date(2025, 7, 1), 6)
    assert g.size_today == 6
    sizes = {p.day: p.size for p in g.points}
    assert sizes.get(date(2025, 4, 2)) == 5  # gone in April, back in May
    assert g.path_low == (SizePoint(START, 5), SizePoint(date(2027, 1, 1), 15))
    assert g.path_high[-1] == SizePoint(date(2027, 1, 1), 20)
    assert g.end == date(2027, 1, 1)


def test_steady_growth_projects_the_days_of_reaching_15_and_20(db, admin, on_day):
    today = on_day(date(2025, 7, 1)).date()
    # one new member every 30 days for a year: 13 by today
    for i in range(13):
        member(db, admin, today - timedelta(days=30 * (12 - i)))
    community.save_goal(db, admin, GoalInput(start_on=date(2024, 7, 1)))
    p = community.growth(db, admin).projection
    assert p.window_start == date(2025, 1, 1) and p.window_end == today
    assert p.per_month == pytest.approx(1.0, abs=0.1)
    assert not p.low.reached and p.low.on is not None
    assert today + timedelta(days=40) <= p.low.on <= today + timedelta(days=90)
    assert p.high.on is not None and p.high.on > p.low.on
    assert (p.high.on - p.low.on).days == pytest.approx(150, abs=15)


def test_no_growth_is_not_reached_at_this_rate_and_a_reached_target_says_so(db, admin,
                                                                           on_day):
    on_day(date(2025, 7, 1))
    for i in range(16):
        member(db, admin, date(2023, 1, 1) + timedelta(days=i))
    member(db, admin, date(2023, 1, 1), date(2025, 3, 1))  # one left: shrinking
    community.save_goal(db, admin, GoalInput(start_on=START))
    p = community.growth(db, admin).projection
    assert p.per_month < 0
    assert p.low.reached and p.low.on is None  # 16 today
    assert not p.high.reached and p.high.on is None  # never, at this rate


def test_slow_growth_reaches_15_but_20_only_beyond_ten_years_not_at_this_rate(db, admin,
                                                                              on_day):
    today = on_day(date(2025, 7, 1)).date()
    for _ in range(5):
        member(db, admin, date(2010, 1, 1))
    for k in range(7):  # one new member every 600 days: 12 today
        member(db, admin, today - timedelta(days=600 * (6 - k) + 30))
    p = community.growth(db, admin, window_months=120).projection
    assert p.per_month == pytest.approx(30.44 / 600, rel=0.2)
    assert p.low.on is not None and p.low.on < date(2031, 7, 1)
    assert not p.high.reached and p.high.on is None  # ~13 years off


def test_who_joined_and_left_in_a_period(db, admin):
    a = member(db, admin, date(2024, 3, 1), date(2024, 8, 1), date(2025, 1, 1))
    b = member(db, admin, date(2024, 12, 20))
    moved = community.joins_and_leaves(db, admin, date(2024, 7, 1), date(2025, 1, 31))
    assert [(m.member_id, m.day, m.joined, m.came_back) for m in moved] == [
        (a, date(2024, 8, 1), False, False),
        (b, date(2024, 12, 20), True, False),
        (a, date(2025, 1, 1), True, True),
    ]
    assert moved[0].ended_as == "alumni"
    with pytest.raises(ValidationError):
        community.joins_and_leaves(db, admin, date(2025, 1, 1), date(2024, 1, 1))
