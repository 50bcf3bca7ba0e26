"""What the audit trail records: the action codes, and their words in the reader's
language (no Qt, no database: services, storage, the window and reports share it).

The codes are stored as they are (``AuditAction`` is a ``StrEnum`` whose values are the
codes the trail has always held), so no stored line changes. A new action is a member
here plus its words in ``_WORDS``; ``tests/services/test_audit_actions.py`` checks that
every action has words in English and Korean, and that the services record nothing else.
"""

from __future__ import annotations

import enum

from safehouse.errors import translate
from safehouse.i18n import QT_TRANSLATE_NOOP

CONTEXT = "audit"


class AuditAction(enum.StrEnum):
    SETUP = "setup"
    LOGIN = "login"
    LOGIN_FAILED = "login.failed"
    LOGIN_REFUSED_LOCKED = "login.refused.locked"
    LOGIN_REFUSED_DISABLED = "login.refused.disabled"
    LOGIN_REFUSED_DELAY = "login.refused.delay"
    KEYFILE_TAMPERED = "keyfile.tampered"
    KEYFILE_SEALED = "keyfile.sealed"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock.failed"
    UNLOCK_REFUSED_DELAY = "unlock.refused.delay"
    RECOVERY = "recovery"
    DATABASE_ENCRYPT = "database.encrypt"
    KEYS_CONFIDENTIAL = "keys.confidential"
    KEYS_ROTATE = "keys.rotate"
    MEMBER_CREATE = "member.create"
    MEMBER_UPDATE = "member.update"
    MEMBER_STATUS = "member.status"
    MEMBER_VIEW = "member.view"
    MEMBER_IMPORT = "member.import"
    MEMBER_EXPORT = "member.export"
    MEMBER_PURGE = "member.purge"
    MEMBER_NOTES_PURGE = "member.notes.purge"
    HOUSEHOLD_CREATE = "household.create"
    HOUSEHOLD_ADD = "household.add"
    HOUSEHOLD_RELATION = "household.relation"
    HOUSEHOLD_RENAME = "household.rename"
    HOUSEHOLD_REMOVE = "household.remove"
    KEEPAWAY_VIEW = "keepaway.view"
    KEEPAWAY_CREATE = "keepaway.create"
    KEEPAWAY_UPDATE = "keepaway.update"
    KEEPAWAY_DELETE = "keepaway.delete"
    ROOM_CREATE = "room.create"
    ROOM_UPDATE = "room.update"
    ASSIGNMENT_CREATE = "assignment.create"
    ASSIGNMENT_MOVE = "assignment.move"
    ASSIGNMENT_END = "assignment.end"
    ASSIGNMENT_WARNING_ACCEPTED = "assignment.warning.accepted"
    SETTINGS_CHANGE = "settings.change"
    USER_CREATE = "user.create"
    USER_ROLE = "user.role"
    USER_PASSWORD = "user.password"
    USER_PASSWORD_FAILED = "user.password.failed"
    USER_PASSWORD_REFUSED_LOCKED = "user.password.refused.locked"
    USER_PASSWORD_RESET = "user.password.reset"
    USER_DISABLE = "user.disable"
    USER_ENABLE = "user.enable"
    USER_LOCK_LIFT = "user.lock.lift"
    BACKUP_MAKE = "backup.make"
    BACKUP_RESTORE = "backup.restore"
    AUDIT_EXPORT = "audit.export"
    DEMO_BUILD = "demo.build"
    GOAL_SAVE = "goal.save"
    EVENT_CREATE = "event.create"
    EVENT_UPDATE = "event.update"
    EVENT_DELETE = "event.delete"
    ATTENDANCE_SET = "attendance.set"
    EVENT_IMPORT = "event.import"
    EVENT_EXPORT = "event.export"
    WELLBEING_RECORD = "wellbeing.record"
    WELLBEING_VIEW = "wellbeing.view"
    WELLBEING_DELETE = "wellbeing.delete"
    WELLBEING_ALERT_ACK = "wellbeing.alert.ack"
    SURVEY_IMPORT = "survey.import"
    SURVEY_EXPORT = "survey.export"
    CARE_GOAL_CREATE = "careplan.goal.create"
    CARE_GOAL_UPDATE = "careplan.goal.update"
    CARE_UPDATE_CREATE = "careplan.update.create"
    CARE_PLAN_VIEW = "careplan.view"
    COUNSELOR_CREATE = "counselor.create"
    COUNSELOR_UPDATE = "counselor.update"
    PLACE_CREATE = "place.create"
    PLACE_UPDATE = "place.update"
    SESSION_BOOK = "session.book"
    SESSION_CHANGE = "session.change"
    SESSION_MOVE = "session.move"
    SESSION_CANCEL = "session.cancel"
    SESSION_DELETE = "session.delete"
    SESSION_MARK = "session.mark"
    SESSION_NOTES_VIEW = "session.notes.view"
    SESSION_NOTES_SAVE = "session.notes.save"
    SESSION_EXPORT = "session.export"
    REPORT_SAVE = "report.save"
    REPORT_PRINT = "report.print"


# Marked for the catalogue with QT_TRANSLATE_NOOP; translated when shown, by action_label.
_WORDS: dict[AuditAction, str] = {
    AuditAction.SETUP: QT_TRANSLATE_NOOP("audit", "Database set up"),
    AuditAction.LOGIN: QT_TRANSLATE_NOOP("audit", "Logged in"),
    AuditAction.LOGIN_FAILED: QT_TRANSLATE_NOOP("audit", "Failed login"),
    AuditAction.LOGIN_REFUSED_LOCKED: QT_TRANSLATE_NOOP(
        "audit", "Login refused: account locked"),
    AuditAction.LOGIN_REFUSED_DISABLED: QT_TRANSLATE_NOOP(
        "audit", "Login refused: account disabled"),
    AuditAction.LOGIN_REFUSED_DELAY: QT_TRANSLATE_NOOP("audit", "Login refused: too soon"),
    AuditAction.KEYFILE_TAMPERED: QT_TRANSLATE_NOOP(
        "audit", "Key file's records changed outside the program"),
    AuditAction.KEYFILE_SEALED: QT_TRANSLATE_NOOP(
        "audit", "Key file's records authenticated from now on"),
    AuditAction.UNLOCK: QT_TRANSLATE_NOOP("audit", "Window unlocked"),
    AuditAction.UNLOCK_FAILED: QT_TRANSLATE_NOOP("audit", "Failed unlock"),
    AuditAction.UNLOCK_REFUSED_DELAY: QT_TRANSLATE_NOOP("audit", "Unlock refused: too soon"),
    AuditAction.RECOVERY: QT_TRANSLATE_NOOP("audit", "Password set with the recovery key"),
    AuditAction.DATABASE_ENCRYPT: QT_TRANSLATE_NOOP("audit", "Database encrypted"),
    AuditAction.KEYS_CONFIDENTIAL: QT_TRANSLATE_NOOP("audit", "Confidential key made"),
    AuditAction.KEYS_ROTATE: QT_TRANSLATE_NOOP("audit", "Keys replaced"),
    AuditAction.MEMBER_CREATE: QT_TRANSLATE_NOOP("audit", "Member admitted"),
    AuditAction.MEMBER_UPDATE: QT_TRANSLATE_NOOP("audit", "Member changed"),
    AuditAction.MEMBER_STATUS: QT_TRANSLATE_NOOP("audit", "Member status changed"),
    AuditAction.MEMBER_VIEW: QT_TRANSLATE_NOOP("audit", "Member profile viewed"),
    AuditAction.MEMBER_IMPORT: QT_TRANSLATE_NOOP("audit", "Members imported"),
    AuditAction.MEMBER_EXPORT: QT_TRANSLATE_NOOP("audit", "Members exported"),
    AuditAction.MEMBER_PURGE: QT_TRANSLATE_NOOP("audit", "Member erased"),
    AuditAction.MEMBER_NOTES_PURGE: QT_TRANSLATE_NOOP("audit", "Member's notes erased"),
    AuditAction.HOUSEHOLD_CREATE: QT_TRANSLATE_NOOP("audit", "Household started"),
    AuditAction.HOUSEHOLD_ADD: QT_TRANSLATE_NOOP("audit", "Added to a household"),
    AuditAction.HOUSEHOLD_RELATION: QT_TRANSLATE_NOOP(
        "audit", "Household relationship changed"),
    AuditAction.HOUSEHOLD_RENAME: QT_TRANSLATE_NOOP("audit", "Household renamed"),
    AuditAction.HOUSEHOLD_REMOVE: QT_TRANSLATE_NOOP("audit", "Removed from a household"),
    AuditAction.KEEPAWAY_VIEW: QT_TRANSLATE_NOOP("audit", "Keep-away list viewed"),
    AuditAction.KEEPAWAY_CREATE: QT_TRANSLATE_NOOP("audit", "Keep-away entry added"),
    AuditAction.KEEPAWAY_UPDATE: QT_TRANSLATE_NOOP("audit", "Keep-away entry changed"),
    AuditAction.KEEPAWAY_DELETE: QT_TRANSLATE_NOOP("audit", "Keep-away entry removed"),
    AuditAction.ROOM_CREATE: QT_TRANSLATE_NOOP("audit", "Room added"),
    AuditAction.ROOM_UPDATE: QT_TRANSLATE_NOOP("audit", "Room changed"),
    AuditAction.ASSIGNMENT_CREATE: QT_TRANSLATE_NOOP("audit", "Bed assigned"),
    AuditAction.ASSIGNMENT_MOVE: QT_TRANSLATE_NOOP("audit", "Moved to another room"),
    AuditAction.ASSIGNMENT_END: QT_TRANSLATE_NOOP("audit", "Moved out"),
    AuditAction.ASSIGNMENT_WARNING_ACCEPTED: QT_TRANSLATE_NOOP(
        "audit", "Housing warning accepted"),
    AuditAction.SETTINGS_CHANGE: QT_TRANSLATE_NOOP("audit", "Settings changed"),
    AuditAction.USER_CREATE: QT_TRANSLATE_NOOP("audit", "User added"),
    AuditAction.USER_ROLE: QT_TRANSLATE_NOOP("audit", "User's role changed"),
    AuditAction.USER_PASSWORD: QT_TRANSLATE_NOOP("audit", "Password changed"),
    AuditAction.USER_PASSWORD_FAILED: QT_TRANSLATE_NOOP("audit", "Failed password change"),
    AuditAction.USER_PASSWORD_REFUSED_LOCKED: QT_TRANSLATE_NOOP(
        "audit", "Password change refused: account locked"),
    AuditAction.USER_PASSWORD_RESET: QT_TRANSLATE_NOOP("audit", "Password reset"),
    AuditAction.USER_DISABLE: QT_TRANSLATE_NOOP("audit", "User disabled"),
    AuditAction.USER_ENABLE: QT_TRANSLATE_NOOP("audit", "User enabled"),
    AuditAction.USER_LOCK_LIFT: QT_TRANSLATE_NOOP("audit", "Lock lifted"),
    AuditAction.BACKUP_MAKE: QT_TRANSLATE_NOOP("audit", "Backup made"),
    AuditAction.BACKUP_RESTORE: QT_TRANSLATE_NOOP("audit", "Backup restored"),
    AuditAction.AUDIT_EXPORT: QT_TRANSLATE_NOOP("audit", "Audit log exported"),
    AuditAction.DEMO_BUILD: QT_TRANSLATE_NOOP("audit", "Demo data made"),
    AuditAction.GOAL_SAVE: QT_TRANSLATE_NOOP("audit", "Community goal saved"),
    AuditAction.EVENT_CREATE: QT_TRANSLATE_NOOP("audit", "Event added"),
    AuditAction.EVENT_UPDATE: QT_TRANSLATE_NOOP("audit", "Event changed"),
    AuditAction.EVENT_DELETE: QT_TRANSLATE_NOOP("audit", "Event removed"),
    AuditAction.ATTENDANCE_SET: QT_TRANSLATE_NOOP("audit", "Attendance recorded"),
    AuditAction.EVENT_IMPORT: QT_TRANSLATE_NOOP("audit", "Events imported"),
    AuditAction.EVENT_EXPORT: QT_TRANSLATE_NOOP("audit", "Events exported"),
    AuditAction.WELLBEING_RECORD: QT_TRANSLATE_NOOP("audit", "Check-in or screening recorded"),
    AuditAction.WELLBEING_VIEW: QT_TRANSLATE_NOOP("audit", "Check-ins and screenings viewed"),
    AuditAction.WELLBEING_DELETE: QT_TRANSLATE_NOOP("audit", "Check-in or screening removed"),
    AuditAction.WELLBEING_ALERT_ACK: QT_TRANSLATE_NOOP("audit", "Wellbeing alert acknowledged"),
    AuditAction.SURVEY_IMPORT: QT_TRANSLATE_NOOP("audit", "Yearly check-ins imported"),
    AuditAction.SURVEY_EXPORT: QT_TRANSLATE_NOOP("audit", "Yearly check-ins exported"),
    AuditAction.CARE_GOAL_CREATE: QT_TRANSLATE_NOOP("audit", "Care-plan goal added"),
    AuditAction.CARE_GOAL_UPDATE: QT_TRANSLATE_NOOP("audit", "Care-plan goal changed"),
    AuditAction.CARE_UPDATE_CREATE: QT_TRANSLATE_NOOP("audit", "Care-plan update added"),
    AuditAction.CARE_PLAN_VIEW: QT_TRANSLATE_NOOP("audit", "Care-plan notes viewed"),
    AuditAction.COUNSELOR_CREATE: QT_TRANSLATE_NOOP("audit", "Counselor added"),
    AuditAction.COUNSELOR_UPDATE: QT_TRANSLATE_NOOP("audit", "Counselor changed"),
    AuditAction.PLACE_CREATE: QT_TRANSLATE_NOOP("audit", "Meeting place added"),
    AuditAction.PLACE_UPDATE: QT_TRANSLATE_NOOP("audit", "Meeting place changed"),
    AuditAction.SESSION_BOOK: QT_TRANSLATE_NOOP("audit", "Counseling session booked"),
    AuditAction.SESSION_CHANGE: QT_TRANSLATE_NOOP("audit", "Counseling session changed"),
    AuditAction.SESSION_MOVE: QT_TRANSLATE_NOOP("audit", "Counseling session moved"),
    AuditAction.SESSION_CANCEL: QT_TRANSLATE_NOOP("audit", "Counseling session cancelled"),
    AuditAction.SESSION_DELETE: QT_TRANSLATE_NOOP("audit", "Counseling session deleted"),
    AuditAction.SESSION_MARK: QT_TRANSLATE_NOOP("audit", "Session attendance marked"),
    AuditAction.SESSION_NOTES_VIEW: QT_TRANSLATE_NOOP("audit", "Session notes opened"),
    AuditAction.SESSION_NOTES_SAVE: QT_TRANSLATE_NOOP("audit", "Session notes written"),
    AuditAction.SESSION_EXPORT: QT_TRANSLATE_NOOP("audit", "Sessions exported"),
    AuditAction.REPORT_SAVE: QT_TRANSLATE_NOOP("audit", "Report saved as PDF"),
    AuditAction.REPORT_PRINT: QT_TRANSLATE_NOOP("audit", "Report printed"),
}


def action_label(code: str) -> str:
    """The words for an action code, in the user's language; the code itself for one
    this version does not know (written by a newer version)."""
    try:
        action = AuditAction(code)
    except ValueError:
        return code
    return translate(CONTEXT, english_label(action))


def english_label(action: AuditAction) -> str:
    """The English words for an action (the catalogue's source text)."""
    return _WORDS[action]
