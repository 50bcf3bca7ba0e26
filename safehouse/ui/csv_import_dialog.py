"""Importing a CSV file (members, surveys): first a check of every row (nothing
written), then, when the file is clean, the import itself.

Both steps run in the background. The preview says how many records the file creates
and updates; a file with problems shows each (line, column, reason) and imports
nothing. Open lists refresh through the change hub when the import is done.

A kind of file is a subclass of :class:`CsvImportDialog` that names its title, its
service (:meth:`CsvImportDialog.run_import`) and how it counts what it creates and
updates.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safehouse.errors import SafehouseError
from safehouse.services import csv_stream, member_csv
from safehouse.services.dto.imports import ImportProblem, ImportResult
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.table_model import Column, RowTableModel, setup_view, sorting_proxy
from safehouse.ui.worker import run_in_background

_CONTEXT = "ImportProblemsModel"

COL_LINE = 0
COL_COLUMN = 1
COL_REASON = 2

# What the dialog is doing or showing (``CsvImportDialog.state``).
CHECKING = "checking"
READY = "ready"  # the check passed: Import is offered
PROBLEMS = "problems"  # the file has problems: nothing was imported
NOTHING = "nothing"  # the file is clean but changes nothing
IMPORTING = "importing"
DONE = "done"
FAILED = "failed"  # an error, shown in the dialog


class ImportProblemsModel(RowTableModel[ImportProblem]):
    """The problems found in a file: line, column and reason, sortable by each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        super().__init__(_CONTEXT, (
            Column(QT_TRANSLATE_NOOP("ImportProblemsModel", "Line"), lambda p: p.line,
                   sort_key=lambda p: p.line, alignment=right),
            Column(QT_TRANSLATE_NOOP("ImportProblemsModel", "Column"), lambda p: p.column_label),
            Column(QT_TRANSLATE_NOOP("ImportProblemsModel", "Reason"), lambda p: p.reason,
                   tooltip=lambda p: p.reason),
        ), parent)


class CsvImportDialog(QDialog):
    """Check ``path``, show what it would do, and import it on request.

    ``sig_imported(str)``: the import is done; the text says what it did (for a status
    bar). The dialog closes itself after the import.
    """

    sig_imported = Signal(str)
    sig_progress = Signal(int, int)  # from the worker: rows done, rows in all (0: checking)

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._path = Path(path)
        self._data: bytes | None = None
        self.state = CHECKING
        self.setWindowTitle(self.title())
        self.setMinimumSize(620, 260)

        self.file_label = QLabel(self.tr("File: {file}").format(file=self._path.name), self)
        self.file_label.setToolTip(str(self._path))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("importStatus")
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy, no percentage
        self.progress.setTextVisible(False)
        self.model = ImportProblemsModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.problems_view = QTableView(self)
        self.problems_view.setModel(self.proxy)
        setup_view(self.problems_view, "import_problems", widths_in_chars=(6, 14),
                   sort_by=(COL_LINE, Qt.SortOrder.AscendingOrder))
        self.problems_view.setVisible(False)
        self.error = messages.error_line(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._connect_signals()
        self._check()

    # --- what a kind of file says --------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def run_import(self, data: bytes, *, dry_run: bool) -> ImportResult:
        """The service's import (called off the GUI thread)."""
        raise NotImplementedError

    def created_text(self, result: ImportResult) -> str:
        raise NotImplementedError

    def updated_text(self, result: ImportResult) -> str:
        raise NotImplementedError

    def unchanged_text(self, result: ImportResult) -> str:
        """A clean file that changes nothing."""
        raise NotImplementedError

    # (plural forms are the subclass's: PySide's tr finds them only in its own context)
    def ready_text(self, result: ImportResult) -> str:
        raise NotImplementedError

    def problems_text(self, count: int) -> str:
        raise NotImplementedError

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.sig_progress.connect(self._on_progress)
        self.import_button.clicked.connect(self._on_import_button_clicked)

    @property
    def close_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Close)

    def problems(self) -> list[ImportProblem]:
        """The problems as the table shows them, in its current order."""
        rows = []
        for r in range(self.proxy.rowCount()):
            problem = self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)))
            if problem is not None:
                rows.append(problem)
        return rows

    # --- the two steps -------------------------------------------------------------------

    def _check(self) -> None:
        path = self._path

        def work() -> tuple[bytes, ImportResult]:
            data = csv_stream.read_file(path)  # a regular file only
            return data, self.run_import(data, dry_run=True)

        self._run(CHECKING, self.tr("Checking every row…"), work, self._on_checked)

    def _on_checked(self, outcome: tuple[bytes, ImportResult]) -> None:
        data, result = outcome
        if not result.ok:
            self._show_problems(result)
            return
        if result.rows == 0:
            self._finish(NOTHING, self.tr("The file has no rows to import."))
            return
        if result.created == 0 and result.updated == 0:
            self._finish(NOTHING, self.unchanged_text(result))
            return
        self._data = data
        self._finish(READY, self.tr("{ready}: {created}, {updated}. Nothing has been written "
                                    "yet.")
                     .format(ready=self.ready_text(result),
                             created=self.created_text(result),
                             updated=self.updated_text(result)))
        self.import_button.setVisible(True)
        self.import_button.setDefault(True)
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_import_button_clicked(self) -> None:
        if self.state != READY or self._data is None:
            return
        data = self._data
        self.import_button.setVisible(False)
        self._run(IMPORTING, self.tr("Importing…"),
                  lambda: self.run_import(data, dry_run=False), self._on_imported)

    def _on_imported(self, result: ImportResult) -> None:
        self._data = None
        if not result.ok:  # the database changed since the check
            self._show_problems(result)
            return
        text = self.tr("Imported: {created}, {updated}.").format(
            created=self.created_text(result), updated=self.updated_text(result))
        self._finish(DONE, text)
        self.sig_imported.emit(text)
        self.accept()

    def report_progress(self, done: int, total: int) -> None:
        """What a service calls after each batch of rows, off the GUI thread."""
        try:
            if shiboken6.isValid(self):
                self.sig_progress.emit(done, total)
        except RuntimeError:  # the dialog went away meanwhile; the import goes on
            pass

    def _on_progress(self, done: int, total: int) -> None:
        if self.state not in (CHECKING, IMPORTING):
            return
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.status_label.setText(self.tr("Writing… {done} of {total} rows.").format(
                done=f"{done:,}", total=f"{total:,}"))
        else:
            self.status_label.setText(self.tr("Checking every row… {done} read so far.")
                                      .format(done=f"{done:,}"))

    # --- showing -------------------------------------------------------------------------

    def _show_problems(self, result: ImportResult) -> None:
        self.model.set_rows(result.problems)
        self.problems_view.setVisible(True)
        self._finish(PROBLEMS, self.problems_text(result.problem_count))

    def _finish(self, state: str, text: str) -> None:
        self.state = state
        self.progress.setVisible(False)
        self.close_button.setEnabled(True)
        self.status_label.setText(text)

    def _run(self, state: str, text: str, work: Callable[[], Any],
             done: Callable[[Any], None]) -> None:
        self.state = state
        self.status_label.setText(text)
        self.error.clear()
        self.progress.setRange(0, 0)  # busy until a service says how far it is
        self.progress.setVisible(True)
        # The import cannot be stopped half-way: Close waits for it. (Should the window
        # close anyway, e.g. at log out, the import finishes unseen.)
        self.close_button.setEnabled(state != IMPORTING)

        run_in_background(work, done, self._failed, owner=self)  # none once it is gone

    def _failed(self, exc: BaseException) -> None:
        self._data = None
        self.import_button.setVisible(False)
        if messages.account_revoked(exc):
            return
        if isinstance(exc, SafehouseError):
            self._finish(FAILED, self.tr("Nothing was imported."))
            self.error.setText(exc.message)
        elif isinstance(exc, OSError):
            self._finish(FAILED, self.tr("Nothing was imported."))
            self.error.setText(self.tr("Cannot read {file}: {reason}.")
                               .format(file=self._path.name,
                                       reason=exc.strerror or type(exc).__name__))
        else:  # a bug: logged without personal data, said in general terms
            self._finish(FAILED, self.tr("Nothing was imported."))
            messages.show_error(self, exc)


class ImportMembersDialog(CsvImportDialog):
    """A members CSV (File → Import members…)."""

    def title(self) -> str:
        return self.tr("Import members")

    def run_import(self, data: bytes, *, dry_run: bool) -> ImportResult:
        return member_csv.import_members(self._ctx.db, self._ctx.actor, data,
                                         dry_run=dry_run, progress=self.report_progress)

    def created_text(self, result: ImportResult) -> str:
        return self.tr("%n new members", "", result.created)

    def updated_text(self, result: ImportResult) -> str:
        return self.tr("%n updated", "", result.updated)

    def ready_text(self, result: ImportResult) -> str:
        return self.tr("%n rows are ready", "", result.rows)

    def problems_text(self, count: int) -> str:
        return self.tr("%n problems were found. Nothing was imported: correct the file and "
                       "try again.", "", count)

    def unchanged_text(self, result: ImportResult) -> str:
        return self.tr("%n rows checked: every member is already as the file says. There "
                       "is nothing to import.", "", result.rows)
