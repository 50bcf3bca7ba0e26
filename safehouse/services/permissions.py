"""The permission table: which role may do what. The one place it is kept.

Every service function names its action and calls :func:`require` before it reads or
writes anything. An action that is not in a role's row is denied.
"""

from __future__ import annotations

import enum

from safehouse.errors import PermissionDenied
from safehouse.models.users import Role
from safehouse.services.dto import Actor


class Action(enum.StrEnum):
    USER_VIEW = "user.view"
    USER_MANAGE = "user.manage"
    SETTINGS_EDIT = "settings.edit"
    MEMBER_VIEW = "member.view"
    MEMBER_EDIT = "member.edit"
    MEMBER_CONTACT_VIEW = "member.contact.view"  # phone, notes
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


def allowed(actor: Actor, action: Action) -> bool:
    try:
        role = Role(actor.role)
    except ValueError:
        return False
    return action in PERMISSIONS.get(role, frozenset())


def require(actor: Actor, action: Action) -> None:
    if not allowed(actor, action):
        raise PermissionDenied(
            f"Your role ({actor.role}) does not allow this ({action.value})."
        )
