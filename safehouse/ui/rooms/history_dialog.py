"""A member's room history: every stay, newest first; the move-out date of a stay that
is not over can be changed or cancelled from here."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from safehouse import clock
from safehouse.services import rooms
from safehouse.services.dto.housing import AssignmentInfo
from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.rooms.fields import not_over, until_text
from safehouse.ui.rooms.move_out_dialog import MoveOutDialog


class HistoryDialog(FormDialog):
    """Where one member has stayed. Anyone who sees the board may open it; who may
    assign beds may change the move-out date of a stay that is not over."""

    def __init__(
        self, ctx: AppContext, member: AssignmentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ok_text=self.tr("&Close"), cancel=False)
        self._ctx = ctx
        self._member = member
        self.setWindowTitle(self.tr("Room history"))
        self.resize(560, 320)
        self.stays: list[AssignmentInfo] = []
        self.move_out_dialog: MoveOutDialog | None = None

        self.set_intro(f"{member.member_code} {member.member_name}")
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Room"), self.tr("Bed"), self.tr("From"), self.tr("Until")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("She has not had a room yet."), self)
        self.change_end_button = QPushButton(self.tr("Change the &move-out date…"), self)
        self.change_end_button.setVisible(ctx.can(Action.ASSIGNMENT_EDIT))
        self.add_part(self.table)
        self.add_part(self.empty_label)
        self.add_part(self.change_end_button, Qt.AlignmentFlag.AlignLeft)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.change_end_button.clicked.connect(self._on_change_end_clicked)
        self._load()

    def _load(self) -> None:
        """The stays, newest first; the first stay not over is selected."""
        self.stays = rooms.room_history(self._ctx.db, self._ctx.actor,
                                        self._member.member_id)
        today = clock.today()
        self.table.setRowCount(len(self.stays))
        for row, stay in enumerate(self.stays):
            for col, text in enumerate((stay.room_name, stay.bed_label,
                                        stay.start_on.isoformat(), until_text(stay, today))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.empty_label.setVisible(not self.stays)
        current = next((row for row, stay in enumerate(self.stays)
                        if not_over(stay, today) and stay.start_on <= today), None)
        if current is None:
            current = next((row for row, stay in enumerate(self.stays)
                            if not_over(stay, today)), None)
        if current is not None:
            self.table.selectRow(current)
        self._update_button()

    def selected_stay(self) -> AssignmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.stays[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        stay = self.selected_stay()
        self.change_end_button.setEnabled(stay is not None and not_over(stay, clock.today()))

    def _on_change_end_clicked(self) -> None:
        stay = self.selected_stay()
        if stay is None or not not_over(stay, clock.today()):
            return
        dialog = MoveOutDialog(self._ctx, stay,
                               max(clock.today(), stay.start_on + timedelta(days=1)), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_move_out_finished)
        self.move_out_dialog = dialog
        dialog.open()

    def _on_move_out_finished(self, result: int) -> None:
        self.move_out_dialog = None
        if result == QDialog.DialogCode.Accepted.value:
            self._load()

    def submit(self) -> bool:
        return True

    def rows(self) -> list[list[str]]:
        """The table's text, row by row."""
        out = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, col) for col in range(self.table.columnCount())]
            out.append([c.text() if c is not None else "" for c in cells])
        return out
