"""The Wellbeing page: the yearly figures (a table and a chart), the screenings and
check-ins to record, and the surveys CSV in and out. Ctrl+N records a response."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.services import exports, survey_csv, wellbeing_figures
from safehouse.services.dto.exports import ExportFile, ExportKind
from safehouse.services.instruments import InstrumentCode
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.pages import PageView
from safehouse.ui.single_dialog import DialogSlot
from safehouse.ui.table_model import setup_view, sorting_proxy
from safehouse.ui.wellbeing.chart_slot import YearlySlot
from safehouse.ui.wellbeing.due_list import DueModel
from safehouse.ui.wellbeing.recording import recordable, year_figures
from safehouse.ui.wellbeing.response_dialog import ResponseDialog
from safehouse.ui.wellbeing.survey_import import ImportSurveysDialog
from safehouse.ui.wellbeing.years_model import YearFiguresModel
from safehouse.ui.worker import run_in_background


class WellbeingPage(QWidget):
    """``sig_go(page, target)``: show a member (her id) on the Members page."""

    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.MEMBER, ChangeKind.WELLBEING_RESPONSE, ChangeKind.SETTING})

    sig_go = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._dialogs = DialogSlot(self)
        self._exporting = False  # one export at a time
        self.record_button = QPushButton(self.tr("&Record a response…"), self)
        self.record_button.setToolTip(self.tr("Ctrl+N"))
        self.record_button.setVisible(bool(recordable(ctx)))
        self.import_button = QPushButton(self.tr("&Import surveys…"), self)
        self.import_button.setVisible(ctx.can(Action.IMPORT)
                                      and ctx.can(Action.WELLBEING_RECORD))
        self.export_button = QPushButton(self.tr("E&xport surveys…"), self)
        self.export_button.setVisible(ctx.can(Action.EXPORT))
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("wellbeingStatus")
        self.years = YearFiguresModel(self)
        self.years_view = QTableView(self)
        self.years_view.setModel(sorting_proxy(self.years, self))
        setup_view(self.years_view, "wellbeing_years", widths_in_chars=(6, 12, 16),
                   sort_by=(0, Qt.SortOrder.AscendingOrder), compact_rows=True)
        self.years_note = QLabel(self.tr(
            "Only the latest yearly check-in of each member in a year counts. A year with "
            "fewer than 5 respondents shows no figures."), self)
        self.years_note.setWordWrap(True)
        self.chart = YearlySlot(self)
        self.due = DueModel(self)
        self.due_view = QTableView(self)
        self.due_view.setModel(sorting_proxy(self.due, self))
        setup_view(self.due_view, "wellbeing_due", widths_in_chars=(9, 16, 16),
                   sort_by=(0, Qt.SortOrder.AscendingOrder), compact_rows=True)
        self.due_label = QLabel(self)
        self.due_label.setWordWrap(True)
        self._build()
        self._connect_signals()
        self.refresh()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.record_button, self.import_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        table_part = QWidget(self)
        table_layout = QVBoxLayout(table_part)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(QLabel(self.tr("<b>Yearly figures</b>"), self))
        table_layout.addWidget(self.years_view, 1)
        table_layout.addWidget(self.years_note)
        figures = QSplitter(Qt.Orientation.Horizontal, self)
        figures.addWidget(table_part)
        figures.addWidget(self.chart)
        figures.setChildrenCollapsible(False)
        figures.setStretchFactor(0, 2)
        figures.setStretchFactor(1, 3)
        figures.setSizes([460, 640])
        due_part = QWidget(self)
        due_layout = QVBoxLayout(due_part)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(QLabel(self.tr("<b>Check-ins and screenings to record</b>"),
                                    self))
        due_layout.addWidget(self.due_label)
        due_layout.addWidget(self.due_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(figures)
        splitter.addWidget(due_part)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.record_button.clicked.connect(self.create_new)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.due_view.activated.connect(self._on_due_view_activated)
        self._ctx.hub.sig_changed.connect(self._on_hub_changed)

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON and self.isEnabled():
            self.refresh()

    # --- reading ---------------------------------------------------------------------

    def refresh(self) -> None:
        self.setEnabled(True)
        db, actor = self._ctx.db, self._ctx.actor
        try:
            figures = year_figures(wellbeing_figures.yearly_figures(db, actor))
            due = wellbeing_figures.due_check_ins(db, actor)
        except SafehouseError as exc:
            self.clear()
            self.status_label.setText("" if messages.account_revoked(exc) else exc.message)
            return
        self.years.set_rows(figures)
        self.chart.show_years(figures)
        self.due.set_rows(due)
        self.due_label.setText(
            self.tr("Nobody is due a check-in or a screening.") if not due else self.tr(
                "Open a line (double-click or Enter) to record that response."))

    def clear_personal_data(self) -> None:
        """The idle lock: no one's name stays on screen (the figures go too)."""
        self.setEnabled(False)
        self._dialogs.close()
        self.clear()

    def clear(self) -> None:
        self.years.clear()
        self.chart.show_years(())
        self.due.clear()
        self.due_label.clear()

    # --- recording ---------------------------------------------------------------------

    def record_response(self, member_id: int | None = None,
                        instrument: str | None = None) -> ResponseDialog | None:
        codes = recordable(self._ctx)
        if not codes:
            return None
        dialog = ResponseDialog(self._ctx, self, member_id=member_id,
                                instrument=None if instrument is None else
                                next((c for c in codes if c.value == instrument), None),
                                instruments=codes)
        self._open(dialog)
        return dialog

    def create_new(self) -> None:
        """Ctrl+N: record a response."""
        self.record_response()

    def _on_due_view_activated(self, index: QModelIndex) -> None:
        proxy = self.due_view.model()
        assert proxy is not None
        row = self.due.row_at(proxy.mapToSource(index))  # type: ignore[attr-defined]
        if row is not None:
            self.record_response(row.member_id, row.instrument or InstrumentCode.YEARLY)

    def _open(self, dialog: QDialog) -> None:
        self._dialogs.open(dialog)

    def active_dialog(self) -> QDialog | None:
        return self._dialogs.current

    # --- the surveys CSV ------------------------------------------------------------

    def _on_import_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import surveys"), str(Path.home()), self.tr("CSV files (*.csv)"))
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> ImportSurveysDialog:
        dialog = ImportSurveysDialog(self._ctx, path, self)
        dialog.sig_imported.connect(self.status_label.setText)
        self._open(dialog)
        return dialog

    def _on_export_button_clicked(self) -> None:
        suggested = Path.home() / exports.suggested_name(ExportKind.SURVEYS)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export surveys"), str(suggested), self.tr("CSV files (*.csv)"))
        if chosen:
            self.export_file(Path(chosen))

    def export_file(self, path: Path) -> None:
        if self._exporting:
            return
        db, actor = self._ctx.db, self._ctx.actor
        self._exporting = True
        self.export_button.setEnabled(False)  # one export at a time
        self.status_label.setText(self.tr("Exporting surveys…"))

        def done(export: ExportFile) -> None:
            self._exporting = False
            self.export_button.setEnabled(True)
            self.status_label.setText(self.tr(
                "Exported %n survey responses to {file}.", "", export.rows).format(
                file=path))

        # as the other exports: an error box, the line cleared; a revoked account is
        # handed to the window (show_error), which logs out
        def failed(exc: BaseException) -> None:
            self._exporting = False
            self.export_button.setEnabled(True)
            self.status_label.clear()
            messages.show_error(self, exc)

        # reading every response and writing the file: off the GUI thread
        run_in_background(
            lambda: exports.save(db, actor, survey_csv.export_surveys(db, actor), path),
            done, failed, owner=self)

    def as_page(self) -> PageView:
        return PageView(self, new=self.create_new if recordable(self._ctx) else None,
                        clear_personal_data=self.clear_personal_data, refresh=self.refresh,
                        sig_go=self.sig_go)

