"""Wellbeing as people use it: a counselor fills a PHQ-9 by keyboard with question 9
above 0, is told of the alert, sees it on the dashboard, acknowledges it with a note
and opens the member's Check-ins tab from it; a staff account sees the check-in but no
score; opening a response's answers is audited once."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from safehouse.services import audit_log, auth, members, wellbeing, wellbeing_alerts
from safehouse.services.dto.people import MemberInput
from safehouse.services.dto.wellbeing import AlertInfo, ResponseInput
from safehouse.services.reading import Read
from safehouse.ui import main_window as main_window_module
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.dashboard.sections import SectionHost
from safehouse.ui.dashboard_page import DashboardPage
from safehouse.ui.main_window import MainWindow
from safehouse.ui.members.page import MembersPage
from safehouse.ui.members.tabs import MemberTarget
from safehouse.ui.wellbeing import response_dialog
from safehouse.ui.wellbeing.acknowledge_dialog import AcknowledgeDialog
from safehouse.ui.wellbeing.alerts_section import AlertsSection
from safehouse.ui.wellbeing.checkins_tab import CheckinsTab
from safehouse.ui.wellbeing.due_section import DueSection
from safehouse.ui.wellbeing.page import WellbeingPage
from safehouse.ui.wellbeing.response_dialog import ResponseDialog
from tests.conftest import TEST_PASSWORD, OnDay
from tests.ui.test_dashboard_page import loaded

TODAY = date(2026, 5, 4)
pytestmark = [pytest.mark.qt_log_ignore(r"This plugin does not support"),
              pytest.mark.usefixtures("shown_errors")]
assert main_window_module  # the window is built as the program builds it


@pytest.fixture(autouse=True)
def _on_a_fixed_day(on_day: OnDay) -> None:
    on_day(TODAY)


def login_as(ctx: AppContext, role: str) -> AppContext:
    auth.create_user(ctx.db, ctx.actor, username=role, display_name=f"Test {role}",
                     role=role, password=TEST_PASSWORD)
    return AppContext(ctx.db, auth.login(ctx.db, role, TEST_PASSWORD), ChangeHub(ctx.db))


@pytest.fixture
def hana(sqlite_ctx: AppContext) -> int:
    return members.create_member(sqlite_ctx.db, sqlite_ctx.actor, MemberInput(
        name="김하나", status="active", joined_on=date(2025, 1, 6))).id


def open_window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ctx, "Test House")
    qtbot.addWidget(win)
    win.resize(1300, 860)
    win.show()
    qtbot.waitExposed(win)
    return win


def keys(qtbot, widget, typed: str) -> None:  # type: ignore[no-untyped-def]
    for k in typed:
        qtbot.keyClick(widget, getattr(Qt.Key, f"Key_{k}"))


def test_a_phq9_by_keyboard_raises_an_alert_acknowledged_on_the_dashboard(
        qtbot, sqlite_ctx, hana, monkeypatch):
    counselor = login_as(sqlite_ctx, "counselor")
    told: list[str] = []
    monkeypatch.setattr(response_dialog, "tell_saved", lambda _p, text: told.append(text))
    win = open_window(qtbot, counselor)
    win.show_page("wellbeing")
    page = win.pages["wellbeing"]
    assert isinstance(page, WellbeingPage)
    win.action_new.trigger()  # Ctrl+N
    dialog = page.active_dialog()
    assert isinstance(dialog, ResponseDialog)
    # the member by her code, then Tab to the date, the questionnaire and the answers
    qtbot.keyClicks(dialog.member_picker, "M-0001")
    dialog.instrument_combo.setCurrentIndex(dialog.instrument_combo.findData("phq9"))
    dialog.grid.setFocus()
    keys(qtbot, dialog.grid, "121000002")
    assert dialog.result_label.text() == "Score: 6 of 27 — Mild."
    assert "question 9" in dialog.alert_label.text()
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(told) == 1 and told[0].startswith("Saved. This response raised an alert")
    assert "question 9" in told[0]

    win.show_page("dashboard")
    dash = win.pages["dashboard"]
    assert isinstance(dash, DashboardPage)
    part = loaded(qtbot, dash).section("wellbeing_alerts")
    assert isinstance(part, AlertsSection)
    assert part.isVisible() and part.alerts.rowCount() == 1
    assert "PHQ-9 question 9" in part.alerts.data(part.alerts.index(0, 2))
    part.view.selectRow(0)
    ack = part.acknowledge_selected()
    assert isinstance(ack, AcknowledgeDialog)
    assert not ack.ok_button.isEnabled()  # the note is required
    qtbot.keyClicks(ack.note_edit, "Talked with her today; a safety plan is made.")
    assert ack.ok_button.isEnabled()
    qtbot.mouseClick(ack.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: part.alerts.rowCount() == 0)
    assert part.label.text() == "No open alerts."


def test_an_alert_opens_her_check_ins_tab(qtbot, sqlite_ctx, hana):
    wellbeing.record_response(sqlite_ctx.db, sqlite_ctx.actor, ResponseInput(
        hana, "yearly", TODAY, (2, 1)))
    win = open_window(qtbot, sqlite_ctx)
    part = loaded(qtbot, win.pages["dashboard"]).section(  # type: ignore[arg-type]
        "wellbeing_alerts")
    assert isinstance(part, AlertsSection)
    assert "repatriation" in part.alerts.data(part.alerts.index(0, 2))
    part.view.selectRow(0)
    qtbot.mouseClick(part.open_button, Qt.MouseButton.LeftButton)
    members_page = win.pages["members"]
    assert isinstance(members_page, MembersPage)
    assert win.current_page() is members_page
    assert members_page.current_member_id() == hana
    tab = members_page.tabs.currentWidget()
    assert isinstance(tab, CheckinsTab)
    assert tab.model.rowCount() == 1


def test_staff_see_that_a_check_in_happened_but_no_score(qtbot, sqlite_ctx, hana):
    wellbeing.record_response(sqlite_ctx.db, sqlite_ctx.actor, ResponseInput(
        hana, "phq9", date(2026, 4, 1), (3, 3, 3, 3, 3, 3, 3, 3, 0)))
    staff = login_as(sqlite_ctx, "staff")
    page = MembersPage(staff)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    assert page.select_member(hana)
    tab = page.member_tab("checkins")
    assert isinstance(tab, CheckinsTab)
    page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 1
    shown = [tab.model.data(tab.model.index(0, c)) for c in range(tab.model.columnCount())]
    assert shown[:2] == ["2026-04-01", "PHQ-9"]
    assert tab.model.columnCount() == 2  # no score, no band, no alerts
    assert "24" not in " ".join(shown)
    assert not tab.trend.isVisible() and not tab.record_button.isVisible()
    tab.view.selectRow(0)
    assert tab.open_answers(tab.model.rows()[0].key) is None  # no answers for staff
    assert "recorded" in tab.summary.text()
    # the dashboard: no alerts for staff, but who is due
    dash = DashboardPage(staff)
    qtbot.addWidget(dash)
    loaded(qtbot, dash)
    assert dash.section("wellbeing_alerts") is None  # no alerts for staff
    due = dash.section("wellbeing_due")
    assert isinstance(due, DueSection)
    assert due.rows and due.rows[0].member_id == hana  # no yearly check-in this year
    listed = due.open_list()
    assert listed.entries[0].target == MemberTarget(hana, "checkins")
    assert "24" not in listed.entries[0].text
    listed.reject()


def test_opening_a_screenings_answers_is_audited_once(qtbot, sqlite_ctx, hana):
    db, admin = sqlite_ctx.db, sqlite_ctx.actor
    saved = wellbeing.record_response(db, admin, ResponseInput(
        hana, "gad7", date(2026, 4, 1), (1, 2, 3, 0, 1, 2, 3)))
    counselor = login_as(sqlite_ctx, "counselor")
    tab = CheckinsTab(counselor)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()

    def views() -> int:
        return len(audit_log.list_entries(db, admin, username="counselor",
                                          action="wellbeing.view"))

    tab.set_member(hana, Read.OPEN)  # she was chosen: one opening
    tab.set_member(hana, Read.REFRESH)
    assert views() == 1
    cells = [tab.model.data(tab.model.index(0, c)) for c in range(5)]
    assert cells[:4] == ["2026-04-01", "GAD-7", "12", "Moderate"]
    assert tab.instrument_combo.currentData() == "gad7"
    assert tab.trend.trend() is not None and len(tab.trend.trend().points) == 1
    dialog = tab.open_answers(saved.response.id)
    assert dialog is not None and views() == 2  # that response's answers opened
    assert dialog.model.rowCount() == 7
    answer = dialog.model.data(dialog.model.index(2, 2))
    assert answer == "3  Nearly every day"
    dialog.close()
    QApplication.processEvents()


def test_surveys_in_and_out_through_the_page(qtbot, sqlite_ctx, hana, tmp_path):
    from safehouse.ui.csv_import_dialog import DONE, PROBLEMS, READY

    page = WellbeingPage(sqlite_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    bad = tmp_path / "bad.csv"
    bad.write_bytes("\ufeffmember_code,taken_on,health,repatriation_threat\r\n"
                    "M-0001,2025-03-01,7,아니요\r\nM-0099,2025-03-01,3,예\r\n"
                    .encode("utf-8"))
    dialog = page.import_file(bad)
    qtbot.waitUntil(lambda: dialog.state == PROBLEMS, timeout=10000)
    assert [(p.line, p.column) for p in dialog.problems()] == [  # in one reading
        (2, "health"), (3, "member_code")]
    dialog.reject()
    bad.write_bytes("member_code,taken_on,health,repatriation_threat\r\n"
                    "M-0001,2025-03-01,3,아니요\r\nM-0099,2025-03-01,3,예\r\n"
                    .encode())
    dialog = page.import_file(bad)
    qtbot.waitUntil(lambda: dialog.state == PROBLEMS, timeout=10000)
    assert [(p.line, p.column) for p in dialog.problems()] == [(3, "member_code")]
    assert page.years.rowCount() == 0  # nothing written
    dialog.reject()
    good = tmp_path / "good.csv"
    good.write_bytes("\ufeffmember_code,taken_on,health,repatriation_threat\r\n"
                     "M-0001,2025-03-01,4,아니요\r\n".encode("utf-8"))
    dialog = page.import_file(good)
    qtbot.waitUntil(lambda: dialog.state == READY, timeout=10000)
    assert "1 new response" in dialog.status_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == DONE, timeout=10000)
    qtbot.waitUntil(lambda: page.years.rowCount() == 1)
    assert page.years.data(page.years.index(0, 1)) == "fewer than 5"
    out = tmp_path / "surveys.csv"
    page.export_file(out)
    qtbot.waitUntil(lambda: "Exported 1 survey response" in page.status_label.text(),
                    timeout=10000)
    assert "M-0001,2025-03-01,4," in out.read_text(encoding="utf-8-sig")


def test_a_response_recorded_by_mistake_is_removed_after_asking(qtbot, sqlite_ctx, hana,
                                                                monkeypatch):
    wellbeing.record_response(sqlite_ctx.db, sqlite_ctx.actor, ResponseInput(
        hana, "yearly", TODAY, (3, 1)))
    tab = CheckinsTab(sqlite_ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_member(hana, Read.OPEN)
    assert not tab.remove_button.isEnabled()
    tab.view.selectRow(0)
    assert tab.remove_button.isEnabled()
    from safehouse.ui import messages
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text: asked.append(text) or False)
    assert not tab.remove_selected()
    assert tab.model.rowCount() == 1 and "recorded by mistake" in asked[0]
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    assert tab.remove_selected()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert wellbeing_alerts.open_alerts(sqlite_ctx.db, sqlite_ctx.actor) == []


def _alert(i: int, code: str, taken_on: date) -> AlertInfo:
    return AlertInfo(id=i, response_id=i, member_id=i, member_code=code,
                     member_name="Test Member", instrument="yearly", taken_on=taken_on,
                     kind="repatriation_threat", raised_at=datetime(2026, 5, 1, tzinfo=UTC),
                     acknowledged_at=None, acknowledged_by="", note="")


def test_the_alerts_sort_themselves_newest_first_and_by_a_header_keeping_the_choice(
        qtbot, qtmodeltester, sqlite_ctx):
    # sorted by the model, not a proxy (thousands of alerts sort in Python at once)
    host = SectionHost(parent=QWidget(), show_list=lambda _d: None,
                       open_dialog=lambda _d: None, go=lambda _p, _t: None)
    qtbot.addWidget(host.parent)
    part = AlertsSection(sqlite_ctx, host, host.parent)
    part.show_found([_alert(1, "M-0002", date(2026, 3, 1)), _alert(2, "M-0003", TODAY),
                     _alert(3, "M-0001", date(2026, 4, 1))])
    qtmodeltester.check(part.alerts)
    shown = [part.view.model().index(r, 0).data() for r in range(3)]
    assert shown == [TODAY.isoformat(), "2026-04-01", "2026-03-01"]
    part.view.selectRow(1)
    assert part.selected() is not None and part.selected().id == 3  # type: ignore[union-attr]
    qtbot.mouseClick(part.view.horizontalHeader().viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(part.view.horizontalHeader().sectionViewportPosition(1) + 5, 5))
    assert [part.alerts.row_at(r).member_code for r in range(3)] == [  # type: ignore[union-attr]
        "M-0001", "M-0002", "M-0003"]
    selected = part.selected()
    assert selected is not None and selected.id == 3  # still hers, now the first line
    assert part.view.selectionModel().selectedRows()[0].row() == 0
