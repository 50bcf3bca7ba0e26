"""A session in words, the same wherever a list shows one outside the week (the
dashboard's today, a member's Sessions tab): its time, kind, counselor, members, place
and status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from safehouse.labels import label
from safehouse.models import CancelledBy, SessionKind, SessionStatus
from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext

if TYPE_CHECKING:  # names only: the sessions come with their read, and their DTOs with it
    from safehouse.services.dto.counseling import Participant, SessionView


def members_text(ctx: AppContext, people: tuple[Participant, ...]) -> str:
    """The members by code and name for a reader who may see members' names, else by
    code only."""
    if ctx.can(Action.MEMBER_VIEW):
        return ", ".join(f"{p.code} {p.name}" for p in people)
    return ", ".join(p.code for p in people)


def time_text(v: SessionView) -> str:
    """``10:00–11:00`` (local time)."""
    return f"{v.starts_at:%H:%M}–{v.ends_at:%H:%M}"


def kind_text(v: SessionView) -> str:
    return label(v.kind, SessionKind)


def place_text(v: SessionView) -> str:
    if v.place_outside:
        return QCoreApplication.translate("SessionLines", "{place} (outside)").format(
            place=v.place_name)
    return v.place_name


def status_text(v: SessionView) -> str:
    """The status; a cancelled one says by whom."""
    shown = label(v.status, SessionStatus)
    if v.status == SessionStatus.CANCELLED.value and v.cancelled_by:
        return f"{shown} ({label(v.cancelled_by, CancelledBy).lower()})"
    return shown
