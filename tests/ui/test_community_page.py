"""The Community page as a person uses it: set a goal and see the chart and the
projection in words; add an event and record who came (search as you type) with guests
and children; staff record attendance but cannot change the event; the referral tree;
the member's tab."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from safehouse.services import auth, community, events, members, users
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.community import EventInput, GoalInput
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.ui.community.event_dialog import EventDialog
from safehouse.ui.community.goal_dialog import GoalDialog
from safehouse.ui.community.page import CommunityPage
from safehouse.ui.context import AppContext
from safehouse.ui.csv_import_dialog import PROBLEMS
from safehouse.ui.members.community_tab import CommunityTab
from safehouse.ui.rooms.fields import to_qdate
from tests.conftest import TEST_PASSWORD, OnDay

TODAY = date(2026, 4, 15)
pytestmark = [pytest.mark.qt_log_ignore(r"This plugin does not support"),
              pytest.mark.usefixtures("shown_errors")]


@pytest.fixture(autouse=True)
def _on_a_fixed_day(on_day: OnDay) -> None:
    on_day(TODAY)


def add(ctx: AppContext, name: str, joined: date, by: str | None = None) -> tuple[int, str]:
    m = members.create_member(ctx.db, ctx.actor, MemberInput(
        name=name, status="active", joined_on=joined, referred_by_code=by))
    return m.id, m.code


def page_of(qtbot, ctx: AppContext) -> CommunityPage:  # type: ignore[no-untyped-def]
    page = CommunityPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def test_set_a_goal_and_see_the_chart_and_the_projection(qtbot, sqlite_ctx):
    for i in range(12):  # one new member a month: twelve by today
        add(sqlite_ctx, f"김하나 {i}", TODAY - timedelta(days=30 * i + 1))
    page = page_of(qtbot, sqlite_ctx)
    assert "No goal is set yet" in page.growth.goal_label.text()
    dialog = page.growth.open_goal_dialog()
    assert isinstance(dialog, GoalDialog)
    dialog.start_edit.setDate(to_qdate(date(2026, 1, 1)))
    assert dialog.due_edit.date() == to_qdate(date(2028, 1, 1))  # two years on
    dialog.low_spin.setValue(15)
    dialog.high_spin.setValue(20)
    dialog.accept()
    assert not dialog.isVisible()
    assert "15 to 20 members by 2028-01-01" in page.growth.goal_label.text()
    growth = page.growth.chart.growth()
    assert growth is not None and growth.goal is not None and growth.size_today == 12
    text = page.growth.projection_label.text()
    assert "least-squares" in text
    assert "15 members: about 2026-0" in text  # three more at one a month
    assert "20 members: about 2026-1" in text
    image = QImage(page.growth.chart.size(), QImage.Format.Format_RGB32)
    page.growth.chart.render(image)
    assert len({image.pixel(x, image.height() // 2) for x in range(image.width())}) > 3


def test_correct_the_current_goal_from_the_page(qtbot, sqlite_ctx):
    add(sqlite_ctx, "김하나", date(2025, 1, 1))
    page = page_of(qtbot, sqlite_ctx)
    assert not page.growth.correct_button.isVisible()  # nothing to correct yet
    community.save_goal(sqlite_ctx.db, sqlite_ctx.actor, GoalInput(
        start_on=date(2026, 1, 1), target_low=15, target_high=20))
    assert page.growth.correct_button.isVisible()
    qtbot.mouseClick(page.growth.correct_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in page.findChildren(GoalDialog) if d.isVisible())
    assert dialog.windowTitle() == "Correct the community goal"
    assert dialog.high_spin.value() == 20
    dialog.high_spin.setValue(18)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    goals = community.list_goals(sqlite_ctx.db, sqlite_ctx.actor)
    assert [(g.target_low, g.target_high) for g in goals] == [(15, 18)]  # one, corrected
    assert "15 to 18 members by 2028-01-01" in page.growth.goal_label.text()


def test_staff_have_no_goal_buttons(qtbot, sqlite_ctx):
    community.save_goal(sqlite_ctx.db, sqlite_ctx.actor, GoalInput(start_on=date(2026, 1, 1)))
    users.create_account(sqlite_ctx.db, sqlite_ctx.actor, username="bora",
                         display_name="Staff Bora", role="staff", password=TEST_PASSWORD,
                         must_change_password=False)
    staff = AppContext(sqlite_ctx.db, auth.login(sqlite_ctx.db, "bora", TEST_PASSWORD),
                       sqlite_ctx.hub)
    page = page_of(qtbot, staff)
    assert not page.growth.correct_button.isVisible()
    assert not page.growth.goal_button.isVisible()
    assert page.growth.open_correction_dialog() is None


def test_a_goal_due_before_it_starts_is_refused_next_to_the_field(qtbot, sqlite_ctx):
    page = page_of(qtbot, sqlite_ctx)
    dialog = page.growth.open_goal_dialog()
    assert isinstance(dialog, GoalDialog)
    dialog.due_edit.setDate(to_qdate(date(2020, 1, 1)))
    assert not dialog.ok_button.isEnabled()
    assert "due after its start" in dialog.error_text("due_on")


def test_no_growth_is_not_reached_at_this_rate(qtbot, sqlite_ctx):
    add(sqlite_ctx, "김하나", date(2020, 1, 1))
    page = page_of(qtbot, sqlite_ctx)
    assert "20 members: not reached at this rate" in page.growth.projection_label.text()


def test_add_an_event_and_record_attendance_with_guests_and_children(qtbot, sqlite_ctx):
    hana, _ = add(sqlite_ctx, "김하나", date(2024, 1, 1))
    bom, _ = add(sqlite_ctx, "이봄", date(2024, 1, 1))
    add(sqlite_ctx, "박소망", date(2024, 1, 1))
    page = page_of(qtbot, sqlite_ctx)
    page.create_new()  # Ctrl+N on this page
    dialog = page.events.dialog
    assert isinstance(dialog, EventDialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("retreat"))
    dialog.name_edit.setText("여름 수련회")
    dialog.ends_edit.setDate(to_qdate(TODAY + timedelta(days=2)))
    dialog.picker.search.setText("이봄")  # search as you type
    assert dialog.picker.proxy.rowCount() == 1
    shown = dialog.picker.proxy.index(0, 0)
    dialog.picker.model.itemFromIndex(dialog.picker.proxy.mapToSource(shown)).setCheckState(
        Qt.CheckState.Checked)
    dialog.picker.set_chosen(hana, True)
    dialog.guests_spin.setValue(4)
    dialog.children_spin.setValue(7)
    assert dialog.people_label.text() == "13 people in all"
    dialog.accept()
    assert not dialog.isVisible()
    (row,) = page.events.model.rows()
    assert (row.name, row.members, row.guests, row.children, row.people) == (
        "여름 수련회", 2, 4, 7, 13)
    assert {m.id for m in events.get_event(sqlite_ctx.db, sqlite_ctx.actor,
                                           row.id).attendees} == {hana, bom}
    (year,) = page.events.years.rows()
    assert year.largest_retreat is not None and year.largest_retreat.people == 13
    page.events.search.setText("겨울")
    assert page.events.proxy.rowCount() == 0


def test_staff_record_attendance_but_cannot_change_the_event(qtbot, sqlite_ctx):
    db, admin = sqlite_ctx.db, sqlite_ctx.actor
    hana, _ = add(sqlite_ctx, "김하나", date(2024, 1, 1))
    events.save_event(db, admin, EventInput(kind="gathering", name="모임",
                                                    starts_on=TODAY))
    made = users.create_account(db, admin, username="bom", display_name="Lee Bom",
                                role="staff", password=TEST_PASSWORD)
    staff = AppContext(db, Actor(id=made.id, username="bom", display_name="Lee Bom",
                                 role="staff", must_change_password=True), sqlite_ctx.hub)
    page = page_of(qtbot, staff)
    assert not page.events.new_button.isVisibleTo(page)
    assert page.as_page().new is None
    page.tabs.setCurrentWidget(page.events)
    page.events.view.selectRow(0)
    assert page.events.model.rowCount() == 1, page.events.status_label.text()
    page.events.open_selected()
    dialog = page.events.dialog
    assert isinstance(dialog, EventDialog)
    assert not dialog.name_edit.isEnabled() and dialog.picker.isEnabled()
    dialog.picker.set_chosen(hana, True)
    dialog.children_spin.setValue(2)
    dialog.accept()
    assert not dialog.isVisible()
    assert page.events.model.rows()[0].people == 3


def test_the_referral_tree_and_the_member_tab(qtbot, sqlite_ctx):
    a_id, a = add(sqlite_ctx, "가은", date(2024, 1, 1))
    b_id, b = add(sqlite_ctx, "나래", date(2024, 6, 1), a)
    add(sqlite_ctx, "다솜", date(2025, 2, 1), b)
    page = page_of(qtbot, sqlite_ctx)
    model = page.referrals.model
    assert model.rowCount() == 1
    root = model.item(0, 0)
    assert root.text().startswith(a) and model.item(0, 2).text() == "2"
    assert root.child(0, 0).child(0, 0).text().startswith("M-")
    assert "Longest chain: 3 people" in page.referrals.figures_label.text()
    page.referrals.search.setText("다솜")
    assert page.referrals.tree.currentIndex().data().endswith("다솜")
    tab = CommunityTab(sqlite_ctx)
    qtbot.addWidget(tab)
    tab.set_member(b_id, Read.OPEN)
    assert a in tab.referred_by_label.text()
    assert "다솜" in tab.reached_label.text()


def test_the_events_model_passes_the_model_checks(qtmodeltester, qtbot, sqlite_ctx):
    events.save_event(sqlite_ctx.db, sqlite_ctx.actor, EventInput(
        kind="worship", name="예배", starts_on=TODAY))
    page = page_of(qtbot, sqlite_ctx)
    qtmodeltester.check(page.events.model)
    qtmodeltester.check(page.events.years)


def test_the_goal_and_event_dialogs_label_fields_with_colons_and_alt_keys(qtbot, sqlite_ctx):
    from tests.ui.test_usability import check_labels

    for dialog in (GoalDialog(sqlite_ctx), EventDialog(sqlite_ctx)):
        qtbot.addWidget(dialog)
        dialog.show()
        check_labels(dialog)


def test_an_events_file_with_more_problems_than_listed_says_how_many(
        qtbot, sqlite_ctx, tmp_path, monkeypatch):
    """The problems beyond those listed are counted in the import dialog's line, as the
    command line and the members' import count them (it said 5 of 12)."""
    from safehouse.services import events_csv

    monkeypatch.setattr(events_csv, "MAX_LISTED", 5)
    rows = [f"모임 {n},2026-04-0{1 + n % 9},,gathering,,NOPE-{n:04d},0,0" for n in range(12)]
    path = tmp_path / "events.csv"
    path.write_text("\r\n".join(
        ("event,starts_on,ends_on,kind,place,member_code,guests,children", *rows)) + "\r\n",
        encoding="utf-8")
    page = page_of(qtbot, sqlite_ctx)
    dialog = page.events.import_file(path)
    qtbot.waitUntil(lambda: dialog.state == PROBLEMS, timeout=10000)
    assert dialog.status_label.text().startswith("12 problems were found.")
    assert len(dialog.problems()) == 5
    assert events.list_events(sqlite_ctx.db, sqlite_ctx.actor) == []
