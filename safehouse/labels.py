"""Labels for stored values (member status, sex, household relation, keep-away relation,
role), keyed by their enum, translated in the current language (context ``labels``).

The window, the command line and the reports all name a stored value through
:func:`label`. The same word may be a member of several enums (``other``); each enum
member has its own entry, so two of them may be labelled differently.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from safehouse.i18n import QT_TRANSLATE_NOOP, translate
from safehouse.models.care import CareArea, GoalStatus
from safehouse.models.community import EventKind
from safehouse.models.counseling import CancelledBy, SessionKind, SessionStatus
from safehouse.models.people import (
    KeepAwayRelation,
    MembershipEnd,
    MemberStatus,
    Relationship,
    Sex,
)
from safehouse.models.users import Role
from safehouse.models.wellbeing import AlertKind

CONTEXT = "labels"

# Pairs, not a dict keyed by the members: members of two enums with one value
# (``KeepAwayRelation.FAMILY``, ``CareArea.FAMILY``) are equal as strings, and a dict would
# keep only one of them. ``_BY_KIND`` is keyed by the enum and the value.
_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (MemberStatus.ENQUIRY, QT_TRANSLATE_NOOP("labels", "Enquiry")),
    (MemberStatus.ACTIVE, QT_TRANSLATE_NOOP("labels", "Active")),
    (MemberStatus.ALUMNI, QT_TRANSLATE_NOOP("labels", "Alumni")),
    (MemberStatus.EXITED, QT_TRANSLATE_NOOP("labels", "Exited")),
    # how a period in the community ended: the status she left with
    (MembershipEnd.ALUMNI, QT_TRANSLATE_NOOP("labels", "Alumni")),
    (MembershipEnd.EXITED, QT_TRANSLATE_NOOP("labels", "Exited")),
    (Sex.FEMALE, QT_TRANSLATE_NOOP("labels", "Female")),
    (Sex.MALE, QT_TRANSLATE_NOOP("labels", "Male")),
    (Sex.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (Relationship.HEAD, QT_TRANSLATE_NOOP("labels", "Head")),
    (Relationship.SPOUSE, QT_TRANSLATE_NOOP("labels", "Spouse")),
    (Relationship.CHILD, QT_TRANSLATE_NOOP("labels", "Child")),
    (Relationship.PARENT, QT_TRANSLATE_NOOP("labels", "Parent")),
    (Relationship.SIBLING, QT_TRANSLATE_NOOP("labels", "Sibling")),
    (Relationship.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (KeepAwayRelation.FORMER_PARTNER, QT_TRANSLATE_NOOP("labels", "Former partner")),
    (KeepAwayRelation.BROKER, QT_TRANSLATE_NOOP("labels", "Broker")),
    (KeepAwayRelation.FAMILY, QT_TRANSLATE_NOOP("labels", "Family member")),
    (KeepAwayRelation.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (Role.ADMINISTRATOR, QT_TRANSLATE_NOOP("labels", "Administrator")),
    (Role.MANAGER, QT_TRANSLATE_NOOP("labels", "Manager")),
    (Role.COUNSELOR, QT_TRANSLATE_NOOP("labels", "Counselor")),
    (Role.STAFF, QT_TRANSLATE_NOOP("labels", "Staff")),
    (EventKind.RETREAT, QT_TRANSLATE_NOOP("labels", "Retreat")),
    (EventKind.GATHERING, QT_TRANSLATE_NOOP("labels", "Gathering")),
    (EventKind.TRAINING, QT_TRANSLATE_NOOP("labels", "Training")),
    (EventKind.WORSHIP, QT_TRANSLATE_NOOP("labels", "Worship")),
    (EventKind.CELEBRATION, QT_TRANSLATE_NOOP("labels", "Celebration")),
    (CareArea.SAFETY, QT_TRANSLATE_NOOP("labels", "Safety")),
    (CareArea.PHYSICAL_HEALTH, QT_TRANSLATE_NOOP("labels", "Physical health")),
    (CareArea.EMOTIONAL_HEALTH, QT_TRANSLATE_NOOP("labels", "Emotional health")),
    (CareArea.SPIRITUAL_LIFE, QT_TRANSLATE_NOOP("labels", "Spiritual life")),
    (CareArea.HOUSING, QT_TRANSLATE_NOOP("labels", "Housing")),
    (CareArea.WORK, QT_TRANSLATE_NOOP("labels", "Work")),
    (CareArea.EDUCATION, QT_TRANSLATE_NOOP("labels", "Education")),
    (CareArea.FAMILY, QT_TRANSLATE_NOOP("labels", "Family")),
    (CareArea.LEGAL, QT_TRANSLATE_NOOP("labels", "Legal")),
    (CareArea.FINANCES, QT_TRANSLATE_NOOP("labels", "Finances")),
    (GoalStatus.NOT_STARTED, QT_TRANSLATE_NOOP("labels", "Not started")),
    (GoalStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("labels", "In progress")),
    (GoalStatus.ACHIEVED, QT_TRANSLATE_NOOP("labels", "Achieved")),
    (GoalStatus.SET_ASIDE, QT_TRANSLATE_NOOP("labels", "Set aside")),
    (SessionKind.INDIVIDUAL, QT_TRANSLATE_NOOP("labels", "Individual")),
    (SessionKind.COUPLE, QT_TRANSLATE_NOOP("labels", "Couple")),
    (SessionKind.FAMILY, QT_TRANSLATE_NOOP("labels", "Family")),
    (SessionKind.GROUP, QT_TRANSLATE_NOOP("labels", "Group")),
    (SessionStatus.SCHEDULED, QT_TRANSLATE_NOOP("labels", "Scheduled")),
    (SessionStatus.COMPLETED, QT_TRANSLATE_NOOP("labels", "Completed")),
    (SessionStatus.CANCELLED, QT_TRANSLATE_NOOP("labels", "Cancelled")),
    (SessionStatus.NO_SHOW, QT_TRANSLATE_NOOP("labels", "No-show")),
    (CancelledBy.MEMBER, QT_TRANSLATE_NOOP("labels", "By the member")),
    (CancelledBy.COUNSELOR, QT_TRANSLATE_NOOP("labels", "By the counselor")),
    (CancelledBy.HOUSE, QT_TRANSLATE_NOOP("labels", "By the house")),
    (AlertKind.REPATRIATION_THREAT, QT_TRANSLATE_NOOP(
        "labels", "Feels an immediate threat of repatriation")),
    (AlertKind.SELF_HARM, QT_TRANSLATE_NOOP(
        "labels", "Thoughts of death or self-harm (PHQ-9 question 9)")),
    (AlertKind.TOP_BAND, QT_TRANSLATE_NOOP("labels", "Score in the highest band")),
)

_BY_KIND: dict[tuple[type[StrEnum], str], str] = {
    (type(member), member.value): source for member, source in _PAIRS}

LABELLED: tuple[type[StrEnum], ...] = (
    MemberStatus, MembershipEnd, Sex, Relationship, KeepAwayRelation, Role, EventKind,
    AlertKind, CareArea, GoalStatus, SessionKind, SessionStatus, CancelledBy)


def label(value: StrEnum | str | None, kind: type[StrEnum] | None = None, *,
          translator: Callable[[str, str], str] = translate) -> str:
    """The translated label of a stored value: an enum member, or its stored string.

    A stored string is read as a member of ``kind``; without ``kind``, as the first of
    the labelled enums that has it. An unknown string comes back as it is; ``None`` or
    ``""`` as ``""``. ``translator``: the core's catalogue by default; the window may
    pass Qt's (``QCoreApplication.translate``), whose catalogue is the same file,
    already loaded, where the core's would be read first (after a change of language).
    """
    if value is None or value == "":
        return ""
    member = value if isinstance(value, StrEnum) else _member(value, kind)
    source = _BY_KIND.get((type(member), member.value)) if member is not None else None
    if source is None:
        return str(value)
    return translator(CONTEXT, source)


def _member(value: str, kind: type[StrEnum] | None) -> StrEnum | None:
    for enum in (kind,) if kind is not None else LABELLED:
        try:
            return enum(value)
        except ValueError:
            continue
    return None
