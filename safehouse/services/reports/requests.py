"""What a report is asked for: which report, its language, paper and options."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from safehouse.services.permissions import Action

KINDS = ("progress", "impact", "roster", "schedule")
# What each report needs (every one of them): the service requires them and the
# Reports page offers a report only to who holds them all, from this one table.
RIGHTS: dict[str, tuple[Action, ...]] = {
    "progress": (Action.MEMBER_VIEW, Action.ROOM_VIEW, Action.CARE_PLAN_VIEW,
                 Action.SESSION_VIEW, Action.WELLBEING_VIEW, Action.COMMUNITY_VIEW),
    "impact": (Action.COMMUNITY_VIEW, Action.WELLBEING_VIEW, Action.MEMBER_VIEW,
               Action.SESSION_VIEW),
    "roster": (Action.ROOM_VIEW,),
    "schedule": (Action.SESSION_VIEW,),
}
PAPERS = ("A4", "Letter")


@dataclass(frozen=True)
class ReportRequest:
    kind: str                      # "progress" | "impact" | "roster" | "schedule"
    lang: str = "en"               # "en" | "ko"
    paper: str = "A4"              # "A4" | "Letter"
    # progress: one member, or several (batch: one PDF, each from a new page, page
    # numbers per member)
    member_ids: tuple[int, ...] = ()
    start: date | None = None      # progress period (default: the last three months)
    end: date | None = None
    deidentified: bool = False     # progress; impact is always de-identified
    first_year: int | None = None  # impact
    last_year: int | None = None
    on: date | None = None         # roster date (default today, from the clock)
    week: date | None = None       # schedule: any day of the week
    counselor_id: int | None = None  # schedule: one counselor or all


class ReportCancelled(Exception):  # noqa: N818 - the name the interface promised
    """The person stopped the report before it was made."""
