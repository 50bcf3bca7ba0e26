"""The member's tables start in an order a person expects: the household head first,
keep-away names A→Z, room history newest first (not the first column, Z→A)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QTableView

from safehouse.services import households, keep_away, members, rooms
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.ui.context import AppContext
from safehouse.ui.members.household_tab import HouseholdTab
from safehouse.ui.members.keep_away_tab import KeepAwayTab
from safehouse.ui.members.room_history_tab import RoomHistoryTab
from tests.conftest import OnDay

pytestmark = pytest.mark.usefixtures("shown_errors")


def _column(view: QTableView, col: int) -> list[str]:
    model = view.model()
    return [str(model.index(row, col).data()) for row in range(model.rowCount())]


def _member(ctx: AppContext, name: str) -> int:
    return members.create_member(ctx.db, ctx.actor, MemberInput(
        name=name, status="active", joined_on=date(2024, 1, 1))).id


def test_the_household_lists_its_head_first(qtbot, sqlite_ctx: AppContext):
    child = _member(sqlite_ctx, "Kim Byeol")
    head = _member(sqlite_ctx, "Kim Hana")
    aunt = _member(sqlite_ctx, "Ahn Duri")
    h = households.create_household(sqlite_ctx.db, sqlite_ctx.actor, child, relation="child")
    households.add_to_household(sqlite_ctx.db, sqlite_ctx.actor, h.id, aunt, "other")
    households.add_to_household(sqlite_ctx.db, sqlite_ctx.actor, h.id, head, "head")
    tab = HouseholdTab(sqlite_ctx)
    qtbot.addWidget(tab)
    tab.set_member(child, Read.OPEN)
    assert _column(tab.view, 1) == ["Kim Hana", "Kim Byeol", "Ahn Duri"]
    assert _column(tab.view, 2) == ["Head", "Child", "Other"]


def test_keep_away_names_run_a_to_z(qtbot, sqlite_ctx: AppContext):
    hana = _member(sqlite_ctx, "Kim Hana")
    for name in ("Choi Broker", "Park Former", "An Cousin"):
        keep_away.save_keep_away(sqlite_ctx.db, sqlite_ctx.actor, hana, person_name=name,
                                 relation="other")
    tab = KeepAwayTab(sqlite_ctx)
    qtbot.addWidget(tab)
    tab.set_member(hana, Read.OPEN)
    tab.show()  # the list is read when it is on screen
    assert _column(tab.view, 0) == ["An Cousin", "Choi Broker", "Park Former"]


def test_room_history_runs_newest_first_by_date(qtbot, sqlite_ctx: AppContext,
                                                on_day: OnDay):
    on_day(date(2025, 6, 1))
    hana = _member(sqlite_ctx, "Kim Hana")
    db, actor = sqlite_ctx.db, sqlite_ctx.actor
    a = rooms.create_room(db, actor, name="A-101", floor=1, capacity=2)
    z = rooms.create_room(db, actor, name="Z-201", floor=2, capacity=2)
    m = rooms.create_room(db, actor, name="M-301", floor=3, capacity=2)
    rooms.assign(db, actor, hana, z.id, date(2025, 1, 1))
    rooms.move(db, actor, hana, a.id, date(2025, 2, 1))
    rooms.move(db, actor, hana, m.id, date(2025, 3, 1))
    tab = RoomHistoryTab(sqlite_ctx)
    qtbot.addWidget(tab)
    tab.set_member(hana, Read.OPEN)
    assert _column(tab.view, 2) == ["2025-03-01", "2025-02-01", "2025-01-01"]
    assert _column(tab.view, 0) == ["M-301", "A-101", "Z-201"]
