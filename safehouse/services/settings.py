"""Organisation-wide settings kept in the database."""

from __future__ import annotations

from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import ValidationError, translate
from safehouse.models import Setting
from safehouse.services import audit
from safehouse.services.dto.accounts import Actor
from safehouse.services.input_rules import check_text
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

ORGANISATION = "organisation"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
RETENTION_YEARS = "retention_years"
TIME_ZONE = "time_zone"
KEEP_AWAY_SCOPE = "keep_away_scope"
SCREENING_FOLLOW_UP_WEEKS = "screening_follow_up_weeks"
PAPER_SIZE = "paper_size"
# The paper reports are printed on: A4 unless an office uses Letter.
PAPER_SIZES = ("A4", "Letter")
DEFAULT_PAPER_SIZE = "A4"
# A PHQ-9 or GAD-7 in a moderate band or above calls for another after this many weeks.
DEFAULT_SCREENING_FOLLOW_UP_WEEKS = 4
SCREENING_FOLLOW_UP_RANGE = (1, 52)
# How far apart keep-away pairs are kept: a shared room is always refused; "floor"
# also warns (and asks) when they would sleep on the same floor.
SCOPE_ROOM, SCOPE_FLOOR = "room", "floor"
KEEP_AWAY_SCOPES = (SCOPE_ROOM, SCOPE_FLOOR)
DEFAULT_KEEP_AWAY_SCOPE = SCOPE_FLOOR
DEFAULT_IDLE_LOCK_MINUTES = 5
IDLE_LOCK_RANGE = (1, 120)
MAX_ORGANISATION = 200
RETENTION_RANGE = (1, 50)
#: Offered first in the window; any other zone this computer knows may be typed.
COMMON_TIME_ZONES = (
    clock.DEFAULT_ZONE, "UTC", "Asia/Tokyo", "Asia/Shanghai", "Asia/Bangkok",
    "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles",
    "Australia/Sydney",
)


def _get(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row else default


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def organisation_name(db: Database) -> str:
    """The organisation's name; shown on the login dialog, so no permission needed."""
    with db.transaction() as s:
        return _get(s, ORGANISATION)


def validate_organisation_name(name: str) -> str:
    """The name, stripped; ValidationError (field ``organisation``) when it is empty,
    longer than :data:`MAX_ORGANISATION` or holds a control character."""
    name = name.strip()
    if not name:
        raise ValidationError(translate("errors", "Enter the organisation's name."),
                              field="organisation")
    check_text(name, "organisation", max_length=MAX_ORGANISATION)
    return name


def set_organisation_name(db: Database, actor: Actor, name: str) -> None:
    actor = require(db, actor, Action.SETTINGS_EDIT)
    name = validate_organisation_name(name)
    with db.transaction() as s:
        _put(s, ORGANISATION, name)
        audit.record(s, actor, AuditAction.SETTINGS_CHANGE, entity="setting", fields=[ORGANISATION])
    db.notify(Change(ChangeKind.SETTING))


def idle_lock_minutes(db: Database) -> int:
    """Minutes without input before the window locks (default 5)."""
    with db.transaction() as s:
        raw = _get(s, IDLE_LOCK_MINUTES, str(DEFAULT_IDLE_LOCK_MINUTES))
    try:
        value = int(raw)
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    low, high = IDLE_LOCK_RANGE
    return min(max(value, low), high)


def set_idle_lock_minutes(db: Database, actor: Actor, minutes: int) -> None:
    actor = require(db, actor, Action.SETTINGS_EDIT)
    low, high = IDLE_LOCK_RANGE
    if not low <= minutes <= high:
        raise ValidationError(translate("errors", "The idle lock must be between {low} and "
                                        "{high} minutes.").format(low=low, high=high),
                              field="idle_lock_minutes")
    with db.transaction() as s:
        _put(s, IDLE_LOCK_MINUTES, str(minutes))
        audit.record(s, actor, AuditAction.SETTINGS_CHANGE, entity="setting",
                     fields=[IDLE_LOCK_MINUTES])
    db.notify(Change(ChangeKind.SETTING))


def retention_years(db: Database) -> int | None:
    """Years after leaving when a person's record is offered for erasure; None: never."""
    with db.transaction() as s:
        raw = _get(s, RETENTION_YEARS, "")
    return int(raw) if raw.isdigit() else None


def set_retention_years(db: Database, actor: Actor, years: int | None) -> None:
    actor = require(db, actor, Action.SETTINGS_EDIT)
    low, high = RETENTION_RANGE
    if years is not None and not low <= years <= high:
        raise ValidationError(translate("errors", "The retention period must be between "
                                        "{low} and {high} years, or none.")
                              .format(low=low, high=high), field="retention_years")
    with db.transaction() as s:
        _put(s, RETENTION_YEARS, "" if years is None else str(years))
        audit.record(s, actor, AuditAction.SETTINGS_CHANGE, entity="setting",
                     fields=[RETENTION_YEARS])
    db.notify(Change(ChangeKind.SETTING))


def time_zone(db: Database) -> str:
    """The organisation's time zone (Asia/Seoul unless set): it decides what today is."""
    with db.transaction() as s:
        name = _get(s, TIME_ZONE, clock.DEFAULT_ZONE)
    return name if clock.valid_zone(name) else clock.DEFAULT_ZONE


def apply_time_zone(db: Database) -> str:
    """Set the clock to the organisation's time zone; done when a database is opened
    after login. Returns the zone's name."""
    name = time_zone(db)
    clock.set_zone(name)
    return name


def validate_time_zone(name: str) -> str:
    """The zone's name, stripped; ValidationError when this computer does not know it."""
    name = name.strip()
    if not name or not clock.valid_zone(name):
        raise ValidationError(translate(
            "errors", "\"{zone}\" is not a time zone this computer knows. Choose one from "
            "the list, or type a name such as Asia/Seoul."
        ).format(zone=name), field="time_zone")
    return name


def set_time_zone(db: Database, actor: Actor, name: str) -> None:
    """Change the organisation's time zone; the clock follows at once."""
    actor = require(db, actor, Action.SETTINGS_EDIT)
    name = validate_time_zone(name)
    with db.transaction() as s:
        _put(s, TIME_ZONE, name)
        audit.record(s, actor, AuditAction.SETTINGS_CHANGE, entity="setting",
                     fields=[TIME_ZONE])
    clock.set_zone(name)
    db.notify(Change(ChangeKind.SETTING))


def keep_away_scope_in(session: Session) -> str:
    """The keep-away scope (``"room"`` or ``"floor"``) read in a unit of work."""
    value = _get(session, KEEP_AWAY_SCOPE, DEFAULT_KEEP_AWAY_SCOPE)
    return value if value in KEEP_AWAY_SCOPES else DEFAULT_KEEP_AWAY_SCOPE


def keep_away_scope(db: Database) -> str:
    """Whether keep-away pairs are kept to separate rooms only (``"room"``) or are also
    warned about on the same floor (``"floor"``, the default: a warning costs a click,
    a former partner down the corridor can cost much more)."""
    with db.transaction() as s:
        return keep_away_scope_in(s)


def set_keep_away_scope(db: Database, actor: Actor, scope: str) -> None:
    actor = require(db, actor, Action.SETTINGS_EDIT)
    if scope not in KEEP_AWAY_SCOPES:
        raise ValidationError(translate("errors", "Choose whether keep-away pairs are kept "
                                        "to separate rooms or to separate floors."),
                              field="keep_away_scope")
    with db.transaction() as s:
        _put(s, KEEP_AWAY_SCOPE, scope)
        audit.record(s, actor, AuditAction.SETTINGS_CHANGE, entity="setting",
                     fields=[KEEP_AWAY_SCOPE])
    db.notify(Change(ChangeKind.SETTING))


def screening_follow_up_weeks_in(session: Session) -> int:
    """The follow-up setting read in a unit of work (4 weeks unless set)."""
    raw = _get(session, SCREENING_FOLLOW_UP_WEEKS, "")
    low, high = SCREENING_FOLLOW_UP_RANGE
    if not raw.isdigit() or not low <= int(raw) <= high:
        return DEFAULT_SCREENING_FOLLOW_UP_WEEKS
    return int(raw)


def screening_follow_up_weeks(db: Database) -> int:
    """Weeks after a PHQ-9 or GAD-7 in a moderate band or above when the member is due for
    another (4 unless set)."""
    with db.transaction() as s:
        return screening_follow_up_weeks_in(s)


def set_screening_follow_up_weeks(db: Database, actor: Actor, weeks: int) -> None:
    actor = require(db, actor, Action.SETTINGS_EDIT)
    low, high = SCREENING_FOLLOW_UP_RANGE
    if not low <= weeks <= high:
        raise ValidationError(translate("errors", "The weeks before a screening is due again "
                                        "must be between {low} and {high}.")
                              .format(low=low, high=high), field="screening_follow_up_weeks")
    with db.transaction() as s:
        _put(s, SCREENING_FOLLOW_UP_WEEKS, str(weeks))
        audit.record(s, actor, AuditAction.SETTINGS_CHANGE, entity="setting",
                     fields=[SCREENING_FOLLOW_UP_WEEKS])
    db.notify(Change(ChangeKind.SETTING))


def paper_size(db: Database) -> str:
    """The paper reports are laid out and printed on: ``"A4"`` (the default) or
    ``"Letter"``."""
    with db.transaction() as s:
        value = _get(s, PAPER_SIZE, DEFAULT_PAPER_SIZE)
    return value if value in PAPER_SIZES else DEFAULT_PAPER_SIZE


def set_paper_size(db: Database, actor: Actor, paper: str) -> None:
    actor = require(db, actor, Action.SETTINGS_EDIT)
    if paper not in PAPER_SIZES:
        raise ValidationError(translate("errors", "Choose A4 or Letter as the paper size."),
                              field="paper_size")
    with db.transaction() as s:
        _put(s, PAPER_SIZE, paper)
        audit.record(s, actor, AuditAction.SETTINGS_CHANGE, entity="setting",
                     fields=[PAPER_SIZE])
    db.notify(Change(ChangeKind.SETTING))
