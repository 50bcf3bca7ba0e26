"""A member's room history: every stay, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from safehouse.services import rooms
from safehouse.services.dto.housing import AssignmentInfo
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog


class HistoryDialog(FormDialog):
    """Where one member has stayed. Read-only; anyone who sees the board may open it."""

    def __init__(
        self, ctx: AppContext, member: AssignmentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ok_text=self.tr("&Close"), cancel=False)
        self.setWindowTitle(self.tr("Room history"))
        self.resize(520, 320)
        self.stays = rooms.room_history(ctx.db, ctx.actor, member.member_id)

        self.set_intro(f"{member.member_code} {member.member_name}")
        self.table = QTableWidget(len(self.stays), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Room"), self.tr("Bed"), self.tr("From"), self.tr("Until")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, stay in enumerate(self.stays):
            until = stay.end_on.isoformat() if stay.end_on else self.tr("now")
            for col, text in enumerate(
                (stay.room_name, stay.bed_label, stay.start_on.isoformat(), until)
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        empty = QLabel(self.tr("She has not had a room yet."), self)
        empty.setVisible(not self.stays)
        self.add_part(self.table)
        self.add_part(empty)

    def submit(self) -> bool:
        return True

    def rows(self) -> list[list[str]]:
        """The table's text, row by row."""
        out = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, col) for col in range(self.table.columnCount())]
            out.append([c.text() if c is not None else "" for c in cells])
        return out
