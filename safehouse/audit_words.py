"""The words for what an audit line names besides its action: the kind of record
(``member``, ``keep_away``, ``setting`` …) and each field it lists (``idle_lock_minutes``,
``role=staff``, ``attempted_at=…``, ``file=…``), in the reader's language. No Qt, no
database: the Audit tab, the command line and reports share it.

A field is a name (``phone``) or a name with a value the trail may keep
(``role=staff``, ``rows=12``, ``file=safehouse-….db``): never personal data. A time is
shown in the organisation's time zone (:mod:`safehouse.clock`). A code this version does
not know is shown as it is, so nothing is hidden.
"""

from __future__ import annotations

from datetime import datetime

from safehouse import clock
from safehouse.i18n import QT_TRANSLATE_NOOP, translate
from safehouse.labels import label

CONTEXT = "audit"

ENTITIES: dict[str, str] = {
    "member": QT_TRANSLATE_NOOP("audit", "Member"),
    "household": QT_TRANSLATE_NOOP("audit", "Household"),
    "keep_away": QT_TRANSLATE_NOOP("audit", "Keep-away entry"),
    "room": QT_TRANSLATE_NOOP("audit", "Room"),
    "assignment": QT_TRANSLATE_NOOP("audit", "Stay in a room"),
    "setting": QT_TRANSLATE_NOOP("audit", "Setting"),
    "user": QT_TRANSLATE_NOOP("audit", "User account"),
    "audit_entry": QT_TRANSLATE_NOOP("audit", "Audit log"),
    "community_goal": QT_TRANSLATE_NOOP("audit", "Community goal"),
    "event": QT_TRANSLATE_NOOP("audit", "Event"),
    "wellbeing_response": QT_TRANSLATE_NOOP("audit", "Check-in or screening"),
    "wellbeing_alert": QT_TRANSLATE_NOOP("audit", "Wellbeing alert"),
    "care_goal": QT_TRANSLATE_NOOP("audit", "Care-plan goal"),
    "care_goal_update": QT_TRANSLATE_NOOP("audit", "Care-plan update"),
    "counselor": QT_TRANSLATE_NOOP("audit", "Counselor"),
    "meeting_place": QT_TRANSLATE_NOOP("audit", "Meeting place"),
    "counseling_session": QT_TRANSLATE_NOOP("audit", "Counseling session"),
    "session_series": QT_TRANSLATE_NOOP("audit", "Series of sessions"),
}

FIELDS: dict[str, str] = {
    # a member
    "name": QT_TRANSLATE_NOOP("audit", "name"),
    "alias": QT_TRANSLATE_NOOP("audit", "alias"),
    "sex": QT_TRANSLATE_NOOP("audit", "sex"),
    "birth_year": QT_TRANSLATE_NOOP("audit", "birth year"),
    "phone": QT_TRANSLATE_NOOP("audit", "phone"),
    "arrived_on": QT_TRANSLATE_NOOP("audit", "arrival in Korea"),
    "hanawon_completed_on": QT_TRANSLATE_NOOP("audit", "Hanawon completed"),
    "joined_on": QT_TRANSLATE_NOOP("audit", "joined"),
    "left_on": QT_TRANSLATE_NOOP("audit", "left"),
    "status": QT_TRANSLATE_NOOP("audit", "status"),
    "referred_by": QT_TRANSLATE_NOOP("audit", "referred by"),
    "notes": QT_TRANSLATE_NOOP("audit", "notes"),
    # households and keep-away entries
    "relation": QT_TRANSLATE_NOOP("audit", "relationship"),
    "person_name": QT_TRANSLATE_NOOP("audit", "person's name"),
    "description": QT_TRANSLATE_NOOP("audit", "description"),
    "linked_member": QT_TRANSLATE_NOOP("audit", "linked member"),
    "keep_away.description": QT_TRANSLATE_NOOP("audit", "keep-away descriptions"),
    # care plans
    "area": QT_TRANSLATE_NOOP("audit", "area"),
    "text": QT_TRANSLATE_NOOP("audit", "goal"),
    "target_on": QT_TRANSLATE_NOOP("audit", "target date"),
    "day": QT_TRANSLATE_NOOP("audit", "date"),
    "care_plan.notes": QT_TRANSLATE_NOOP("audit", "care-plan notes"),
    # rooms and stays
    "floor": QT_TRANSLATE_NOOP("audit", "floor"),
    "capacity": QT_TRANSLATE_NOOP("audit", "capacity"),
    "active": QT_TRANSLATE_NOOP("audit", "in use"),
    "end_on": QT_TRANSLATE_NOOP("audit", "move-out date"),
    # accounts
    "username": QT_TRANSLATE_NOOP("audit", "user name"),
    "display_name": QT_TRANSLATE_NOOP("audit", "full name"),
    "role": QT_TRANSLATE_NOOP("audit", "role"),
    "password": QT_TRANSLATE_NOOP("audit", "password"),
    "must_change_password": QT_TRANSLATE_NOOP("audit", "new password asked for"),
    "key_slot": QT_TRANSLATE_NOOP("audit", "database key"),
    # keys made or replaced (keys.confidential, keys.rotate)
    "database_key": QT_TRANSLATE_NOOP("audit", "database key"),
    "confidential_key": QT_TRANSLATE_NOOP("audit", "confidential key"),
    "recovery_key": QT_TRANSLATE_NOOP("audit", "recovery key"),
    "failed_logins": QT_TRANSLATE_NOOP("audit", "failed logins"),
    "locked_until": QT_TRANSLATE_NOOP("audit", "locked until"),
    # settings
    "organisation": QT_TRANSLATE_NOOP("audit", "organisation's name"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("audit", "minutes before the lock"),
    "retention_years": QT_TRANSLATE_NOOP("audit", "years records are kept"),
    "time_zone": QT_TRANSLATE_NOOP("audit", "time zone"),
    "keep_away_scope": QT_TRANSLATE_NOOP("audit", "how far keep-away pairs are kept apart"),
    "screening_follow_up_weeks": QT_TRANSLATE_NOOP("audit",
                                                   "weeks before a screening is due again"),
    # wellbeing
    "answers": QT_TRANSLATE_NOOP("audit", "answers"),
    "note": QT_TRANSLATE_NOOP("audit", "note"),
    # housing warnings a person read and went ahead despite
    "child_alone": QT_TRANSLATE_NOOP("audit", "warning accepted: a child without an adult"),
    "keep_away_floor": QT_TRANSLATE_NOOP("audit",
                                         "warning accepted: keep-away pair on one floor"),
    # failed logins the key file kept until the database could be opened
    "reported_by=key_file": QT_TRANSLATE_NOOP("audit", "reported by the key file"),
    # counselors, meeting places and sessions
    "organisation_name": QT_TRANSLATE_NOOP("audit", "organisation"),
    "languages": QT_TRANSLATE_NOOP("audit", "languages"),
    "account": QT_TRANSLATE_NOOP("audit", "account"),
    "kind": QT_TRANSLATE_NOOP("audit", "kind"),
    "start": QT_TRANSLATE_NOOP("audit", "start"),
    "duration": QT_TRANSLATE_NOOP("audit", "duration"),
    "counselor": QT_TRANSLATE_NOOP("audit", "counselor"),
    "place": QT_TRANSLATE_NOOP("audit", "place"),
    "participants": QT_TRANSLATE_NOOP("audit", "participants"),
    "recurrence": QT_TRANSLATE_NOOP("audit", "repeating rule"),
    "warning_accepted": QT_TRANSLATE_NOOP("audit", "warning accepted: keep-away pair in the "
                                          "meeting rooms at one time"),
    "names": QT_TRANSLATE_NOOP("audit", "with names"),
    "counselor_filter": QT_TRANSLATE_NOOP("audit", "counselor filter"),
    # exports: the filters that narrowed them
    "action": QT_TRANSLATE_NOOP("audit", "action filter"),
    "member_code": QT_TRANSLATE_NOOP("audit", "member filter"),
    "date_from": QT_TRANSLATE_NOOP("audit", "from date"),
    "date_to": QT_TRANSLATE_NOOP("audit", "to date"),
    "year": QT_TRANSLATE_NOOP("audit", "year filter"),
    # backups
    "automatic": QT_TRANSLATE_NOOP("audit", "automatic"),
    "before-restore": QT_TRANSLATE_NOOP("audit", "made before a restore"),
    "without-login": QT_TRANSLATE_NOOP("audit", "restored without logging in"),
}

# name=value: the words for the name, "{value}" where the value goes
VALUED: dict[str, str] = {
    "role": QT_TRANSLATE_NOOP("audit", "role: {value}"),
    "from": QT_TRANSLATE_NOOP("audit", "from {value}"),
    "to": QT_TRANSLATE_NOOP("audit", "to {value}"),
    "rows": QT_TRANSLATE_NOOP("audit", "rows: {value}"),
    "file": QT_TRANSLATE_NOOP("audit", "file: {value}"),
    "undo": QT_TRANSLATE_NOOP("audit", "to undo: {value}"),
    "attempted_at": QT_TRANSLATE_NOOP("audit", "attempted at {value}"),
    "found_at": QT_TRANSLATE_NOOP("audit", "found at {value}"),
    "problem": QT_TRANSLATE_NOOP("audit", "problem: {value}"),
    "members": QT_TRANSLATE_NOOP("audit", "members who came: {value}"),
    "events": QT_TRANSLATE_NOOP("audit", "events: {value}"),
    "sessions": QT_TRANSLATE_NOOP("audit", "sessions: {value}"),
    "scope": QT_TRANSLATE_NOOP("audit", "which: {value}"),
    "status": QT_TRANSLATE_NOOP("audit", "marked: {value}"),
}

_ROLE_VALUED = frozenset({"role", "from", "to"})  # their value is a role


def entity_label(code: str | None) -> str:
    """The words for a kind of record; "" for none; an unknown code as it is."""
    if not code:
        return ""
    words = ENTITIES.get(code)
    return translate(CONTEXT, words) if words is not None else code


def field_label(item: str) -> str:
    """The words for one field of an audit line (a name, or name=value)."""
    words = FIELDS.get(item)
    if words is not None:
        return translate(CONTEXT, words)
    name, sep, value = item.partition("=")
    if not sep:
        return item
    pattern = VALUED.get(name)
    if pattern is None:
        return item
    if name in _ROLE_VALUED:
        value = label(value)
    elif name in ("attempted_at", "found_at"):
        value = local_time(value)
    elif name == "problem":
        from safehouse.services.keyfile import problem_words  # the words it was found with

        value = problem_words(value)
    return translate(CONTEXT, pattern).format(value=value)


def fields_text(fields: tuple[str, ...] | list[str]) -> str:
    """The fields of an audit line in words, separated by commas; a field named bare and
    with its value (a new account's ``role`` and ``role=staff``) once, with the value."""
    valued = {item.partition("=")[0] for item in fields if "=" in item}
    return ", ".join(field_label(item) for item in fields
                     if "=" in item or item not in valued)


def local_time(stamp: str) -> str:
    """A recorded time (ISO 8601 with its offset) in the organisation's zone, to the
    minute; as it is when it cannot be read."""
    for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M%z"):
        try:
            moment = datetime.strptime(stamp, fmt)
        except ValueError:
            continue
        return moment.astimezone(clock.zone()).strftime("%Y-%m-%d %H:%M")
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        return stamp
    return moment.astimezone(clock.zone()).strftime("%Y-%m-%d %H:%M")
