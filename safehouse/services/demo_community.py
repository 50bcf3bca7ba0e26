"""The demo's community goal and events: a goal (15 to 20 members for the default
demo, in proportion for a larger one) set eighteen months ago, and two years of
retreats, gatherings, trainings, worship and celebrations, each attended by members who
were in the community on its first day, with guests and children who are not members.
Its own random stream, so the rest of the demo stays as it was for a seed."""

from __future__ import annotations

import random
from datetime import date, timedelta

from safehouse.models import Attendance, CommunityGoal, Event, EventKind
from safehouse.services import membership
from safehouse.services.community import add_months, add_years
from safehouse.services.demo_rows import DemoMember, Rows

# (kind, name, place, days, month, day): each year's calendar
CALENDAR = (
    (EventKind.GATHERING, "새해 모임", "공동체 거실", 1, 1, 10),
    (EventKind.CELEBRATION, "설날 잔치", "공동체 거실", 1, 2, 1),
    (EventKind.TRAINING, "취업 준비 교육", "구민회관 세미나실", 2, 4, 12),
    (EventKind.GATHERING, "봄 나들이", "서울숲", 1, 5, 5),
    (EventKind.RETREAT, "여름 수련회", "강원도 평창 수련원", 3, 7, 25),
    (EventKind.CELEBRATION, "추석 잔치", "공동체 거실", 1, 9, 17),
    (EventKind.RETREAT, "가을 수련회", "가평 수련원", 2, 10, 11),
    (EventKind.WORSHIP, "성탄 예배", "새빛교회", 1, 12, 25),
)


def goal_range(people: int) -> tuple[int, int]:
    """The goal's band for a demo of this many people, in fives: 15 to 20 for the
    default 24, and as much larger as the demo is (a goal of 15 to 20 members beside a
    community of 175 drew its path to the goal falling from the start)."""
    def fives(x: float) -> int:
        return 5 * round(x / 5)

    low = max(15, fives(people * 0.625))
    return low, max(low + 5, fives(people * 0.83))


def add_community(rows: Rows, members: list[DemoMember], today: date, seed: int
                  ) -> tuple[int, int]:
    """Add the goal and the events of the last two years; (events, attendances)."""
    rng = random.Random(seed * 31 + 1)
    start = add_months(today, -18)
    low, high = goal_range(len(members))
    rows.add(CommunityGoal, {"target_low": low, "target_high": high, "start_on": start,
                             "due_on": add_years(start, 2),
                             "note": f"2년 안에 {low}~{high}명의 든든한 공동체"})
    made = attended = 0
    for year in (today.year - 2, today.year - 1, today.year):
        for kind, name, place, days, month, day in CALENDAR:
            first = date(year, month, day)
            if first > today or first < today - timedelta(days=730):
                continue
            event_id = rows.add(Event, {
                "kind": kind.value, "name": name, "place": place, "starts_on": first,
                "ends_on": first + timedelta(days=days - 1), "notes": "",
                "guests": rng.randint(0, 5),
                "children": rng.randint(3, 8) if kind is EventKind.RETREAT
                else rng.randint(0, 3)})
            share = 0.85 if kind is EventKind.RETREAT else 0.6
            for m in members:
                if any(membership.covers(p.start_on, p.end_on, first)
                       for p in m.memberships) and rng.random() < share:
                    rows.add(Attendance, {"event_id": event_id, "member_id": m.id})
                    attended += 1
            made += 1
    return made, attended
