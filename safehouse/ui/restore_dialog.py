"""Restoring a backup where no database opens (a new computer, a damaged file, a lost
key file): the backup, its key file beside it, and an administrator's password of the
day it was made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from safehouse.errors import SafehouseError, ValidationError
from safehouse.services import backups
from safehouse.services.access import Opened
from safehouse.storage.vault import Vault
from safehouse.ui.form_dialog import FormDialog, password_edit


class RestoreInPlaceDialog(FormDialog):
    """``opened`` is set when the backup is in place and its administrator logged in."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Restore and log in"))
        self._vault = vault
        self.opened: Opened | None = None
        self.setWindowTitle(self.tr("Safehouse — restore a backup"))
        self.setMinimumWidth(520)
        self.set_intro(self.tr(
            "Choose a backup (a safehouse-….db file with its .keys file beside it) and "
            "log in with an administrator's user name and password as they were on the "
            "day the backup was made. A damaged database here is kept aside, not deleted."))
        self.file = QLineEdit()
        browse = QPushButton(self.tr("Bro&wse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.username = QLineEdit()
        self.password = password_edit()
        self.add_field("file", self.tr("&Backup:"), row, changed=self.file.textChanged)
        self.add_field("username", self.tr("&Administrator:"), self.username,
                       changed=self.username.textChanged)
        self.add_field("password", self.tr("&Password:"), self.password,
                       changed=self.password.textChanged)
        self.forget_on_close(self.password)
        self.check()

    def _on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(Path.home()),
            self.tr("Safehouse backups (*.db)"))
        if chosen:
            self.file.setText(chosen)

    def submit(self) -> bool:
        if not self.file.text().strip():
            raise ValidationError(self.tr("Choose the backup file."), field="file")
        try:
            self.opened = backups.restore_in_place_of_nothing(
                self._vault, Path(self.file.text().strip()),
                username=self.username.text().strip(), password=self.password.text())
        except SafehouseError:
            self.password.clear()
            raise
        return True
