"""The impact report's data: each year's figures from the same functions the Wellbeing
and Community pages call (``wellbeing_figures.yearly_figures``,
``membership.sizes_on``, ``events.yearly_table``, ``session_marks.counselor_hours``,
``referrals.yearly_referrals``, the rule of ``referrals.referral_figures``), with
every count of fewer than five people suppressed, and so is a year's counseling hours
when fewer than five members came to its sessions (``session_marks.counseled_by_year``).
No name or code of a member is in it."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from safehouse import clock
from safehouse.errors import ValidationError, translate
from safehouse.services import (
    community,
    events,
    membership,
    referrals,
    session_marks,
    wellbeing_figures,
)
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.reports import ImpactData, ImpactYear, People
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

DEFAULT_YEARS = 5
MOST_YEARS = 30


def impact_data(db: Database, actor: Actor, *, first_year: int | None = None,
                last_year: int | None = None) -> ImpactData:
    """The figures of each year from ``first_year`` to ``last_year`` (by default the
    last five years to this one)."""
    actor = require(db, actor, Action.COMMUNITY_VIEW, Action.WELLBEING_VIEW,
                    Action.MEMBER_VIEW, Action.SESSION_VIEW)
    today = clock.today()
    last = last_year or today.year
    first = first_year or min(last, today.year) - DEFAULT_YEARS + 1
    if first > last:
        raise ValidationError(translate("reports", "The last year comes before the first."),
                              field="last_year")
    if last - first >= MOST_YEARS:
        raise ValidationError(translate("reports", "The impact report covers at most 30 "
                                        "years."), field="first_year")
    years = range(first, last + 1)
    ends = [min(date(y, 12, 31), today) for y in years]
    sizes = membership.sizes_on(db, actor, ends)
    figures = {f.year: f for f in wellbeing_figures.yearly_figures(
        db, actor, from_year=first, to_year=last)}
    by_year = {e.year: e for e in events.yearly_table(db, actor)}
    hours: dict[int, float] = {}
    for h in session_marks.counselor_hours(db, actor, date(first, 1, 1), date(last, 12, 31)):
        hours[h.month.year] = hours.get(h.month.year, 0.0) + h.hours
    counseled = session_marks.counseled_by_year(db, actor, list(years))
    reach = referrals.yearly_referrals(db, actor, list(years))
    goal = community.current_goal(db, actor)
    rows = []
    for year, size in zip(years, sizes, strict=True):
        f = figures.get(year)
        e = by_year.get(year)
        new_members, referred = reach[year]
        new = People.of(new_members)
        share = None
        if not new.suppressed and new_members:
            share = int((Decimal(100 * referred) / new_members)
                        .quantize(Decimal(1), ROUND_HALF_UP))
        future = date(year, 1, 1) > today
        counseled_people = People.of(counseled[year])
        rows.append(ImpactYear(
            year=year,
            size_at_end=People(None, False) if future else People.of(size),
            respondents=(People(None, True) if f is not None and f.fewer_than_minimum
                         else People(f.respondents if f else None, False)),
            mean_health=f.mean_health_text if f else "",
            threatened_percent=f.threatened_percent if f else None,
            responses=f is not None,
            events=e.events if e else 0, retreats=e.retreats if e else 0,
            event_people=People.of(e.people) if e else People(None, False),
            event_members=People.of(e.members) if e else People(None, False),
            counseled=counseled_people,
            counseling_hours=(None if counseled_people.suppressed
                              else round(hours.get(year, 0.0), 1)),
            new_members=new, referred_percent=share))
    return ImpactData(
        first_year=first, last_year=last,
        goal_low=goal.target_low if goal else None,
        goal_high=goal.target_high if goal else None,
        goal_due=goal.due_on if goal else None,
        size_today=People.of(membership.community_size(db, actor, today)),
        today=today, years=tuple(rows))
