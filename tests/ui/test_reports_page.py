"""The Reports page, driven as a person would: choose, generate, see the pages, page
through and zoom, cancel, save, print; Ctrl+P and the batch from the Members page.

The room roster is made for real; the progress summary's requests are checked here (its
content is tested with the report itself, under tests/services/reports)."""

from __future__ import annotations

import stat
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from safehouse.services import audit_log, members, rooms, settings
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.services.reports import produce as producing
from safehouse.services.reports.requests import ReportCancelled, ReportRequest
from safehouse.ui.context import AppContext
from safehouse.ui.main_window import MainWindow
from safehouse.ui.reports import printing
from safehouse.ui.reports.forms import months_before
from safehouse.ui.reports.reports_page import ReportsPage
from safehouse.ui.reports.targets import ProgressTarget
from tests.services.reports.pdf_checks import pages_text, text

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


def pdf_of(pages: int) -> bytes:
    """A PDF of ``pages`` numbered pages (what a report of several members gives)."""
    out = BytesIO()
    drawing = canvas.Canvas(out, pagesize=A4)
    for n in range(pages):
        drawing.drawString(72, 760, f"Page {n + 1}")
        drawing.showPage()
    drawing.save()
    return out.getvalue()


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[ReportRequest]:
    """The requests the page asks for; each gives a PDF of two pages per member (the
    progress summary's own content is tested with the report, under tests/services)."""
    asked: list[ReportRequest] = []

    def produce(_db, _actor, request: ReportRequest, **_kw: object) -> bytes:  # type: ignore[no-untyped-def]
        asked.append(request)
        return pdf_of(2 * max(1, len(request.member_ids)))

    monkeypatch.setattr(producing, "produce", produce)
    return asked


def house(ctx: AppContext) -> MemberDetail:
    """A room with one member in a bed: what the room roster shows."""
    sea = rooms.create_room(ctx.db, ctx.actor, name="Sea room", floor=1, capacity=2)
    hana = admit(ctx, "김하나", "Hana")
    rooms.assign(ctx.db, ctx.actor, hana.id, sea.id, date(2026, 1, 5), bed_label="A")
    return hana


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


def choose_roster(page: ReportsPage) -> None:
    page.options.show_kind("roster")
    assert page.options.stack.currentWidget() is page.options.roster


def generate(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.generation.busy(), timeout=20000)


def report_lines(ctx: AppContext) -> list[audit_log.AuditEntryInfo]:
    return [e for e in audit_log.list_entries(ctx.db, ctx.actor)
            if e.action.startswith("report.")]


def test_a_report_is_generated_and_its_pages_previewed_from_memory(qtbot, sqlite_ctx,
                                                                  private_temp):
    house(sqlite_ctx)
    page = make_page(qtbot, sqlite_ctx)
    assert page.preview_stack.currentWidget() is page.empty_label
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    choose_roster(page)
    assert page.options.roster.on.date().toPython() == DAY
    generate(qtbot, page)
    assert page.preview_stack.currentWidget() is page.preview
    pages = page.preview.page_count()
    assert pages > 0
    assert page.preview.current_page() == 1
    assert page.preview.page_of.text() == f"of {pages}"
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    # the PDF shown is the report itself, names and all
    shown = text(page.preview.pdf_bytes())
    assert "Room roster" in shown and "Sea room" in shown and "김하나" in shown
    # read from memory: nothing was written to the temp folder
    assert list(private_temp.iterdir()) == []
    # nothing is audited for a preview: only saving and printing leave a line
    assert report_lines(sqlite_ctx) == []


def test_a_report_in_korean_when_asked(qtbot, sqlite_ctx):
    house(sqlite_ctx)
    page = make_page(qtbot, sqlite_ctx)
    choose_roster(page)
    assert page.options.language.currentData() == "en"  # the window's language
    page.options.language.setCurrentIndex(page.options.language.findData("ko"))
    generate(qtbot, page)
    assert "방 배정 명단" in text(page.preview.pdf_bytes())


def test_a_progress_summary_asks_for_her_over_the_last_three_months(qtbot, sqlite_ctx,
                                                                    made):
    hana = admit(sqlite_ctx, "김하나", "Hana")
    page = make_page(qtbot, sqlite_ctx)
    assert page.options.current_kind() == "progress"
    qtbot.keyClicks(page.options.progress.picker.lineEdit(), hana.code)
    assert page.options.progress.start.date().toPython() == date(2025, 12, 16)
    assert page.options.progress.end.date().toPython() == DAY
    page.options.progress.deidentified.click()
    generate(qtbot, page)
    assert made == [ReportRequest(kind="progress", lang="en", paper="A4",
                                  member_ids=(hana.id,), start=date(2025, 12, 16),
                                  end=DAY, deidentified=True)]
    assert page.preview.page_count() == 2


def test_the_preview_pages_and_zooms(qtbot, sqlite_ctx, made):
    ids = [admit(sqlite_ctx, f"Member {n}").id for n in range(3)]
    page = make_page(qtbot, sqlite_ctx)
    page.go_to(ProgressTarget(tuple(ids)))  # a batch: several pages
    qtbot.waitUntil(lambda: not page.generation.busy(), timeout=20000)
    preview = page.preview
    count = preview.page_count()
    assert count == 6 and made[0].member_ids == tuple(ids)
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
    house(sqlite_ctx)
    real = producing.produce
    stopped = threading.Event()
    asked = threading.Event()

    def long_report(db, actor, request, *, cancelled: Callable[[], bool]) -> bytes:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # as a report of many members would take
            asked.set()
            if cancelled():
                break
            time.sleep(0.01)
        try:  # the report itself stops once cancelled() trips
            real(db, actor, request, cancelled=cancelled)
        except ReportCancelled:
            stopped.set()
            raise
        raise AssertionError("the report went on after Cancel")

    monkeypatch.setattr(producing, "produce", long_report)
    page = make_page(qtbot, sqlite_ctx)
    choose_roster(page)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(asked.is_set, timeout=5000)
    assert page.busy_row.isVisible() and page.generation.busy()
    assert not page.generate_button.isEnabled()
    # the window answers while the report is being made
    page.options.show_kind("impact")
    assert page.options.stack.currentWidget() is page.options.impact
    page.options.show_kind("roster")
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert not page.busy_row.isVisible() and page.generate_button.isEnabled()
    assert "Cancelled" in page.status.text()
    assert stopped.wait(5)  # the work itself stopped, not only the bar
    assert page.preview_stack.currentWidget() is page.empty_label
    assert page.preview.page_count() == 0


def test_save_writes_the_pdf_where_chosen_and_one_audit_line(qtbot, sqlite_ctx, tmp_path,
                                                              monkeypatch, private_temp):
    house(sqlite_ctx)
    target = tmp_path / "out" / "roster"
    target.parent.mkdir()
    offered: list[str] = []

    def choose_file(_parent: QWidget, _title: str, suggested: str, _filter: str
                    ) -> tuple[str, str]:
        offered.append(suggested)
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_file)
    page = make_page(qtbot, sqlite_ctx)
    choose_roster(page)
    generate(qtbot, page)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    written = target.with_name("roster.pdf")  # ".pdf" added
    assert written.read_bytes() == page.preview.pdf_bytes()
    assert written.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert list(target.parent.iterdir()) == [written]  # nothing beside it
    assert Path(offered[0]).name == "roster-2026-03-16.pdf"
    lines = report_lines(sqlite_ctx)
    assert [e.action for e in lines] == ["report.save"]
    assert "roster.pdf" in page.status.text()
    assert list(private_temp.iterdir()) == []


def test_printing_draws_every_page_and_leaves_one_audit_line(qtbot, sqlite_ctx, tmp_path,
                                                            monkeypatch):
    house(sqlite_ctx)
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
    choose_roster(page)
    generate(qtbot, page)
    page.print_report()
    assert asked == [QPageSize.PageSizeId.A4]  # the paper of the setting, A4 by default
    printed = out.read_bytes()
    assert printed.startswith(b"%PDF")
    assert printed.count(b"/Type /Page\n") + printed.count(b"/Type/Page\n") + \
        printed.count(b"/Type /Page ") >= 1
    assert [e.action for e in report_lines(sqlite_ctx)] == ["report.print"]
    assert "Sent to the printer" in page.status.text()


def test_letter_paper_is_a_setting(qtbot, sqlite_ctx):
    settings.set_paper_size(sqlite_ctx.db, sqlite_ctx.actor, "Letter")
    page = make_page(qtbot, sqlite_ctx)
    choose_roster(page)
    generate(qtbot, page)
    assert page._shown is not None and page._shown.paper == "Letter"
    width = page.preview.document.pagePointSize(0).width()
    assert width == pytest.approx(612, abs=1)  # 8.5 inches, not A4's 595 points
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


def test_the_idle_lock_empties_the_preview_and_the_choices(qtbot, sqlite_ctx, made):
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


def test_ctrl_p_on_a_member_previews_her_progress_summary(qtbot, sqlite_ctx, made):
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
    assert [r.member_ids for r in made] == [(hana.id,)]
    assert reports.options.progress.picker.chosen_code() == hana.code
    main.close()


def test_several_members_selected_make_one_document(qtbot, sqlite_ctx, made):
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
    assert [r.member_ids for r in made] == [tuple(m.id for m in chosen)]
    # back to one member
    reports.options.progress.one_button.click()
    assert reports.options.progress.batch() == ()
    assert reports.options.progress.picker.isEnabled()
    main.close()


def test_saving_over_the_database_is_refused_and_not_audited(qtbot, sqlite_ctx, tmp_path,
                                                             monkeypatch, shown_errors):
    database = sqlite_ctx.db.file_path
    assert database is not None
    before = database.read_bytes()
    disguised = tmp_path / "roster.pdf"  # a link to the database, under a PDF's name
    disguised.symlink_to(database)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(disguised), "PDF files (*.pdf)"))
    house(sqlite_ctx)
    page = make_page(qtbot, sqlite_ctx)
    choose_roster(page)
    generate(qtbot, page)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(shown_errors) == 1 and "database" in shown_errors[0]
    shown_errors.clear()
    assert database.read_bytes()[:100] == before[:100] and disguised.is_symlink()
    assert report_lines(sqlite_ctx) == []


@pytest.mark.parametrize(("day", "start"), [
    (date(2026, 3, 16), date(2025, 12, 16)),
    (date(2026, 5, 31), date(2026, 2, 28)),  # no 31 February: its last day
    (date(2028, 5, 31), date(2028, 2, 29)),
    (date(2026, 1, 10), date(2025, 10, 10)),
])
def test_the_period_starts_three_months_back(day, start):
    assert months_before(day, 3) == start


def test_a_batch_of_real_progress_summaries_one_member_after_another(qtbot, sqlite_ctx):
    chosen = [admit(sqlite_ctx, name) for name in ("김하나", "Park Mirae")]
    page = make_page(qtbot, sqlite_ctx)
    page.go_to(ProgressTarget(tuple(m.id for m in chosen)))
    qtbot.waitUntil(lambda: not page.generation.busy(), timeout=20000)
    pages = pages_text(page.preview.pdf_bytes())
    assert page.preview.page_count() == len(pages) >= 2
    assert "김하나" in pages[0] and "Park Mirae" not in pages[0]
    assert "Park Mirae" in pages[-1]
