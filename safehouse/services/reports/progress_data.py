"""A member's progress summary's data, from the services the member's page uses: her
profile, room history, care plan (goals and statuses, never notes), counseling
attendance (never session notes), check-ins and screenings (only for a reader who sees
scores), and the events she came to."""

from __future__ import annotations

from datetime import date

from safehouse import clock
from safehouse.errors import ValidationError, translate
from safehouse.services import care_plans, events, members, rooms, session_marks, wellbeing
from safehouse.services.community import add_months
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.reports import (
    ProgressData,
    ProgressEvent,
    ProgressGoal,
    ProgressResult,
    ProgressStay,
)
from safehouse.services.instruments import instrument
from safehouse.services.permissions import check
from safehouse.services.reading import Read
from safehouse.services.reports.requests import RIGHTS
from safehouse.storage.db import Database

DEFAULT_MONTHS = 3


def progress_data(db: Database, actor: Actor, member_id: int, *, start: date | None = None,
                  end: date | None = None, deidentified: bool = False) -> ProgressData:
    """One member's summary over ``start`` to ``end`` (both included; by default the
    last three months). Reads as a report does (``Read.REFRESH``: not an opening)."""
    end = end or clock.today()
    start = start or add_months(end, -DEFAULT_MONTHS)
    if start > end:
        raise ValidationError(translate("reports", "The period ends before it starts."),
                              field="end")
    today = clock.today()
    with db.transaction() as s:  # one unit of work: the reader checked, then her data
        actor = check(s, actor, *RIGHTS["progress"])
        member = members.get_by_id(s, member_id)
        history = rooms.stays_of(s, member_id)
        plan = care_plans.plan_of(s, actor, member_id, purpose=Read.REFRESH)
        seen = session_marks.attendance_of(s, member_id, start, end)
        shown = wellbeing.sees_results(actor)
        responses = (wellbeing.responses_of(s, actor, member_id, purpose=Read.REFRESH)
                     if shown else [])
        came = tuple(ProgressEvent(e.name, e.kind, e.starts_on, e.ends_on)
                     for e in reversed(events.events_of(s, member_id))
                     if e.starts_on <= end and e.ends_on >= start)
        code, name, alias, status = member.code, member.name, member.alias, member.status
    # where she sleeps tonight (rooms.room_of's rule: a stay covers the nights before
    # its end)
    now = next((a for a in history
                if a.start_on <= today and (a.end_on is None or a.end_on > today)), None)
    room_now = ""
    if now is not None:
        room_now = now.room_name + (f", {now.bed_label}" if now.bed_label else "")
    stays = tuple(ProgressStay(a.room_name, a.bed_label, a.start_on, a.end_on)
                  for a in reversed(history)
                  if a.start_on <= end and (a.end_on is None or a.end_on > start))
    goals = []
    for g in plan.goals:
        latest = g.updates[-1] if g.updates else None
        goals.append(ProgressGoal(
            area=g.area, text=g.text, status=g.status, target_on=g.target_on,
            overdue=g.overdue, last_update_on=latest.day if latest else None,
            last_update_status=latest.status if latest else "",
            updates_in_period=sum(1 for u in g.updates if start <= u.day <= end)))
    results: list[ProgressResult] = []
    for r in reversed(responses):
        if r.withheld or not start <= r.taken_on <= end:
            continue
        inst = instrument(r.instrument)
        band = inst.band_for(r.score) if r.score is not None else None
        results.append(ProgressResult(r.taken_on, r.instrument, inst.trend_value(r.answers),
                                      band.label.text() if band else ""))
    return ProgressData(
        member_id=member_id, code=code, name="" if deidentified else name,
        alias=alias, deidentified=deidentified, start=start, end=end,
        status=status, room_now=room_now, stays=stays, goals=tuple(goals),
        attended=seen.attended, missed=seen.missed, cancelled=seen.cancelled,
        scheduled=seen.scheduled, results_shown=shown, results=tuple(results),
        events=came)
