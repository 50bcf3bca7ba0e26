"""The Monday-morning dashboard (issue 13, item 24), in the main window, with real keys:
the date with its weekday, the week's moves, members without a bed, open enquiries,
every figure opening the list behind it, and first steps in a new database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout

from safehouse.changes import Change, ChangeKind
from safehouse.errors import PermissionDenied
from safehouse.services import auth, care_plans, community, members, rooms
from safehouse.services.dto.care_plans import GoalInput as CareGoalInput
from safehouse.services.dto.care_plans import UpdateInput as CareUpdateInput
from safehouse.services.dto.community import GoalInput
from safehouse.services.dto.people import MemberInput
from safehouse.services.permissions import Action
from safehouse.ui import dashboard_page
from safehouse.ui.community.page import CommunityPage
from safehouse.ui.context import AppContext
from safehouse.ui.dashboard.care_plan_section import CarePlanSection
from safehouse.ui.dashboard.community_section import CommunitySection
from safehouse.ui.dashboard.movements_section import MovementsSection, month_of
from safehouse.ui.dashboard.sections import SectionEntry, SectionHost, SectionView
from safehouse.ui.dashboard_page import DashboardPage
from safehouse.ui.dashboard_parts import ListDialog, Tile
from safehouse.ui.main_window import MainWindow
from safehouse.ui.members import MembersPage
from safehouse.ui.members.member_form import MemberForm
from safehouse.ui.members.tabs import MemberTarget
from safehouse.ui.rooms.page import RoomsPage
from safehouse.ui.rooms.room_dialog import RoomDialog
from tests.conftest import TEST_PASSWORD, OnDay

WEDNESDAY = date(2026, 3, 4)

pytestmark = [pytest.mark.usefixtures("shown_errors", "no_confirmations"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


@pytest.fixture(autouse=True)
def _midweek(on_day: OnDay) -> None:
    on_day(WEDNESDAY)


def loaded(qtbot, page: DashboardPage) -> DashboardPage:  # type: ignore[no-untyped-def]
    """Once the page's figures, read off the GUI thread, are shown."""
    qtbot.waitUntil(lambda: not page.loading(), timeout=10_000)
    return page


def window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ctx, "Test House")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    loaded(qtbot, dashboard_of(win))
    return win


def dashboard_of(win: MainWindow) -> DashboardPage:
    page = win.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    return page


def admit(ctx: AppContext, name: str, status: str = "active") -> int:
    return members.create_member(ctx.db, ctx.actor, MemberInput(
        name=name, status=status,
        joined_on=date(2025, 1, 1) if status == "active" else None)).id


@pytest.fixture
def house(sqlite_ctx: AppContext) -> dict[str, int]:
    ctx = sqlite_ctx
    ids = {"arriving": admit(ctx, "김하나"), "settled": admit(ctx, "Lee Bom"),
           "homeless": admit(ctx, "Kang Sora"), "asking": admit(ctx, "이소망", "enquiry")}
    r101 = rooms.create_room(ctx.db, ctx.actor, name="101", floor=1, capacity=3)
    rooms.assign(ctx.db, ctx.actor, ids["settled"], r101.id, date(2026, 1, 1))
    rooms.assign(ctx.db, ctx.actor, ids["arriving"], r101.id, date(2026, 3, 6))
    return ids


def test_the_dashboard_shows_the_day_and_the_week_with_its_figures(qtbot, sqlite_ctx, house):
    page = dashboard_of(window(qtbot, sqlite_ctx))
    assert page.date_label.text().startswith("Wednesday")
    assert "March 4, 2026" in page.date_label.text()
    assert "2026-03-02" in page.week_label.text() and "2026-03-08" in page.week_label.text()
    assert not page.start_panel.isVisible()
    assert page.moves_tile.value.text() == "1"
    assert "in: 1" in page.moves_tile.detail.text()
    # Kim Hana's bed is from Friday: today she, and Kang Sora, have none
    assert page.no_bed_tile.value.text() == "2"
    assert page.enquiries_tile.value.text() == "1"
    assert page.members_tile.value.text() == "3"


def test_the_weekday_is_in_the_users_language(qtbot, sqlite_ctx, korean):
    page = DashboardPage(sqlite_ctx)
    qtbot.addWidget(page)
    assert page.date_label.text() == "2026년 3월 4일 수요일"


def test_each_figure_opens_the_list_behind_it(qtbot, sqlite_ctx, house):
    win = window(qtbot, sqlite_ctx)
    page = dashboard_of(win)
    members_page, rooms_page = win.pages["members"], win.pages["rooms"]
    assert isinstance(members_page, MembersPage) and isinstance(rooms_page, RoomsPage)

    # open enquiries: the Members page, filtered to enquiries
    qtbot.mouseClick(page.enquiries_tile, Qt.MouseButton.LeftButton)
    assert win.current_page() is members_page
    assert members_page.member_list.status_filter.currentData() == "enquiry"
    assert members_page.member_list.model.rowCount() == 1
    assert members_page.current_member_id() is None  # nobody opened

    # members without a bed: a list; Enter on a line opens her
    win.show_page("dashboard")
    page.no_bed_tile.setFocus()
    qtbot.keyClick(page.no_bed_tile, Qt.Key.Key_Space)
    dialog = page.active_dialog()
    assert isinstance(dialog, ListDialog)
    assert [e.text for e in dialog.entries] == ["M-0001 김하나", "M-0003 Kang Sora"]
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert win.current_page() is members_page
    assert members_page.current_member_id() == house["homeless"]

    # the week's moves: Enter opens the board on her day
    win.show_page("dashboard")
    qtbot.keyClick(page.moves_tile, Qt.Key.Key_Return)
    dialog = page.active_dialog()
    assert isinstance(dialog, ListDialog)
    assert dialog.entries[0].text.endswith("M-0001 김하나 · moves into room 101")
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert win.current_page() is rooms_page
    assert rooms_page.board_date() == date(2026, 3, 6)

    # beds free: the board today
    win.show_page("dashboard")
    qtbot.mouseClick(page.beds_tile, Qt.MouseButton.LeftButton)
    assert win.current_page() is rooms_page
    assert rooms_page.board_date() == WEDNESDAY


def test_a_new_database_says_what_to_do_first_with_buttons_that_do_it(qtbot, sqlite_ctx):
    page = dashboard_of(window(qtbot, sqlite_ctx))
    assert page.start_panel.isVisible()
    assert not page.tiles.isVisible()  # no zeros
    assert page.start_panel.rooms_step.isVisible()
    assert page.start_panel.members_step.isVisible()

    qtbot.mouseClick(page.start_panel.add_room_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog()
    assert isinstance(dialog, RoomDialog)
    qtbot.keyClicks(dialog.name_edit, "101")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [r.name for r in rooms.list_rooms(sqlite_ctx.db, sqlite_ctx.actor)] == ["101"]
    loaded(qtbot, page)
    # the rooms step is done; the next is what is left, and the figures show
    assert not page.start_panel.rooms_step.isVisible()
    assert page.start_panel.members_step.isVisible()
    assert page.start_panel.admit_button.isVisible()
    assert page.tiles.isVisible()

    qtbot.mouseClick(page.start_panel.admit_button, Qt.MouseButton.LeftButton)
    form = page.active_dialog()
    assert isinstance(form, MemberForm)
    qtbot.keyClicks(form.name, "Kim Hana")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    loaded(qtbot, page)
    assert not page.start_panel.isVisible()
    assert page.enquiries_tile.value.text() == "1"


# --- the sections after the house's figures ---------------------------------------------


def test_the_community_against_its_goal_in_one_line_opens_the_community_page(
        qtbot, sqlite_ctx, house):
    community.save_goal(sqlite_ctx.db, sqlite_ctx.actor,
                        GoalInput(start_on=date(2025, 1, 1), target_low=15, target_high=20))
    win = window(qtbot, sqlite_ctx)
    page = dashboard_of(win)
    tile = page.section("community")
    assert isinstance(tile, CommunitySection) and tile.isVisible()
    assert tile.value.text() == "3"
    detail = tile.detail.text()
    assert "Goal: 15 to 20 members by 2027-01-01." in detail
    # nobody joined in the last six months: flat, so neither target is reached
    assert "At this rate (+0.0 a month): 15 not reached; 20 not reached." in detail
    win.show_page("members")
    win.show_page("dashboard")
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    community_page = win.pages["community"]
    assert isinstance(community_page, CommunityPage)
    assert win.current_page() is community_page
    assert community_page.tabs.currentWidget() is community_page.growth


def test_who_joined_or_left_this_month_opens_the_member(qtbot, sqlite_ctx, house):
    new = members.create_member(sqlite_ctx.db, sqlite_ctx.actor, MemberInput(
        name="Park Mirae", status="active", joined_on=date(2026, 3, 2))).id
    members.create_member(sqlite_ctx.db, sqlite_ctx.actor, MemberInput(
        name="Old Friend", status="active", joined_on=date(2026, 2, 27)))
    win = window(qtbot, sqlite_ctx)
    page = dashboard_of(win)
    tile = page.section("movements")
    assert isinstance(tile, MovementsSection)
    assert tile.value.text() == "1"
    assert "joined or came back: 1 · left: 0 (since 2026-03-01)" in tile.detail.text()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog()
    assert isinstance(dialog, ListDialog)
    assert [e.text for e in dialog.entries] == ["2026-03-02 · M-0005 Park Mirae · joined"]
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    members_page = win.pages["members"]
    assert isinstance(members_page, MembersPage)
    assert win.current_page() is members_page
    assert members_page.current_member_id() == new
    # she leaves: the section hears of it
    win.show_page("dashboard")
    members.set_status(sqlite_ctx.db, sqlite_ctx.actor, new, "exited", on=WEDNESDAY)
    loaded(qtbot, page)
    assert tile.value.text() == "2"
    assert "left: 1" in tile.detail.text()


def test_the_month_of_a_day():
    assert month_of(date(2026, 12, 31)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert month_of(date(2028, 2, 10)) == (date(2028, 2, 1), date(2028, 2, 29))


class _Calls:
    def __init__(self) -> None:
        self.refreshed: list[date] = []
        self.cleared = 0


def _section(calls: _Calls, key: str, *, refuse: bool = False,
             rights: tuple[Action, ...] = (), span: int = 1) -> SectionEntry:
    def make(_ctx: AppContext, host: SectionHost) -> SectionView:
        tile = Tile(f"Section {key}", "", host.parent)

        def read(today: date) -> int:  # off the GUI thread
            if refuse:
                raise PermissionDenied("not for you")
            calls.refreshed.append(today)
            return len(calls.refreshed)

        def show(count: int) -> None:
            tile.show_figure(count, "")

        def clear() -> None:
            calls.cleared += 1

        tile.sig_clicked.connect(lambda: host.go("members", MemberTarget(1, "community")))
        return SectionView(tile, read, show, frozenset({ChangeKind.EVENT}), span=span,
                           clear_personal_data=clear)
    return SectionEntry(key, make, rights)


def test_a_new_section_is_one_line_and_gets_what_every_section_gets(
        qtbot, sqlite_ctx, house, monkeypatch):
    calls, refused_calls = _Calls(), _Calls()
    monkeypatch.setattr(dashboard_page, "SECTIONS", (
        *dashboard_page.SECTIONS, _section(calls, "wide", span=3), _section(calls, "mine"),
        _section(refused_calls, "refused", refuse=True),
        _section(calls, "admins", rights=(Action.USER_MANAGE,))))
    win = window(qtbot, sqlite_ctx)
    page = dashboard_of(win)
    assert calls.refreshed and set(calls.refreshed) == {WEDNESDAY}
    wide, mine = page.section("wide"), page.section("mine")
    assert wide is not None and mine is not None and mine.isVisible()
    assert page.section("admins") is not None  # an administrator has every right
    refused = page.section("refused")
    assert refused is not None and not refused.isVisible() and not refused_calls.refreshed
    # the wide one takes a whole row of its own
    grid = page.tiles.layout()
    assert isinstance(grid, QGridLayout)
    row, column, _rows, columns = grid.getItemPosition(grid.indexOf(wide))
    assert (column, columns) == (0, 3) and row >= 3
    # a change of its kind reaches it; the lock clears it
    before = len(calls.refreshed)
    sqlite_ctx.db.notify(Change(ChangeKind.EVENT, ()))
    loaded(qtbot, page)
    assert len(calls.refreshed) == before + 3  # wide, mine, admins
    page.clear_personal_data()
    assert calls.cleared == 3
    # its click opens a member on one of her tabs
    qtbot.mouseClick(mine, Qt.MouseButton.LeftButton)
    members_page = win.pages["members"]
    assert isinstance(members_page, MembersPage)
    assert win.current_page() is members_page
    assert members_page.current_member_id() == 1
    assert members_page.tabs.currentWidget() is members_page.member_tab("community")


def test_a_section_is_made_only_for_the_roles_it_names(qtbot, sqlite_ctx, house, monkeypatch):
    calls = _Calls()
    monkeypatch.setattr(dashboard_page, "SECTIONS",
                        (_section(calls, "admins", rights=(Action.USER_MANAGE,)),))
    auth.create_user(sqlite_ctx.db, sqlite_ctx.actor, username="staff", display_name="S",
                     role="staff", password=TEST_PASSWORD)
    staff = AppContext(sqlite_ctx.db, auth.login(sqlite_ctx.db, "staff", TEST_PASSWORD),
                       sqlite_ctx.hub)
    page = DashboardPage(staff)
    qtbot.addWidget(page)
    loaded(qtbot, page)
    assert page.section("admins") is None and not calls.refreshed


def test_overdue_care_plan_goals_open_the_members_care_plan(qtbot, sqlite_ctx, house):
    ctx = sqlite_ctx
    late = care_plans.add_goal(ctx.db, ctx.actor, house["settled"], CareGoalInput(
        area="housing", text="Find a flat of her own", target_on=date(2026, 2, 2)))
    care_plans.add_goal(ctx.db, ctx.actor, house["arriving"], CareGoalInput(
        area="work", text="Not due yet", target_on=date(2026, 9, 1)))
    win = window(qtbot, ctx)
    page = dashboard_of(win)
    tile = page.section("care_plans")
    assert isinstance(tile, CarePlanSection)
    assert tile.value.text() == "1"
    assert "neither achieved nor set aside" in tile.detail.text()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    dialog = page.active_dialog()
    assert isinstance(dialog, ListDialog)
    assert [e.text for e in dialog.entries] == [
        "M-0002 Lee Bom · Housing · Find a flat of her own · due 2026-02-02, 30 days ago"]
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    members_page = win.pages["members"]
    assert isinstance(members_page, MembersPage)
    assert win.current_page() is members_page
    assert members_page.current_member_id() == house["settled"]
    tab = members_page.member_tab("care_plan")
    assert tab is not None and members_page.tabs.currentWidget() is tab
    # achieved: no longer overdue, and the dashboard hears of it
    care_plans.add_update(ctx.db, ctx.actor, late.id, CareUpdateInput(
        day=WEDNESDAY, status="achieved"))
    loaded(qtbot, page)
    assert tile.value.text() == "0"


def test_overdue_goals_are_for_managers_and_counselors_not_staff(qtbot, sqlite_ctx, house):
    made = {}
    for role in ("staff", "counselor"):
        auth.create_user(sqlite_ctx.db, sqlite_ctx.actor, username=role, display_name=role,
                         role=role, password=TEST_PASSWORD)
        made[role] = AppContext(sqlite_ctx.db, auth.login(sqlite_ctx.db, role, TEST_PASSWORD),
                                sqlite_ctx.hub)
    staff_page = DashboardPage(made["staff"])
    qtbot.addWidget(staff_page)
    assert staff_page.section("care_plans") is None
    counselor_page = DashboardPage(made["counselor"])
    qtbot.addWidget(counselor_page)
    loaded(qtbot, counselor_page)
    tile = counselor_page.section("care_plans")
    assert isinstance(tile, CarePlanSection)
    assert "not on the counselors' list" in tile.detail.text()
