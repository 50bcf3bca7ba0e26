"""The permission table: which role may do what, and see which sensitive fields. The
one place it is kept.

Every service function names its action and calls :func:`require` before it reads or
writes anything. An action that is not in a role's row is denied.

A service that returns a sensitive field (:class:`Field`) asks :func:`can_see` and
blanks the field for a role that may not see it. A field that is not in a role's row is
blanked: a new field stays hidden from everyone until the table names it.
"""

from __future__ import annotations

import enum

from safehouse.errors import PermissionDenied, translate
from safehouse.models.users import Role
from safehouse.services.dto.accounts import Actor


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
        }
    ),
    Role.STAFF: frozenset({Action.MEMBER_VIEW, Action.ROOM_VIEW, Action.CHECK}),
}


class Field(enum.StrEnum):
    """Sensitive fields: who may see them is decided by :data:`FIELDS`, not by the
    action that returns them."""

    MEMBER_PHONE = "member.phone"
    MEMBER_NOTES = "member.notes"  # case notes
    KEEPAWAY_PERSON_NAME = "keep_away.person_name"
    KEEPAWAY_DESCRIPTION = "keep_away.description"
    KEEPAWAY_RELATION = "keep_away.relation"


# Every role's fields are listed by name (no "all fields" shortcut), so that a field
# added to Field is hidden from every role until someone decides who may see it.
FIELDS: dict[Role, frozenset[Field]] = {
    Role.ADMINISTRATOR: frozenset({
        Field.MEMBER_PHONE, Field.MEMBER_NOTES,
        Field.KEEPAWAY_PERSON_NAME, Field.KEEPAWAY_DESCRIPTION, Field.KEEPAWAY_RELATION,
    }),
    Role.MANAGER: frozenset({
        Field.MEMBER_PHONE, Field.MEMBER_NOTES,
        Field.KEEPAWAY_PERSON_NAME, Field.KEEPAWAY_DESCRIPTION, Field.KEEPAWAY_RELATION,
    }),
    # (DESIGN.md: counselors later see the confidential notes of their own sessions
    # only; a member's case notes they see.)
    Role.COUNSELOR: frozenset({
        Field.MEMBER_PHONE, Field.MEMBER_NOTES,
        Field.KEEPAWAY_PERSON_NAME, Field.KEEPAWAY_DESCRIPTION, Field.KEEPAWAY_RELATION,
    }),
    # Staff see no confidential notes, no phone numbers and nothing of the keep-away list.
    Role.STAFF: frozenset(),
}


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


def require(actor: Actor, action: Action) -> None:
    if not allowed(actor, action):
        raise PermissionDenied(translate(
            "errors", "Your role ({role}) does not allow this ({action})."
        ).format(role=role_words(actor.role), action=action.value))
