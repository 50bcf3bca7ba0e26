"""Words for the audit trail's action codes, in the reader's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "audit"

ACTIONS: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as object
    "setup": QT_TRANSLATE_NOOP("audit", "Database set up"),
    "login": QT_TRANSLATE_NOOP("audit", "Logged in"),
    "login.failed": QT_TRANSLATE_NOOP("audit", "Failed login"),
    "login.refused.locked": QT_TRANSLATE_NOOP("audit", "Login refused: account locked"),
    "login.refused.disabled": QT_TRANSLATE_NOOP("audit", "Login refused: account disabled"),
    "unlock": QT_TRANSLATE_NOOP("audit", "Window unlocked"),
    "unlock.failed": QT_TRANSLATE_NOOP("audit", "Failed unlock"),
    "unlock.refused.delay": QT_TRANSLATE_NOOP("audit", "Unlock refused: too soon"),
    "recovery": QT_TRANSLATE_NOOP("audit", "Password set with the recovery key"),
    "database.encrypt": QT_TRANSLATE_NOOP("audit", "Database encrypted"),
    "member.create": QT_TRANSLATE_NOOP("audit", "Member admitted"),
    "member.update": QT_TRANSLATE_NOOP("audit", "Member changed"),
    "member.status": QT_TRANSLATE_NOOP("audit", "Member status changed"),
    "member.view": QT_TRANSLATE_NOOP("audit", "Member profile viewed"),
    "member.import": QT_TRANSLATE_NOOP("audit", "Members imported"),
    "member.export": QT_TRANSLATE_NOOP("audit", "Members exported"),
    "member.purge": QT_TRANSLATE_NOOP("audit", "Member erased"),
    "member.notes.purge": QT_TRANSLATE_NOOP("audit", "Member's notes erased"),
    "household.create": QT_TRANSLATE_NOOP("audit", "Household started"),
    "household.add": QT_TRANSLATE_NOOP("audit", "Added to a household"),
    "household.relation": QT_TRANSLATE_NOOP("audit", "Household relationship changed"),
    "household.rename": QT_TRANSLATE_NOOP("audit", "Household renamed"),
    "household.remove": QT_TRANSLATE_NOOP("audit", "Removed from a household"),
    "keepaway.view": QT_TRANSLATE_NOOP("audit", "Keep-away list viewed"),
    "keepaway.create": QT_TRANSLATE_NOOP("audit", "Keep-away entry added"),
    "keepaway.update": QT_TRANSLATE_NOOP("audit", "Keep-away entry changed"),
    "keepaway.delete": QT_TRANSLATE_NOOP("audit", "Keep-away entry removed"),
    "room.create": QT_TRANSLATE_NOOP("audit", "Room added"),
    "room.update": QT_TRANSLATE_NOOP("audit", "Room changed"),
    "assignment.create": QT_TRANSLATE_NOOP("audit", "Bed assigned"),
    "assignment.move": QT_TRANSLATE_NOOP("audit", "Moved to another room"),
    "assignment.end": QT_TRANSLATE_NOOP("audit", "Moved out"),
    "settings.change": QT_TRANSLATE_NOOP("audit", "Settings changed"),
    "user.create": QT_TRANSLATE_NOOP("audit", "User added"),
    "user.role": QT_TRANSLATE_NOOP("audit", "User's role changed"),
    "user.password": QT_TRANSLATE_NOOP("audit", "Password changed"),
    "user.password.failed": QT_TRANSLATE_NOOP("audit", "Failed password change"),
    "user.password.refused.locked": QT_TRANSLATE_NOOP(
        "audit", "Password change refused: account locked"),
    "user.password.reset": QT_TRANSLATE_NOOP("audit", "Password reset"),
    "user.disable": QT_TRANSLATE_NOOP("audit", "User disabled"),
    "user.enable": QT_TRANSLATE_NOOP("audit", "User enabled"),
    "user.lock.lift": QT_TRANSLATE_NOOP("audit", "Lock lifted"),
    "backup.make": QT_TRANSLATE_NOOP("audit", "Backup made"),
    "backup.restore": QT_TRANSLATE_NOOP("audit", "Backup restored"),
    "audit.export": QT_TRANSLATE_NOOP("audit", "Audit log exported"),
    "demo.build": QT_TRANSLATE_NOOP("audit", "Demo data made"),
}


def action_label(code: str) -> str:
    """The words for an action; the code itself for one this version does not know."""
    source = ACTIONS.get(code)
    if source is None:
        return code
    return QCoreApplication.translate(_CONTEXT, str(source))
