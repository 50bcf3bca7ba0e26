"""Members CSV through the window: File → Import members… (a preview first, nothing
written on any problem) and File → Export members… (a file only its owner can read).
All names are fictional."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from safehouse.services import audit_log, auth, member_csv, members
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.csv_import_dialog import (
    COL_COLUMN,
    COL_LINE,
    COL_REASON,
    DONE,
    FAILED,
    NOTHING,
    PROBLEMS,
    READY,
    ImportMembersDialog,
)
from safehouse.ui.main_window import MainWindow
from tests.conftest import TEST_PASSWORD

pytestmark = pytest.mark.usefixtures("shown_errors", "no_confirmations")

HEADER = "code,name,alias,sex,birth_year,status,joined_on,left_on,referred_by"
STAFF_PASSWORD = "staff member password"


def csv_bytes(*rows: str, encoding: str = "utf-8") -> bytes:
    return ("\r\n".join((HEADER, *rows)) + "\r\n").encode(encoding)


GOOD_ROWS = (
    ",김하나,Kim Hana,female,1988,active,2024-05-01,,",
    ",이은비,Lee Eunbi,female,1992,enquiry,,,",
)


def _window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, "Test House")
    qtbot.addWidget(window)
    window.show()
    return window


def _choose_file(monkeypatch, path: Path) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    asked: list[tuple[object, ...]] = []

    def choose(*args: object) -> tuple[str, str]:
        asked.append(args)
        return str(path), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return asked


def _open_import(qtbot, window: MainWindow, state: str) -> ImportMembersDialog:  # type: ignore[no-untyped-def]
    window.action_import_members.trigger()
    dialog = window.findChild(ImportMembersDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.state == state, timeout=5000)
    return dialog


def _names(ctx: AppContext) -> list[str]:
    return [m.name for m in members.list_members(ctx.db, ctx.actor)]


def test_a_file_with_two_bad_rows_lists_both_and_writes_nothing(
        qtbot, sqlite_ctx, tmp_path, monkeypatch):
    file = tmp_path / "members.csv"
    file.write_bytes(csv_bytes(
        ",김하나,Kim Hana,female,1988,active,2024-05-01,,",
        ",박소망,,female,19x0,active,2024-06-01,,",  # line 3: not a year
        ",이은비,,female,1992,enquiry,,,",
        ",최은혜,,female,1985,active,2024-13-40,,",  # line 5: not a date
    ))
    _choose_file(monkeypatch, file)
    window = _window(qtbot, sqlite_ctx)

    dialog = _open_import(qtbot, window, PROBLEMS)

    assert [(p.line, p.column) for p in dialog.problems()] == [
        (3, "birth_year"), (5, "joined_on")]
    assert "not a whole number" in dialog.problems()[0].reason
    assert "Nothing was imported: correct the file and try again." in \
        dialog.status_label.text()
    assert dialog.problems_view.isVisibleTo(dialog)
    assert dialog.import_button.isHidden()
    assert dialog.close_button.isEnabled()
    dialog.problems_view.sortByColumn(COL_LINE, Qt.SortOrder.DescendingOrder)
    assert [p.line for p in dialog.problems()] == [5, 3]
    assert _names(sqlite_ctx) == []

    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.findChild(ImportMembersDialog) is None)
    assert _names(sqlite_ctx) == []


def test_in_the_korean_window_the_problems_are_korean(
        qtbot, sqlite_ctx, tmp_path, monkeypatch, korean):
    file = tmp_path / "members.csv"
    file.write_bytes(csv_bytes(
        ",박소망,,female,19x0,active,2024-06-01,,",  # line 2: not a year
        ",최은혜,,female,1985,active,2024-13-40,,",  # line 3: not a date
    ))
    _choose_file(monkeypatch, file)
    window = _window(qtbot, sqlite_ctx)

    dialog = _open_import(qtbot, window, PROBLEMS)

    model = dialog.proxy
    shown = [tuple(model.index(r, c).data() for c in (COL_LINE, COL_COLUMN, COL_REASON))
             for r in range(model.rowCount())]
    assert shown == [
        (2, "출생 연도(birth_year)", "'19x0' 값은 정수가 아닙니다."),
        (3, "등록일(joined_on)", "'2024-13-40' 값은 2024-03-01 형식의 날짜가 아닙니다."),
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert all(any("\uac00" <= ch <= "\ud7a3" for ch in h) for h in headers)
    assert "아무것도" in dialog.status_label.text()
    dialog.close_button.click()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp949"])
def test_a_good_file_previews_then_imports(qtbot, sqlite_ctx, tmp_path, monkeypatch,
                                           encoding):
    file = tmp_path / "members.csv"
    file.write_bytes(csv_bytes(*GOOD_ROWS, encoding=encoding))
    asked = _choose_file(monkeypatch, file)
    window = _window(qtbot, sqlite_ctx)
    page = window.pages["members"]
    assert page.member_list.model.rowCount() == 0  # type: ignore[attr-defined]

    dialog = _open_import(qtbot, window, READY)

    assert asked[0][3] == "CSV files (*.csv)"
    text = dialog.status_label.text()
    assert "2 rows are ready" in text and "2 new members" in text
    assert "0 updated" in text and "Nothing has been written yet." in text
    assert dialog.problems_view.isHidden()
    assert _names(sqlite_ctx) == []  # a preview writes nothing

    with qtbot.waitSignal(dialog.sig_imported) as imported:
        dialog.import_button.click()
    assert "2 new members" in imported.args[0]
    assert dialog.state == DONE
    assert sorted(_names(sqlite_ctx)) == ["김하나", "이은비"]
    qtbot.waitUntil(lambda: page.member_list.model.rowCount() == 2)  # type: ignore[attr-defined]
    assert "2 new members" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.findChild(ImportMembersDialog) is None)


def test_export_writes_a_private_file_that_reimports_with_no_changes(
        qtbot, sqlite_ctx, tmp_path, monkeypatch, on_day):
    # 23:30 in London is already the next morning in Seoul: the name takes Seoul's day
    on_day(datetime(2026, 3, 14, 23, 30, tzinfo=UTC))
    member_csv.import_members(sqlite_ctx.db, sqlite_ctx.actor, csv_bytes(*GOOD_ROWS))
    file = tmp_path / "out.csv"
    file.write_bytes(b"old")
    file.chmod(0o644)  # an existing file is made private too
    asked = _choose_file(monkeypatch, file)
    window = _window(qtbot, sqlite_ctx)

    window.action_export_members.trigger()

    assert Path(str(asked[0][2])).name == "members-2026-03-15.csv"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage()
                    == f"Exported 2 members to {file}.")
    assert stat.S_IMODE(os.stat(file).st_mode) == 0o600
    result = member_csv.import_members(sqlite_ctx.db, sqlite_ctx.actor, file.read_bytes(),
                                       dry_run=True)
    assert (result.ok, result.rows, result.created, result.updated) == (True, 2, 0, 0)

    dialog = _open_import(qtbot, window, NOTHING)  # the same file, through the window
    assert "nothing to import" in dialog.status_label.text()
    assert dialog.import_button.isHidden()
    dialog.reject()


def test_an_export_that_cannot_be_written_says_so_and_is_not_in_the_log(
        qtbot, sqlite_ctx, tmp_path, monkeypatch, shown_errors):
    member_csv.import_members(sqlite_ctx.db, sqlite_ctx.actor, csv_bytes(*GOOD_ROWS))
    target = tmp_path / "gone" / "out.csv"
    _choose_file(monkeypatch, target)
    window = _window(qtbot, sqlite_ctx)

    window.action_export_members.trigger()

    qtbot.waitUntil(lambda: bool(shown_errors))
    assert str(target) in shown_errors.pop()
    assert not target.exists()
    assert "member.export" not in audit_log.actions(sqlite_ctx.db, sqlite_ctx.actor)
    assert window.statusBar().currentMessage() == ""


def test_errors_are_shown_in_the_dialog(qtbot, sqlite_ctx, tmp_path):
    missing = ImportMembersDialog(sqlite_ctx, tmp_path / "gone.csv")
    qtbot.addWidget(missing)
    qtbot.waitUntil(lambda: missing.state == FAILED, timeout=5000)
    assert "Cannot read gone.csv" in missing.error.text()

    file = tmp_path / "members.csv"
    file.write_bytes(csv_bytes(*GOOD_ROWS))
    staff = _staff(sqlite_ctx)
    refused = ImportMembersDialog(AppContext(sqlite_ctx.db, staff, sqlite_ctx.hub), file)
    qtbot.addWidget(refused)
    qtbot.waitUntil(lambda: refused.state == FAILED, timeout=5000)
    assert refused.error.text()  # the service's PermissionDenied, in the dialog
    assert refused.import_button.isHidden()
    assert _names(sqlite_ctx) == []


def _staff(ctx: AppContext):  # type: ignore[no-untyped-def]
    auth.create_user(ctx.db, ctx.actor, username="mina", display_name="Staff Member",
                     role="staff", password=STAFF_PASSWORD)
    return auth.login(ctx.db, "mina", STAFF_PASSWORD)


def test_staff_see_neither_action(qtbot, sqlite_ctx):
    staff = _staff(sqlite_ctx)
    hub = ChangeHub(sqlite_ctx.db)
    window = _window(qtbot, AppContext(sqlite_ctx.db, staff, hub))
    for action in (window.action_import_members, window.action_export_members):
        assert not action.isVisible() and not action.isEnabled()

    window.lock()
    window._on_lock_panel_unlock_requested(STAFF_PASSWORD)
    assert not window.is_locked()
    assert not window.action_import_members.isEnabled()  # unlocking does not grant it


def test_both_actions_are_disabled_while_locked(qtbot, sqlite_ctx):
    window = _window(qtbot, sqlite_ctx)
    actions = (window.action_import_members, window.action_export_members)
    assert all(a.isVisible() and a.isEnabled() for a in actions)

    window.lock()
    assert not any(a.isEnabled() for a in actions)
    window._on_lock_panel_unlock_requested(TEST_PASSWORD)
    assert all(a.isEnabled() for a in actions)


def test_a_long_import_shows_how_far_it_has_come(qtbot, sqlite_ctx, tmp_path, monkeypatch):
    """Batch by batch, from the worker: rows read while checking, then rows written of
    all; the bar counts up to the whole file."""
    from safehouse.services import member_import

    monkeypatch.setattr(member_import, "BATCH", 4)
    file = tmp_path / "members.csv"
    file.write_bytes(csv_bytes(*(f",가상인물{i},Person {i},female,1990,enquiry,,,"
                                 for i in range(10))))
    _choose_file(monkeypatch, file)
    window = _window(qtbot, sqlite_ctx)
    dialog = _open_import(qtbot, window, READY)
    seen: list[tuple[int, int, str]] = []
    dialog.sig_progress.connect(
        lambda done, total: seen.append((done, total, dialog.status_label.text())))
    with qtbot.waitSignal(dialog.sig_imported):
        dialog.import_button.click()
    assert [(d, t) for d, t, _ in seen] == [(4, 0), (8, 0), (10, 0), (4, 10), (8, 10), (10, 10)]
    assert seen[1][2] == "Checking every row… 8 read so far."
    assert seen[-1][2] == "Writing… 10 of 10 rows."
    assert dialog.progress.maximum() == 10 and dialog.progress.value() == 10
    assert len(_names(sqlite_ctx)) == 10


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_chosen_as_the_file_is_refused_in_the_dialog(qtbot, sqlite_ctx, tmp_path):
    pipe = tmp_path / "members.csv"
    os.mkfifo(pipe)
    dialog = ImportMembersDialog(sqlite_ctx, pipe)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.state == FAILED, timeout=5000)
    assert "not a file that can be imported" in dialog.error.text()
    assert _names(sqlite_ctx) == []
