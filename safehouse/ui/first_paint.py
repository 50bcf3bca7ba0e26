"""Work that waits for a widget's first paint: the main window's watches over the whole
application (:mod:`safehouse.ui.idle_lock`) and the dashboard's first reads begin once
the window is on the screen, not while it is being made and shown (they share the
interpreter with it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Calls ``then()`` once: when ``widget``'s first paint is done, or ``at_latest_ms``
    after this was made if the widget is not painted by then (covered, hidden); never
    after :meth:`cancel`."""

    def __init__(self, widget: QWidget, then: Callable[[], None], at_latest_ms: int) -> None:
        super().__init__(widget)  # held as the parent only: no cycle keeps it alive
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)  # the widget's own events only
        QTimer.singleShot(at_latest_ms, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._call)  # once this paint is done
        return False

    def pending(self) -> bool:
        return self._then is not None

    def cancel(self) -> None:
        widget = self.parent()
        if self._then is not None and widget is not None:
            widget.removeEventFilter(self)
        self._then = None

    def _call(self) -> None:
        then = self._then
        self.cancel()
        if then is not None:
            then()
