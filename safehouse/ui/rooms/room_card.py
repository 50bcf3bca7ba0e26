"""One room on the board: its name, how many beds are taken, and one line per bed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPalette,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from safehouse.services.dto.housing import AssignmentInfo, RoomInfo, RoomOccupancy

CARD_WIDTH = 280
NBSP = "\u00a0"


def plain(text: str) -> str:
    """A label's text as a person reads it (no-break spaces as spaces)."""
    return text.replace(NBSP, " ")


class BedLine(QFrame):
    """A bed: who sleeps in it on the board's date, or a free bed.

    Click (or focus) selects it; double-click or Enter activates it; the context
    menu is asked for with ``sig_menu_requested``.
    """

    sig_clicked = Signal(object)  # BedLine
    sig_activated = Signal(object)  # BedLine
    sig_menu_requested = Signal(object, QPoint)  # BedLine, global position

    def __init__(
        self, room: RoomInfo, occupant: AssignmentInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.room = room
        self.occupant = occupant
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(0)
        if occupant is None:
            self.name_label = QLabel(self.tr("Free bed"), self)
            palette = self.name_label.palette()
            palette.setColor(QPalette.ColorRole.WindowText,
                             palette.color(QPalette.ColorRole.PlaceholderText))
            self.name_label.setPalette(palette)
            font = self.name_label.font()
            font.setItalic(True)
            self.name_label.setFont(font)
            self.detail_label = QLabel("", self)
            self.setToolTip(self.tr("Double-click to give this bed to someone"))
        else:
            self.name_label = QLabel(f"{occupant.member_code} {occupant.member_name}", self)
            self.detail_label = QLabel(self._detail(occupant), self)
            # the whole stay, however narrow the card
            self.setToolTip(plain(f"{self.name_label.text()}\n{self.detail_label.text()}"))
        # Nothing is cut: a long name or stay wraps onto another line (the card grows).
        for label in (self.name_label, self.detail_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(4)
        self.keep_apart_mark: QLabel | None = None
        if occupant is not None and occupant.keep_apart:
            self.keep_apart_mark = self._keep_apart_mark(occupant)
            top.addWidget(self.keep_apart_mark, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.name_label, 1)
        layout.addLayout(top)
        layout.addWidget(self.detail_label)
        self.detail_label.setVisible(bool(self.detail_label.text()))
        self._selected = False
        self._highlighted = False

    def _keep_apart_mark(self, a: AssignmentInfo) -> QLabel:
        """A warning sign whose tooltip names who, on a keep-away list, is near her (the
        service gives these only to roles that may see keep-away entries)."""
        mark = QLabel(self)
        mark.setObjectName("keepApartMark")
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        mark.setPixmap(icon.pixmap(16, 16))
        lines = [self.tr("Keep apart (keep-away list):")]
        for k in a.keep_apart:
            if k.same_room:
                lines.append(self.tr("{code} {name}, in this room").format(
                    code=k.member_code, name=k.member_name))
            else:
                lines.append(self.tr("{code} {name}, on this floor in room {room}").format(
                    code=k.member_code, name=k.member_name, room=k.room_name))
        mark.setToolTip("\n".join(lines))
        mark.setAccessibleName(lines[0])
        return mark

    def _detail(self, a: AssignmentInfo) -> str:
        parts = []
        if a.bed_label:
            parts.append(self.tr("bed {bed}").format(bed=a.bed_label))
        parts.append(self.tr("since {date}").format(date=a.start_on.isoformat()))
        if a.end_on is not None:
            parts.append(self.tr("until {date}").format(date=a.end_on.isoformat()))
        # wrap between the parts only: "until" stays with its date
        return " · ".join(part.replace(" ", NBSP) for part in parts)

    @property
    def is_free(self) -> bool:
        return self.occupant is None

    def text(self) -> str:
        return plain(f"{self.name_label.text()} {self.detail_label.text()}".strip())

    def matches(self, needle: str) -> bool:
        a = self.occupant
        if a is None or not needle:
            return False
        return needle in a.member_name.casefold() or needle in a.member_code.casefold()

    def set_selected(self, selected: bool) -> None:
        self._selected = selected
        self._restyle()

    def set_highlighted(self, highlighted: bool) -> None:
        self._highlighted = highlighted
        font = self.name_label.font()
        font.setWeight(QFont.Weight.Bold if highlighted else QFont.Weight.Normal)
        self.name_label.setFont(font)
        self._restyle()

    @property
    def selected(self) -> bool:
        return self._selected

    @property
    def highlighted(self) -> bool:
        return self._highlighted

    def _restyle(self) -> None:
        parent = self.parentWidget()
        palette = QPalette(parent.palette() if parent is not None else self.palette())
        if self._selected:
            palette.setColor(QPalette.ColorRole.Window,
                             palette.color(QPalette.ColorRole.Highlight))
            palette.setColor(QPalette.ColorRole.WindowText,
                             palette.color(QPalette.ColorRole.HighlightedText))
        elif self._highlighted:
            palette.setColor(QPalette.ColorRole.Window,
                             palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)
        self.setAutoFillBackground(self._selected or self._highlighted)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.sig_clicked.emit(self)
        event.accept()  # the card under it must not take the click as its own

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.sig_activated.emit(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.sig_clicked.emit(self)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_activated.emit(self)
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.sig_clicked.emit(self)
        self.sig_menu_requested.emit(self, event.globalPos())


class RoomCard(QFrame):
    """A room's card: the title, "2 / 3 beds", then its occupants and free beds."""

    sig_clicked = Signal(int)  # room id

    def __init__(self, occupancy: RoomOccupancy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomCard")
        self.occupancy = occupancy
        room = occupancy.room
        self.setFixedWidth(CARD_WIDTH)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#roomCard { border: 1px solid palette(mid); border-radius: 6px; }"
            'QFrame#roomCard[selected="true"] { border: 2px solid palette(highlight); }'
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(2)
        header = QHBoxLayout()
        name = room.name if room.active else self.tr("{room} (closed)").format(room=room.name)
        self.title_label = QLabel(name, self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.count_label = QLabel(
            self.tr("{taken} / {capacity} beds").format(
                taken=len(occupancy.occupants), capacity=room.capacity), self)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.count_label)
        layout.addLayout(header)

        self.lines: list[BedLine] = [BedLine(room, a, self) for a in occupancy.occupants]
        if room.active:
            self.lines += [BedLine(room, None, self) for _ in range(occupancy.free_beds)]
        for line in self.lines:
            layout.addWidget(line)
        layout.addStretch(1)

    @property
    def room(self) -> RoomInfo:
        return self.occupancy.room

    def set_selected(self, selected: bool) -> None:
        if self.property("selected") == selected:
            return
        self.setProperty("selected", selected)
        self.style().unpolish(self)
        self.style().polish(self)

    def apply_filter(self, needle: str) -> bool:
        """Highlight the occupants ``needle`` names; True when the card should show."""
        room_hit = bool(needle) and needle in self.room.name.casefold()
        any_hit = False
        for line in self.lines:
            hit = line.matches(needle)
            line.set_highlighted(hit)
            any_hit = any_hit or hit
        return not needle or room_hit or any_hit

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.sig_clicked.emit(self.room.id)
        super().mousePressEvent(event)
