"""Export sessions as a calendar (``.ics``): one counselor's or everyone's, over a range
of days, without notes; members by code unless the person ticks "Show members' names",
which says plainly what that means. The file is chosen with a save dialog and written
off the GUI thread through the service (readable by its owner only, audited); the
result is said in a message.

The Schedule page calls :func:`export_sessions`.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from safehouse import clock
from safehouse.errors import PermissionDenied, SafehouseError, ValidationError
from safehouse.services import counselors, exports, session_ics
from safehouse.services.dto.exports import ExportFile, ExportKind
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.rooms.fields import make_date_edit, to_date
from safehouse.ui.worker import run_in_background


def default_range(today: date) -> tuple[date, date]:
    """From the first day of this month to the last day of the month three months on:
    what was held lately and the quarter to come."""
    first = today.replace(day=1)
    month = first.month + 3  # the month after the last one shown
    after = date(first.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    return first, after - timedelta(days=1)


class ExportSessionsDialog(FormDialog):
    """``sig_exported(text)``: the file is written; ``text`` says how many sessions went
    where. ``choose_file`` asks where (a save dialog); tests replace it."""

    sig_exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Export…"))
        self.setWindowTitle(self.tr("Export sessions as a calendar"))
        self._ctx = ctx
        self._busy = False
        self.set_intro(self.tr(
            "A calendar file (.ics) that calendar programs open: each session with its "
            "time, kind, counselor and place. Notes are never exported; a repeating "
            "series is one event with its rule."))
        self.counselor = QComboBox(self)
        self.counselor.addItem(self.tr("All counselors"), None)
        try:
            found = counselors.list_counselors(ctx.db, ctx.actor)
        except SafehouseError:
            found = []
        for c in found:
            name = c.name if c.active else self.tr("{name} (inactive)").format(name=c.name)
            self.counselor.addItem(name, c.id)
        start, end = default_range(clock.today())
        self.from_edit = make_date_edit(start, self)
        self.to_edit = make_date_edit(end, self)
        self.from_edit.setAccessibleName(self.tr("From"))
        self.to_edit.setAccessibleName(self.tr("To"))
        days = QHBoxLayout()
        days.addWidget(self.from_edit)
        days.addWidget(QLabel(self.tr("to"), self))
        days.addWidget(self.to_edit)
        days.addStretch(1)
        self.names = QCheckBox(self.tr("Show members' &names (not only their codes)"), self)
        self.names_warning = QLabel(self.tr(
            "The file will hold the names of the members in these sessions. Anyone who "
            "gets it — or the calendar or phone it is opened in, and that calendar's "
            "online account — can read who comes to counseling, when and where. Keep it "
            "on this computer, and delete it when it has been used."), self)
        self.names_warning.setWordWrap(True)
        self.names_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.names_warning.setStyleSheet(messages.ERROR_STYLE)
        self.names_warning.setVisible(False)
        self.add_field("counselor", self.tr("&Counselor:"), self.counselor,
                       changed=self.counselor.currentIndexChanged, also=("counselor_id",))
        self.add_field("start", self.tr("&Days from:"), days,
                       changed=self.from_edit.dateChanged, also=("end", "to_edit"))
        self.to_edit.dateChanged.connect(self._on_to_edit_changed)
        self.add_part(self.names)
        self.add_part(self.names_warning)
        self.names.toggled.connect(self._on_names_toggled)
        self.counselor.setFocus()
        self.check()

    # --- the form --------------------------------------------------------------------------

    def _on_to_edit_changed(self) -> None:
        self.field_changed("start")

    def _on_names_toggled(self, ticked: bool) -> None:
        self.names_warning.setVisible(ticked)
        self.ok_button.setText(self.tr("&Export with names…") if ticked
                               else self.tr("&Export…"))
        self.check()

    def span(self) -> tuple[date, date]:
        return to_date(self.from_edit.date()), to_date(self.to_edit.date())

    def counselor_id(self) -> int | None:
        chosen = self.counselor.currentData()
        return chosen if isinstance(chosen, int) else None

    def problems(self) -> list[ValidationError]:
        start, end = self.span()
        if end < start:
            return [ValidationError(self.tr("The last day ({end}) is before the first "
                                             "({start}).").format(end=end.isoformat(),
                                                                   start=start.isoformat()),
                                    field="start")]
        return []

    def ready(self) -> bool:
        return not self._busy

    def choose_file(self) -> Path | None:
        suggested = Path.home() / exports.suggested_name(ExportKind.SESSIONS)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export sessions"), str(suggested),
            self.tr("Calendar files (*.ics)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")

    def submit(self) -> bool:
        if not self._ctx.can(Action.EXPORT):
            raise _refused()
        path = self.choose_file()
        if path is None:
            return False  # the save dialog was cancelled: the form stays as it was
        db, actor = self._ctx.db, self._ctx.actor
        (start, end), who, names = self.span(), self.counselor_id(), self.names.isChecked()
        self._busy = True
        self.check()

        def work() -> ExportFile:
            made = session_ics.export_sessions(db, actor, start=start, end=end,
                                               counselor_id=who, names=names)
            return exports.save(db, actor, made, path)

        def done(export: ExportFile) -> None:  # not called once the dialog is gone
            self._busy = False
            if export.rows == 0:
                text = self.tr("No session from {start} to {end}: the calendar written "
                               "to {file} is empty.")
            else:
                text = self.tr("Sessions exported: {count}. The calendar is in {file}.")
            self.sig_exported.emit(text.format(count=export.rows, file=path,
                                               start=start.isoformat(),
                                               end=end.isoformat()))
            self.finish()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.check()
            self.show_error(exc)

        run_in_background(work, done, failed, owner=self)
        return False  # closes when the file is written


def tell(parent: QWidget | None, text: str) -> None:
    """Say what was written (tests replace it)."""
    QMessageBox.information(parent, QCoreApplication.translate("messages", "Safehouse"),
                            text)


def _refused() -> PermissionDenied:
    return PermissionDenied(QCoreApplication.translate(
        "ExportSessionsDialog", "Your role may not export. Ask a manager."))


def export_sessions(parent: QWidget, ctx: AppContext) -> None:
    """Open the export dialog over ``parent``; a message says what was written."""
    if not (ctx.can(Action.EXPORT) and ctx.can(Action.SESSION_VIEW)):
        messages.show_error(parent, _refused())
        return
    dialog = ExportSessionsDialog(ctx, parent)
    dialog.sig_exported.connect(lambda text: tell(parent, text))
    # Deleted when it closes, even with its file still being written: the worker lets
    # go of its callbacks then (run_in_background's owner).
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
