"""First start: name the organisation and create the first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from safehouse.errors import SafehouseError, ValidationError
from safehouse.services import access, auth
from safehouse.services.access import Opened
from safehouse.storage.vault import Vault
from safehouse.ui.dialog_layout import ok_cancel, stacked
from safehouse.ui.messages import error_line, show_error
from safehouse.ui.password_dialog import password_edit
from safehouse.ui.restore_dialog import RestoreInPlaceDialog


class SetupDialog(QDialog):
    """Creates the encrypted database, the organisation and its administrator;
    ``opened`` is set on success (with the recovery key to show once)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.opened: Opened | None = None
        self.setWindowTitle(self.tr("Safehouse — first start"))
        self.setMinimumWidth(460)

        intro = QLabel(self.tr(
            "Welcome. This computer has no Safehouse database yet.\n"
            "Name your organisation and create the first administrator's account. "
            "You will log in with it; other accounts can be added later."))
        intro.setWordWrap(True)

        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. Hope House"))
        self.display_name = QLineEdit()
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("letters, digits, . _ -"))
        self.password = password_edit()
        self.password.setPlaceholderText(
            self.tr("at least %n characters", "", auth.MIN_PASSWORD_LENGTH))
        self.repeat = password_edit()
        self.error = error_line()

        form = QFormLayout()
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("Your &full name:"), self.display_name)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat password:"), self.repeat)

        self.buttons = ok_cancel(self, self.tr("&Create and log in"),
                                 self._on_buttons_accepted)
        self.restore = QPushButton(self.tr("Restore from a &backup instead…"))
        self.restore.setFlat(True)
        self.restore.clicked.connect(self._on_restore_clicked)
        stacked(self, intro, form, self.error, self.buttons, self.restore)

        self._touched = False
        for edit in (self.organisation, self.display_name, self.username, self.password,
                     self.repeat):
            edit.textChanged.connect(self._on_input_edited)
        self._on_input_changed()

    def _on_input_edited(self) -> None:
        self._touched = True
        self._on_input_changed()

    def _problem(self) -> str:
        if not self.organisation.text().strip():
            return self.tr("Enter the organisation's name.")
        if not self.display_name.text().strip():
            return self.tr("Enter your full name.")
        try:
            auth.validate_username(self.username.text())
        except ValidationError:
            return self.tr("A user name has 2 to 64 letters, digits, dots, dashes or "
                           "underscores.")
        if len(self.password.text()) < auth.MIN_PASSWORD_LENGTH:
            return self.tr("The password must have at least %n characters.", "",
                           auth.MIN_PASSWORD_LENGTH)
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords are not the same.")
        return ""

    def _on_input_changed(self) -> None:
        problem = self._problem()
        # Say what is missing only once she has started typing.
        self.error.setText(problem if self._touched else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _on_restore_clicked(self) -> None:
        """A new computer: the office's backup instead of a new database."""
        dialog = RestoreInPlaceDialog(self._vault, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.opened is not None:
            self.opened = dialog.opened
            self.accept()

    def _on_buttons_accepted(self) -> None:
        if self._problem():
            return
        try:
            self.opened = access.set_up(
                self._vault,
                organisation=self.organisation.text(),
                username=self.username.text(),
                display_name=self.display_name.text(),
                password=self.password.text(),
                repeat=self.repeat.text(),
            )
        except SafehouseError as exc:
            show_error(self, exc)
            return
        self.accept()
