"""The Reports page, driven as a person would: choose, generate, see the pages, page
through and zoom, cancel, save, print; Ctrl+P and the batch from the Members page."""

from __future__ import annotations

import stat
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from safehouse.services import audit_log, members, settings
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.services.reports import produce as producing
from safehouse.services.reports.requests import ReportCancelled, ReportRequest
from safehouse.ui.context import AppContext
from safehouse.ui.main_window import MainWindow
from safehouse.ui.reports import printing
from safehouse.ui.reports.reports_page import ReportsPage
from safehouse.ui.reports.targets import ProgressTarget

pytestmark = pytest.mark.usefixtures("shown_errors", "no_confirmations")

DAY = date(2026, 3, 16)


@pytest.fixture(autouse=True)
def _on_a_fixed_day(on_day) -> None:  # type: ignore[no-untyped-def]
    on_day(DAY)


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp folder of this test alone (Python's and Qt's both read TMPDIR)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


def admit(ctx: AppContext, name: str, code_alias: str = "") -> MemberDetail:
    return members.create_member(ctx.db, ctx.actor, MemberInput(
        name=name, alias=code_alias, status="active", joined_on=date(2025, 6, 1)))


def make_page(qtbot, ctx: AppContext) -> ReportsPage:  # type: ignore[no-untyped-def]
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def generate(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.generation.busy(), timeout=20000)


def report_lines(ctx: AppContext) -> list[audit_log.AuditEntryInfo]:
    return [e for e in audit_log.list_entries(ctx.db, ctx.actor)
            if e.action.startswith("report.")]


def test_a_progress_summary_is_generated_and_its_pages_previewed(qtbot, sqlite_ctx,
                                                                  private_temp):
    hana = admit(sqlite_ctx, "김하나", "Hana")
    page = make_page(qtbot, sqlite_ctx)
    assert page.preview_stack.currentWidget() is page.empty_label
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    assert page.options.current_kind() == "progress"
    qtbot.keyClicks(page.options.progress.picker.lineEdit(), hana.code)
    # the period: the last three months, up to today
    assert page.options.progress.start.date().toPython() == date(2025, 12, 16)
    assert page.options.progress.end.date().toPython() == DAY
    generate(qtbot, page)
    assert page.preview_stack.currentWidget() is page.preview
    pages = page.preview.page_count()
    assert pages > 0
    assert page.preview.current_page() == 1
    assert page.preview.page_of.text() == f"of {pages}"
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    # the PDF was read from memory: nothing was written to the temp folder
    assert list(private_temp.iterdir()) == []
    # nothing is audited for a preview: only saving and printing leave a line
    assert report_lines(sqlite_ctx) == []


def test_the_preview_pages_and_zooms(qtbot, sqlite_ctx):
    ids = [admit(sqlite_ctx, f"Member {n}").id for n in range(3)]
    page = make_page(qtbot, sqlite_ctx)
    page.go_to(ProgressTarget(tuple(ids)))  # a batch: several pages
    qtbot.waitUntil(lambda: not page.generation.busy(), timeout=20000)
    preview = page.preview
    count = preview.page_count()
    assert count >= 3
    assert not preview.previous_action.isEnabled()
    preview.next_action.trigger()
    qtbot.waitUntil(lambda: preview.current_page() == 2)
    assert preview.page_box.value() == 2 and preview.previous_action.isEnabled()
    preview.page_box.setValue(count)
    qtbot.waitUntil(lambda: preview.current_page() == count)
    assert not preview.next_action.isEnabled()
    start = preview.view.zoomFactor()
    preview.zoom_in_action.trigger()
    assert preview.view.zoomFactor() == pytest.approx(start * 1.25)
    assert preview.zoom_label.text() == f"{round(start * 125)} %"
    preview.zoom_out_action.trigger()
    preview.zoom_out_action.trigger()
    assert preview.view.zoomFactor() == pytest.approx(start / 1.25)
    preview.fit_page_action.trigger()
    assert preview.zoom_label.text() == "Page"


def test_a_long_report_is_cancelled_and_the_window_stays_responsive(qtbot, sqlite_ctx,
                                                                    monkeypatch):
    hana = admit(sqlite_ctx, "김하나")
    stopped = threading.Event()
    asked = threading.Event()

    def long_report(db, actor, request, *, cancelled: Callable[[], bool]) -> bytes:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # as a report of many members would
            asked.set()
            if cancelled():
                stopped.set()
                raise ReportCancelled
            time.sleep(0.01)
        raise AssertionError("never cancelled")

    monkeypatch.setattr(producing, "produce", long_report)
    page = make_page(qtbot, sqlite_ctx)
    page.options.progress.choose([hana.id])
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(asked.is_set, timeout=5000)
    assert page.busy_row.isVisible() and page.generation.busy()
    assert not page.generate_button.isEnabled()
    # the window answers while the report is being made
    page.options.progress.deidentified.click()
    assert page.options.progress.deidentified.isChecked()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert not page.busy_row.isVisible() and page.generate_button.isEnabled()
    assert "Cancelled" in page.status.text()
    assert stopped.wait(5)  # the work itself stopped, not only the bar
    assert page.preview_stack.currentWidget() is page.empty_label
    assert page.preview.page_count() == 0


def test_save_writes_the_pdf_where_chosen_and_one_audit_line(qtbot, sqlite_ctx, tmp_path,
                                                              monkeypatch, private_temp):
    hana = admit(sqlite_ctx, "김하나")
    target = tmp_path / "out" / "summary"
    target.parent.mkdir()
    offered: list[str] = []

    def choose_file(_parent: QWidget, _title: str, suggested: str, _filter: str
                    ) -> tuple[str, str]:
        offered.append(suggested)
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_file)
    page = make_page(qtbot, sqlite_ctx)
    page.options.progress.choose([hana.id])
    generate(qtbot, page)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    written = target.with_name("summary.pdf")  # ".pdf" added
    assert written.read_bytes() == page.preview.pdf_bytes()
    assert written.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert list(target.parent.iterdir()) == [written]  # nothing beside it
    assert Path(offered[0]).name == "progress-2026-03-16.pdf"
    lines = report_lines(sqlite_ctx)
    assert [(e.action, e.member_id) for e in lines] == [("report.save", hana.id)]
    assert "summary.pdf" in page.status.text()
    assert list(private_temp.iterdir()) == []


def test_printing_draws_every_page_and_leaves_one_audit_line(qtbot, sqlite_ctx, tmp_path,
                                                            monkeypatch):
    hana = admit(sqlite_ctx, "김하나")
    out = tmp_path / "printed.pdf"
    asked: list[QPageSize.PageSizeId] = []

    def print_dialog(_parent: QWidget, printer: QPrinter, pages: int, _title: str) -> bool:
        asked.append(printer.pageLayout().pageSize().id())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that is a file
        printer.setOutputFileName(str(out))
        printer.setResolution(150)
        return True

    monkeypatch.setattr(printing, "ask", print_dialog)
    page = make_page(qtbot, sqlite_ctx)
    page.options.progress.choose([hana.id])
    generate(qtbot, page)
    page.print_report()
    assert asked == [QPageSize.PageSizeId.A4]  # the paper of the setting, A4 by default
    printed = out.read_bytes()
    assert printed.startswith(b"%PDF")
    assert printed.count(b"/Type /Page\n") + printed.count(b"/Type/Page\n") + \
        printed.count(b"/Type /Page ") >= 1
    assert [(e.action, e.member_id) for e in report_lines(sqlite_ctx)] == [
        ("report.print", hana.id)]


def test_letter_paper_is_a_setting(qtbot, sqlite_ctx):
    hana = admit(sqlite_ctx, "김하나")
    settings.set_paper_size(sqlite_ctx.db, sqlite_ctx.actor, "Letter")
    page = make_page(qtbot, sqlite_ctx)
    page.options.progress.choose([hana.id])
    generate(qtbot, page)
    assert page._shown is not None and page._shown.paper == "Letter"
    letter = printing.make_printer("Letter").pageLayout().pageSize().id()
    assert letter == QPageSize.PageSizeId.Letter


def test_wrong_options_are_named_and_nothing_is_made(qtbot, sqlite_ctx, monkeypatch):
    made: list[ReportRequest] = []
    monkeypatch.setattr(producing, "produce",
                        lambda _db, _actor, request, **_kw: made.append(request) or b"")
    page = make_page(qtbot, sqlite_ctx)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert "Choose a member" in page.options.error.text()
    page.options.show_kind("impact")
    page.options.impact.first_year.setValue(2026)
    page.options.impact.last_year.setValue(2020)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert "first year" in page.options.error.text()
    assert made == [] and not page.generation.busy()


def test_the_idle_lock_empties_the_preview_and_the_choices(qtbot, sqlite_ctx):
    hana = admit(sqlite_ctx, "김하나")
    page = make_page(qtbot, sqlite_ctx)
    page.options.progress.choose([hana.id])
    generate(qtbot, page)
    page.clear_personal_data()
    assert page.preview.page_count() == 0 and page.preview.pdf_bytes() == b""
    assert page.options.progress.picker.count() == 0
    assert not page.print_button.isEnabled()
    page.refresh()
    assert page.options.progress.picker.count() == 1


def window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(ctx, "Test House")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_ctrl_p_on_a_member_previews_her_progress_summary(qtbot, sqlite_ctx):
    hana = admit(sqlite_ctx, "김하나")
    main = window(qtbot, sqlite_ctx)
    main.show_page("members")
    members_page = main.current_page()
    assert members_page.select_member(hana.id)  # type: ignore[attr-defined]
    # Ctrl+P (the offscreen platform activates no window, so no shortcut reaches it:
    # the action behind it is pressed)
    assert main.action_print.isEnabled()
    assert main.action_print.shortcut() == QKeySequence("Ctrl+P")
    main.action_print.trigger()
    reports = main.current_page()
    assert isinstance(reports, ReportsPage)
    qtbot.waitUntil(lambda: reports.preview.page_count() > 0, timeout=20000)
    assert reports._shown is not None and reports._shown.member_ids == (hana.id,)
    assert reports.options.progress.picker.chosen_code() == hana.code
    main.close()


def test_several_members_selected_make_one_document(qtbot, sqlite_ctx):
    chosen = [admit(sqlite_ctx, name) for name in ("김하나", "이소망", "박미래")]
    main = window(qtbot, sqlite_ctx)
    main.show_page("members")
    members_page = main.current_page()
    view = members_page.member_list.view  # type: ignore[attr-defined]
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert members_page.member_list.selected_member_ids() == [m.id for m in chosen]  # type: ignore[attr-defined]
    button = members_page.print_button  # type: ignore[attr-defined]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    reports = main.current_page()
    assert isinstance(reports, ReportsPage)
    assert "3 members" in reports.options.progress.batch_label.text()
    assert not reports.options.progress.picker.isEnabled()
    qtbot.waitUntil(lambda: reports.preview.page_count() > 0, timeout=20000)
    assert reports._shown is not None
    assert reports._shown.member_ids == tuple(m.id for m in chosen)
    # back to one member
    reports.options.progress.one_button.click()
    assert reports.options.progress.batch() == ()
    assert reports.options.progress.picker.isEnabled()
    main.close()
