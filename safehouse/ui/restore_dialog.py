"""Restoring a backup where no database opens (a new computer, a damaged file, a lost
key file): the backup, its key file beside it, and an administrator's password of the
day it was made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from safehouse.errors import SafehouseError
from safehouse.services import backups
from safehouse.services.access import Opened
from safehouse.storage.vault import Vault
from safehouse.ui.dialog_layout import ok_cancel, stacked
from safehouse.ui.messages import error_line
from safehouse.ui.password_dialog import password_edit


class RestoreInPlaceDialog(QDialog):
    """``opened`` is set when the backup is in place and its administrator logged in."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.opened: Opened | None = None
        self.setWindowTitle(self.tr("Safehouse — restore a backup"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "Choose a backup (a safehouse-….db file with its .keys file beside it) and "
            "log in with an administrator's user name and password as they were on the "
            "day the backup was made. A damaged database here is kept aside, not deleted."))
        intro.setWordWrap(True)
        self.file = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.username = QLineEdit()
        self.password = password_edit()
        self.error = error_line()
        form = QFormLayout()
        form.addRow(self.tr("&Backup:"), row)
        form.addRow(self.tr("&Administrator:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = ok_cancel(self, self.tr("&Restore and log in"),
                                 self._on_buttons_accepted)
        stacked(self, intro, form, self.error, self.buttons)

    def _on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(Path.home()),
            self.tr("Safehouse backups (*.db)"))
        if chosen:
            self.file.setText(chosen)

    def _on_buttons_accepted(self) -> None:
        if not self.file.text().strip():
            self.error.setText(self.tr("Choose the backup file."))
            return
        try:
            self.opened = backups.restore_in_place_of_nothing(
                self._vault, Path(self.file.text().strip()),
                username=self.username.text().strip(), password=self.password.text())
        except SafehouseError as exc:
            self.error.setText(exc.message)
            self.password.clear()
            return
        self.accept()
