"""The Rooms page: the board on a chosen date, with assign, move, move out and rooms."""

from __future__ import annotations

from datetime import date, timedelta
from typing import ClassVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehouse import clock
from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.services import rooms
from safehouse.services.dto.housing import AssignmentInfo
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.pages import PageView
from safehouse.ui.rooms.assign_dialog import AssignDialog
from safehouse.ui.rooms.board_widget import RoomBoard
from safehouse.ui.rooms.fields import make_date_edit, not_over, to_date, to_qdate
from safehouse.ui.rooms.history_dialog import HistoryDialog
from safehouse.ui.rooms.move_dialog import MoveDialog
from safehouse.ui.rooms.move_out_dialog import MoveOutDialog
from safehouse.ui.rooms.room_dialog import RoomDialog
from safehouse.ui.single_dialog import DialogSlot


class RoomsPage(QWidget):
    """Who sleeps where on any date; the main window calls the public methods."""

    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.ROOM, ChangeKind.ASSIGNMENT, ChangeKind.MEMBER})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._can_assign = ctx.can(Action.ASSIGNMENT_EDIT)
        self._can_edit_rooms = ctx.can(Action.ROOM_EDIT)
        self._cleared = False
        self._dialogs = DialogSlot(self, self._on_dialog_finished)
        self._build()
        self._connect_signals()
        self._reload()

    # --- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.date_edit = make_date_edit(clock.today(), self)
        self.date_edit.setToolTip(self.tr("Show who was in which bed on this day"))
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or room (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(220)

        # each with its Alt key (none of the menus' F, E, G, S, H)
        self.assign_button = QPushButton(self.tr("&Assign a bed…"), self)
        self.assign_button.setToolTip(self.tr("Assign a bed (Ctrl+N); or double-click a "
                                              "free bed"))
        self.move_button = QPushButton(self.tr("Mo&ve…"), self)
        self.move_out_button = QPushButton(self.tr("Move &out…"), self)
        self.history_button = QPushButton(self.tr("Room histor&y…"), self)
        self.new_room_button = QPushButton(self.tr("Ne&w room…"), self)
        self.edit_room_button = QPushButton(self.tr("Edit &room…"), self)
        for button in (self.assign_button, self.move_button, self.move_out_button):
            button.setVisible(self._can_assign)
        for button in (self.new_room_button, self.edit_room_button):
            button.setVisible(self._can_edit_rooms)

        self.board = RoomBoard(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Date"), self))
        top.addWidget(self.date_edit)
        top.addWidget(self.today_button)
        top.addSpacing(12)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.filter_edit)
        actions = QHBoxLayout()
        for button in (self.assign_button, self.move_button, self.move_out_button,
                       self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.new_room_button)
        actions.addWidget(self.edit_room_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.board, 1)
        self._update_buttons()

    def _connect_signals(self) -> None:
        self._ctx.hub.sig_changed.connect(self._on_hub_changed)
        self.date_edit.dateChanged.connect(self._on_date_edit_changed)
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.filter_edit.textChanged.connect(self.board.set_filter)
        self.board.sig_selection_changed.connect(self._update_buttons)
        self.board.sig_free_bed_activated.connect(self._on_board_free_bed_activated)
        self.board.sig_occupant_activated.connect(self._on_board_occupant_activated)
        self.board.sig_menu_requested.connect(self._on_board_menu_requested)
        self.assign_button.clicked.connect(self.create_new)
        self.move_button.clicked.connect(self._on_move_button_clicked)
        self.move_out_button.clicked.connect(self._on_move_out_button_clicked)
        self.history_button.clicked.connect(self._on_history_button_clicked)
        self.new_room_button.clicked.connect(self._on_new_room_button_clicked)
        self.edit_room_button.clicked.connect(self._on_edit_room_button_clicked)

    # --- the main window's calls -----------------------------------------------------

    def focus_search(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def create_new(self) -> None:
        """Open "Assign a bed" (for the selected room, if one is selected)."""
        if not self._can_assign or self._cleared:
            return
        room = self.board.selected_room()
        self._open(AssignDialog(self._ctx, self.board_date(),
                                room.id if room is not None else None, self))

    def refresh(self) -> None:
        self._cleared = False
        self._reload()

    def clear_personal_data(self) -> None:
        """Empty the board until :meth:`refresh` is called. An open dialog is left alone:
        the window hides it, and what was typed into it survives."""
        self._cleared = True
        self.filter_edit.clear()
        self.board.clear()
        self.summary_label.clear()
        self._update_buttons()

    def as_page(self) -> PageView:
        # "New" (Ctrl+N) assigns a bed: only for who may
        return PageView(self, find=self.focus_search,
                        new=self.create_new if self._can_assign else None,
                        clear_personal_data=self.clear_personal_data, refresh=self.refresh,
                        go_to=self.go_to)

    def go_to(self, target: object) -> None:
        """Show the board on a date."""
        if isinstance(target, date):
            self.date_edit.setDate(to_qdate(target))

    # --- state -----------------------------------------------------------------------

    def board_date(self) -> date:
        return to_date(self.date_edit.date())

    def active_dialog(self) -> QDialog | None:
        """The dialog this page has open, if any."""
        return self._dialogs.current

    def _reload(self) -> None:
        on = self.board_date()
        try:
            board = rooms.board(self._ctx.db, self._ctx.actor, on)
        except SafehouseError as exc:
            self.board.clear()
            if messages.account_revoked(exc):
                return
            self.summary_label.setText(exc.message)
            return
        except Exception as exc:  # a bug: logged by type and place only
            self.board.clear()
            self.summary_label.setText(messages.unexpected(exc))
            return
        self.board.show_rooms(board)
        taken = sum(len(o.occupants) for o in board)
        total = sum(o.room.capacity for o in board)
        self.summary_label.setText(self.tr("{taken} of {total} beds taken on {date}").format(
            taken=taken, total=total, date=on.isoformat()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        occupant = self.board.selected_occupant()
        movable = occupant is not None and not_over(occupant, clock.today())
        self.move_button.setEnabled(movable)
        self.move_out_button.setEnabled(movable)
        self.history_button.setEnabled(occupant is not None)
        self.edit_room_button.setEnabled(self.board.selected_room() is not None)
        self.assign_button.setEnabled(not self._cleared)
        self.new_room_button.setEnabled(not self._cleared)

    # --- dialogs ---------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self._dialogs.open(dialog)

    def _on_dialog_finished(self, result: int, dialog: QDialog) -> None:
        info = getattr(dialog, "result_info", None)
        if result == QDialog.DialogCode.Accepted.value and isinstance(info, AssignmentInfo):
            self.board.select_occupant(info.id)

    def occupant_menu(self, occupant: AssignmentInfo) -> QMenu:
        """The context menu of an occupant: the same actions as the buttons."""
        menu = QMenu(self)
        if self._can_assign:
            movable = not_over(occupant, clock.today())
            move = QAction(self.tr("Move…"), menu)
            move.setEnabled(movable)
            move.triggered.connect(lambda: self.open_move(occupant))
            out = QAction(self.tr("Move out…"), menu)
            out.setEnabled(movable)
            out.triggered.connect(lambda: self.open_move_out(occupant))
            menu.addAction(move)
            menu.addAction(out)
            menu.addSeparator()
        history = QAction(self.tr("Room history…"), menu)
        history.triggered.connect(lambda: self.open_history(occupant))
        menu.addAction(history)
        return menu

    def open_move(self, occupant: AssignmentInfo) -> None:
        if self._can_assign and not_over(occupant, clock.today()):
            self._open(MoveDialog(self._ctx, occupant, self._change_day(occupant), self))

    def open_move_out(self, occupant: AssignmentInfo) -> None:
        if self._can_assign and not_over(occupant, clock.today()):
            self._open(MoveOutDialog(self._ctx, occupant, self._change_day(occupant), self))

    def _change_day(self, occupant: AssignmentInfo) -> date:
        """The day a move or move-out starts on: the board's date, or the day after she
        moved in when the board shows her first night."""
        return max(self.board_date(), occupant.start_on + timedelta(days=1))

    def open_history(self, occupant: AssignmentInfo) -> None:
        self._open(HistoryDialog(self._ctx, occupant, self))

    def open_room(self, room_id: int | None) -> None:
        if not self._can_edit_rooms:
            return
        room = None
        if room_id is not None:
            card = self.board.card(room_id)
            room = card.room if card is not None else None
        self._open(RoomDialog(self._ctx, room, self))

    # --- slots -----------------------------------------------------------------------

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON and not self._cleared:
            self._reload()

    def _on_date_edit_changed(self) -> None:
        if not self._cleared:
            self._reload()

    def _on_today_button_clicked(self) -> None:
        self.date_edit.setDate(to_qdate(clock.today()))

    def _on_board_free_bed_activated(self, room_id: int) -> None:
        if self._can_assign:
            self._open(AssignDialog(self._ctx, self.board_date(), room_id, self))

    def _on_board_occupant_activated(self, occupant: AssignmentInfo) -> None:
        self.open_history(occupant)

    def _on_board_menu_requested(self, occupant: AssignmentInfo, pos: QPoint) -> None:
        menu = self.occupant_menu(occupant)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(pos)

    def _on_move_button_clicked(self) -> None:
        occupant = self.board.selected_occupant()
        if occupant is not None:
            self.open_move(occupant)

    def _on_move_out_button_clicked(self) -> None:
        occupant = self.board.selected_occupant()
        if occupant is not None:
            self.open_move_out(occupant)

    def _on_history_button_clicked(self) -> None:
        occupant = self.board.selected_occupant()
        if occupant is not None:
            self.open_history(occupant)

    def _on_new_room_button_clicked(self) -> None:
        self.open_room(None)

    def _on_edit_room_button_clicked(self) -> None:
        room = self.board.selected_room()
        if room is not None:
            self.open_room(room.id)

