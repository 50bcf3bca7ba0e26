"""One dialog open at a time over a page: :class:`DialogSlot` holds the dialog a page
opened, closes (rejects) it when another is opened in its place, and lets go of it when
it finishes. Every dialog it opens is deleted when it closes.

Pages that open their forms and lists non-modally, or window-modally over themselves,
keep one slot each::

    self._dialogs = DialogSlot(self, self._on_dialog_finished)   # or without a callback
    self._dialogs.open(RoomDialog(self._ctx, room, self))
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QDialog


class DialogSlot(QObject):
    """The page's open dialog, if any. ``finished(result, dialog)``, if given, is called
    when a dialog opened here finishes (after the slot has let go of it) — also when it
    is rejected because another takes its place."""

    def __init__(self, parent: QObject,
                 finished: Callable[[int, QDialog], None] | None = None) -> None:
        super().__init__(parent)
        self._dialog: QDialog | None = None
        self._finished = finished

    @property
    def current(self) -> QDialog | None:
        """The dialog open now, or None."""
        return self._dialog

    def open(self, dialog: QDialog) -> QDialog:
        """Close the dialog open now (rejected) and open ``dialog`` in its place; it is
        deleted when it closes. Returns ``dialog``."""
        self.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A slot of this object, not a lambda holding the dialog: that cycle crashes
        # PySide when the dialog is deleted on close.
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()
        return dialog

    def close(self) -> None:
        """Reject the dialog open now, if any (e.g. when the screen locks)."""
        if self._dialog is not None:
            self._dialog.reject()

    @Slot(int)
    def _on_dialog_finished(self, result: int) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None and self._finished is not None:
            self._finished(result, dialog)
