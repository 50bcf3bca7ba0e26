"""The dashboard's parts: a figure that opens the list behind it, that list, and the
first steps a new database needs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Tile(QFrame):
    """A figure with its caption and a line under it; a click, Enter or Space on it
    opens what it counts (``sig_clicked``)."""

    sig_clicked = Signal()

    def __init__(self, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(hint)
        self.setAccessibleName(title)
        # its look (a rounded border, the figure large) is the application's style sheet's
        # (resources/style): a style sheet of its own, two for each of a dozen tiles, cost
        # the dashboard some 5 ms before the window appeared
        self.setMinimumWidth(220)
        self.caption = QLabel(title, self)
        self.caption.setWordWrap(True)
        self.value = QLabel("–", self)
        self.value.setObjectName("tileValue")
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_figure(self, value: int, detail: str) -> None:
        self.value.setText(str(value))
        self.detail.setText(detail)

    def show_loading(self) -> None:
        """Until its figure is read (off the GUI thread)."""
        self.value.setText("…")
        self.detail.setText(self.tr("Loading…"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.sig_clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.sig_clicked.emit()
        else:
            super().keyPressEvent(event)


@dataclass(frozen=True)
class Entry:
    """A line of a list: its text, and where opening it goes (a page and what on it)."""

    text: str
    page: str
    target: object


class ListDialog(QDialog):
    """The list behind a figure. Double-click, Enter or "Open" on a line asks to show it
    (``sig_go(page, target)``) and closes."""

    sig_go = Signal(str, object)

    def __init__(self, title: str, intro: str, entries: list[Entry], empty: str,
                 open_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.entries = entries
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        for entry in entries:
            self.list.addItem(QListWidgetItem(entry.text))
        if not entries:
            self.list.addItem(QListWidgetItem(empty))
            self.list.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = self.buttons.addButton(open_text,
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setEnabled(bool(entries))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        if entries:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.buttons.accepted.connect(self._on_open)
        self.buttons.rejected.connect(self.reject)
        self.list.setFocus()

    def _on_list_item_activated(self, _item: QListWidgetItem) -> None:
        self._on_open()

    def _on_open(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            entry = self.entries[row]
            self.accept()
            self.sig_go.emit(entry.page, entry.target)


class StartPanel(QFrame):
    """What to do first in a new database: add rooms, admit a member — with buttons
    that do it for those allowed to, a word to ask a manager for the others."""

    def __init__(self, can_add_rooms: bool, can_admit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(self.tr("Nothing is recorded yet. Start with these steps."), self)
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        heading.setWordWrap(True)
        self.rooms_step = QLabel(self.tr(
            "1. Add the rooms of the house, each with its floor and its number of beds."),
            self)
        self.members_step = QLabel(self.tr(
            "2. Admit the first member; then give her a bed on the Rooms page."), self)
        self.add_room_button = QPushButton(self.tr("Add a &room…"), self)
        self.admit_button = QPushButton(self.tr("Ad&mit a member…"), self)
        self._can_add_rooms, self._can_admit = can_add_rooms, can_admit
        self.ask_label = QLabel(self.tr(
            "Ask a manager to add the rooms and admit the first members."), self)
        self.ask_label.setVisible(not (can_add_rooms or can_admit))
        grid = QGridLayout()
        for row, (step, button) in enumerate(((self.rooms_step, self.add_room_button),
                                              (self.members_step, self.admit_button))):
            step.setWordWrap(True)
            grid.addWidget(step, row, 0)
            grid.addWidget(button, row, 1)
        grid.setColumnStretch(2, 1)  # each button right after its step
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.ask_label)

    def show_steps(self, has_rooms: bool, has_members: bool) -> None:
        """Show only what is still to do (a step done disappears)."""
        self.rooms_step.setHidden(has_rooms)
        self.add_room_button.setHidden(has_rooms or not self._can_add_rooms)
        self.members_step.setHidden(has_members)
        self.admit_button.setHidden(has_members or not self._can_admit)
