"""The week's schedule saved as a PDF from the Schedule page (the report of
:mod:`safehouse.services.reports.schedule`: one counselor's week or everyone's, in the
window's language, no notes). The Reports page previews and prints; here it is saved.

The PDF is made and written off the GUI thread; the file is readable by its owner only
and the saving is audited (``reports.produce.save``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from safehouse import i18n
from safehouse.services.reports.produce import produce, save
from safehouse.services.reports.requests import ReportRequest
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.worker import run_in_background


def ask_path(parent: QWidget, monday: date) -> Path | None:
    """Where to save (None: the person cancelled); ``.pdf`` added when missing."""
    suggested = Path.home() / f"schedule-{monday:%Y-%m-%d}.pdf"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("WeekPdf", "Save the week as PDF"),
        str(suggested), QCoreApplication.translate("WeekPdf", "PDF files (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def save_week(parent: QWidget, ctx: AppContext, monday: date, counselor_id: int | None,
              path: Path, done: Callable[[bool], None] | None = None) -> None:
    """Make the week's PDF and write it to ``path`` in the background; a message says
    where it went (or why not); ``done(ok)`` afterwards."""
    db, actor = ctx.db, ctx.actor
    request = ReportRequest("schedule", lang=i18n.language(), week=monday,
                            counselor_id=counselor_id)

    def work() -> None:
        save(db, actor, request, produce(db, actor, request), path)

    def saved(_result: object) -> None:
        if shiboken6.isValid(parent):
            QMessageBox.information(parent, QCoreApplication.translate(
                "WeekPdf", "Save the week as PDF"), QCoreApplication.translate(
                "WeekPdf", "The week's schedule was saved to {path}.").format(path=path))
        if done is not None:
            done(True)

    def failed(exc: BaseException) -> None:
        if shiboken6.isValid(parent):
            messages.show_error(parent, exc, QCoreApplication.translate(
                "WeekPdf", "Save the week as PDF"))
        if done is not None:
            done(False)

    run_in_background(work, saved, failed)
