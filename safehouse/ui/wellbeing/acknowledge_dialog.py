"""Acknowledge an alert: what it is, and a short note (required) of what was done; who
and when are recorded by the service."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from safehouse.errors import ValidationError
from safehouse.services import wellbeing_alerts
from safehouse.services.dto.wellbeing import AlertInfo
from safehouse.services.wellbeing_alerts import NOTE_LIMIT
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.wellbeing.alert_words import alert_line


class AcknowledgeDialog(FormDialog):
    confirm_discard = True

    def __init__(self, ctx: AppContext, alert: AlertInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Acknowledge"))
        self._ctx = ctx
        self.alert = alert
        self.setWindowTitle(self.tr("Acknowledge an alert"))
        self.set_intro(self.tr("{alert}\n\nSay in a few words what was done (for example: "
                               "\"Talked with her today; safety plan made\"). The note, "
                               "your name and the time are kept with the alert, which "
                               "then leaves the dashboard.").format(alert=alert_line(alert)))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(90)
        self.add_field("note", self.tr("&Note:"), self.note_edit,
                       changed=self.note_edit.textChanged)
        self.check()

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def problems(self) -> list[ValidationError]:
        if not self.note():
            return [ValidationError(self.tr("Write a short note of what was done."),
                                    field="note")]
        if len(self.note()) > NOTE_LIMIT:
            return [ValidationError(self.tr("The note is too long: at most {limit} "
                                            "characters.").format(limit=NOTE_LIMIT),
                                    field="note")]
        return []

    def submit(self) -> bool:
        wellbeing_alerts.acknowledge(self._ctx.db, self._ctx.actor, self.alert.id,
                                     self.note())
        return True
