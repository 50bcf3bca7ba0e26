"""A session's confidential notes: opened on purpose (the service writes one audit line
per opening), read and written only by the session's counselor, managers and
administrators. The page offers it only to them (:func:`may_open`); the service decides.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from safehouse.services import session_notes
from safehouse.services.dto.counseling import CounselorView, SessionNotes, SessionView
from safehouse.services.reading import Read
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.schedule.session_text import kind_text, people_text, when_text


def may_open(ctx: AppContext, session: SessionView,
             counselors: tuple[CounselorView, ...]) -> bool:
    """Whether to offer the notes of ``session`` to the person logged in."""
    user_id = next((c.user_id for c in counselors if c.id == session.counselor_id), None)
    return session_notes.may_open_notes(ctx.actor, user_id)


class NotesDialog(FormDialog):
    """Opens the notes when made (``Read.OPEN``: one audit line); Save writes them."""

    confirm_discard = True

    def __init__(self, ctx: AppContext, session: SessionView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Save notes"))
        self._ctx = ctx
        self._session = session
        self.setWindowTitle(self.tr("Confidential notes"))
        self.setMinimumSize(520, 420)
        self.set_intro(f"{kind_text(session.kind)} — {when_text(session)}\n"
                       f"{people_text(session)} · {session.counselor_name}")
        self.notes: SessionNotes = session_notes.open_notes(
            ctx.db, ctx.actor, session.id, purpose=Read.OPEN)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlainText(self.notes.text)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Notes"))
        self.written = QLabel(self)
        small = QFont(self.written.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        self.written.setFont(small)
        self._show_written()
        warning = QLabel(self.tr("Confidential: only the session's counselor, managers and "
                                 "administrators can open these notes. Each opening is "
                                 "recorded in the audit log."), self)
        warning.setWordWrap(True)
        self.add_field("notes", self.tr("&Notes:"), self.edit, changed=self.edit.textChanged)
        self.add_part(self.written)
        self.add_part(warning)
        self.edit.setFocus()

    def _show_written(self) -> None:
        if self.notes.written_at is None:
            self.written.setText(self.tr("No notes written yet."))
        else:
            self.written.setText(self.tr("Last written by {name} on {when}.").format(
                name=self.notes.written_by or "—",
                when=f"{self.notes.written_at:%Y-%m-%d %H:%M}"))

    def submit(self) -> bool:
        self.notes = session_notes.save_notes(self._ctx.db, self._ctx.actor,
                                              self._session.id, self.edit.toPlainText())
        return True
