"""The one clock: today and now, in the organisation's time zone.

Nothing else in ``safehouse/`` asks the system for the date or the time (a test checks),
so that the calendar, alerts and tests can be put on a chosen day with :func:`set_now`.
The time zone is the organisation's (Asia/Seoul unless its setting says otherwise), not
the computer's: a laptop set to another zone still books sessions on Seoul's days.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Asia/Seoul"

_zone: ZoneInfo = ZoneInfo(DEFAULT_ZONE)
_fixed: datetime | None = None


def zone() -> ZoneInfo:
    """The organisation's time zone."""
    return _zone


def valid_zone(name: str) -> bool:
    """True when ``name`` is a time zone this computer knows (``Asia/Seoul``, ``UTC``)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "Asia", a folder
        return False
    return True


def set_zone(name: str | None) -> None:
    """Use the time zone called ``name`` (``None``: the default, Asia/Seoul)."""
    global _zone
    _zone = ZoneInfo(name or DEFAULT_ZONE)


def set_now(moment: datetime | None) -> None:
    """Stop the clock at ``moment`` (a naive moment is read in the organisation's zone);
    ``None`` lets it run again. For tests and demonstrations."""
    global _fixed
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=_zone)
    _fixed = moment


def utcnow() -> datetime:
    """Now, as an aware moment in UTC (for stored times)."""
    if _fixed is not None:
        return _fixed.astimezone(UTC)
    return datetime.now(UTC)


def now() -> datetime:
    """Now, as an aware moment in the organisation's time zone."""
    return utcnow().astimezone(_zone)


def today() -> date:
    """Today's date in the organisation's time zone."""
    return now().date()
