"""Which sessions of a series a change, a cancellation or a deletion is for: this one,
this one and the following, or all of them; and, to cancel, who cancelled.

:func:`ask_scope` asks for a change or a deletion; :class:`CancelDialog` asks who
cancelled (and the scope, for an occurrence of a series) and cancels.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from safehouse.changes import ChangeKind
from safehouse.errors import StaleRecord, ValidationError
from safehouse.labels import label
from safehouse.models import CancelledBy
from safehouse.services import session_removal
from safehouse.services.dto.counseling import Scope, SessionView
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.schedule.session_text import kind_text, people_text, session_value, when_text
from safehouse.ui.stale_dialog import changes_text


class ScopeChoice(QGroupBox):
    """Three choices: this session, this and the following, all in the series."""

    def __init__(self, parent: QWidget | None = None, *, allow_one: bool = True) -> None:
        super().__init__(self.tr("Which sessions?"), parent)
        self.one = QRadioButton(self.tr("&This session only"), self)
        self.following = QRadioButton(self.tr("This and the &following ones"), self)
        self.all = QRadioButton(self.tr("&All sessions in the series"), self)
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for button in (self.one, self.following, self.all):
            self._group.addButton(button)
            layout.addWidget(button)
        self.one.setEnabled(allow_one)
        (self.one if allow_one else self.following).setChecked(True)

    def scope(self) -> Scope:
        if self.all.isChecked():
            return Scope.ALL
        return Scope.FOLLOWING if self.following.isChecked() else Scope.ONE


class ScopeDialog(QDialog):
    """Ask which sessions of a series; OK says ``ok_text``."""

    def __init__(self, title: str, text: str, ok_text: str, parent: QWidget | None = None,
                 *, allow_one: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        question = QLabel(text, self)
        question.setWordWrap(True)
        self.choice = ScopeChoice(self, allow_one=allow_one)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.choice)
        layout.addWidget(buttons)


def ask_scope(parent: QWidget | None, title: str, text: str, ok_text: str, *,
              allow_one: bool = True) -> Scope | None:
    """Which sessions of the series (None: the person cancelled)."""
    dialog = ScopeDialog(title, text, ok_text, parent, allow_one=allow_one)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice.scope()


class CancelDialog(FormDialog):
    """Cancel a session (and, for a series, maybe those after it, or all): who
    cancelled. The sessions stay, marked cancelled, so attendance counts them."""

    def __init__(self, ctx: AppContext, session: SessionView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("Cancel the &session"))
        self._ctx = ctx
        self._session = session
        self.cancelled: list[int] = []
        self.setWindowTitle(self.tr("Cancel a session"))
        self.setMinimumWidth(380)
        self._show_session(session)
        self.by_group = QButtonGroup(self)
        who = QGroupBox(self.tr("Who cancelled?"), self)
        box = QVBoxLayout(who)
        words = {CancelledBy.MEMBER: self.tr("The &member"),
                 CancelledBy.COUNSELOR: self.tr("The &counselor"),
                 CancelledBy.HOUSE: self.tr("The &house")}
        self.by_buttons: dict[str, QRadioButton] = {}
        for value, text in words.items():
            button = QRadioButton(text, who)
            button.setToolTip(label(value))
            self.by_group.addButton(button)
            box.addWidget(button)
            self.by_buttons[value.value] = button
        self.by_buttons[CancelledBy.MEMBER.value].setChecked(True)
        self.add_part(who)
        self.scope_choice: ScopeChoice | None = None
        if session.series_id is not None:
            self.scope_choice = ScopeChoice(self)
            self.add_part(self.scope_choice)
        if self.cancel_button is not None:
            self.cancel_button.setText(self.tr("&Keep it"))

    def _show_session(self, session: SessionView) -> None:
        self._session = session
        self.set_intro(f"{kind_text(session.kind)} — {when_text(session)}\n"
                       f"{people_text(session)}")

    def cancelled_by(self) -> str:
        return next(v for v, b in self.by_buttons.items() if b.isChecked())

    def scope(self) -> Scope:
        return self.scope_choice.scope() if self.scope_choice is not None else Scope.ONE

    def submit(self) -> bool:
        self.cancelled = session_removal.cancel(self._ctx.db, self._ctx.actor,
                                                self._session.id, self.cancelled_by(),
                                                self.scope(), read=self._session)
        return True

    def show_error(self, exc: BaseException) -> None:
        """Changed by someone else since the form opened: said, and the form shows the
        session as it is now (cancelling again is based on that)."""
        if not isinstance(exc, StaleRecord):
            super().show_error(exc)
            return
        current = exc.current
        assert isinstance(current, SessionView)
        self._show_session(current)
        self._ctx.hub.sig_changed.emit(ChangeKind.SESSION, [current.id])
        super().show_error(ValidationError(self.tr(
            "Someone else changed this session after you opened this form ({changes}), "
            "so it was not cancelled. The form now shows it as it is: cancel it again if "
            "you still mean to.").format(changes=changes_text(exc, session_value))))
