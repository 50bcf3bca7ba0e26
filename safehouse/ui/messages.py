"""Showing errors: a known error's message as it is; anything else as a bug, logged
without personal data.

An :class:`~safehouse.errors.AccountRevoked` (the account was disabled, its role
lowered or a new password asked for since login) is not shown where it happened: it is
handed to the main window (:func:`on_account_revoked`), which says it once and logs
out. A place that shows a service's error in a label of its own asks
:func:`account_revoked` first.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from safehouse.errors import AccountRevoked, SafehouseError

log = logging.getLogger(__name__)

# Weak references: a handler never keeps its window alive.
_revoked_handlers: list[weakref.WeakMethod[Callable[[AccountRevoked], None]]] = []


def on_account_revoked(handler: Callable[[AccountRevoked], None]) -> None:
    """Let ``handler`` (a method of the main window) deal with a revoked account, until
    :func:`forget_account_revoked` or until its object is gone."""
    _revoked_handlers.append(weakref.WeakMethod(handler))


def forget_account_revoked(handler: Callable[[AccountRevoked], None]) -> None:
    _revoked_handlers[:] = [ref for ref in _revoked_handlers
                            if ref() is not None and ref() != handler]


def account_revoked(exc: BaseException) -> bool:
    """True when ``exc`` is a revoked account and the main window has taken it over (it
    tells the user and logs out): the caller then shows nothing itself."""
    if not isinstance(exc, AccountRevoked):
        return False
    for ref in reversed(_revoked_handlers):
        handler = ref()
        if handler is not None:
            handler(exc)
            return True
    return False


def error_line(parent: QWidget | None = None) -> QLabel:
    """The red line under a dialog's fields that says what went wrong (``errorLabel``)."""
    line = QLabel(parent)
    line.setObjectName("errorLabel")
    line.setStyleSheet("color: #b00020;")
    line.setWordWrap(True)
    return line


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if account_revoked(exc):
        return
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
