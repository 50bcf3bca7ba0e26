"""The Profile tab: a member's own details, read-only, with Edit and Change status."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safehouse.labels import label
from safehouse.models import MembershipEnd, MemberStatus, Sex
from safehouse.services.dto.people import MemberDetail, MembershipPeriod

EMPTY = "—"


def _day(d: date | None) -> str:
    return d.isoformat() if d else EMPTY


class ProfileView(QWidget):
    """``sig_edit_requested()`` and ``sig_status_requested()``: the buttons were pressed.
    ``sig_erase_requested(str)``: an Erase menu choice ("all" or "notes") was chosen.

    ``can_edit`` hides both buttons; ``hidden_fields`` (e.g. "phone", "notes") are
    shown as withheld rather than empty; ``can_purge`` shows the Erase menu.
    """

    sig_edit_requested = Signal()
    sig_status_requested = Signal()
    sig_erase_requested = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        can_edit: bool,
        hidden_fields: Iterable[str] = (),
        can_purge: bool = False,
    ) -> None:
        super().__init__(parent)
        self._hidden = frozenset(hidden_fields)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, text in (
            ("code", self.tr("Code:")),
            ("name", self.tr("Name:")),
            ("alias", self.tr("Alias:")),
            ("sex", self.tr("Sex:")),
            ("birth_year", self.tr("Birth year:")),
            ("phone", self.tr("Phone:")),
            ("arrived_on", self.tr("Arrival in Korea:")),
            ("hanawon_completed_on", self.tr("Hanawon completed:")),
            ("joined_on", self.tr("Joined:")),
            ("left_on", self.tr("Left:")),
            ("status", self.tr("Status:")),
            ("referred_by", self.tr("Referred by:")),
            ("notes", self.tr("Notes:")),
        ):
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            self.values[field] = value
            form.addRow(text, value)

        self.edit_button = QPushButton(self.tr("E&dit…"), self)
        self.status_button = QPushButton(self.tr("Change s&tatus…"), self)
        self.edit_button.setVisible(can_edit)
        self.status_button.setVisible(can_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.status_button)
        buttons.addStretch(1)
        # erasing for good: administrators only, apart from the everyday buttons
        self.erase_button = QPushButton(self.tr("E&rase…"), self)
        self.erase_menu = QMenu(self.erase_button)
        self.erase_all_action = self.erase_menu.addAction(
            self.tr("Erase &everything about her…"))
        self.erase_notes_action = self.erase_menu.addAction(
            self.tr("Erase only her &notes…"))
        self.erase_button.setMenu(self.erase_menu)
        self.erase_button.setVisible(can_purge)
        buttons.addWidget(self.erase_button)

        # her periods in the community, the earliest first
        self.periods_title = QLabel(self.tr("Periods in the community"), self)
        font = self.periods_title.font()
        font.setBold(True)
        self.periods_title.setFont(font)
        self.periods = QTableWidget(0, 3, self)
        self.periods.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("To (last day)"), self.tr("How it ended")])
        self.periods.verticalHeader().setVisible(False)
        self.periods.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.periods.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.periods.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.periods.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.periods_empty = QLabel(self.tr("Not yet a member of the community."), self)

        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        inner_layout.addWidget(self.periods_title)
        inner_layout.addWidget(self.periods)
        inner_layout.addWidget(self.periods_empty)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)

        self.edit_button.clicked.connect(self.sig_edit_requested)
        self.status_button.clicked.connect(self.sig_status_requested)
        self.erase_all_action.triggered.connect(
            lambda: self.sig_erase_requested.emit("all"))
        self.erase_notes_action.triggered.connect(
            lambda: self.sig_erase_requested.emit("notes"))

    def set_detail(self, d: MemberDetail | None) -> None:
        if d is None:
            for value in self.values.values():
                value.clear()
            self._set_periods(())
            return
        withheld = self.tr("(not shown for your role)")
        referred = EMPTY
        if d.referred_by_code:
            referred = f"{d.referred_by_code} {d.referred_by_name or ''}".strip()
        texts = {
            "code": d.code,
            "name": d.name,
            "alias": d.alias or EMPTY,
            "sex": label(d.sex, Sex) or EMPTY,
            "birth_year": str(d.birth_year) if d.birth_year is not None else EMPTY,
            "phone": withheld if "phone" in self._hidden else (d.phone or EMPTY),
            "arrived_on": _day(d.arrived_on),
            "hanawon_completed_on": _day(d.hanawon_completed_on),
            "joined_on": _day(d.joined_on),
            "left_on": _day(d.left_on),
            "status": label(d.status, MemberStatus),
            "referred_by": referred,
            "notes": withheld if "notes" in self._hidden else (d.notes or EMPTY),
        }
        for field, text in texts.items():
            self.values[field].setText(text)
        self._set_periods(d.periods)

    def _set_periods(self, periods: tuple[MembershipPeriod, ...]) -> None:
        self.periods.setRowCount(len(periods))
        for row, p in enumerate(periods):
            ended = label(p.ended_as, MembershipEnd) if p.ended_as else (
                self.tr("Still a member") if p.end_on is None else EMPTY)
            for column, text in enumerate((_day(p.start_on), _day(p.end_on), ended)):
                self.periods.setItem(row, column, QTableWidgetItem(text))
        header = self.periods.horizontalHeader().height()
        rows = sum(self.periods.rowHeight(r) for r in range(len(periods)))
        self.periods.setFixedHeight(header + rows + 2 * self.periods.frameWidth())
        self.periods.setVisible(bool(periods))
        self.periods_empty.setVisible(not periods)

    def period_rows(self) -> list[tuple[str, str, str]]:
        """The periods as shown: from, to, how it ended (for tests and accessibility)."""
        def text(row: int, column: int) -> str:
            item = self.periods.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.periods.rowCount())]

    def text_of(self, field: str) -> str:
        """What is shown for a field (for tests and accessibility)."""
        return self.values[field].text()
