"""The Schedule page's tools beside its session buttons: the week as a PDF, the
counselors and meeting places, the hours of counseling per counselor and month, and the
calendar export (.ics). Each opens its own window (their modules say what each may do
there)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.schedule import week_pdf
from safehouse.ui.schedule.counselors_dialog import open_counselors
from safehouse.ui.schedule.export_dialog import export_sessions
from safehouse.ui.schedule.hours_dialog import show_hours


class ScheduleTools(QWidget):
    """Four buttons; the export only for who may export. ``shown()`` says the week shown
    (its Monday) and the counselor chosen, for the week's PDF."""

    def __init__(self, ctx: AppContext, parent: QWidget,
                 shown: Callable[[], tuple[date, int | None]]) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._owner = parent
        self._shown = shown
        self.pdf_button = QPushButton(self.tr("Save &week as PDF…"), self)
        self.pdf_button.setToolTip(self.tr(
            "The week shown (the counselor chosen, or everyone), as a printable PDF "
            "without notes"))
        self.counselors_button = QPushButton(self.tr("Co&unselors and places…"), self)
        self.hours_button = QPushButton(self.tr("Hou&rs…"), self)
        self.hours_button.setToolTip(self.tr("Hours of counseling per counselor and month"))
        self.export_button = QPushButton(self.tr("E&xport calendar…"), self)
        self.export_button.setToolTip(self.tr(
            "Save the sessions as an .ics file for a calendar program (without notes)"))
        self.export_button.setVisible(ctx.can(Action.EXPORT))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.pdf_button, self.counselors_button, self.hours_button,
                       self.export_button):
            layout.addWidget(button)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.counselors_button.clicked.connect(self._on_counselors_button_clicked)
        self.hours_button.clicked.connect(self._on_hours_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)

    def _on_pdf_button_clicked(self) -> None:
        monday, counselor_id = self._shown()
        path = week_pdf.ask_path(self._owner, monday)
        if path is not None:
            self.pdf_button.setEnabled(False)
            week_pdf.save_week(self._owner, self._ctx, monday, counselor_id, path,
                               self._on_pdf_saved)

    def _on_pdf_saved(self, _ok: bool) -> None:
        if shiboken6.isValid(self):
            self.pdf_button.setEnabled(True)

    def _on_counselors_button_clicked(self) -> None:
        open_counselors(self._owner, self._ctx)

    def _on_hours_button_clicked(self) -> None:
        show_hours(self._owner, self._ctx)

    def _on_export_button_clicked(self) -> None:
        export_sessions(self._owner, self._ctx)
