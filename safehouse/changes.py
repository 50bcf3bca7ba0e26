"""What a service changed, for the open views to refresh (no Qt, no database).

A service that writes ends with ``db.notify(Change(ChangeKind.MEMBER, ids))``; the
window's change hub (:mod:`safehouse.ui.context`) re-emits it, and each view names the
kinds it reloads on (its ``RELOAD_ON``). A new kind is added here, emitted by a service
and reacted to by a view; ``tests/test_change_kinds.py`` checks all three.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass


class ChangeKind(enum.StrEnum):
    """The kinds of record a change is about (the values are the old string codes)."""

    MEMBER = "member"
    HOUSEHOLD = "household"
    KEEP_AWAY = "keep_away"
    ROOM = "room"
    ASSIGNMENT = "assignment"
    USER = "user"
    SETTING = "setting"
    BACKUP = "backup"
    GOAL = "goal"
    EVENT = "event"  # an event, or who came to it
    WELLBEING_RESPONSE = "wellbeing_response"  # a check-in or screening
    WELLBEING_ALERT = "wellbeing_alert"  # an alert raised or acknowledged
    CARE_PLAN = "care_plan"  # a care-plan goal, or an update of one
    # a counseling session or series, its attendance or notes; the counselors' list
    # and the meeting places (the schedule shows their names)
    SESSION = "session"


@dataclass(frozen=True)
class Change:
    """What a service changed: the kind of record, and which ones (empty: any of them)."""

    entity: ChangeKind
    ids: tuple[int, ...] = ()


ChangeListener = Callable[[Change], None]
