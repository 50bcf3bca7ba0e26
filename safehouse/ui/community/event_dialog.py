"""An event and who came: kind, name, days, place and notes (managers), and the members
who came, picked with a search as you type, with the number of guests and children who
are not members (managers and staff)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from safehouse import clock
from safehouse.errors import ValidationError
from safehouse.labels import label
from safehouse.models import EventKind
from safehouse.services import events, members
from safehouse.services.dto.community import EventDetail, EventInput
from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.rooms.fields import make_date_edit, to_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AttendancePicker(QWidget):
    """Every member as a box to tick; the search narrows the list by code or name."""

    def __init__(self, ctx: AppContext, chosen: set[int], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name or code"))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        for m in members.list_members(ctx.db, ctx.actor):
            item = QStandardItem(f"{m.code}  {m.name}")
            item.setData(m.id, ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if m.id in chosen
                               else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setMinimumHeight(180)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.model.itemChanged.connect(self._show_count)
        self._show_count()

    def chosen(self) -> list[int]:
        return [int(self.model.item(r).data(ID_ROLE)) for r in range(self.model.rowCount())
                if self.model.item(r).checkState() == Qt.CheckState.Checked]

    def set_chosen(self, member_id: int, came: bool) -> None:
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            if item.data(ID_ROLE) == member_id:
                item.setCheckState(Qt.CheckState.Checked if came else Qt.CheckState.Unchecked)

    def _show_count(self, *_args: object) -> None:
        self.count_label.setText(self.tr("{count} members chosen").format(
            count=len(self.chosen())))


class EventDialog(FormDialog):
    """A new event (``event`` None) or ``event`` to correct and record attendance for;
    the parts the person may not change are shown but not editable."""

    def __init__(self, ctx: AppContext, event: EventDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Save"))
        self._ctx = ctx
        self._event = event
        self.result_info: EventDetail | None = None
        self.can_edit = ctx.can(Action.EVENT_EDIT)
        self.can_record = ctx.can(Action.ATTENDANCE_EDIT)
        self.setWindowTitle(self.tr("New event") if event is None else self.tr("Event"))
        s = event.summary if event else None
        self.kind_combo = QComboBox(self)
        for kind in EventKind:
            self.kind_combo.addItem(label(kind), kind.value)
        if s is not None:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(s.kind)))
        self.name_edit = QLineEdit(s.name if s else "", self)
        self.name_edit.setMaxLength(200)
        today = clock.today()
        self.starts_edit = make_date_edit(s.starts_on if s else today, self)
        self.ends_edit = make_date_edit(s.ends_on if s else today, self)
        self.place_edit = QLineEdit(s.place if s else "", self)
        self.place_edit.setMaxLength(200)
        self.notes_edit = QPlainTextEdit(event.notes if event else "", self)
        self.notes_edit.setMaximumHeight(70)
        for widget in (self.kind_combo, self.name_edit, self.starts_edit, self.ends_edit,
                       self.place_edit, self.notes_edit):
            widget.setEnabled(self.can_edit)
        self.add_field("kind", self.tr("&Kind:"), self.kind_combo,
                       changed=self.kind_combo.currentIndexChanged)
        self.add_field("name", self.tr("&Name:"), self.name_edit,
                       changed=self.name_edit.textChanged)
        self.add_field("starts_on", self.tr("&First day:"), self.starts_edit,
                       changed=self.starts_edit.dateChanged)
        self.add_field("ends_on", self.tr("&Last day:"), self.ends_edit,
                       changed=self.ends_edit.dateChanged)
        self.add_field("place", self.tr("&Place:"), self.place_edit,
                       changed=self.place_edit.textChanged)
        self.add_field("notes", self.tr("N&otes:"), self.notes_edit,
                       changed=self.notes_edit.textChanged)
        self.starts_edit.dateChanged.connect(self._on_starts_edit_date_changed)
        chosen = {m.id for m in event.attendees} if event else set()
        self.picker = AttendancePicker(ctx, chosen, self)
        self.guests_spin = QSpinBox(self)
        self.children_spin = QSpinBox(self)
        for spin, value in ((self.guests_spin, s.guests if s else 0),
                            (self.children_spin, s.children if s else 0)):
            spin.setRange(0, events.MAX_COUNT)
            spin.setValue(value)
        self.people_label = QLabel(self)
        for part in (self.picker, self.guests_spin, self.children_spin):
            part.setEnabled(self.can_record)
        self.add_field("members", self.tr("&Members who came:"), self.picker)
        self.add_field("guests", self.tr("&Guests (not members):"), self.guests_spin,
                       changed=self.guests_spin.valueChanged)
        self.add_field("children", self.tr("&Children (not members):"), self.children_spin,
                       changed=self.children_spin.valueChanged)
        self.add_row(self.tr("People:"), self.people_label)
        for signal in (self.guests_spin.valueChanged, self.children_spin.valueChanged,
                       self.picker.model.itemChanged):
            signal.connect(self._show_people)
        self._show_people()
        self.check()
        (self.name_edit if self.can_edit else self.picker.search).setFocus()

    def _on_starts_edit_date_changed(self) -> None:
        if self.ends_edit.date() < self.starts_edit.date():
            self.ends_edit.setDate(self.starts_edit.date())

    def _show_people(self, *_args: object) -> None:
        total = (len(self.picker.chosen()) + self.guests_spin.value()
                 + self.children_spin.value())
        self.people_label.setText(self.tr("{count} people in all").format(count=total))

    def data(self) -> EventInput:
        return EventInput(kind=str(self.kind_combo.currentData()), name=self.name_edit.text(),
                          starts_on=to_date(self.starts_edit.date()),
                          ends_on=to_date(self.ends_edit.date()),
                          place=self.place_edit.text(), notes=self.notes_edit.toPlainText())

    def problems(self) -> list[ValidationError]:
        return events.event_problems(self.data()) if self.can_edit else []

    def submit(self) -> bool:
        db, actor = self._ctx.db, self._ctx.actor
        event_id = self._event.summary.id if self._event else None
        if self.can_edit:
            saved = events.save_event(db, actor, self.data(), event_id)
            event_id = saved.summary.id
            self._event = saved  # a second try after a refused attendance: no new event
            self.result_info = saved
        if self.can_record and event_id is not None:
            self.result_info = events.set_attendance(
                db, actor, event_id, self.picker.chosen(), guests=self.guests_spin.value(),
                children=self.children_spin.value())
        return True
