"""Errors a person can act on.

Services raise these with a message that can be shown as it is. Anything else that
escapes a service is a bug: it is logged (without personal data) and reported as such.
A message is shown to the person who caused it and is never logged. It holds no more
personal data than that person may already see: what she typed, a member code, and
where a refusal has to say who is in the way (the bed's holder, the other session's
participants), the name her role is allowed to read on the page she is on. Nothing
confidential (notes, keep-away entries, screening answers) is ever in a message.

Messages are translated without Qt (services and storage must not import it): a service
writes ``translate("errors", "Room {room} is full.").format(room=...)``, keeping the
English text a single string literal so that ``pyside6-lupdate`` finds it, with named
placeholders so that a translation can reorder them. ``translate`` is
:func:`safehouse.i18n.translate`, in the language set with ``safehouse.i18n.set_language``
(the window and ``safehouse --lang`` set it; English otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field

from safehouse.i18n import translate as translate


class SafehouseError(Exception):
    """Base of all errors whose message is meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(SafehouseError):
    """Input that breaks a rule; names the field (and the row, for imports)."""

    def __init__(self, message: str, field: str | None = None, row: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.row = row


class ValidationErrors(SafehouseError):
    """Several validation errors found at once (a form, or an import file)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        lines = []
        for err in errors:
            where = []
            if err.row is not None:
                where.append(translate("errors", "line {row}").format(row=err.row))
            if err.field:
                where.append(err.field)
            prefix = ", ".join(where)
            lines.append(f"{prefix}: {err.message}" if prefix else err.message)
        super().__init__("\n".join(lines))
        self.errors = errors


class ConflictError(SafehouseError):
    """The request contradicts data already there (a full room, an overlap, a duplicate)."""


@dataclass(frozen=True)
class FieldChange:
    """A field someone else saved since the reader read the record: its name (the
    name the services and the forms use: ``name``, ``capacity``, ``target_on`` …) and
    its value now, as the reader may see it (a field her role may not see is never
    listed). The value is left out of ``repr``: it may be personal."""

    field: str
    value: object = dc_field(repr=False)


class StaleRecord(ConflictError):
    """The record was saved by someone else after the reader read it (its version moved
    on): nothing was saved. ``changes``: what they changed, field by field, with the
    values now; ``current``: the record as it is now, as the reader may see it (the
    service's own DTO, with its new version), for a form to reload or to put the
    reader's own changes over (:mod:`safehouse.services.versions`)."""

    def __init__(self, message: str, changes: tuple[FieldChange, ...],
                 current: object) -> None:
        super().__init__(message)
        self.changes = changes
        self.current = current

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(c.field for c in self.changes)


class NeedsConfirmation(SafehouseError):
    """The request is allowed, but with warnings the person must read and accept first
    (a child in a room with no adult of her household, a keep-away pair on one floor).
    The service did nothing: call it again with ``confirm_warnings=True`` once she has
    agreed; it then acts and records in the audit trail that the warnings were accepted.
    ``warnings``: one message per warning, each whole."""

    def __init__(self, warnings: tuple[str, ...]) -> None:
        super().__init__("\n".join(warnings))
        self.warnings = warnings


class NotFound(SafehouseError):
    """The thing asked for does not exist (any more)."""


class PermissionDenied(SafehouseError):
    """The acting user's role does not allow this action."""


class AccountRevoked(PermissionDenied):
    """The account changed since its owner logged in, so that this action is refused:
    it was disabled or removed, its role was lowered, or an administrator asked for a
    new password. The message says which; the window shows it once and logs out."""


class KeysChanged(AccountRevoked):
    """The keys were changed on another workstation since this login (a rotation), and
    this one cannot take up the new ones: what it would seal or read needs them. Nothing
    was written; the window says so once and logs out, as for a revoked account."""


class AuthenticationFailed(SafehouseError):
    """Wrong user name or password, or a locked or disabled account."""


class DatabaseError(SafehouseError):
    """The database cannot be used: newer than the program, unreachable, damaged."""
