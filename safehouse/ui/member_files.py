"""File → Import members… and Export members…: a CSV chosen, then the import dialog, or
the export written off the GUI thread (one at a time). Nothing shows behind the idle
lock: an export that ends while the window is locked only writes its file.

The CSV services and the import dialog load on first use: the window makes this object
at start-up, and the members' import (parsing, checks, referrals) is not needed then."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow

from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.worker import run_in_background

if TYPE_CHECKING:
    from safehouse.services.dto.exports import ExportFile


class MemberFiles(QObject):
    """The members' CSV commands of ``window``; ``locked()`` says whether it is locked."""

    def __init__(self, window: QMainWindow, ctx: AppContext,
                 locked: Callable[[], bool]) -> None:
        super().__init__(window)
        self._ctx = ctx
        # weak: this object must not keep its window's Python side alive
        self._is_locked = weakref.WeakMethod(locked)
        self._exporting = False  # one export at a time

    @property
    def _window(self) -> QMainWindow:
        window = self.parent()
        assert isinstance(window, QMainWindow)
        return window

    def _locked(self) -> bool:
        locked = self._is_locked()
        return locked is None or bool(locked())

    def import_members(self) -> None:
        window = self._window
        chosen, _filter = QFileDialog.getOpenFileName(
            window, self.tr("Import members"), str(Path.home()), self.tr("CSV files (*.csv)"))
        if not chosen or self._locked():
            return
        from safehouse.ui.csv_import_dialog import ImportMembersDialog  # on use

        dialog = ImportMembersDialog(self._ctx, Path(chosen), window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_imported.connect(window.statusBar().showMessage)
        dialog.open()

    def export_members(self) -> None:
        from safehouse.services import exports, member_csv  # on use
        from safehouse.services.dto.exports import ExportKind

        window = self._window
        suggested = Path.home() / exports.suggested_name(ExportKind.MEMBERS)
        chosen, _filter = QFileDialog.getSaveFileName(
            window, self.tr("Export members"), str(suggested), self.tr("CSV files (*.csv)"))
        if not chosen or self._locked() or self._exporting:
            return
        path = Path(chosen)
        db, actor = self._ctx.db, self._ctx.actor
        self._exporting = True
        window.statusBar().showMessage(self.tr("Exporting members…"))

        def done(export: ExportFile) -> None:
            self._exporting = False
            if self._locked():  # finished behind the lock: the file is written
                return
            window.statusBar().showMessage(self.tr(
                "Exported %n members to {file}.", "", export.rows).format(file=path))

        def failed(exc: BaseException) -> None:
            self._exporting = False
            window.statusBar().clearMessage()
            messages.show_error(window, exc)

        # reading every member and writing the file: off the GUI thread
        run_in_background(
            lambda: exports.save(db, actor, member_csv.export_members(db, actor), path),
            done, failed, owner=self)
