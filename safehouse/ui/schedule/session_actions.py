"""What can be done to a session from the Schedule page: open it, cancel, delete (asking
which sessions of a series), mark how it went, open its notes, move it (a drag). The
context menu of the week and of the day list offers the same.

Each action reads the session afresh (it may have changed since the week was read),
and a refusal is shown in a message box with the service's words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError, StaleRecord, ValidationError
from safehouse.labels import label
from safehouse.models import Role, SessionStatus
from safehouse.services import session_edits, session_marks, session_removal, sessions
from safehouse.services.dto.counseling import Scope, SessionView
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.rooms.warnings import with_warnings
from safehouse.ui.schedule import scope_dialog
from safehouse.ui.schedule.booking_dialog import BookingChoices
from safehouse.ui.schedule.edit_dialog import EditSessionDialog
from safehouse.ui.schedule.notes_dialog import NotesDialog, may_open
from safehouse.ui.schedule.scope_dialog import CancelDialog
from safehouse.ui.schedule.session_text import kind_text, session_value, when_text
from safehouse.ui.stale_dialog import changes_text


class SessionActions(QObject):
    """The actions, for the page ``owner``; ``open_dialog`` shows a dialog the page
    keeps track of; ``choices`` gives what a form chooses from."""

    def __init__(self, ctx: AppContext, owner: QWidget,
                 open_dialog: Callable[[QDialog], None],
                 choices: Callable[[], BookingChoices | None]) -> None:
        super().__init__(owner)
        self._ctx = ctx
        self._owner = owner
        self._open_dialog = open_dialog
        self._choices = choices
        self.may_book = ctx.can(Action.SESSION_BOOK)
        self.may_mark = ctx.can(Action.SESSION_MARK)

    def _read(self, session_id: int) -> SessionView | None:
        try:
            return sessions.session(self._ctx.db, self._ctx.actor, session_id)
        except Exception as exc:  # noqa: BLE001 - gone meanwhile, or a bug: both shown
            messages.show_error(self._owner, exc)
            return None

    def may_open_notes(self, session: SessionView) -> bool:
        choices = self._choices()
        return choices is not None and may_open(self._ctx, session, choices.counselors)

    def may_move(self, v: SessionView) -> bool:
        """Managers move any session; a counselor her own (the service says the same)."""
        if not self.may_book:
            return False
        if self._ctx.actor.role != Role.COUNSELOR.value:
            return True
        choices = self._choices()
        return choices is not None and any(
            c.id == v.counselor_id and c.user_id == self._ctx.actor.id
            for c in choices.counselors)

    # --- the menu --------------------------------------------------------------------

    def menu(self, session: SessionView) -> QMenu:
        menu = QMenu(self._owner)
        sid = session.id
        opened = menu.addAction(self.tr("Open…") if not self.may_book else self.tr("Change…"))
        opened.triggered.connect(lambda: self.open(sid))
        menu.setDefaultAction(opened)
        if self.may_open_notes(session):
            notes = menu.addAction(self.tr("Confidential notes…"))
            notes.triggered.connect(lambda: self.notes(sid))
        if self.may_mark:
            marks = menu.addMenu(self.tr("Mark as"))
            for status in (SessionStatus.COMPLETED, SessionStatus.NO_SHOW,
                           SessionStatus.SCHEDULED):
                action = QAction(label(status), marks)
                action.setCheckable(True)
                action.setChecked(session.status == status.value)
                action.triggered.connect(
                    lambda _checked=False, s=status.value: self.mark(sid, s, session))
                marks.addAction(action)
        if self.may_book:
            menu.addSeparator()
            cancel = menu.addAction(self.tr("Cancel…"))
            cancel.setEnabled(session.status != SessionStatus.CANCELLED.value)
            cancel.triggered.connect(lambda: self.cancel(sid))
            delete = menu.addAction(self.tr("Delete…"))
            delete.triggered.connect(lambda: self.delete(sid, session))
        return menu

    def popup(self, session_id: int, where: object, shown: SessionView | None = None
              ) -> None:
        """The menu of a session; ``shown``: the session as the page shows it (what a
        mark is based on), else as read now."""
        session = self._read(session_id)
        if session is None:
            return
        menu = self.menu(shown if shown is not None else session)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)  # type: ignore[arg-type]

    # --- the actions -----------------------------------------------------------------

    def open(self, session_id: int) -> None:
        choices = self._choices()
        session = self._read(session_id)
        if session is None or choices is None:
            return
        try:
            series = (sessions.series(self._ctx.db, self._ctx.actor, session.series_id)
                      if session.series_id is not None else None)
        except SafehouseError as exc:
            messages.show_error(self._owner, exc)
            return
        dialog = EditSessionDialog(self._ctx, choices, session, series, self._owner,
                                   notes=self.may_open_notes(session))
        dialog.sig_notes_requested.connect(lambda: self.notes(session_id))
        self._open_dialog(dialog)

    def notes(self, session_id: int) -> None:
        session = self._read(session_id)
        if session is None or not self.may_open_notes(session):
            return
        try:
            dialog = NotesDialog(self._ctx, session, self._owner)
        except Exception as exc:  # noqa: BLE001 - refused (the key withheld), or a bug
            messages.show_error(self._owner, exc)
            return
        self._open_dialog(dialog)

    def cancel(self, session_id: int) -> None:
        session = self._read(session_id)
        if session is not None and self.may_book:
            self._open_dialog(CancelDialog(self._ctx, session, self._owner))

    def delete(self, session_id: int, shown: SessionView | None = None) -> list[int]:
        """Delete, after asking (and which sessions, for a series); the ids deleted.
        ``shown``: the session as the page shows it (refused when someone else changed
        it since: said, and the views read it again), else as read now."""
        now = self._read(session_id)
        if now is None or not self.may_book:
            return []
        session = shown if shown is not None else now
        title = self.tr("Delete a session")
        what = f"{kind_text(session.kind)} — {when_text(session)}"
        if session.series_id is None:
            if not messages.confirm(self._owner, title, self.tr(
                    "Delete this session ({what})? It cannot be undone; to keep it in the "
                    "attendance figures, cancel it instead.").format(what=what)):
                return []
            scope = Scope.ONE
        else:
            chosen = scope_dialog.ask_scope(
                self._owner, title, self.tr(
                    "Delete {what}? It is part of a series: which sessions should go? "
                    "Sessions held or missed stay.").format(what=what), self.tr("&Delete"))
            if chosen is None:
                return []
            scope = chosen
        try:
            return session_removal.delete(self._ctx.db, self._ctx.actor, session_id, scope,
                                          read=session)
        except StaleRecord as exc:
            self._stale(session_id, exc, title, self.tr(
                "Someone else changed this session after it was shown here ({changes}), "
                "so it was not deleted. The schedule now shows it as it is: delete it "
                "again if you still mean to."))
            return []
        except Exception as exc:  # noqa: BLE001 - a refusal or a bug: both shown
            messages.show_error(self._owner, exc, title)
            return []

    def mark(self, session_id: int, status: str, read: SessionView | None = None
             ) -> SessionView | None:
        """Mark the session; ``read``: as the person saw it (refused when someone else
        changed it since: said, and the views read it again)."""
        try:
            return session_marks.mark(self._ctx.db, self._ctx.actor, session_id, status,
                                      read=read)
        except StaleRecord as exc:
            self._stale(session_id, exc, self.tr("Mark a session"), self.tr(
                "Someone else changed this session after it was shown here ({changes}), "
                "so it was not marked. The schedule now shows it as it is: mark it again "
                "if you still mean to."))
            return None
        except Exception as exc:  # noqa: BLE001 - a refusal or a bug: both shown
            messages.show_error(self._owner, exc, self.tr("Mark a session"))
            return None

    def _stale(self, session_id: int, exc: StaleRecord, title: str, text: str) -> None:
        """Say what the other person changed (``text`` with ``{changes}``); the views
        read the session again."""
        messages.show_error(self._owner, ValidationError(
            text.format(changes=changes_text(exc, session_value))), title)
        self._ctx.hub.sig_changed.emit(ChangeKind.SESSION, [session_id])

    def move(self, session_id: int, day: date, start: time,
             shown: SessionView | None = None) -> SessionView | None:
        """Move a session (a drag): checked like a booking; a refusal is shown, naming
        the other session, and the session stays where it was. ``shown``: the session as
        the page shows it (refused when someone else changed it since)."""
        title = self.tr("Move a session")
        when = datetime.combine(day, start)
        try:
            return with_warnings(self._owner, self.tr("Move &anyway"), lambda confirm: (
                session_edits.move(self._ctx.db, self._ctx.actor, session_id, when,
                                   confirm_warnings=confirm, read=shown)))
        except StaleRecord as exc:
            self._stale(session_id, exc, title, self.tr(
                "Someone else changed this session after it was shown here ({changes}), "
                "so it was not moved. The schedule now shows it as it is: move it again "
                "if you still mean to."))
            return None
        except Exception as exc:  # noqa: BLE001 - a refusal or a bug: both shown
            messages.show_error(self._owner, exc, title)
            return None
