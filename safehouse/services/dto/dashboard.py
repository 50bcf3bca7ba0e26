"""The figures of the dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DashboardFigures:
    on: date
    active_members: int
    members_total: int
    residents: int
    beds_total: int
    beds_free: int
    rooms: int

