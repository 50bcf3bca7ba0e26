"""The profile shows a member's periods in the community; the status dialog lets her
leave and come back, and refuses a return inside her last period next to the field."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from safehouse.services import members
from safehouse.services.dto.people import MemberInput
from safehouse.ui.context import AppContext
from safehouse.ui.members import MembersPage
from safehouse.ui.members.status_dialog import StatusDialog
from tests.ui.test_members_page import choose, dialog_of, make_page

pytestmark = pytest.mark.usefixtures("shown_errors", "no_confirmations")


def change_status(qtbot, page: MembersPage, status: str, on: date) -> StatusDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.profile.status_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(page, StatusDialog)
    dialog.set_new_status(status)
    dialog.set_effective_date(on)
    return dialog


def test_a_member_who_left_and_came_back_shows_both_periods(qtbot, sqlite_ctx: AppContext):
    hana = members.create_member(sqlite_ctx.db, sqlite_ctx.actor, MemberInput(
        name="김하나", status="active", joined_on=date(2024, 3, 1)))
    page = make_page(qtbot, sqlite_ctx)
    choose(page, hana.id)
    assert page.profile.period_rows() == [("2024-03-01", "—", "Still a member")]

    dialog = change_status(qtbot, page, "exited", date(2024, 8, 1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.profile.period_rows() == [("2024-03-01", "2024-08-01", "Exited")]

    dialog = change_status(qtbot, page, "active", date(2025, 1, 1))
    assert "comes back" in dialog.hint.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.profile.period_rows() == [
        ("2024-03-01", "2024-08-01", "Exited"),
        ("2025-01-01", "—", "Still a member"),
    ]
    assert page.profile.text_of("joined_on") == "2025-01-01"
    assert page.profile.text_of("left_on") == "—"


def test_coming_back_inside_her_last_period_is_refused_in_the_dialog(
    qtbot, sqlite_ctx: AppContext
):
    hana = members.create_member(sqlite_ctx.db, sqlite_ctx.actor, MemberInput(
        name="김하나", status="alumni", joined_on=date(2024, 3, 1), left_on=date(2024, 8, 1)))
    page = make_page(qtbot, sqlite_ctx)
    choose(page, hana.id)
    dialog = change_status(qtbot, page, "active", date(2024, 7, 1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "2024-08-02" in dialog.error.text()  # when she can come back
    assert page.profile.period_rows() == [("2024-03-01", "2024-08-01", "Alumni")]


def test_someone_who_never_joined_shows_no_periods(qtbot, sqlite_ctx: AppContext):
    somang = members.create_member(sqlite_ctx.db, sqlite_ctx.actor,
                                   MemberInput(name="Park Somang"))
    page = make_page(qtbot, sqlite_ctx)
    choose(page, somang.id)
    assert page.profile.period_rows() == []
    assert page.profile.periods_empty.isVisible()
    assert not page.profile.periods.isVisible()
