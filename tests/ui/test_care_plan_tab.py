"""The Care plan tab (issue 10, item 4), with a person's keys and clicks: add a goal and
an update that moves its status; an overdue goal is marked by colour, icon and word; a
staff account sees the goal and its status but not the update's note. All data
fictional."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QIcon
from sqlalchemy import func, select

from safehouse.models import AuditEntry
from safehouse.services import access, care_plans, members, users
from safehouse.services.dto.care_plans import GoalInput
from safehouse.services.dto.people import MemberInput
from safehouse.storage.vault import Vault
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.members import MembersPage
from safehouse.ui.members.care_plan_dialogs import CareGoalDialog, CareUpdateDialog
from safehouse.ui.members.care_plan_tab import OVERDUE_COLOUR, CarePlanTab
from safehouse.ui.members.tabs import MemberTarget
from tests.conftest import TEST_PASSWORD, OnDay, sqlite_vault

TODAY = date(2026, 3, 4)
NOTE = "Canary-care-UI7 fictional: viewed a flat near the market"
STAFF_PASSWORD = "bora's own pass 12"

pytestmark = [pytest.mark.usefixtures("shown_errors", "no_confirmations")]


@pytest.fixture(autouse=True)
def _today(on_day: OnDay) -> None:
    on_day(TODAY)


@pytest.fixture
def house(tmp_path) -> Iterator[tuple[AppContext, int, Vault]]:  # type: ignore[no-untyped-def]
    vault = sqlite_vault(tmp_path)
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    users.create_account(opened.db, opened.actor, username="bora", display_name="Staff Bora",
                         role="staff", password=STAFF_PASSWORD, must_change_password=False)
    hana = members.create_member(opened.db, opened.actor, MemberInput(
        name="김하나", status="active", joined_on=date(2025, 1, 1))).id
    hub = ChangeHub(opened.db)
    yield AppContext(opened.db, opened.actor, hub), hana, vault
    hub.detach()
    opened.db.dispose()


def care_tab(qtbot, ctx: AppContext, member_id: int) -> tuple[MembersPage, CarePlanTab]:  # type: ignore[no-untyped-def]
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 750)
    page.show()
    qtbot.waitExposed(page)
    page.go_to(MemberTarget(member_id, "care_plan"))
    tab = page.member_tab("care_plan")
    assert isinstance(tab, CarePlanTab) and tab.isVisible()
    return page, tab


def cell(tab: CarePlanTab, row: int, col: int, role: int = Qt.ItemDataRole.DisplayRole
         ) -> object:
    model = tab.goals_view.model()
    return model.index(row, col).data(role)


def views(ctx: AppContext) -> int:
    with ctx.db.transaction() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "careplan.view")) or 0)


def test_add_a_goal_and_an_update_that_moves_its_status(qtbot, house):
    ctx, hana, _vault = house
    page, tab = care_tab(qtbot, ctx, hana)
    assert tab.summary.text() == "No goals yet."
    assert not tab.add_update_button.isEnabled()

    qtbot.mouseClick(tab.add_goal_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in tab.findChildren(CareGoalDialog) if d.isVisible())
    dialog.area.setCurrentIndex(dialog.area.findData("housing"))
    qtbot.keyClicks(dialog.text, "Find a flat of her own")
    dialog.target.setDate(date(2026, 6, 30))
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [cell(tab, 0, c) for c in range(5)] == [
        "Housing", "Not started", "2026-06-30", "", "Find a flat of her own"]
    assert tab.summary.text() == "Goals: 1 · overdue: 0"

    # the new goal is chosen; Add update
    assert tab.chosen_goal() is not None and tab.add_update_button.isEnabled()
    qtbot.mouseClick(tab.add_update_button, Qt.MouseButton.LeftButton)
    update = next(d for d in tab.findChildren(CareUpdateDialog) if d.isVisible())
    assert update.day.date() == QDate(2026, 3, 4)
    assert not update.ok_button.isEnabled()  # neither a note nor a new status yet
    update.status.setCurrentIndex(update.status.findData("in_progress"))
    qtbot.keyClicks(update.note, NOTE)
    qtbot.mouseClick(update.ok_button, Qt.MouseButton.LeftButton)
    assert not update.isVisible()
    assert cell(tab, 0, 1) == "In progress" and cell(tab, 0, 3) == "2026-03-04"
    history = tab.updates_view.model()
    assert history.rowCount() == 1
    assert [history.index(0, c).data() for c in range(4)] == [
        "2026-03-04", "Not started → In progress", "Test Administrator", NOTE]
    assert tab.history_label.text() == "Updates of “Find a flat of her own”: 1"
    # opened once (when first shown); the reloads after each change were refreshes
    assert views(ctx) == 1


def test_an_overdue_goal_is_marked_by_colour_icon_and_word(qtbot, house):
    ctx, hana, _vault = house
    care_plans.add_goal(ctx.db, ctx.actor, hana, GoalInput(
        area="safety", text="Change her phone number", target_on=date(2026, 2, 1)))
    care_plans.add_goal(ctx.db, ctx.actor, hana, GoalInput(
        area="work", text="Find work", target_on=date(2026, 9, 1)))
    _page, tab = care_tab(qtbot, ctx, hana)
    assert tab.summary.text() == "Goals: 2 · overdue: 1"
    assert cell(tab, 0, 0) == "Safety"  # by area: safety first
    assert cell(tab, 0, 2) == "2026-02-01 · overdue"
    brush = cell(tab, 0, 2, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == OVERDUE_COLOUR
    assert isinstance(cell(tab, 0, 2, Qt.ItemDataRole.DecorationRole), QIcon)
    assert cell(tab, 1, 2) == "2026-09-01"
    assert cell(tab, 1, 2, Qt.ItemDataRole.ForegroundRole) is None
    # sorted by status, or by target date, on a click of the header
    tab.goals_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert cell(tab, 0, 4) == "Find work"
    brush = cell(tab, 1, 1, Qt.ItemDataRole.ForegroundRole)  # its status, in red too
    assert isinstance(brush, QBrush) and brush.color() == OVERDUE_COLOUR


def test_staff_see_the_goal_and_its_status_but_not_the_note(qtbot, house):
    ctx, hana, vault = house
    goal = care_plans.add_goal(ctx.db, ctx.actor, hana, GoalInput(
        area="housing", text="Find a flat of her own", target_on=date(2026, 6, 30)))
    page, tab = care_tab(qtbot, ctx, hana)
    tab.choose_goal(goal.id)
    qtbot.mouseClick(tab.add_update_button, Qt.MouseButton.LeftButton)
    update = next(d for d in tab.findChildren(CareUpdateDialog) if d.isVisible())
    update.status.setCurrentIndex(update.status.findData("in_progress"))
    qtbot.keyClicks(update.note, NOTE)
    qtbot.mouseClick(update.ok_button, Qt.MouseButton.LeftButton)
    assert not update.isVisible()
    page.close()

    opened = access.log_in(vault, "bora", STAFF_PASSWORD)
    hub = ChangeHub(opened.db)
    try:
        staff = AppContext(opened.db, opened.actor, hub)
        _page, tab = care_tab(qtbot, staff, hana)
        assert [cell(tab, 0, c) for c in range(5)] == [
            "Housing", "In progress", "2026-06-30", "2026-03-04", "Find a flat of her own"]
        tab.choose_goal(goal.id)
        history = tab.updates_view.model()
        assert [history.index(0, c).data() for c in range(4)] == [
            "2026-03-04", "Not started → In progress", "Test Administrator",
            "(not shown for your role)"]
        assert "your role sees the goals" in tab.privacy.text()
        assert not tab.button_row.isVisible()
        assert tab.add_update() is None  # no way to write, by keys either
        assert NOTE not in "".join(
            str(history.index(r, c).data()) for r in range(history.rowCount())
            for c in range(history.columnCount()))
    finally:
        hub.detach()
        opened.db.dispose()
