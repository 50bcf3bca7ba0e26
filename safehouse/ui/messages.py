"""Showing errors: a known error's message as it is; anything else as a bug, logged
without personal data."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from safehouse.errors import SafehouseError

log = logging.getLogger(__name__)


def error_line(parent: QWidget | None = None) -> QLabel:
    """The red line under a dialog's fields that says what went wrong (``errorLabel``)."""
    line = QLabel(parent)
    line.setObjectName("errorLabel")
    line.setStyleSheet("color: #b00020;")
    line.setWordWrap(True)
    return line


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if isinstance(exc, SafehouseError):
        text = exc.message
    else:
        # The type only: an exception's text can carry personal data.
        log.error("unexpected error: %s", type(exc).__name__, exc_info=False)
        text = QCoreApplication.translate(
            "messages", "Something went wrong that the program did not expect. "
            "Nothing was changed. If it happens again, tell the administrator.")
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("messages", "Safehouse"), text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before anything destructive; No is the default."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
