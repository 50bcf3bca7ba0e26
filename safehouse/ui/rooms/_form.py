"""What the rooms dialogs share: date fields, error labels next to fields, and an
accept path that shows a refused change's message instead of closing."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from safehouse.errors import SafehouseError, ValidationError
from safehouse.services.dto.housing import RoomOccupancy
from safehouse.ui import messages
from safehouse.ui.context import AppContext

log = logging.getLogger(__name__)

DATE_FORMAT = "yyyy-MM-dd"
ERROR_COLOR = QColor("#b00020")


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def make_date_edit(value: date, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar popup, showing dates as yyyy-MM-dd."""
    edit = QDateEdit(to_qdate(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setMaximumDate(QDate(2200, 12, 31))
    return edit


def make_error_label(parent: QWidget | None = None) -> QLabel:
    """A red label that stays hidden until it has something to say."""
    label = QLabel(parent)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
    label.setPalette(palette)
    label.setVisible(False)
    return label


def set_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class ServiceDialog(QDialog):
    """A form whose OK calls a service; a refusal is shown here and the input kept.

    Subclasses add fields with :meth:`add_field`, naming the service's field names
    (``ValidationError.field``) each one answers for, and implement :meth:`submit`.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._field_errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.error_label = make_error_label(self)
        self.error_label.setObjectName("errorLabel")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def add_field(self, label: str, widget: QWidget, *fields: str) -> QLabel:
        """Add a row with an error label under the widget; return the error label."""
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        error = make_error_label(box)
        inner.addWidget(error)
        self.form.addRow(label, box)
        for name in fields:
            self._field_errors[name] = error
        return error

    def error_text(self, field: str | None = None) -> str:
        """The message shown next to ``field`` (or at the bottom when None)."""
        label = self.error_label if field is None else self._field_errors[field]
        return label.text() if label.isVisibleTo(self) else ""

    def clear_errors(self) -> None:
        for label in [self.error_label, *self._field_errors.values()]:
            set_error(label, "")

    def show_error(self, exc: SafehouseError) -> None:
        if messages.account_revoked(exc):
            return
        field = exc.field if isinstance(exc, ValidationError) else None
        label = self._field_errors.get(field or "", self.error_label)
        set_error(label, exc.message)

    def submit(self) -> bool:
        """Call the service; True closes the dialog. Raise SafehouseError to refuse."""
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            done = self.submit()
        except SafehouseError as exc:
            self.show_error(exc)
            return
        except Exception as exc:  # a bug: logged by type only, never with its text
            log.error("unexpected error in %s: %s", type(self).__name__, type(exc).__name__)
            set_error(self.error_label, self.tr(
                "Something went wrong that the program did not expect. Nothing was "
                "changed. If it happens again, tell the administrator."))
            return
        if done:
            super().accept()


class RoomCombo(QComboBox):
    """Open rooms, each with how many beds are free on the chosen day."""

    def set_rooms(self, rooms: list[RoomOccupancy]) -> None:
        keep = self.room_id()
        self.clear()
        first_free: int | None = None
        for occ in rooms:
            if not occ.room.active:
                continue
            free = occ.free_beds
            state = self.tr("full") if free == 0 else self.tr("%n free bed(s)", "", free)
            text = self.tr("{room} · floor {floor} · {state}").format(
                room=occ.room.name, floor=occ.room.floor, state=state)
            self.addItem(text, occ.room.id)
            if free and first_free is None:
                first_free = occ.room.id
        # What was chosen stays chosen; otherwise start on a room with a free bed.
        if not (keep is not None and self.select_room(keep)) and first_free is not None:
            self.select_room(first_free)

    def room_id(self) -> int | None:
        value = self.currentData()
        return value if isinstance(value, int) else None

    def select_room(self, room_id: int) -> bool:
        index = self.findData(room_id)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0
