"""Admin tab: Backups — the backups kept (date, size, whether each one opens and passes
its checks), "Back up now", and restoring one (administrators only), all off the GUI
thread.

After a restore the open database is closed: the tab emits ``sig_restored`` and the
window must log out (the passwords of the backup's day open the restored database).
The automatic backup at start is :mod:`safehouse.ui.daily_backup`'s.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safehouse.changes import ChangeKind
from safehouse.services import backups
from safehouse.services.dto.maintenance import BackupInfo, RestoreResult
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog, password_edit
from safehouse.ui.hints import set_hint
from safehouse.ui.worker import run_in_background

log = logging.getLogger(__name__)

COL_DATE, COL_SIZE, COL_CHECKED, COL_NOTE = 0, 1, 2, 3
HEADERS = (
    QT_TRANSLATE_NOOP("BackupsTab", "Made on"),
    QT_TRANSLATE_NOOP("BackupsTab", "Size"),
    QT_TRANSLATE_NOOP("BackupsTab", "Checked"),
    QT_TRANSLATE_NOOP("BackupsTab", "Note"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def human_size(size: int) -> str:
    if size >= 1_048_576:
        return f"{size / 1_048_576:.1f} MB"
    return f"{max(1, size // 1024)} KB"


class _SortItem(QTableWidgetItem):
    """A cell shown as text and sorted by the value in SORT_ROLE."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return bool(mine < theirs)


class RestoreDialog(FormDialog):
    """Ask to type RESTORE (the word in her language: 복원 in Korean); and the
    administrator's password, which opens a backup of another database with its own key
    file.

    ``sig_confirmed(file, password)``: go ahead (the password may be empty).
    """

    sig_confirmed = Signal(str, str)

    def __init__(self, file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Restore"))
        self.file = file
        self.setWindowTitle(self.tr("Restore a backup"))
        self.set_intro(self.tr(
            "This replaces the whole database with the backup {file}. The database as it "
            "is now is backed up first, so this can be undone. Everyone is logged out "
            "afterwards and logs in with the passwords of the day the backup was made."
        ).format(file=file.name))
        self.confirm = QLineEdit(self)
        word = backups.confirmation_word()
        self.confirm.setPlaceholderText(word)
        self.password = password_edit(self)
        set_hint(self.password, self.tr("only for a backup of another database"))
        self.add_field("confirm", self.tr("Type {word} to continue:")
                       .format(word=word), self.confirm,
                       changed=self.confirm.textChanged)
        self.add_field("password", self.tr("Your &password:"), self.password,
                       changed=self.password.textChanged)
        self.forget_on_close(self.password)
        self.check()

    def ready(self) -> bool:
        return backups.confirms_restore(self.confirm.text())

    def given_password(self) -> str | None:
        return self.password.text() or None

    def submit(self) -> bool:
        self.sig_confirmed.emit(str(self.file), self.password.text())
        return True


class BackupsTab(QWidget):
    """The backups, and making and restoring them.

    ``sig_restored(message)``: the database was replaced and is closed; log out.
    """

    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset({ChangeKind.BACKUP})

    sig_restored = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._busy = False
        self._stale = True  # listed when first shown, and again after a change elsewhere
        self._closed = False  # after a restore: the database is not this one any more
        self._rows: list[BackupInfo] = []

        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr(str(h)) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(
            COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)

        self.backup_button = QPushButton(self.tr("Back up &now"), self)
        self.restore_button = QPushButton(self.tr("&Restore selected…"), self)
        self.restore_file_button = QPushButton(self.tr("Restore from a fi&le…"), self)
        may_restore = ctx.can(Action.BACKUP_RESTORE)
        self.restore_button.setVisible(may_restore)
        self.restore_file_button.setVisible(may_restore)
        self.restore_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy, no percentage
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.folder_label = QLabel(self.tr("Kept in {folder}: the newest of each of the last 7 "
                                           "days, 4 weeks and 12 months.")
                                   .format(folder=str(backups.backup_folder(ctx.db))), self)
        self.folder_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self._connect_signals()

    def showEvent(self, event: QShowEvent) -> None:
        """The list is read (each backup opened and checked) only when someone looks."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _connect_signals(self) -> None:
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.restore_file_button.clicked.connect(self._on_restore_file_button_clicked)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self._ctx.hub.sig_changed.connect(self._on_hub_changed)

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        # e.g. the automatic backup at login, finished in the background
        if kind in self.RELOAD_ON:
            self.refresh()

    # --- the contract with the admin page ------------------------------------------------

    def refresh(self) -> None:
        """List the backups (each is opened and checked: in the background). Asked while
        busy, the listing is done once the work in hand is over."""
        self._stale = True
        if self._busy or self._closed or not self.isVisible():
            return
        self._stale = False
        db, actor = self._ctx.db, self._ctx.actor
        self._run(lambda: backups.list_backups(db, actor), self._show, None)

    def clear_personal_data(self) -> None:
        # Dates and sizes are not personal; the list is emptied all the same.
        self._show([])
        self.status.clear()

    # --- showing -------------------------------------------------------------------------

    def _show(self, rows: list[BackupInfo]) -> None:
        self._rows = list(rows)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, info in enumerate(rows):
            date = _SortItem(info.taken_at.strftime("%Y-%m-%d %H:%M:%S"))
            date.setData(SORT_ROLE, info.taken_at.isoformat())
            date.setData(Qt.ItemDataRole.UserRole, str(info.file))
            date.setToolTip(info.file.name)
            size = _SortItem(human_size(info.size))
            size.setData(SORT_ROLE, info.size)
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if info.verified:
                checked = _SortItem(self.tr("opens, intact"))
            elif info.verified is None:
                checked = _SortItem(self.tr("earlier keys"))
                checked.setToolTip(info.problem)
            else:
                checked = _SortItem(self.tr("FAILED"))
                checked.setToolTip(info.problem)
            checked.setData(SORT_ROLE, int(bool(info.verified)))
            note = _SortItem(self.tr("Made just before a restore") if info.before_restore
                             else "")
            if info.before_restore:
                note.setToolTip(self.tr("The database as it was before a restore: "
                                        "restoring this backup undoes that restore."))
            for col, item in ((COL_DATE, date), (COL_SIZE, size), (COL_CHECKED, checked),
                              (COL_NOTE, note)):
                self.table.setItem(r, col, item)
        self.table.setSortingEnabled(True)
        self._on_table_selection_changed()

    def selected_file(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows(COL_DATE)
        if not rows:
            return None
        value = rows[0].data(Qt.ItemDataRole.UserRole)
        return Path(value) if value else None

    def _on_table_selection_changed(self) -> None:
        self.restore_button.setEnabled(not self._busy and self.selected_file() is not None)

    # --- background work -----------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        enabled = not busy and not self._closed
        self.backup_button.setEnabled(enabled)
        self.restore_file_button.setEnabled(enabled)
        self.restore_button.setEnabled(enabled and self.selected_file() is not None)

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        busy_text: str | None,
    ) -> None:
        self._set_busy(True)
        if busy_text:
            self.status.setText(busy_text)

        def success(result: Any) -> None:
            self._set_busy(False)
            done(result)
            self._catch_up()

        def failure(exc: BaseException) -> None:
            self._set_busy(False)
            self.status.clear()
            messages.show_error(self, exc)
            self._catch_up()

        run_in_background(work, success, failure, owner=self)

    def _catch_up(self) -> None:
        """A change that came in while busy (e.g. the automatic backup finishing)."""
        if self._stale and not self._busy:
            self.refresh()

    # --- backing up ----------------------------------------------------------------------

    def _on_backup_button_clicked(self) -> None:
        self.back_up_now()

    def back_up_now(self) -> None:
        if self._busy or self._closed:
            return
        db, actor = self._ctx.db, self._ctx.actor

        def work() -> tuple[BackupInfo, list[BackupInfo]]:
            made = backups.make_backup(db, actor)
            return made, backups.list_backups(db, actor)

        self._run(work, self._on_backed_up, self.tr("Backing up…"))

    def _on_backed_up(self, result: tuple[BackupInfo, list[BackupInfo]]) -> None:
        made, rows = result
        self._show(rows)
        self.status.setText(self.tr("Backed up to {file} ({size}); it opens and passed the "
                                    "integrity checks.")
                            .format(file=made.file.name, size=human_size(made.size)))

    # --- restoring -----------------------------------------------------------------------

    def _on_restore_button_clicked(self) -> None:
        file = self.selected_file()
        if file is not None:
            self.restore(file)

    def _on_restore_file_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(backups.backup_folder(self._ctx.db)),
            self.tr("Safehouse backups (*.db *.pgdump);;All files (*)"))
        if name:
            self.restore(Path(name))

    def restore(self, file: Path) -> None:
        """Ask (a typed confirmation, in a window-modal dialog), then restore ``file``."""
        if self._busy or self._closed or not self._ctx.can(Action.BACKUP_RESTORE):
            return
        dialog = RestoreDialog(file, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_confirmed.connect(self._on_restore_dialog_confirmed)
        dialog.open()

    def _on_restore_dialog_confirmed(self, file: str, password: str) -> None:
        if self._busy or self._closed:
            return
        db, actor, path = self._ctx.db, self._ctx.actor, Path(file)
        self._run(lambda: backups.restore_backup(db, actor, path, password=password or None),
                  self._on_restored, self.tr("Checking and restoring the backup…"))

    def _on_restored(self, result: RestoreResult) -> None:
        self._closed = True
        self._set_busy(False)
        self.status.setText(result.message)
        self.sig_restored.emit(result.message)
