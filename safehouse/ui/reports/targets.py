"""What another page asks the Reports page to show (``sig_go("reports", target)``).

Light on purpose: the Members page imports it at start-up, and nothing here loads the
reports, the PDF viewer or ReportLab.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ProgressTarget:
    """The progress summary of these members (one, or several: one PDF of them all),
    generated at once when ``generate``."""

    member_ids: tuple[int, ...]
    generate: bool = True


@dataclass(frozen=True)
class ScheduleTarget:
    """The schedule of the week of ``week`` (any day of it): one counselor's (her id
    and name) or everyone's (None), made at once when ``generate``."""

    week: date
    counselor_id: int | None = None
    counselor_name: str = ""
    generate: bool = True
