"""Exports: what a service hands back to be written to a file the user chose."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class ExportKind(enum.StrEnum):
    MEMBERS = "members"
    AUDIT_LOG = "audit_log"
    EVENTS = "events"
    SURVEYS = "surveys"
    SESSIONS = "sessions"  # an .ics calendar


@dataclass(frozen=True)
class ExportFile:
    """An export ready to be written: the bytes, how many rows (records) they hold, and
    a file name to offer. Nothing is audited until :func:`safehouse.services.exports.save`
    has written it.

    ``filters`` names the filters that narrowed it (names only, never their values) and
    ``member_id`` the member it was narrowed to: both go into the audit line.
    """

    kind: ExportKind
    suggested_name: str
    data: bytes = field(repr=False)
    rows: int
    filters: tuple[str, ...] = ()
    member_id: int | None = None
