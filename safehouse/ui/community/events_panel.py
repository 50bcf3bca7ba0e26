"""Events and attendance: the list (search as you type, any year), a new event (Ctrl+N),
attendance, the yearly table, and the events CSV in and out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.labels import label
from safehouse.models import EventKind
from safehouse.services import events, events_csv, exports
from safehouse.services.dto.community import EventSummary, YearOfEvents
from safehouse.services.dto.exports import ExportFile, ExportKind
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.community.event_dialog import EventDialog
from safehouse.ui.context import AppContext
from safehouse.ui.members.rows_model import selected_key
from safehouse.ui.single_dialog import DialogSlot
from safehouse.ui.table_model import SORT_ROLE, Column, RowTableModel, setup_view
from safehouse.ui.worker import run_in_background

if TYPE_CHECKING:
    from safehouse.ui.community.events_import import ImportEventsDialog

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _days(e: EventSummary) -> str:
    if e.ends_on == e.starts_on:
        return e.starts_on.isoformat()
    return f"{e.starts_on.isoformat()} – {e.ends_on.isoformat()}"


class EventsModel(RowTableModel[EventSummary]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("EventsModel", (
            Column(QT_TRANSLATE_NOOP("EventsModel", "Days"), _days,
                   sort_key=lambda e: e.starts_on.isoformat()),
            Column(QT_TRANSLATE_NOOP("EventsModel", "Kind"), lambda e: label(e.kind, EventKind)),
            Column(QT_TRANSLATE_NOOP("EventsModel", "Name"), lambda e: e.name),
            Column(QT_TRANSLATE_NOOP("EventsModel", "Place"), lambda e: e.place),
            Column(QT_TRANSLATE_NOOP("EventsModel", "Members"), lambda e: e.members,
                   sort_key=lambda e: e.members, alignment=RIGHT),
            Column(QT_TRANSLATE_NOOP("EventsModel", "Guests"), lambda e: e.guests,
                   sort_key=lambda e: e.guests, alignment=RIGHT),
            Column(QT_TRANSLATE_NOOP("EventsModel", "Children"), lambda e: e.children,
                   sort_key=lambda e: e.children, alignment=RIGHT),
            Column(QT_TRANSLATE_NOOP("EventsModel", "People"), lambda e: e.people,
                   sort_key=lambda e: e.people, alignment=RIGHT),
        ), parent)

    def key_of(self, row: EventSummary) -> int:
        return row.id


def _largest(y: YearOfEvents) -> str:
    r = y.largest_retreat
    return f"{r.name} ({r.people})" if r else ""


class YearsModel(RowTableModel[YearOfEvents]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("YearsModel", (
            Column(QT_TRANSLATE_NOOP("YearsModel", "Year"), lambda y: y.year,
                   sort_key=lambda y: y.year),
            Column(QT_TRANSLATE_NOOP("YearsModel", "Events"), lambda y: y.events,
                   sort_key=lambda y: y.events, alignment=RIGHT),
            Column(QT_TRANSLATE_NOOP("YearsModel", "Retreats"), lambda y: y.retreats,
                   sort_key=lambda y: y.retreats, alignment=RIGHT),
            Column(QT_TRANSLATE_NOOP("YearsModel", "People at events"), lambda y: y.people,
                   sort_key=lambda y: y.people, alignment=RIGHT),
            Column(QT_TRANSLATE_NOOP("YearsModel", "Different members"), lambda y: y.members,
                   sort_key=lambda y: y.members, alignment=RIGHT),
            Column(QT_TRANSLATE_NOOP("YearsModel", "Largest retreat"), _largest,
                   sort_key=lambda y: y.largest_retreat.people if y.largest_retreat else -1),
        ), parent)


def _table(model: RowTableModel[EventSummary] | RowTableModel[YearOfEvents], key: str,
           parent: QWidget, widths: tuple[int, ...]) -> tuple[QTableView,
                                                             QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView(parent)
    view.setModel(proxy)
    setup_view(view, key, widths_in_chars=widths, sort_by=(0, Qt.SortOrder.DescendingOrder),
               compact_rows=True)
    view.setWordWrap(False)
    return view, proxy


class EventsPanel(QWidget):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset({ChangeKind.EVENT})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._exporting = False  # one export at a time
        self._dialogs = DialogSlot(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search events by name, place or kind (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.year_combo = QComboBox(self)
        self.new_button = QPushButton(self.tr("&New event…"), self)
        self.new_button.setToolTip(self.tr("Add an event (Ctrl+N)"))
        self.new_button.setVisible(ctx.can(Action.EVENT_EDIT))
        self.open_button = QPushButton(self.tr("&Attendance…"), self)
        self.open_button.setVisible(ctx.can(Action.EVENT_EDIT)
                                    or ctx.can(Action.ATTENDANCE_EDIT))
        self.delete_button = QPushButton(self.tr("&Remove event…"), self)
        self.delete_button.setVisible(ctx.can(Action.EVENT_EDIT))
        self.import_button = QPushButton(self.tr("&Import events…"), self)
        self.import_button.setVisible(ctx.can(Action.IMPORT))
        self.export_button = QPushButton(self.tr("E&xport events…"), self)
        self.export_button.setVisible(ctx.can(Action.EXPORT))
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.model = EventsModel(self)
        self.view, self.proxy = _table(self.model, "community_events", self,
                                       (24, 10, 26, 34, 9, 9, 9, 9))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the name
        self.years = YearsModel(self)
        self.years_view, _ = _table(self.years, "community_years", self, (6, 9, 9, 16, 18))
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.year_combo)
        for button in (self.new_button, self.open_button, self.delete_button,
                       self.import_button, self.export_button):
            bar.addWidget(button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Events and attendance by year"), self))
        lower_layout.addWidget(self.years_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.year_combo.currentIndexChanged.connect(self._reload_events)
        self.new_button.clicked.connect(self.create_new)
        self.open_button.clicked.connect(self.open_selected)
        self.view.doubleClicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._ctx.hub.sig_changed.connect(self._on_hub_changed)

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON and self.isEnabled():
            self.reload()

    # --- reading ---------------------------------------------------------------------

    def reload(self) -> None:
        try:
            table = events.yearly_table(self._ctx.db, self._ctx.actor)
        except SafehouseError as exc:
            self.status_label.setText("" if messages.account_revoked(exc) else exc.message)
            return
        self.years.set_rows(table)
        chosen = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for y in table:
            self.year_combo.addItem(str(y.year), y.year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(chosen)))
        self.year_combo.blockSignals(False)
        self._reload_events()

    def _reload_events(self) -> None:
        year = self.year_combo.currentData()
        try:
            rows = events.list_events(self._ctx.db, self._ctx.actor,
                                      year=int(year) if year is not None else None)
        except SafehouseError as exc:
            self.status_label.setText("" if messages.account_revoked(exc) else exc.message)
            return
        self.model.set_rows(rows)
        self.status_label.setText(
            self.tr("No events recorded yet.") if not rows else
            self.tr("{events} events, {people} people in all.").format(
                events=len(rows), people=sum(e.people for e in rows)))
        self._update_buttons()

    def selected_id(self) -> int | None:
        return selected_key(self.view)

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def clear(self) -> None:
        self.model.clear()
        self.years.clear()
        self.status_label.clear()

    # --- acting ----------------------------------------------------------------------

    @property
    def dialog(self) -> QDialog | None:
        """The event dialog open now, if any."""
        return self._dialogs.current

    def _open(self, dialog: QDialog) -> QDialog:
        return self._dialogs.open(dialog)

    def create_new(self) -> QDialog | None:
        if not self._ctx.can(Action.EVENT_EDIT):
            return None
        return self._open(EventDialog(self._ctx, None, self))

    def open_selected(self, *_args: object) -> QDialog | None:
        event_id = self.selected_id()
        if event_id is None:
            return None
        try:
            detail = events.get_event(self._ctx.db, self._ctx.actor, event_id)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return None
        return self._open(EventDialog(self._ctx, detail, self))

    def _on_delete_button_clicked(self) -> None:
        event_id = self.selected_id()
        row = self.model.row_at(self.model.row_of(event_id)) if event_id else None
        if event_id is None or row is None:
            return
        if not messages.confirm(self, self.tr("Remove event"), self.tr(
                "Remove {name} ({days}) and its attendance? This cannot be undone.")
                .format(name=row.name, days=_days(row))):
            return
        try:
            events.delete_event(self._ctx.db, self._ctx.actor, event_id)
        except SafehouseError as exc:
            messages.show_error(self, exc)

    def _on_import_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import events"), str(Path.home()), self.tr("CSV files (*.csv)"))
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> ImportEventsDialog:
        """The one CSV import dialog for ``path``: every row checked first (nothing
        written), then the import on request; what it did is said here after."""
        from safehouse.ui.community.events_import import ImportEventsDialog  # on use

        dialog = ImportEventsDialog(self._ctx, path, self)
        dialog.sig_imported.connect(self.status_label.setText)
        self._open(dialog)
        return dialog

    def _on_export_button_clicked(self) -> None:
        suggested = Path.home() / exports.suggested_name(ExportKind.EVENTS)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export events"), str(suggested), self.tr("CSV files (*.csv)"))
        if chosen:
            self.export_file(Path(chosen))

    def export_file(self, path: Path) -> None:
        if self._exporting:
            return
        db, actor = self._ctx.db, self._ctx.actor
        self._exporting = True
        self.export_button.setEnabled(False)  # one export at a time
        self.status_label.setText(self.tr("Exporting events…"))

        def done(export: ExportFile) -> None:
            self._exporting = False
            self.export_button.setEnabled(True)
            self.status_label.setText(self.tr(
                "Exported %n rows of events to {file}.", "", export.rows).format(file=path))

        def failed(exc: BaseException) -> None:
            self._exporting = False
            self.export_button.setEnabled(True)
            self.status_label.clear()
            messages.show_error(self, exc)

        # reading every event and its attendance and writing the file: off the GUI thread
        run_in_background(
            lambda: exports.save(db, actor, events_csv.export_events(db, actor), path),
            done, failed, owner=self)
