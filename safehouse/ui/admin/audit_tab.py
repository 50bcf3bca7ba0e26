"""Admin tab: the audit log. Filter it, check its hash chain, export it to CSV.

The log says who did what, when, to which record, and which fields changed; never the
content. Only administrators see this tab (the Admin page shows it by role).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safehouse import clock
from safehouse.audit_actions import action_label
from safehouse.audit_words import entity_label, fields_text
from safehouse.errors import SafehouseError, ValidationError
from safehouse.services import audit_log, exports
from safehouse.services.dto.audit import AuditEntryInfo, AuditSort
from safehouse.services.dto.exports import ExportFile, ExportKind
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.date_field import OptionalDateEdit
from safehouse.ui.paged_model import PagedTableModel
from safehouse.ui.table_model import Column, setup_view
from safehouse.ui.worker import run_in_background

_CONTEXT = "AuditTableModel"

COL_WHEN = 0
COL_USER = 1
COL_ACTION = 2
COL_ENTITY = 3
COL_ID = 4
COL_MEMBER = 5
COL_FIELDS = 6

OK_STYLE = "color: #1b7a1b; font-weight: bold;"
BAD_STYLE = "color: #b00020; font-weight: bold;"


def _when(e: AuditEntryInfo) -> str:
    return e.at.astimezone(clock.zone()).strftime("%Y-%m-%d %H:%M:%S")


def _member(e: AuditEntryInfo) -> str:
    if e.member_code:
        return e.member_code
    return "" if e.member_id is None else f"#{e.member_id}"


def _member_tooltip(e: AuditEntryInfo) -> str | None:
    if e.member_id is not None and e.member_code is None:
        return QCoreApplication.translate("AuditTableModel", "This member has been erased")
    return None


COLUMNS: tuple[Column[AuditEntryInfo], ...] = (
    # Sorted by the entry's id: the order they were written.
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "When"), _when, lambda e: e.id,
           tooltip=lambda e: e.at.isoformat(timespec="seconds")),  # UTC
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "User"), lambda e: e.username),
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "Action"), lambda e: action_label(e.action),
           tooltip=lambda e: e.action),
    # words for the codes; the code itself in the tooltip
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "Record"), lambda e: entity_label(e.entity),
           tooltip=lambda e: e.entity or None),
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "Id"),
           lambda e: "" if e.entity_id is None else str(e.entity_id),
           lambda e: -1 if e.entity_id is None else e.entity_id),
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "Member"), _member, tooltip=_member_tooltip),
    Column(QT_TRANSLATE_NOOP("AuditTableModel", "Fields"), lambda e: fields_text(e.fields),
           tooltip=lambda e: ", ".join(e.fields) or None),
)


SORTS = (AuditSort.WHEN, AuditSort.USER, AuditSort.ACTION, AuditSort.RECORD,
         AuditSort.RECORD_ID, AuditSort.MEMBER, AuditSort.FIELDS)


class AuditTableModel(PagedTableModel[AuditEntryInfo]):
    """The entries the filters let through, a page at a time, sorted by the database;
    without a context (a test of the model alone) what :meth:`set_rows` gives it."""

    def __init__(self, ctx: AppContext | None = None, parent: QObject | None = None) -> None:
        super().__init__(_CONTEXT, COLUMNS, parent)
        self._ctx = ctx
        self.filters: dict[str, Any] = {}
        self.sort_column, self.sort_order = COL_WHEN, Qt.SortOrder.DescendingOrder

    def key_of(self, row: AuditEntryInfo) -> int:
        return row.id

    def fetch_count(self) -> int:
        if self._ctx is None:
            return len(self._rows)
        return audit_log.count_entries(self._ctx.db, self._ctx.actor, **self.filters)

    def fetch_page(self, offset: int, limit: int) -> list[AuditEntryInfo]:
        if self._ctx is None:
            return self._rows[offset:offset + limit]
        return audit_log.list_entries(
            self._ctx.db, self._ctx.actor, **self.filters, offset=offset, limit=limit,
            sort=SORTS[self.sort_column],
            descending=self.sort_order == Qt.SortOrder.DescendingOrder)


class AuditTab(QWidget):
    """The audit log for an administrator: filters, the table, verify and export."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._applied: dict[str, Any] | None = None  # the filters the table shows
        self._clearings = 0  # how many times clear_personal_data() ran
        self.model = AuditTableModel(ctx, self)

        self.user_filter = QComboBox(self)
        self.user_filter.setAccessibleName(self.tr("User filter"))
        self.action_filter = QComboBox(self)
        self.action_filter.setAccessibleName(self.tr("Action filter"))
        self.member_filter = QLineEdit(self)
        self.member_filter.setPlaceholderText(self.tr("Member code"))
        self.member_filter.setAccessibleName(self.tr("Member code filter"))
        self.member_filter.setClearButtonEnabled(True)
        self.from_date = OptionalDateEdit(self)
        self.from_date.setAccessibleName(self.tr("From date"))
        self.to_date = OptionalDateEdit(self)
        self.to_date.setAccessibleName(self.tr("To date"))
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self._reset_combos()

        self.view = QTableView(self)
        self.view.setModel(self.model)
        setup_view(self.view, "audit", widths_in_chars=(20, 12, 20, 12, 7, 9),
                   sort_by=(COL_WHEN, Qt.SortOrder.DescendingOrder))

        self.verify_button = QPushButton(self.tr("&Verify the chain"), self)
        self.verify_button.setToolTip(self.tr(
            "Check that no entry of the log was changed, removed or slipped in"))
        self.verdict_label = QLabel(self)
        self.verdict_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("E&xport CSV…"), self)
        self.export_button.setVisible(ctx.can(Action.AUDIT_EXPORT))
        self.status_label = QLabel(self)

        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("User:"), self.user_filter),
            (self.tr("Action:"), self.action_filter),
            (self.tr("Member:"), self.member_filter),
            (self.tr("From:"), self.from_date),
            (self.tr("To:"), self.to_date),
        ):
            caption_label = QLabel(caption, self)
            caption_label.setBuddy(widget)
            filters.addWidget(caption_label)
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.verdict_label, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status_label)

        self._connect_signals()

    def showEvent(self, event: QShowEvent) -> None:
        """Load when the tab comes into view, so it shows what happened meanwhile."""
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def _connect_signals(self) -> None:
        self.user_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.action_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.member_filter.editingFinished.connect(self._on_member_filter_editing_finished)
        self.from_date.sig_changed.connect(self._on_filter_changed)
        self.to_date.sig_changed.connect(self._on_filter_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.model.sig_failed.connect(self._on_model_failed)
        self.model.modelReset.connect(self._update_count)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)

    # --- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the filter choices (keeping what is chosen) and the entries."""
        try:
            users = audit_log.usernames(self._ctx.db, self._ctx.actor)
            actions = audit_log.actions(self._ctx.db, self._ctx.actor)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        self._fill(self.user_filter, self.tr("All users"), users)
        self._fill(self.action_filter, self.tr("All actions"), actions, action_label)
        self._load()

    def clear_personal_data(self) -> None:
        """Forget every row and every filter (they name users and members)."""
        self.model.clear()
        self.member_filter.clear()
        self._reset_combos()
        self.verdict_label.clear()
        self.status_label.clear()
        self._applied = None
        self._clearings += 1

    def filters(self) -> dict[str, Any]:
        """The filters as the services take them."""
        user = self.user_filter.currentData()
        action = self.action_filter.currentData()
        return {
            "username": user if isinstance(user, str) else None,
            "action": action if isinstance(action, str) else None,
            "member_code": self.member_filter.text().strip() or None,
            "date_from": self.from_date.date(),
            "date_to": self.to_date.date(),
        }

    # --- loading ---------------------------------------------------------------------------

    def _reset_combos(self) -> None:
        for combo, everyone in ((self.user_filter, self.tr("All users")),
                                (self.action_filter, self.tr("All actions"))):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            combo.blockSignals(False)

    @staticmethod
    def _fill(combo: QComboBox, everyone: str, values: list[str],
              text: Callable[[str], str] = str) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(everyone, None)
            for value in sorted(values, key=text):
                combo.addItem(text(value), value)
            found = combo.findData(keep) if isinstance(keep, str) else 0
            combo.setCurrentIndex(max(0, found))
        finally:
            combo.blockSignals(False)

    def _load(self) -> None:
        filters = self.filters()
        start, end = filters["date_from"], filters["date_to"]
        if isinstance(start, date) and isinstance(end, date) and start > end:
            messages.show_error(self, ValidationError(
                self.tr("The first date is after the last one."), field="date_from"))
            return
        self.model.filters = filters
        if self.model.reload():
            self._applied = filters

    def _update_count(self) -> None:
        if self.model.is_active():
            self.status_label.setText(self.tr("%n entries", "", self.model.total()))

    def _on_model_failed(self, exc: Exception) -> None:
        messages.show_error(self, exc)

    # --- slots -----------------------------------------------------------------------------

    def _on_filter_changed(self, *_args: object) -> None:
        self._load()

    def _on_member_filter_editing_finished(self) -> None:
        if self._applied != self.filters():
            self._load()

    def _on_verify_button_clicked(self) -> None:
        try:
            verdict = audit_log.verify_chain(self._ctx.db, self._ctx.actor)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        if verdict.first_bad_id is None:
            text = self.tr("The chain is intact: %n entries checked.", "", verdict.entries)
            if verdict.unchained:
                text += " " + self.tr(
                    "The first %n were written before the chain began and cannot be "
                    "checked.", "", verdict.unchained)
            if verdict.unkeyed:
                text += " " + self.tr(
                    "%n were written before the database was encrypted and are checked "
                    "without its key.", "", verdict.unkeyed)
        else:
            text = self.tr(
                "The chain is broken at entry {entry}: it was changed, or an entry before it "
                "was removed or slipped in. Tell whoever looks after the computer."
            ).format(entry=str(verdict.first_bad_id))
        # The triggers and the anchors: what is wrong first, then what holds and what
        # the newest anchor does not cover yet (already in the reader's language).
        for line in verdict.problems + verdict.notes:
            text += "\n" + line
        self.verdict_label.setStyleSheet(OK_STYLE if verdict.ok else BAD_STYLE)
        self.verdict_label.setText(text)

    def _on_export_button_clicked(self) -> None:
        suggested = Path.home() / exports.suggested_name(ExportKind.AUDIT_LOG)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), str(suggested),
            self.tr("CSV files (*.csv)"))
        if not chosen:
            return
        path = Path(chosen)
        db, actor, filters = self._ctx.db, self._ctx.actor, self.filters()
        self.export_button.setEnabled(False)  # one export at a time
        clearings = self._clearings
        self.status_label.setText(self.tr("Exporting…"))

        def done(export: ExportFile) -> None:
            self.export_button.setEnabled(True)
            if self._clearings != clearings:  # locked meanwhile: show nothing now
                return
            self.refresh()  # the export is in the log now
            self.status_label.setText(self.tr("%n entries exported to {file}.", "",
                                              export.rows).format(file=path))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.status_label.clear()
            messages.show_error(self, exc)

        # reading the whole log and writing the file: off the GUI thread
        run_in_background(
            lambda: exports.save(db, actor, audit_log.export_csv(db, actor, **filters), path),
            done, failed, owner=self)
