"""How a session reads on the Schedule page: its kind, people, time, place and state in
words, and the block the week view draws for it. Plain functions over the services'
:class:`~safehouse.services.dto.counseling.SessionView`; the words are translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from safehouse.labels import label
from safehouse.models import CancelledBy, SessionKind, SessionStatus
from safehouse.services.dto.counseling import SessionView
from safehouse.ui.schedule.week_layout import Block
from safehouse.ui.stale_dialog import value_text

MUTED = (SessionStatus.CANCELLED.value, SessionStatus.NO_SHOW.value)


def kind_text(kind: str) -> str:
    return label(kind, SessionKind)


def people_text(v: SessionView, *, limit: int = 0) -> str:
    """``M-0001 김하나, M-0002 박소망`` (with ``limit``, the first few and a count)."""
    names = [f"{p.code} {p.name}" for p in v.participants]
    if limit and len(names) > limit:
        more = QCoreApplication.translate("SessionText", "+{count} more")
        return ", ".join(names[:limit]) + " " + more.format(count=len(names) - limit)
    return ", ".join(names)


def time_text(v: SessionView) -> str:
    """``10:00–11:00`` (the day too when it ends on another)."""
    end = (f"{v.ends_at:%H:%M}" if v.ends_at.date() == v.starts_at.date()
           else f"{v.ends_at:%Y-%m-%d %H:%M}")
    return f"{v.starts_at:%H:%M}–{end}"


def when_text(v: SessionView) -> str:
    return f"{v.starts_at:%Y-%m-%d} {time_text(v)}"


def place_text(v: SessionView) -> str:
    if not v.place_name:
        return QCoreApplication.translate("SessionText", "no place")
    if v.place_outside:
        outside = QCoreApplication.translate("SessionText", "{place} (outside)")
        return outside.format(place=v.place_name)
    return v.place_name


def status_text(v: SessionView) -> str:
    """``Completed``, ``Cancelled (by the member)``…"""
    text = label(v.status, SessionStatus)
    if v.status == SessionStatus.CANCELLED.value and v.cancelled_by:
        both = QCoreApplication.translate("SessionText", "{status} ({by})")
        text = both.format(status=text, by=label(v.cancelled_by, CancelledBy).lower())
    return text


def session_value(field: str, value: object) -> str:
    """A field of a session in words, as the services name it when someone else changed
    it (``services.session_store.seen``)."""
    if field == "status" and isinstance(value, str):
        return label(value, SessionStatus)
    if field == "kind" and isinstance(value, str):
        return kind_text(value)
    if field == "duration" and isinstance(value, int):
        return QCoreApplication.translate("SessionText", "{minutes} min").format(minutes=value)
    return value_text(value)


def series_text(v: SessionView) -> str:
    """Whether it repeats, and whether it departs from its series' rule; "" for a
    single session."""
    if v.series_id is None:
        return ""
    if not v.departs_from_rule:
        return QCoreApplication.translate("SessionText", "Part of a repeating series")
    text = QCoreApplication.translate("SessionText",
                                      "Changed on its own: departs from its series")
    if v.original_start is not None and v.original_start != v.starts_at:
        moved = QCoreApplication.translate("SessionText", "(the series had it on {when})")
        text += " " + moved.format(when=f"{v.original_start:%Y-%m-%d %H:%M}")
    return text


def block_of(v: SessionView, *, movable: bool) -> Block:
    """The week view's block for ``v``: a colour per counselor, faded when cancelled or
    missed; ``movable`` for who may move it (only sessions still scheduled move)."""
    state = "" if v.status == SessionStatus.SCHEDULED.value else status_text(v)
    mark = " ↻" if v.series_id is not None else ""
    if v.departs_from_rule:
        mark = " ↻*"
    title = f"{kind_text(v.kind)}{mark} · {people_text(v, limit=2)}"
    detail = " · ".join(p for p in (time_text(v), v.counselor_name, place_text(v), state)
                        if p)
    counselor = QCoreApplication.translate("SessionText", "Counselor: {name}")
    where = QCoreApplication.translate("SessionText", "Place: {place}")
    status = QCoreApplication.translate("SessionText", "Status: {status}")
    tooltip = "\n".join(p for p in (
        f"{kind_text(v.kind)} — {when_text(v)}", people_text(v),
        counselor.format(name=v.counselor_name), where.format(place=place_text(v)),
        status.format(status=status_text(v)), series_text(v)) if p)
    return Block(key=v.id, start=v.starts_at.replace(tzinfo=None),
                 end=v.ends_at.replace(tzinfo=None), title=title, detail=detail,
                 tooltip=tooltip, muted=v.status in MUTED,
                 movable=movable and v.status == SessionStatus.SCHEDULED.value,
                 hue=v.counselor_id)
