"""Logging in."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from safehouse.errors import SafehouseError
from safehouse.services import auth
from safehouse.services.dto import Actor
from safehouse.storage.db import Database

LAST_USER = "login/last_user"


class LoginDialog(QDialog):
    """Asks for a user name and password; ``actor`` is set on success."""

    def __init__(self, db: Database, organisation: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Safehouse — log in"))
        self.setMinimumWidth(380)

        title = QLabel(organisation or self.tr("Safehouse"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.username = QLineEdit()
        last = QSettings().value(LAST_USER, "")
        if isinstance(last, str):
            self.username.setText(last)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log in"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if self.username.text() else self.username).setFocus()

    def _on_buttons_accepted(self) -> None:
        try:
            self.actor = auth.login(self._db, self.username.text().strip(),
                                    self.password.text())
        except SafehouseError as exc:
            self.error.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        QSettings().setValue(LAST_USER, self.actor.username)
        self.accept()
