"""Erasing a member from her page: administrators only, after typing her code."""

from __future__ import annotations

from datetime import date

import pytest

from safehouse.services import auth, keep_away, members
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.services.reading import Read
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.members import MembersPage
from safehouse.ui.members.member_table_model import COL_CODE
from safehouse.ui.members.purge_dialog import ERASE_ALL, ERASE_NOTES, PurgeDialog
from tests.conftest import TEST_PASSWORD

pytestmark = pytest.mark.usefixtures("shown_errors")


@pytest.fixture
def two(ctx: AppContext) -> list[MemberDetail]:
    hana = members.create_member(ctx.db, ctx.actor, MemberInput(
        name="김하나", alias="Hana", status="active", joined_on=date(2024, 3, 1),
        notes="Weekly counselling on Tuesdays."))
    keep_away.save_keep_away(ctx.db, ctx.actor, hana.id, person_name="Broker Choi",
                             relation="broker", description="Seen near the station")
    somang = members.create_member(ctx.db, ctx.actor, MemberInput(name="이소망"))
    return [hana, somang]


def make_page(qtbot, ctx: AppContext) -> MembersPage:  # type: ignore[no-untyped-def]
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def codes(page: MembersPage) -> list[str]:
    proxy = page.member_list.model
    return sorted(str(proxy.index(r, COL_CODE).data()) for r in range(proxy.rowCount()))


def open_dialog(page: MembersPage, member_id: int, mode: str) -> PurgeDialog:
    assert page.select_member(member_id)
    action = (page.profile.erase_all_action if mode == ERASE_ALL
              else page.profile.erase_notes_action)
    action.trigger()
    found = [d for d in page.findChildren(PurgeDialog) if d.isVisible()]
    assert len(found) == 1
    assert found[0].mode == mode
    return found[0]


def test_erase_is_offered_to_administrators_only(qtbot, ctx, two):
    page = make_page(qtbot, ctx)
    assert page.select_member(two[0].id)
    assert page.profile.erase_button.isVisible()
    assert [a.text().replace("&", "") for a in page.profile.erase_menu.actions()] == [
        "Erase everything about her…", "Erase only her notes…"]
    for role in ("manager", "counselor", "staff"):
        auth.create_user(ctx.db, ctx.actor, username=role, display_name=role, role=role,
                         password=TEST_PASSWORD)
        other = AppContext(ctx.db, auth.login(ctx.db, role, TEST_PASSWORD),
                           ChangeHub(ctx.db))
        theirs = make_page(qtbot, other)
        assert theirs.select_member(two[0].id)
        assert not theirs.profile.erase_button.isVisible(), role
        theirs.profile.erase_all_action.trigger()  # even if reached somehow: no dialog
        assert theirs.findChildren(PurgeDialog) == []
        other.hub.detach()


def test_erasing_needs_her_code_and_removes_her_from_the_list(qtbot, ctx, two):
    page = make_page(qtbot, ctx)
    assert codes(page) == ["M-0001", "M-0002"]
    dialog = open_dialog(page, two[0].id, ERASE_ALL)
    assert "M-0001" in dialog.windowTitle()
    assert "keep-away list" in dialog.explanation.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.confirmation, "M-000")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.confirmation, "2")  # another member's code
    assert not dialog.ok_button.isEnabled()
    dialog.confirmation.clear()
    qtbot.keyClicks(dialog.confirmation, "M-0001")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_erased):
        dialog.ok_button.click()

    assert codes(page) == ["M-0002"]
    assert page.current_member_id() != two[0].id
    assert "김하나" not in page.header.text()
    assert [m.code for m in members.list_members(ctx.db, ctx.actor)] == ["M-0002"]


def test_cancel_erases_nothing(qtbot, ctx, two):
    page = make_page(qtbot, ctx)
    dialog = open_dialog(page, two[0].id, ERASE_ALL)
    qtbot.keyClicks(dialog.confirmation, "M-0001")
    dialog.reject()
    assert codes(page) == ["M-0001", "M-0002"]
    assert page.profile.text_of("name") == "김하나"


def test_erasing_only_her_notes_keeps_her(qtbot, ctx, two):
    page = make_page(qtbot, ctx)
    assert page.select_member(two[0].id)
    assert page.profile.text_of("notes") == "Weekly counselling on Tuesdays."
    dialog = open_dialog(page, two[0].id, ERASE_NOTES)
    assert "case notes" in dialog.explanation.text()
    qtbot.keyClicks(dialog.confirmation, "M-0001")
    dialog.ok_button.click()
    assert not dialog.isVisible()

    assert codes(page) == ["M-0001", "M-0002"]
    assert page.current_member_id() == two[0].id
    assert page.profile.text_of("name") == "김하나"
    assert page.profile.text_of("notes") == "—"
    (entry,) = keep_away.list_keep_aways(ctx.db, ctx.actor, two[0].id, purpose=Read.REFRESH)
    assert (entry.person_name, entry.description) == ("Broker Choi", "")
