"""First start: name the organisation and create the first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QWidget

from safehouse.errors import ValidationError
from safehouse.services import access, auth
from safehouse.services.access import Opened
from safehouse.storage.vault import Vault
from safehouse.ui.form_dialog import FormDialog, password_edit


class SetupDialog(FormDialog):
    """Creates the encrypted database, the organisation and its administrator;
    ``opened`` is set on success (with the recovery key to show once)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Create and log in"))
        self._vault = vault
        self.opened: Opened | None = None
        self.setWindowTitle(self.tr("Safehouse — first start"))
        self.setMinimumWidth(460)
        self.set_intro(self.tr(
            "Welcome. This computer has no Safehouse database yet.\n"
            "Name your organisation and create the first administrator's account. "
            "You will log in with it; other accounts can be added later."))

        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. Hope House"))
        self.display_name = QLineEdit()
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("letters, digits, . _ -"))
        self.password = password_edit()
        self.password.setPlaceholderText(
            self.tr("at least %n characters", "", auth.MIN_PASSWORD_LENGTH))
        self.repeat = password_edit()
        for name, text, edit in (
            ("organisation", self.tr("&Organisation:"), self.organisation),
            ("display_name", self.tr("Your &full name:"), self.display_name),
            ("username", self.tr("&User name:"), self.username),
            ("password", self.tr("&Password:"), self.password),
            ("repeat", self.tr("&Repeat password:"), self.repeat),
        ):
            self.add_field(name, text, edit, changed=edit.textChanged)
        self.forget_on_close(self.password, self.repeat)

        self.restore = QPushButton(self.tr("Restore from a &backup instead…"))
        self.restore.setFlat(True)
        self.restore.clicked.connect(self._on_restore_clicked)
        self.add_footer(self.restore)
        self.check()

    def problems(self) -> list[ValidationError]:
        found: list[ValidationError] = []
        if not self.organisation.text().strip():
            found.append(ValidationError(self.tr("Enter the organisation's name."),
                                         field="organisation"))
        found += [p for p in (auth.display_name_problem(self.display_name.text()),
                              auth.username_problem(self.username.text())) if p is not None]
        return found + auth.password_problems(self.password.text(), self.repeat.text())

    def _on_restore_clicked(self) -> None:
        """A new computer: the office's backup instead of a new database."""
        # on first use: it brings the backups' service, which the window does not need
        from safehouse.ui.restore_dialog import RestoreInPlaceDialog

        dialog = RestoreInPlaceDialog(self._vault, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.opened is not None:
            self.opened = dialog.opened
            self.finish()

    def submit(self) -> bool:
        self.opened = access.set_up(
            self._vault,
            organisation=self.organisation.text(),
            username=self.username.text(),
            display_name=self.display_name.text(),
            password=self.password.text(),
            repeat=self.repeat.text(),
        )
        return True
