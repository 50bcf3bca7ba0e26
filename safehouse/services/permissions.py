"""The permission table: which role may do what, and see which sensitive fields. The
one place it is kept.

Every service function names its action and calls :func:`require` before it reads or
writes anything. An action that is not in a role's row is denied.

Rights are the account's rights as they are now, not as they were at login:
:func:`require` reads the account again (``actor = require(db, actor, Action.X)``) and
hands back the actor with its current role, which the service then uses (for
:func:`can_see` too). A disabled or removed account, an administrator's demand for a new
password made after login, or a role lowered so that it no longer allows the action is
refused with :class:`~safehouse.errors.AccountRevoked`, which the window shows once
before it logs out. Inside a unit of work that has already begun, :func:`check` does the
same with the session at hand.

A service that returns a sensitive field (:class:`Field`) asks :func:`can_see` and
blanks the field for a role that may not see it. A field that is not in a role's row is
blanked: a new field stays hidden from everyone until the table names it.
"""

from __future__ import annotations

import enum

from sqlalchemy.orm import Session

from safehouse.errors import AccountRevoked, PermissionDenied, translate
from safehouse.models.users import Role, User
from safehouse.services.dto.accounts import Actor
from safehouse.storage.db import Database


class Action(enum.StrEnum):
    USER_VIEW = "user.view"
    USER_MANAGE = "user.manage"
    SETTINGS_EDIT = "settings.edit"
    MEMBER_VIEW = "member.view"
    MEMBER_EDIT = "member.edit"
    MEMBER_CONTACT_VIEW = "member.contact.view"  # shows phone and notes: see FIELDS
    HOUSEHOLD_EDIT = "household.edit"
    KEEPAWAY_VIEW = "keepaway.view"
    KEEPAWAY_EDIT = "keepaway.edit"
    ROOM_VIEW = "room.view"
    ROOM_EDIT = "room.edit"
    ASSIGNMENT_EDIT = "assignment.edit"
    IMPORT = "data.import"
    EXPORT = "data.export"
    CHECK = "data.check"
    AUDIT_VIEW = "audit.view"
    AUDIT_EXPORT = "audit.export"
    BACKUP_MAKE = "backup.make"
    BACKUP_RESTORE = "backup.restore"
    MEMBER_PURGE = "member.purge"
    COMMUNITY_VIEW = "community.view"  # the goal, growth, referrals, events
    GOAL_EDIT = "goal.edit"
    EVENT_EDIT = "event.edit"
    ATTENDANCE_EDIT = "attendance.edit"  # who came, and the guest and child counts
    WELLBEING_VIEW = "wellbeing.view"  # that check-ins happened, the yearly figures, who is due
    WELLBEING_RECORD = "wellbeing.record"  # record (or remove) a check-in or screening
    WELLBEING_RESULTS = "wellbeing.results"  # a member's trends (scores over time)
    WELLBEING_ALERTS = "wellbeing.alerts"  # see and acknowledge wellbeing alerts
    CARE_PLAN_VIEW = "careplan.view"  # goals and statuses; the notes: see FIELDS
    CARE_PLAN_EDIT = "careplan.edit"  # add and change goals, add updates
    SESSION_VIEW = "session.view"  # the schedule: who meets whom when and where
    SESSION_BOOK = "session.book"  # book, change, move, cancel, delete (counselor: own)
    SESSION_MARK = "session.mark"  # completed, cancelled by whom, no-show (counselor: own)
    SESSION_NOTES = "session.notes"  # open and write notes (counselor: own sessions)
    COUNSELOR_EDIT = "counselor.edit"  # the counselors' list


_ALL = frozenset(Action)

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADMINISTRATOR: _ALL,
    Role.MANAGER: _ALL
    - {
        Action.USER_MANAGE,
        Action.AUDIT_VIEW,
        Action.AUDIT_EXPORT,
        Action.BACKUP_RESTORE,
        Action.MEMBER_PURGE,
    },
    Role.COUNSELOR: frozenset(
        {
            Action.MEMBER_VIEW,
            Action.MEMBER_CONTACT_VIEW,
            Action.KEEPAWAY_VIEW,
            Action.ROOM_VIEW,
            Action.CHECK,
            Action.COMMUNITY_VIEW,
            Action.WELLBEING_VIEW,
            Action.WELLBEING_RECORD,
            Action.WELLBEING_RESULTS,
            Action.WELLBEING_ALERTS,
            Action.CARE_PLAN_VIEW,
            Action.CARE_PLAN_EDIT,
            # her own sessions only (services.session_store.check_own)
            Action.SESSION_VIEW,
            Action.SESSION_BOOK,
            Action.SESSION_MARK,
            Action.SESSION_NOTES,
        }
    ),
    # staff record who came to a retreat (DESIGN.md)
    # and see care-plan goals and their statuses (not the notes of their updates)
    Role.STAFF: frozenset({Action.MEMBER_VIEW, Action.ROOM_VIEW, Action.CHECK,
                           Action.COMMUNITY_VIEW, Action.ATTENDANCE_EDIT,
                           Action.WELLBEING_VIEW, Action.CARE_PLAN_VIEW,
                           Action.SESSION_VIEW}),
}


class Field(enum.StrEnum):
    """Sensitive fields: who may see them is decided by :data:`FIELDS`, not by the
    action that returns them."""

    MEMBER_PHONE = "member.phone"
    MEMBER_NOTES = "member.notes"  # case notes
    KEEPAWAY_PERSON_NAME = "keep_away.person_name"
    KEEPAWAY_DESCRIPTION = "keep_away.description"
    KEEPAWAY_RELATION = "keep_away.relation"
    SCREENING_RESULTS = "wellbeing.screening_results"  # PHQ-9, GAD-7, PCL-5: answers, scores
    CHECKIN_ANSWERS = "wellbeing.checkin_answers"  # the yearly check-in's two answers
    CARE_PLAN_NOTES = "care_plan.notes"  # the notes of care-plan updates


# Every role's fields are listed by name (no "all fields" shortcut), so that a field
# added to Field is hidden from every role until someone decides who may see it.
FIELDS: dict[Role, frozenset[Field]] = {
    Role.ADMINISTRATOR: frozenset({
        Field.MEMBER_PHONE, Field.MEMBER_NOTES,
        Field.KEEPAWAY_PERSON_NAME, Field.KEEPAWAY_DESCRIPTION, Field.KEEPAWAY_RELATION,
        Field.SCREENING_RESULTS, Field.CHECKIN_ANSWERS,
        Field.CARE_PLAN_NOTES,
    }),
    Role.MANAGER: frozenset({
        Field.MEMBER_PHONE, Field.MEMBER_NOTES,
        Field.KEEPAWAY_PERSON_NAME, Field.KEEPAWAY_DESCRIPTION, Field.KEEPAWAY_RELATION,
        Field.SCREENING_RESULTS, Field.CHECKIN_ANSWERS,
        Field.CARE_PLAN_NOTES,
    }),
    # (DESIGN.md: counselors later see the confidential notes of their own sessions
    # only; a member's case notes they see.)
    Role.COUNSELOR: frozenset({
        Field.MEMBER_PHONE, Field.MEMBER_NOTES,
        Field.KEEPAWAY_PERSON_NAME, Field.KEEPAWAY_DESCRIPTION, Field.KEEPAWAY_RELATION,
        Field.SCREENING_RESULTS, Field.CHECKIN_ANSWERS,
        Field.CARE_PLAN_NOTES,
    }),
    # Staff see no confidential notes, no phone numbers and nothing of the keep-away list.
    Role.STAFF: frozenset(),
}


#: The fields sealed under the confidential key (storage.sealed): all but the yearly
#: check-in's answers (plain, so that the yearly figures are one SQL aggregate, and only
#: blanked for staff). An account holds the key only while its role may see every one.
CONFIDENTIAL_FIELDS: frozenset[Field] = frozenset(Field) - {Field.CHECKIN_ANSWERS}


def holds_confidential_key(role: str) -> bool:
    """May an account of this role hold the confidential key? (Unknown roles: no.)"""
    try:
        fields = FIELDS.get(Role(role), frozenset())
    except ValueError:
        return False
    return fields >= CONFIDENTIAL_FIELDS


def can_see(actor: Actor, field: Field) -> bool:
    """May this person see this sensitive field? Unknown roles and fields: no."""
    try:
        role = Role(actor.role)
    except ValueError:
        return False
    return field in FIELDS.get(role, frozenset())


def allowed(actor: Actor, action: Action) -> bool:
    try:
        role = Role(actor.role)
    except ValueError:
        return False
    return action in PERMISSIONS.get(role, frozenset())


def role_words(role: str) -> str:
    """A role as the reader says it (the stored code for one this version lacks)."""
    words = {
        Role.ADMINISTRATOR.value: translate("errors", "administrator"),
        Role.MANAGER.value: translate("errors", "manager"),
        Role.COUNSELOR.value: translate("errors", "counselor"),
        Role.STAFF.value: translate("errors", "staff"),
    }
    return words.get(role, role)


def check(s: Session, actor: Actor, *actions: Action) -> Actor:
    """The acting account as it is now, read in the unit of work ``s``; every one of
    ``actions`` must be allowed to its current role (none: only the account is checked).

    Raises :class:`AccountRevoked` when the account was disabled or removed, when an
    administrator asked for a new password after this login, or when the role was
    changed since login and no longer allows an action; :class:`PermissionDenied` when
    the role (unchanged) does not allow one.
    """
    user = s.get(User, actor.id)
    if user is None or not user.active:
        raise AccountRevoked(translate(
            "errors", "Your account has been disabled since you logged in. Ask an "
            "administrator."))
    if user.must_change_password and not actor.must_change_password:
        raise AccountRevoked(translate(
            "errors", "An administrator has asked you to choose a new password. Log in "
            "again to choose it."))
    now = Actor(id=user.id, username=user.username, display_name=user.display_name,
                role=user.role, must_change_password=user.must_change_password)
    for action in actions:
        if allowed(now, action):
            continue
        if now.role != actor.role:
            raise AccountRevoked(translate(
                "errors", "Your role is now {role}, which does not allow this ({action}). "
                "Log in again to work with your new role."
            ).format(role=role_words(now.role), action=action.value))
        raise PermissionDenied(translate(
            "errors", "Your role ({role}) does not allow this ({action})."
        ).format(role=role_words(now.role), action=action.value))
    return now


def require(db: Database, actor: Actor, *actions: Action) -> Actor:
    """Check the account and its current role (see :func:`check`) in a short reading of
    its own, before the service's unit of work; returns the actor as she is now."""
    with db.transaction() as s:
        return check(s, actor, *actions)
