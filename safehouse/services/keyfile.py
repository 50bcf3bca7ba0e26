"""The key file's records at login and logout: checked and sealed with the key, what
they owe written to the audit trail, tampering reported, the audit trail's anchor moved
on (:mod:`safehouse.storage.records`, :mod:`safehouse.storage.anchors`).

Whether a database has had sealed records is kept in its audit trail (one
"keyfile.sealed" line, written once): the trail is chained under the key, so the line
cannot be taken out without the chain showing it, and records found in the old unsealed
form after it were removed, not old.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.errors import AuthenticationFailed, translate
from safehouse.models import AuditEntry, Role, User
from safehouse.services import audit
from safehouse.services.dto.accounts import Actor
from safehouse.storage import anchors, records
from safehouse.storage.db import Database
from safehouse.storage.keyring import Pending

# What an owed line from the key file says about itself in the audit trail.
REPORTED_BY = "reported_by=key_file"

def problem_words(code: str) -> str:
    """A problem found in the records, in the reader's language."""
    if code == records.Problem.MISSING:
        return translate("keyfile", "records removed")
    if code == records.Problem.FORGED:
        return translate("keyfile", "records altered")
    if code == records.Problem.BROKEN:
        return translate("keyfile", "failed logins removed or reordered")
    if code == records.Problem.KIND:
        return translate("keyfile", "audit lines a failed login cannot owe")
    return translate("keyfile", "records in no known form")


def _sealed_before(db: Database) -> bool:
    with db.transaction() as s:
        return s.scalar(select(AuditEntry.id).where(
            AuditEntry.action == AuditAction.KEYFILE_SEALED.value).limit(1)) is not None


def _mark_sealed(db: Database) -> None:
    with db.transaction() as s:
        audit.record(s, None, AuditAction.KEYFILE_SEALED, username="")


def settle(db: Database, *, refuse: bool = True) -> None:
    """After the key unwrapped: check the records with it and seal them, and write what
    they owe to the audit trail. Tampering makes every account locked (the worst case:
    how many attempts were hidden is unknown) and is audited; ``refuse``: this login is
    refused too (not for the recovery key, the way in of last resort)."""
    ring = db.keyring
    if ring is None:
        return
    marked = _sealed_before(db)
    ring.expect_sealed = marked
    found, pending = ring.settle()
    write_owed_audit(db, pending)
    if not marked:
        _mark_sealed(db)
    if found and refuse:
        raise AuthenticationFailed(translate(
            "errors", "The key file's records were changed outside Safehouse. As a "
            "precaution every account is locked for {minutes} minutes; administrators "
            "are told at their next login."
        ).format(minutes=int(records.LOCK_DURATION.total_seconds() // 60)))


def mark_new(db: Database) -> None:
    """A database (or key file) made now: its records are sealed from the start."""
    if db.keyring is not None:
        db.keyring.expect_sealed = True
        _mark_sealed(db)


def write_owed_audit(db: Database, pending: Pending) -> None:
    """Audit lines for attempts made before the database could be opened, each marked as
    reported by the key file (written without the key: the program cannot vouch for
    them), and for tampering found. Only failed-login kinds are ever written; the
    records refuse any other (:data:`records.OWED_ACTIONS`)."""
    if not pending.lines and not pending.reports:
        return
    with db.transaction() as s:
        for item in pending.lines:
            action = _owed_action(item.get("action", ""))
            if action is None:
                continue
            username = item.get("username", "")
            user_id = (
                s.scalar(select(User.id).where(User.username == username)) if username else None
            )
            audit.record(
                s, None, action, username=username,
                entity="user" if user_id else None, entity_id=user_id,
                fields=[f"attempted_at={_minute(item.get('at', ''))}", REPORTED_BY],
            )
        for report in pending.reports:
            audit.record(s, None, AuditAction.KEYFILE_TAMPERED, username="",
                         fields=[f"found_at={_minute(str(report.get('at', '')))}",
                                 *(f"problem={p}" for p in report.get("what", []))])


def _owed_action(code: str) -> AuditAction | None:
    """The action of an owed line; None for any that a failed login cannot owe."""
    try:
        action = AuditAction(code)
    except ValueError:
        return None
    return action if action in records.OWED_ACTIONS else None


def _minute(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        return ""


def logged_in(db: Database, who: Actor) -> tuple[str, ...]:
    """A login went through (``who``: the account, just checked): its failures are
    forgotten, the anchor moves on; for an administrator, the notices of tampering she
    has not seen."""
    if db.keyring is None:
        return ()
    anchor = anchors.of_database(db)
    reports = db.keyring.logged_in(who.username, anchor.to_json(),
                                   administrator=who.role == Role.ADMINISTRATOR.value)
    return tuple(_notice(r) for r in reports)


def leave(db: Database) -> None:
    """Logging out (or a command ending): the anchor moves on to the trail's newest
    entry. Best kept: a failure here changes nothing else."""
    if db.keyring is not None and db.key is not None:
        db.keyring.set_anchor(anchors.of_database(db).to_json())


def _notice(report: dict[str, Any]) -> str:
    at = records.parse_time(report.get("at"))
    when = at.astimezone(clock.zone()).strftime("%Y-%m-%d %H:%M") if at else "?"
    what = ", ".join(problem_words(str(p)) for p in report.get("what", []))
    return translate(
        "keyfile", "On {when} Safehouse found that the key file's records had been changed "
        "outside the program ({what}). Every account was locked for a while as a "
        "precaution, and the audit log has a line for it. Find out who could write to the "
        "database's folder (or, on a server, to its key_slots table)."
    ).format(when=when, what=what)
