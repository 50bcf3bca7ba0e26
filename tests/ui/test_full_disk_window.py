"""A disk that fills up, in the window: the form stays open with its input and says
the disk is full (not "something went wrong"), nothing is saved, and the same OK
saves once there is room; a backup onto a full disk says so and lists nothing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from safehouse import files
from safehouse.services import backups, members
from safehouse.ui.members.member_form import MemberForm
from safehouse.ui.members.member_table_model import COL_NAME
from tests.full_disk import fill_up
from tests.ui.test_backups_tab import busy
from tests.ui.test_backups_tab import make_tab as make_backups_tab
from tests.ui.test_members_page import column, dialog_of, make_page, type_text

pytestmark = pytest.mark.usefixtures("shown_errors")

DB_FULL = ("The disk that holds the database is full: nothing was saved, and the data "
           "are as they were. Free some space on that disk, then try again.")


def test_saving_a_member_on_a_full_disk_says_so_and_saves_once_there_is_room(
        qtbot, sqlite_ctx):
    page = make_page(qtbot, sqlite_ctx)
    page.create_new()
    form = dialog_of(page, MemberForm)
    type_text(qtbot, form.name, "김하나")
    form.notes.setPlainText("A long intake note. " * 300)  # longer than a page
    free = fill_up(sqlite_ctx.db)
    try:
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
        assert form.isVisible()
        assert form.error_text() == DB_FULL
        assert form.name.text() == "김하나"  # what she typed is kept
        assert members.list_members(sqlite_ctx.db, sqlite_ctx.actor) == []
    finally:
        free()
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert column(page, COL_NAME) == ["김하나"]


def test_a_backup_onto_a_full_disk_says_so_and_lists_nothing(
        qtbot, sqlite_ctx, shown_errors, monkeypatch):
    def no_space(path: Path) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(files, "fsync_file", no_space)
    tab = make_backups_tab(qtbot, sqlite_ctx)
    tab.back_up_now()
    qtbot.waitUntil(lambda: shown_errors != [], timeout=15000)
    qtbot.waitUntil(lambda: not busy(tab), timeout=10000)
    folder = backups.backup_folder(sqlite_ctx.db)
    assert shown_errors == [
        f"The disk is full: {folder} could not be written, and nothing of it was left "
        "there. Free some space or choose another place, then try again."]
    shown_errors.clear()
    assert tab.table.rowCount() == 0
    assert list(folder.iterdir()) == []
