"""Writing an export: the one path from an :class:`ExportFile` to a private file.

A service builds the export (``member_csv.export_members``, ``audit_log.export_csv``,
and the reports to come) without writing or auditing anything; :func:`save` writes it
with :func:`safehouse.files.write_private` (mode 0600) and only then writes the audit
line, so the trail records exports that happened: a write that fails leaves none.
The window (off the GUI thread) and the command line both call it.
"""

from __future__ import annotations

from pathlib import Path

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.errors import ValidationError, translate
from safehouse.files import write_private
from safehouse.services import audit
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.exports import ExportFile, ExportKind
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

# the file name offered, before the day's date
_NAMES: dict[ExportKind, str] = {
    ExportKind.MEMBERS: "members",
    ExportKind.AUDIT_LOG: "audit-log",
    ExportKind.EVENTS: "events",
    ExportKind.SURVEYS: "surveys",
    ExportKind.SESSIONS: "sessions",
}
_EXTENSIONS: dict[ExportKind, str] = {ExportKind.SESSIONS: "ics"}

# kind: (the permission it needs, the audit action, the audit line's record type)
_KINDS: dict[ExportKind, tuple[Action, AuditAction, str]] = {
    ExportKind.MEMBERS: (Action.EXPORT, AuditAction.MEMBER_EXPORT, "member"),
    ExportKind.AUDIT_LOG: (Action.AUDIT_EXPORT, AuditAction.AUDIT_EXPORT, "audit_entry"),
    ExportKind.EVENTS: (Action.EXPORT, AuditAction.EVENT_EXPORT, "event"),
    ExportKind.SURVEYS: (Action.EXPORT, AuditAction.SURVEY_EXPORT, "wellbeing_response"),
    ExportKind.SESSIONS: (Action.EXPORT, AuditAction.SESSION_EXPORT, "counseling_session"),
}


def suggested_name(kind: ExportKind) -> str:
    """The file name to offer for an export made today, e.g. ``members-2025-03-01.csv``."""
    return f"{_NAMES[kind]}-{clock.today().isoformat()}.{_EXTENSIONS.get(kind, 'csv')}"


def save(db: Database, actor: Actor, export: ExportFile, path: Path) -> ExportFile:
    """Write ``export`` to ``path`` (readable by its owner only), then audit it.

    Raises ValidationError (field "file") when the file cannot be written, or when
    ``path`` is the database, one of its companions (key file, journals) or any other
    database, backup or key file (see :func:`safehouse.files.refuse_database_target`);
    then nothing is written or audited. Returns ``export``, so that a caller can chain
    building and saving.
    """
    need, action, entity = _KINDS[export.kind]
    actor = require(db, actor, need)
    databases = [db.file_path] if db.file_path is not None else []
    try:  # never over the database, its key file or journals, nor any other database
        write_private(path, export.data, databases=databases)
    except OSError as err:
        raise ValidationError(translate(
            "errors", "Cannot write {path}: {reason}. Choose another folder or file name."
        ).format(path=path, reason=err.strerror or type(err).__name__), field="file") from None
    with db.transaction() as s:
        audit.record(s, actor, action, entity=entity, member_id=export.member_id,
                     fields=[*export.filters, f"rows={export.rows}"])
    return export
