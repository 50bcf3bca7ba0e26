"""SQLAlchemy models. No Qt and no I/O here: only the shape of the data.

The modules here do not postpone their annotations (no ``from __future__ import
annotations``): SQLAlchemy reads ``Mapped[int | None]`` as an object when the class is
made, where it would evaluate each string (about 340 of them: some 9 ms of every start).
A relationship to a class defined later, or in another module, names it in quotes:
``Mapped[list["Alert"]]``, ``Mapped["Member | None"]``."""

from safehouse.models.audit import AuditEntry
from safehouse.models.base import Base
from safehouse.models.care import CareArea, CareGoal, CareGoalUpdate, GoalStatus
from safehouse.models.community import Attendance, CommunityGoal, Event, EventKind
from safehouse.models.counseling import (
    CancelledBy,
    CounselingSession,
    Counselor,
    MeetingPlace,
    SeriesMember,
    SessionKind,
    SessionNote,
    SessionParticipant,
    SessionSeries,
    SessionStatus,
)
from safehouse.models.housing import Assignment, Room
from safehouse.models.keys import KeySlot
from safehouse.models.people import (
    Household,
    HouseholdMember,
    KeepAway,
    KeepAwayRelation,
    Member,
    Membership,
    MembershipEnd,
    MemberStatus,
    Relationship,
    Sex,
)
from safehouse.models.settings import Counter, Setting
from safehouse.models.users import ROLE_VALUES, Role, User
from safehouse.models.wellbeing import Alert, AlertKind, InstrumentCode, Response

__all__ = [
    "ROLE_VALUES",
    "Alert",
    "AlertKind",
    "InstrumentCode",
    "Response",
    "Assignment",
    "Attendance",
    "AuditEntry",
    "Base",
    "CareArea",
    "CareGoal",
    "CareGoalUpdate",
    "CancelledBy",
    "CommunityGoal",
    "CounselingSession",
    "Counselor",
    "Counter",
    "Event",
    "EventKind",
    "GoalStatus",
    "Household",
    "HouseholdMember",
    "KeepAway",
    "KeepAwayRelation",
    "KeySlot",
    "MeetingPlace",
    "Member",
    "MemberStatus",
    "Membership",
    "MembershipEnd",
    "Relationship",
    "Role",
    "Room",
    "SeriesMember",
    "SessionKind",
    "SessionNote",
    "SessionParticipant",
    "SessionSeries",
    "SessionStatus",
    "Setting",
    "Sex",
    "User",
]
