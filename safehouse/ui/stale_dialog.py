"""Someone else changed this record: what a form does when its save is refused because
the record was saved by another workstation after the form was filled
(``StaleRecord``, :mod:`safehouse.services.versions`).

The dialog lists what the other person changed: each field, its value saved now, and
the value in this form. The person chooses:

- **Reload** — throw away her edit and show what is saved now;
- **Reapply** — put her own changes (the fields she changed in this form) over what is
  saved now, in the form, to check and save again (the save is checked again: against
  the rules and against the version);
- **Cancel** (Escape) — back to the form as it was; nothing is saved.

Nothing is overwritten without her seeing it. A form uses :func:`settle`, giving the
values it was filled from, what it says now, and how to show a value.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehouse.audit_words import field_label as audit_field_label
from safehouse.errors import StaleRecord
from safehouse.ui.form_dialog import FormDialog, set_error

_MNEMONIC = re.compile(r"\(&.\)|&(?=.)")


class StaleChoice(enum.Enum):
    RELOAD = "reload"
    REAPPLY = "reapply"
    CANCEL = "cancel"


def value_text(value: object) -> str:
    """A value as the dialog shows it, when the form has no words of its own for it."""
    if value is None or value == "" or value == ():
        return QCoreApplication.translate("StaleDialog", "(empty)")
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("StaleDialog", "Yes")
        return QCoreApplication.translate("StaleDialog", "No")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def field_label(form: FormDialog, name: str) -> str:
    """The words of a form's field (its label, without the Alt key and the colon); a
    field the form does not have, in the audit log's words (capitalised)."""
    error = form.errors.get(name)
    holder = error.parentWidget() if error is not None else None
    label = form.form.labelForField(holder) if holder is not None else None
    if not isinstance(label, QLabel):
        words = audit_field_label(name)
        return words[:1].upper() + words[1:]
    return _MNEMONIC.sub("", label.text()).rstrip(":： ").strip()


def changes_text(exc: StaleRecord, text: Callable[[str, object], str] | None = None
                 ) -> str:
    """What the other person changed, in words: "status: Completed, start: …"
    (``text``: a value in words, default :func:`value_text`)."""
    show = text or (lambda _field, value: value_text(value))
    return ", ".join(f"{audit_field_label(c.field)}: {show(c.field, c.value)}"
                     for c in exc.changes)


class StaleDialog(QDialog):
    """The dialog itself; ``rows``: (field, saved now, in this form), in words."""

    def __init__(self, parent: QWidget | None, rows: list[tuple[str, str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this record"))
        self.choice = StaleChoice.CANCEL
        intro = QLabel(self.tr(
            "Someone else saved this record after you opened it, so your changes were "
            "not saved. This is what they changed:"), self)
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, head in enumerate((self.tr("Field"), self.tr("Saved now"),
                                       self.tr("In your form"))):
            label = QLabel(f"<b>{head}</b>", self)
            label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(label, 0, column)
        for row, cells in enumerate(rows, start=1):
            for column, text in enumerate(cells):
                cell = QLabel(text, self)
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, row, column)
        if not rows:
            grid.addWidget(QLabel(self.tr("(nothing you can see here)"), self), 1, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        choose = QLabel(self.tr(
            "Reload shows what is saved now and throws away your changes. Reapply puts "
            "your changes over what is saved now, for you to check and save again."), self)
        choose.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.reload_button = QPushButton(self.tr("&Reload theirs"), self)
        self.reapply_button = QPushButton(self.tr("Re&apply mine"), self)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.reapply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.reload_button.setDefault(True)
        self.reload_button.clicked.connect(lambda: self._choose(StaleChoice.RELOAD))
        self.reapply_button.clicked.connect(lambda: self._choose(StaleChoice.REAPPLY))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(choose)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _choose(self, choice: StaleChoice) -> None:
        self.choice = choice
        self.accept()


def settle(form: FormDialog, exc: StaleRecord, *, read: Mapping[str, object],
           mine: Mapping[str, object], text: Callable[[str, object], str] | None = None
           ) -> tuple[StaleChoice, dict[str, Any]]:
    """Ask what to do about ``exc``; returns the choice and the person's own changes
    (the fields where ``mine``, what the form says, differs from ``read``, what it was
    filled from), for a Reapply to put over ``exc.current``. ``text``: a value in words
    (default :func:`value_text`)."""
    show = text or (lambda _field, value: value_text(value))
    rows = [(field_label(form, c.field), show(c.field, c.value),
             show(c.field, mine.get(c.field, read.get(c.field)))) for c in exc.changes]
    dialog = StaleDialog(form, rows)
    dialog.exec()
    edits = {name: value for name, value in mine.items() if read.get(name) != value}
    choice = dialog.choice
    dialog.deleteLater()
    return choice, edits


def note_reapplied(form: FormDialog) -> None:
    """Say on the form's message line (once it is filled) that it holds her changes
    over the other person's, not saved yet."""
    set_error(form.error, QCoreApplication.translate(
        "StaleDialog", "Your changes are now over what the other person saved. Check "
        "them, then save again."))
