"""Where the blocks of a week go: which day, which minutes, and which lane of the day
when blocks overlap (side by side, each as wide as its cluster allows).

Plain data in, plain data out: no painting and no Qt, so the placing is checked on its
own (and the week view only draws what this says).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class Block:
    """One session as the week view shows it (an occurrence of a series, or a single).

    ``key`` identifies it to the page (the view hands it back in its signals);
    ``start``/``end`` are wall-clock times in the organisation's zone (naive);
    ``title`` is the first line (kind, counselor, participants), ``detail`` the next
    (the time, the place, the state); ``muted``: drawn faded and struck through
    (cancelled, no-show); ``movable``: may be dragged to another slot; ``hue``: the
    colour family (one per counselor)."""

    key: Hashable
    start: datetime
    end: datetime
    title: str
    detail: str = ""
    tooltip: str = ""
    muted: bool = False
    movable: bool = True
    hue: int = 0


@dataclass(frozen=True)
class Placed:
    """A block on the grid: its day (0 = Monday), its minutes from midnight (clipped to
    that day), and its lane among ``lanes`` side by side."""

    block: Block
    day: int
    start_min: int
    end_min: int
    lane: int
    lanes: int


def monday_of(day: date) -> date:
    """The Monday of the week ``day`` falls in."""
    return day - timedelta(days=day.weekday())


def minutes_of(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def at_minutes(day: date, minutes: int) -> datetime:
    """The wall-clock moment ``minutes`` after midnight of ``day``."""
    return datetime.combine(day, time()) + timedelta(minutes=minutes)


def place(blocks: Sequence[Block], monday: date) -> list[Placed]:
    """The blocks of the week starting ``monday``, placed; blocks outside it are left
    out. A block is shown on the day it starts, until midnight at most, and at least a
    quarter of an hour tall (so a zero-length one can still be clicked)."""
    by_day: dict[int, list[tuple[int, int, Block]]] = {}
    for block in blocks:
        day = (block.start.date() - monday).days
        if not 0 <= day < 7:
            continue
        start = minutes_of(block.start.time())
        end = start + max(0, int((block.end - block.start).total_seconds() // 60))
        end = min(MINUTES_PER_DAY, max(end, start + 15))
        by_day.setdefault(day, []).append((start, end, block))
    placed: list[Placed] = []
    for day in sorted(by_day):
        placed.extend(_lanes(day, sorted(by_day[day], key=lambda item: item[:2])))
    return placed


def _lanes(day: int, items: list[tuple[int, int, Block]]) -> list[Placed]:
    """Blocks that overlap, directly or through others, form a cluster; each block takes
    the first lane free at its start, and the cluster is as many lanes wide as it used."""
    out: list[Placed] = []
    cluster: list[tuple[int, int, Block, int]] = []
    lane_ends: list[int] = []
    cluster_end = -1

    def close() -> None:
        out.extend(Placed(b, day, s, e, lane, len(lane_ends)) for s, e, b, lane in cluster)

    for start, end, block in items:
        if cluster and start >= cluster_end:
            close()
            cluster, lane_ends = [], []
        lane = next((i for i, lane_end in enumerate(lane_ends) if lane_end <= start), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        cluster.append((start, end, block, lane))
        cluster_end = max(cluster_end, end) if len(cluster) > 1 else end
    if cluster:
        close()
    return out


def reading_order(placed: Sequence[Placed]) -> list[Placed]:
    """The order the keyboard walks the blocks: day by day, then by start, then lane."""
    return sorted(placed, key=lambda p: (p.day, p.start_min, p.lane, p.end_min))


def hour_range(placed: Sequence[Placed], first: int, last: int) -> tuple[int, int]:
    """The hours shown: ``first``–``last``, widened to hold every block."""
    for p in placed:
        first = min(first, p.start_min // 60)
        last = max(last, -(-p.end_min // 60))
    return max(0, first), min(24, last)
