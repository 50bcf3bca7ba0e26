"""RFC 5545 recurrence rules, through python-dateutil's ``rrule`` (no Qt, no database).

A series is stored as its RRULE's text and a wall-clock start in a zone. The rule is
expanded with an aware start in that zone, so every occurrence is at the same wall-clock
time across a daylight-saving change (dateutil builds each occurrence from the start's
fields and keeps its zone). ``UNTIL`` is written in UTC (RFC 5545 asks for that when the
start has a zone): the end of the last day, in the series' zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from safehouse.errors import ValidationError, translate
from safehouse.services.dto.counseling import Frequency, Recurrence

if TYPE_CHECKING:
    from dateutil.rrule import rrule

MAX_OCCURRENCES = 260  # five years of weekly sessions
MAX_INTERVAL = 12
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def problem(rec: Recurrence, first_day: date) -> ValidationError | None:
    """What is wrong with a rule starting on ``first_day``, for a form to say; None."""
    if rec.interval < 1 or rec.interval > MAX_INTERVAL:
        return ValidationError(translate(
            "errors", "Repeat every 1 to {most} weeks or months.").format(most=MAX_INTERVAL),
            field="interval")
    if (rec.until is None) == (rec.count is None):
        return ValidationError(translate(
            "errors", "Say until which day the sessions repeat, or how many times."),
            field="until")
    if rec.count is not None and not 1 <= rec.count <= MAX_OCCURRENCES:
        return ValidationError(translate(
            "errors", "A series has 1 to {most} sessions.").format(most=MAX_OCCURRENCES),
            field="count")
    if rec.until is not None and rec.until < first_day:
        return ValidationError(translate(
            "errors", "The last day ({until}) is before the first session ({first}).")
            .format(until=rec.until.isoformat(), first=first_day.isoformat()),
            field="until")
    return None


def by_day(day: date) -> str:
    """The BYDAY of "the same weekday of the month" for ``day``: ``2TU``; the fifth is
    the last (``-1TU``), which every month has."""
    nth = (day.day - 1) // 7 + 1
    return f"{-1 if nth == 5 else nth}{_DAYS[day.weekday()]}"


def rule_text(rec: Recurrence, dtstart: datetime, zone: ZoneInfo) -> str:
    """The RRULE's text (without ``RRULE:``) of ``rec`` from the wall-clock ``dtstart``."""
    parts = ["FREQ=WEEKLY" if rec.frequency is Frequency.WEEKLY else "FREQ=MONTHLY"]
    if rec.interval != 1:
        parts.append(f"INTERVAL={rec.interval}")
    if rec.frequency is Frequency.MONTHLY_WEEKDAY:
        parts.append(f"BYDAY={by_day(dtstart.date())}")
    elif rec.frequency is Frequency.MONTHLY_DATE:
        parts.append(f"BYMONTHDAY={dtstart.day}")
    if rec.count is not None:
        parts.append(f"COUNT={rec.count}")
    elif rec.until is not None:
        parts.append(f"UNTIL={until_utc(rec.until, zone):%Y%m%dT%H%M%SZ}")
    return ";".join(parts)


def until_utc(day: date, zone: ZoneInfo) -> datetime:
    """The last moment of ``day`` in ``zone``, in UTC (a rule's UNTIL)."""
    end = datetime.combine(day, time(23, 59, 59), tzinfo=zone)
    return end.astimezone(UTC)


def _rule(text: str, dtstart: datetime, zone: ZoneInfo) -> rrule:
    # on first use: the window does not load dateutil at start-up (tests/ui/test_startup.py)
    from dateutil.rrule import rrule, rrulestr

    parsed = rrulestr(text, dtstart=dtstart.replace(tzinfo=zone))
    assert isinstance(parsed, rrule)
    return parsed


def occurrences(text: str, dtstart: datetime, zone: ZoneInfo) -> list[datetime]:
    """Every start of the rule, aware in ``zone`` (a rule always ends: UNTIL or COUNT)."""
    return list(_rule(text, dtstart, zone))[:MAX_OCCURRENCES]


def recurrence_of(text: str, dtstart: datetime, zone: ZoneInfo) -> Recurrence:
    """The :class:`Recurrence` a stored rule says (the last day in ``zone``)."""
    fields = dict(part.split("=", 1) for part in text.split(";") if "=" in part)
    if fields.get("FREQ") == "WEEKLY":
        frequency = Frequency.WEEKLY
    elif "BYDAY" in fields:
        frequency = Frequency.MONTHLY_WEEKDAY
    else:
        frequency = Frequency.MONTHLY_DATE
    interval = int(fields.get("INTERVAL", "1"))
    if "COUNT" in fields:
        return Recurrence(frequency, interval, count=int(fields["COUNT"]))
    until = datetime.strptime(fields["UNTIL"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return Recurrence(frequency, interval, until=until.astimezone(zone).date())


def ending_before(text: str, day: date, zone: ZoneInfo) -> str:
    """The rule cut so that its last occurrence is before ``day`` (UNTIL the day
    before; a COUNT becomes that UNTIL)."""
    kept = [p for p in text.split(";") if not p.startswith(("COUNT=", "UNTIL="))]
    kept.append(f"UNTIL={until_utc(day - timedelta(days=1), zone):%Y%m%dT%H%M%SZ}")
    return ";".join(kept)


def parse_exdates(text: str) -> set[date]:
    return {date.fromisoformat(d) for d in text.split(",") if d}


def format_exdates(days: set[date]) -> str:
    return ",".join(sorted(d.isoformat() for d in days))
