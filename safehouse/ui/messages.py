"""Showing errors: a known error's message as it is; anything else as a bug.

A bug takes one path wherever it is caught (a form, a page, the application's last
resort): :func:`unexpected` logs its type and the place it came from — never its text,
which can carry personal data — and gives the one message the user sees for it.

An :class:`~safehouse.errors.AccountRevoked` (the account was disabled, its role
lowered or a new password asked for since login) is not shown where it happened: it is
handed to the main window (:func:`on_account_revoked`), which says it once and logs
out. A place that shows a service's error in a label of its own asks
:func:`account_revoked` first (every form does, in ``FormDialog.show_error``).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Sequence
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from safehouse.errors import AccountRevoked, SafehouseError

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020;"

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
    line.setStyleSheet(ERROR_STYLE)
    line.setWordWrap(True)
    return line


def place(tb: TracebackType | None) -> str:
    """Where an exception was raised: module, function and line of its last frame."""
    where = "?"
    while tb is not None:
        code = tb.tb_frame.f_code
        module = tb.tb_frame.f_globals.get("__name__", "?")
        where = f"{module}.{code.co_name}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def unexpected_text() -> str:
    """The one message shown for a bug, in the user's language."""
    return QCoreApplication.translate(
        "messages", "Something went wrong that the program did not expect. Your last "
        "change may not have been saved. If it happens again, tell the administrator.")


def unexpected(exc: BaseException, tb: TracebackType | None = None) -> str:
    """Log a bug by its type and place only; return the message to show for it."""
    log.error("unexpected %s at %s", type(exc).__name__,
              place(tb if tb is not None else exc.__traceback__))
    return unexpected_text()


def error_text(exc: BaseException) -> str:
    """A known error's own message; for anything else (a bug) :func:`unexpected`."""
    return exc.message if isinstance(exc, SafehouseError) else unexpected(exc)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if account_revoked(exc):
        return
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("messages", "Safehouse"), error_text(exc))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before anything destructive; No is the default."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_warnings(parent: QWidget | None, title: str, warnings: Sequence[str],
                     proceed: str) -> bool:
    """Show safety warnings (a service's ``NeedsConfirmation``) and ask whether to go
    ahead anyway with the button ``proceed``; Cancel is the default and Escape."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, QCoreApplication.translate(
        "messages", "Please read this before you go ahead."),
        QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("housingWarnings")
    box.setInformativeText("\n\n".join(warnings) + "\n\n" + QCoreApplication.translate(
        "messages", "Going ahead is recorded in the audit log."))
    go = box.addButton(proceed, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go
