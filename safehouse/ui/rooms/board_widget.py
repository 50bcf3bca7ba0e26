"""The board: rooms grouped by floor, each a card with its beds, in a scrolling area."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from safehouse.services.dto.housing import AssignmentInfo, RoomInfo, RoomOccupancy
from safehouse.ui.rooms.flow_layout import FlowLayout
from safehouse.ui.rooms.room_card import BedLine, RoomCard, plain


class RoomBoard(QScrollArea):
    """Shows what :func:`safehouse.services.rooms.board` returns and keeps a selection.

    Signals:
        sig_selection_changed(): the selected room or occupant changed.
        sig_free_bed_activated(room_id): a free bed was double-clicked (or Enter).
        sig_occupant_activated(AssignmentInfo): an occupant was double-clicked.
        sig_menu_requested(AssignmentInfo, QPoint): the context menu on an occupant.
    """

    sig_selection_changed = Signal()
    sig_free_bed_activated = Signal(int)
    sig_occupant_activated = Signal(object)
    sig_menu_requested = Signal(object, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._cards: list[RoomCard] = []
        self._floor_sections: list[tuple[QLabel, QWidget, list[RoomCard]]] = []
        self._room_id: int | None = None
        self._assignment_id: int | None = None
        self._needle = ""
        self._empty_label: QLabel | None = None
        self._set_content(QWidget(self))

    # --- content ---------------------------------------------------------------------

    def _set_content(self, content: QWidget) -> None:
        old = self.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.setWidget(content)

    def show_rooms(self, occupancies: list[RoomOccupancy]) -> None:
        """Rebuild the board; the selection is kept when it is still there."""
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        self._cards = []
        self._floor_sections = []
        floors: dict[int, list[RoomOccupancy]] = {}
        for occ in occupancies:
            floors.setdefault(occ.room.floor, []).append(occ)
        for floor in sorted(floors):
            heading = QLabel(self.tr("Floor {floor}").format(floor=floor), content)
            font = heading.font()
            font.setWeight(QFont.Weight.DemiBold)
            heading.setFont(font)
            holder = QWidget(content)
            flow = FlowLayout(holder)
            cards = []
            for occ in floors[floor]:
                card = RoomCard(occ, holder)
                card.sig_clicked.connect(self._on_card_clicked)
                for line in card.lines:
                    line.sig_clicked.connect(self._on_line_clicked)
                    line.sig_activated.connect(self._on_line_activated)
                    line.sig_menu_requested.connect(self._on_line_menu_requested)
                flow.addWidget(card)
                cards.append(card)
            layout.addWidget(heading)
            layout.addWidget(holder)
            self._floor_sections.append((heading, holder, cards))
            self._cards += cards
        self._empty_label = None
        if not occupancies:
            self._empty_label = QLabel(
                self.tr("There are no rooms yet. Add one with “New room…”."), content)
            layout.addWidget(self._empty_label)
        layout.addStretch(1)
        self._set_content(content)
        before = (self._room_id, self._assignment_id)
        if self._room_id is not None and self.card(self._room_id) is None:
            self._room_id = self._assignment_id = None
        if self._assignment_id is not None and self._line_of(self._assignment_id) is None:
            self._assignment_id = None
        self._apply_selection()
        self.set_filter(self._needle)
        if before != (self._room_id, self._assignment_id):
            self.sig_selection_changed.emit()

    def clear(self) -> None:
        """Empty the board: nothing personal stays on screen."""
        self._cards = []
        self._floor_sections = []
        self._room_id = self._assignment_id = None
        self._empty_label = None
        self._set_content(QWidget())
        self.sig_selection_changed.emit()

    def cards(self) -> list[RoomCard]:
        return list(self._cards)

    def card(self, room_id: int) -> RoomCard | None:
        return next((c for c in self._cards if c.room.id == room_id), None)

    def lines(self) -> list[BedLine]:
        return [line for card in self._cards for line in card.lines]

    def _line_of(self, assignment_id: int) -> BedLine | None:
        for line in self.lines():
            if line.occupant is not None and line.occupant.id == assignment_id:
                return line
        return None

    # --- filter ----------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        """Show only rooms whose name, or an occupant's name or code, holds ``text``."""
        self._needle = text.strip().casefold()
        for heading, holder, cards in self._floor_sections:
            shown = 0
            for card in cards:
                visible = card.apply_filter(self._needle)
                card.setVisible(visible)
                shown += visible
            heading.setVisible(shown > 0)
            holder.setVisible(shown > 0)
        selected = self.card(self._room_id) if self._room_id is not None else None
        if selected is not None and selected.isHidden():
            self._select(None, None)

    # --- selection -------------------------------------------------------------------

    def selected_room(self) -> RoomInfo | None:
        card = self.card(self._room_id) if self._room_id is not None else None
        return card.room if card is not None else None

    def selected_occupant(self) -> AssignmentInfo | None:
        line = self._line_of(self._assignment_id) if self._assignment_id is not None else None
        return line.occupant if line is not None else None

    def select_room(self, room_id: int) -> bool:
        if self.card(room_id) is None:
            return False
        self._select(room_id, None)
        return True

    def select_occupant(self, assignment_id: int) -> bool:
        line = self._line_of(assignment_id)
        if line is None:
            return False
        self._select(line.room.id, assignment_id)
        return True

    def _select(self, room_id: int | None, assignment_id: int | None) -> None:
        if (room_id, assignment_id) == (self._room_id, self._assignment_id):
            return
        self._room_id, self._assignment_id = room_id, assignment_id
        self._apply_selection()
        self.sig_selection_changed.emit()

    def _apply_selection(self) -> None:
        for card in self._cards:
            card.set_selected(card.room.id == self._room_id)
            for line in card.lines:
                line.set_selected(
                    line.occupant is not None and line.occupant.id == self._assignment_id)

    def _on_card_clicked(self, room_id: int) -> None:
        self._select(room_id, None)

    def _on_line_clicked(self, line: BedLine) -> None:
        self._select(line.room.id, line.occupant.id if line.occupant else None)

    def _on_line_activated(self, line: BedLine) -> None:
        if line.occupant is None:
            self.sig_free_bed_activated.emit(line.room.id)
        else:
            self.sig_occupant_activated.emit(line.occupant)

    def _on_line_menu_requested(self, line: BedLine, pos: QPoint) -> None:
        if line.occupant is not None:
            self.sig_menu_requested.emit(line.occupant, pos)

    def visible_text(self) -> list[str]:
        """Every label a person can see on the board, top to bottom (for checks)."""
        widget = self.widget()
        if widget is None:
            return []
        return [plain(lbl.text()) for lbl in widget.findChildren(QLabel)
                if lbl.isVisibleTo(widget) and lbl.text()]
