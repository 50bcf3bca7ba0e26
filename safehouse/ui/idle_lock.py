"""The idle lock: a watcher that notices when nobody has touched the program for a
while, the panel that covers the window until the same user's password is given, and
the helpers that hide (and later show again) every other open window."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from safehouse.ui.messages import error_line

MINUTE_MS = 60_000

# The main window begins the watches of the idle time and of Ctrl+L after its first paint
# (:mod:`safehouse.ui.first_paint`), or after this long if it is not painted: each is a
# Python event filter on the application, which sees every event of the program, and the
# first event of an object whose class PySide has not made yet (Qt's own QGestureManager,
# made with the first table, or a QAnimationTimer) has PySide make every class of its
# modules, some 40 ms that would otherwise come before the window appears.
WATCH_AT_LATEST_MS = 1000

# What a person does: anything else (paint, timers, focus changes) is not activity.
ACTIVITY = frozenset({
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
    QEvent.Type.InputMethod,
})

# Windows hidden on locking but not shown again: they belong to the moment.
TRANSIENT = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


class IdleWatcher(QObject):
    """Emits ``sig_idle()`` once nobody has used mouse, keyboard or touch for the interval.

    It watches every event of the application (an application event filter) while
    started; :meth:`stop` ends the watch (the window is locked), :meth:`start` begins a
    fresh interval.
    """

    sig_idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # restarts are measurable
        self.timer.setInterval(minutes * MINUTE_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._installed = False

    def set_minutes(self, minutes: int) -> None:
        self.set_interval(minutes * MINUTE_MS)

    def set_interval(self, ms: int) -> None:
        """The idle time in milliseconds (tests make it tiny); restarts a running watch."""
        self.timer.setInterval(ms)
        if self.is_watching():
            self.timer.start()

    def interval(self) -> int:
        return self.timer.interval()

    def is_watching(self) -> bool:
        return self._installed

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.timer.start()
        return False

    def _on_timer_timeout(self) -> None:
        self.sig_idle.emit()


class LockPanel(QWidget):
    """What a locked window shows: the organisation, who is locked out, a password.

    ``sig_unlock_requested(str)``: the password typed (the window checks it);
    ``sig_logout_requested()``: log out instead.
    """

    sig_unlock_requested = Signal(str)
    sig_logout_requested = Signal()

    def __init__(self, organisation: str, display_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPanel")
        self.organisation_label = QLabel(organisation or self.tr("Safehouse"), self)
        self.organisation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.organisation_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.locked_label = QLabel(
            self.tr("Locked — {name}").format(name=display_name), self)
        self.locked_label.setTextFormat(Qt.TextFormat.PlainText)
        hint = QLabel(self.tr("Enter your password to go on, or log out."), self)
        hint.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.error = error_line(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.logout_button = QPushButton(self.tr("&Log out"), self)

        box = QWidget(self)
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.addWidget(self.organisation_label)
        inner.addWidget(self.locked_label)
        inner.addWidget(hint)
        inner.addWidget(self.password)
        inner.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.logout_button)
        buttons.addWidget(self.unlock_button)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.password.returnPressed.connect(self._on_unlock)
        self.unlock_button.clicked.connect(self._on_unlock)
        self.logout_button.clicked.connect(self.sig_logout_requested)

    def set_organisation(self, organisation: str) -> None:
        self.organisation_label.setText(organisation or self.tr("Safehouse"))

    def reset(self) -> None:
        self.password.clear()
        self.error.clear()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_unlock(self) -> None:
        self.sig_unlock_requested.emit(self.password.text())


class LockKey(QObject):
    """The lock's shortcut (Ctrl+L) wherever the program has the keyboard: in an open
    dialog too, which a window's own shortcut does not reach (a dialog blocks its
    window). ``sig_pressed()`` when it is pressed outside ``window`` (inside it the
    window's own action answers); watches the application's events from
    :meth:`install` to :meth:`remove`.
    """

    sig_pressed = Signal()

    def __init__(self, window: QWidget, keys: QKeySequence) -> None:
        super().__init__(window)
        self._keys = keys
        self._installed = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def is_installed(self) -> bool:
        return self._installed

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        if watched.window() is self.parent():
            return False
        pressed = QKeySequence(QKeyCombination(event.modifiers(), Qt.Key(event.key())))
        if pressed != self._keys:
            return False
        event.accept()
        if event.type() == QEvent.Type.KeyPress:
            self.sig_pressed.emit()
        return True


# --- other windows ----------------------------------------------------------------------


def close_popups() -> None:
    """Close open menus, drop-downs, completions and tooltips: they may show names."""
    QToolTip.hideText()
    for _ in range(20):  # popups can stack; each close() removes one
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()


def other_windows(keep: QWidget) -> list[QWidget]:
    """Every visible top-level window (open dialogs, message boxes) except ``keep``."""
    return [w for w in QApplication.topLevelWidgets()
            if w is not keep and w.isVisible() and w.isWindow()]


def hide_windows(keep: QWidget) -> list[QWidget]:
    """Hide every other visible window and return them, to show again after unlocking.

    A dialog that is only hidden keeps what was typed into it. (A message box run with
    ``exec()`` ends when hidden, as if it were cancelled.)
    """
    close_popups()
    hidden = []
    for window in other_windows(keep):
        window.hide()
        if window.windowType() not in TRANSIENT:
            hidden.append(window)
    return hidden


def show_windows(windows: list[QWidget]) -> None:
    """Show again the windows :func:`hide_windows` hid, those that still exist."""
    alive = [w for w in windows if shiboken6.isValid(w)]
    for window in alive:
        window.show()
    if alive:
        alive[-1].raise_()
        alive[-1].activateWindow()


def close_windows(windows: list[QWidget]) -> None:
    """Close (cancel) windows, visible or hidden, that still exist: the user left."""
    for window in windows:
        if not shiboken6.isValid(window):
            continue
        if isinstance(window, QDialog):
            window.reject()
        else:
            window.close()
