"""The Reports page: choose a report and its options on the left, Generate, and see its
actual pages on the right; print them or save them as a PDF.

The report is made off the GUI thread (:class:`Generation`) behind a busy bar with a
Cancel; its PDF stays in memory (the preview reads it from a buffer), and is written
only where the user saves it. Printing and saving each leave one audit line.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safehouse import clock
from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.services import counselors, members, settings
from safehouse.services.reports import produce as producing
from safehouse.services.reports.requests import ReportRequest
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.pages import PageView
from safehouse.ui.reports import printing
from safehouse.ui.reports.generation import Generation
from safehouse.ui.reports.options import PROGRESS, SCHEDULE, ReportOptions
from safehouse.ui.reports.preview import PdfPreview
from safehouse.ui.reports.targets import ProgressTarget, ScheduleTarget


class ReportsPage(QWidget):
    """Nothing personal is kept after :meth:`clear_personal_data` (the idle lock): the
    preview, the member list and the batch are let go of."""

    # the members to choose from; the counselors of the schedule; the paper is read anew
    # at each Generate
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.MEMBER, ChangeKind.SESSION})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shown: ReportRequest | None = None  # the report in the preview
        self._cleared = False
        self.generation = Generation(ctx, self)

        self.options = ReportOptions(ctx, self)
        self.generate_button = QPushButton(self.tr("Gener&ate"), self)
        self.generate_button.setDefault(True)
        self.generate_button.setToolTip(self.tr("Make the report and show its pages "
                                                "(Ctrl+Enter)"))
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # moving: how long it takes is not known
        self.busy_bar.setTextVisible(False)
        self.busy_label = QLabel(self.tr("Making the report…"), self)
        self.cancel_button = QPushButton(self.tr("Ca&ncel"), self)
        self.cancel_button.setToolTip(self.tr("Stop making the report (Esc)"))
        self.busy_row = QWidget(self)
        busy = QHBoxLayout(self.busy_row)
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.busy_label)
        busy.addWidget(self.busy_bar, 1)
        busy.addWidget(self.cancel_button)
        self.busy_row.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.options)
        generate_row = QHBoxLayout()
        generate_row.addWidget(self.generate_button)
        generate_row.addStretch(1)
        left_layout.addLayout(generate_row)
        left_layout.addWidget(self.busy_row)
        left_layout.addWidget(self.status)
        left_layout.addStretch(1)

        self.preview = PdfPreview(self)
        self.empty_label = QLabel(self.tr("Choose a report and its options, then press "
                                          "Generate: its pages appear here."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.preview_stack = QStackedWidget(self)
        self.preview_stack.addWidget(self.empty_label)
        self.preview_stack.addWidget(self.preview)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("Print the pages shown (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Sa&ve as PDF…"), self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_stack, 1)
        output_row = QHBoxLayout()
        output_row.addStretch(1)
        output_row.addWidget(self.print_button)
        output_row.addWidget(self.save_button)
        right_layout.addLayout(output_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([340, 760])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._generate_keys = [QShortcut(QKeySequence(key), self) for key in
                               ("Ctrl+Return", "Ctrl+Enter")]
        self._cancel_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._cancel_key.setEnabled(False)
        self._connect_signals()
        self._update_buttons()
        self.refresh()

    def _connect_signals(self) -> None:
        self.generate_button.clicked.connect(self.generate)
        for key in self._generate_keys:
            key.activated.connect(self.generate)
        self.cancel_button.clicked.connect(self.generation.cancel)
        self._cancel_key.activated.connect(self.generation.cancel)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self.options.sig_changed.connect(self._on_options_changed)
        self.generation.sig_busy.connect(self._on_generation_busy)
        self.generation.sig_done.connect(self._on_generation_done)
        self.generation.sig_failed.connect(self._on_generation_failed)
        self.generation.sig_cancelled.connect(self._on_generation_cancelled)
        self._ctx.hub.sig_changed.connect(self._on_hub_changed)

    # --- the contract with the main window ---------------------------------------------

    def as_page(self) -> PageView:
        return PageView(self, clear_personal_data=self.clear_personal_data,
                        refresh=self.refresh, go_to=self.go_to, print=self.print_report)

    def go_to(self, target: object) -> None:
        """A :class:`ProgressTarget`: her (or their) progress summary; a
        :class:`ScheduleTarget`: a week's schedule; each made at once."""
        if isinstance(target, ProgressTarget) and self.options.offers(PROGRESS):
            self.options.show_kind(PROGRESS)
            self.options.progress.choose(target.member_ids)
        elif isinstance(target, ScheduleTarget) and self.options.offers(SCHEDULE):
            self.options.show_kind(SCHEDULE)
            self.options.schedule.choose(target.week, target.counselor_id,
                                         target.counselor_name)
        else:
            return
        if target.generate:
            self.generate()

    def refresh(self, kind: ChangeKind | None = None) -> None:
        """Read the members and counselors to choose from again (``kind``: only those a
        change of this kind touches)."""
        self._cleared = False
        try:
            if kind in (None, ChangeKind.MEMBER) and self.options.offers(PROGRESS):
                self.options.set_members(members.list_members(self._ctx.db, self._ctx.actor))
            if kind in (None, ChangeKind.SESSION) and self.options.offers(SCHEDULE):
                self.options.set_counselors(counselors.list_counselors(
                    self._ctx.db, self._ctx.actor, active_only=True))
        except SafehouseError as exc:
            messages.show_error(self, exc)

    def clear_personal_data(self) -> None:
        self._cleared = True
        self.generation.cancel()
        self.preview.clear()
        self._shown = None
        self.options.clear()
        self.status.clear()
        self.preview_stack.setCurrentWidget(self.empty_label)
        self._update_buttons()

    # --- making, printing, saving ----------------------------------------------------------

    def generate(self) -> None:
        try:
            paper = settings.paper_size(self._ctx.db)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        request = self.options.request(paper)
        if request is not None:
            self.status.clear()
            self.generation.start(request)

    def print_report(self) -> None:
        """Print the pages shown (Ctrl+P); with nothing shown yet, make the report first."""
        request = self._shown
        if request is None or not self.preview.page_count():
            self.generate()
            return
        printer = printing.make_printer(request.paper)
        if not printing.ask(self, printer, self.preview.page_count(), self.tr("Print report")):
            return
        if not printing.print_document(self.preview.document, printer, self):
            self.status.setText(self.tr("Printing was stopped."))
            return
        try:
            producing.record_output(self._ctx.db, self._ctx.actor, request, "print")
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        self.status.setText(self.tr("Sent to the printer."))

    def save_report(self) -> None:
        request, data = self._shown, self.preview.pdf_bytes()
        if request is None or not data:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{request.kind}-{clock.today().isoformat()}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report as PDF"), str(Path(folder) / name),
            self.tr("PDF files (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:  # written (0600, never over a database), then audited
            producing.save(self._ctx.db, self._ctx.actor, request, data, path)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        self.status.setText(self.tr("Saved as {file}.").format(file=path.name))

    # --- slots -------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        shown = self._shown is not None and self.preview.page_count() > 0
        self.print_button.setEnabled(shown)
        self.save_button.setEnabled(shown)

    def _on_options_changed(self) -> None:
        if self._shown is not None and not self.generation.busy():
            self.status.setText(self.tr("The options have changed: press Generate to see "
                                        "them in the preview."))

    def _on_generation_busy(self, busy: bool) -> None:
        self.busy_row.setVisible(busy)
        self._cancel_key.setEnabled(busy)
        self.generate_button.setEnabled(not busy)
        if busy:
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_generation_done(self, request: ReportRequest, pdf: bytes) -> None:
        if self._cleared or not self.preview.show_pdf(pdf):
            self._shown = None
            self.preview.clear()
            if not self._cleared:
                messages.show_error(self, RuntimeError("unreadable report"))
        else:
            self._shown = request
            self.preview_stack.setCurrentWidget(self.preview)
            self.status.setText(self.tr("%n page(s).", "", self.preview.page_count()))
            self.preview.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()

    def _on_generation_failed(self, exc: BaseException) -> None:
        messages.show_error(self, exc)

    def _on_generation_cancelled(self) -> None:
        if not self._cleared:
            self.status.setText(self.tr("Cancelled: no report was made."))

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON and not self._cleared:
            self.refresh(kind)
