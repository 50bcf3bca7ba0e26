"""Dates, times and numbers as a report in English or Korean writes them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAYS_KO = ("월", "화", "수", "목", "금", "토", "일")


def day(d: date | None, lang: str) -> str:
    """``30 Nov 2026`` / ``2026. 11. 30.``; "" for None."""
    if d is None:
        return ""
    if lang == "ko":
        return f"{d.year}. {d.month}. {d.day}."
    return f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}"


def long_day(d: date, lang: str) -> str:
    """``30 November 2026`` / ``2026년 11월 30일``."""
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일"
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def weekday(d: date, lang: str) -> str:
    """``Mon 30 Nov`` / ``11월 30일 (월)``."""
    if lang == "ko":
        return f"{d.month}월 {d.day}일 ({_DAYS_KO[d.weekday()]})"
    return f"{_DAYS_EN[d.weekday()]} {d.day} {_MONTHS[d.month - 1][:3]}"


def time_of(t: datetime) -> str:
    """``14:05`` (both languages write the 24-hour clock in print)."""
    return f"{t.hour:02d}:{t.minute:02d}"


def moment(t: datetime, lang: str) -> str:
    return f"{day(t.date(), lang)} {time_of(t)}"


def period(start: date, end: date, lang: str) -> str:
    return f"{day(start, lang)} – {day(end, lang)}"


def month(d: date, lang: str) -> str:
    """``Nov 2026`` / ``2026. 11.``."""
    if lang == "ko":
        return f"{d.year}. {d.month}."
    return f"{_MONTHS[d.month - 1][:3]} {d.year}"


def number(n: int | float | Decimal, places: int = 0) -> str:
    """Grouped thousands (both languages use the comma), ``places`` decimals."""
    return f"{n:,.{places}f}"


def percent(n: int) -> str:
    return f"{n}%"
