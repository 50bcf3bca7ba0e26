"""A session's confidential notes: sealed under the confidential key (storage.sealed),
opened and written only by the session's counselor (the account the counselor is),
managers and administrators. Staff see that a session took place, never its notes;
another counselor may not open them. Opening is one audit line (``Read.OPEN``)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.changes import Change, ChangeKind
from safehouse.errors import PermissionDenied, ValidationError, translate
from safehouse.models import CounselingSession, Role, SessionNote, User
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import SessionNotes
from safehouse.services.input_rules import check_text
from safehouse.services.permissions import Action, require
from safehouse.services.reading import Read, record_read
from safehouse.services.session_store import get_session, member_ids_of, own_counselor_id
from safehouse.services.sessions import audit_sessions
from safehouse.storage import sealed
from safehouse.storage.db import Database

MAX_LENGTH = 20_000


def _may_open(s: Session, actor: Actor, row: CounselingSession) -> None:
    if actor.role == Role.COUNSELOR.value and own_counselor_id(s, actor) != row.counselor_id:
        raise PermissionDenied(translate(
            "errors", "Only the session's counselor, managers and administrators may open "
            "its notes."))
    if not sealed.can_open(s):
        raise sealed.withheld_error()


def may_open_notes(actor: Actor, counselor_user_id: int | None) -> bool:
    """Whether ``actor`` may open the notes of a session whose counselor is the account
    ``counselor_user_id`` (for the window to offer it; the services decide)."""
    if actor.role in (Role.ADMINISTRATOR.value, Role.MANAGER.value):
        return True
    return actor.role == Role.COUNSELOR.value and counselor_user_id == actor.id


def open_notes(db: Database, actor: Actor, session_id: int, *, purpose: Read
               ) -> SessionNotes:
    """The session's notes ("" when none yet). ``Read.OPEN`` when a person chose to read
    them (one audit line per participant), ``Read.REFRESH`` otherwise."""
    actor = require(db, actor, Action.SESSION_NOTES)
    with db.transaction() as s:
        row = get_session(s, session_id)
        _may_open(s, actor, row)
        note = s.scalar(select(SessionNote).where(SessionNote.session_id == row.id))
        for member_id in member_ids_of(s, row.id):  # her record is what was opened
            record_read(s, actor, purpose, AuditAction.SESSION_NOTES_VIEW,
                        member_id=member_id, entity="counseling_session", entity_id=row.id)
        if note is None:
            return SessionNotes(session_id=row.id, text="", written_at=None, written_by="")
        writer = s.get(User, note.written_by) if note.written_by else None
        return SessionNotes(session_id=row.id, text=note.text,
                            written_at=note.written_at.astimezone(clock.zone()),
                            written_by=writer.display_name if writer else "")


def save_notes(db: Database, actor: Actor, session_id: int, text: str) -> SessionNotes:
    """Write the session's notes (all of them: the text replaces what was there)."""
    actor = require(db, actor, Action.SESSION_NOTES)
    if len(text) > MAX_LENGTH:
        raise ValidationError(translate("errors", "The notes are longer than {count} "
                                        "characters.").format(count=MAX_LENGTH),
                              field="notes")
    check_text(text, "notes", multiline=True)
    with db.transaction() as s:
        row = get_session(s, session_id, lock=True)
        _may_open(s, actor, row)
        note = s.scalar(select(SessionNote).where(SessionNote.session_id == row.id))
        if note is None:
            note = SessionNote(session_id=row.id)
            s.add(note)
        note.text = text.strip()
        note.written_at = clock.utcnow()
        note.written_by = actor.id
        s.flush()
        audit_sessions(s, actor, AuditAction.SESSION_NOTES_SAVE, "counseling_session",
                       row.id, member_ids_of(s, row.id), ["notes"])
        result = SessionNotes(session_id=row.id, text=note.text,
                              written_at=note.written_at.astimezone(clock.zone()),
                              written_by=actor.display_name)
    db.notify(Change(ChangeKind.SESSION, (session_id,)))
    return result
