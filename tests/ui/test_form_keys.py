"""Forms and the keyboard: the keys start in the first field, never on Cancel; Enter
does the action; a half-typed admission is not thrown away without asking."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from safehouse.services import members, users
from safehouse.ui import messages
from safehouse.ui.admin.account_dialogs import NewUserDialog
from safehouse.ui.admin.users_tab import UsersTab
from safehouse.ui.context import AppContext
from safehouse.ui.members.member_form import MemberForm
from safehouse.ui.members.page import MembersPage
from safehouse.ui.password_dialog import TemporaryPasswordDialog

T = TypeVar("T", bound=QWidget)

pytestmark = [pytest.mark.usefixtures("shown_errors"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


def _opened(qtbot, parent: QWidget, kind: type[T]) -> T:  # type: ignore[no-untyped-def]
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, found
    dialog = found[0]
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)
    return dialog


def _users_tab(qtbot, ctx: AppContext) -> UsersTab:  # type: ignore[no-untyped-def]
    tab = UsersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


# --- 10: the keyboard starts in the first field ------------------------------------------


def test_new_user_starts_in_the_user_name_and_typing_a_space_types_it(qtbot, sqlite_ctx):
    tab = _users_tab(qtbot, sqlite_ctx)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = _opened(qtbot, tab, NewUserDialog)
    assert QApplication.focusWidget() is dialog.username
    assert dialog.ok_button.isDefault()
    qtbot.keyClicks(QApplication.focusWidget(), "staff 2")
    assert dialog.isVisible()  # the space did not press Cancel
    assert dialog.username.text() == "staff 2"


def test_reset_password_starts_in_the_password_and_enter_resets(qtbot, sqlite_ctx):
    account = users.create_account(sqlite_ctx.db, sqlite_ctx.actor, username="bom",
                                   display_name="Lee Bom", role="staff",
                                   password="first password 12")
    tab = _users_tab(qtbot, sqlite_ctx)
    assert tab.select(account.id)
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    dialog = _opened(qtbot, tab, TemporaryPasswordDialog)
    assert QApplication.focusWidget() is dialog.password
    assert dialog.ok_button.isDefault()
    qtbot.keyClicks(QApplication.focusWidget(), "temporary pass 34")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "temporary pass 34")
    assert dialog.repeat.text() == "temporary pass 34"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert "password was reset" in tab.status_label.text()


# --- 15: a half-typed admission ---------------------------------------------------------


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Answers to the questions asked, in turn (each question takes one)."""
    queue: list[bool] = []
    asked: list[str] = []

    def answer(_parent: QWidget | None, _title: str, text: str) -> bool:
        asked.append(text)
        assert queue, f"an unexpected question: {text}"
        return queue.pop(0)

    monkeypatch.setattr(messages, "confirm", answer)
    yield queue
    assert queue == [], "a question the test expected was not asked"


def _admission(qtbot, ctx: AppContext) -> tuple[MembersPage, MemberForm]:  # type: ignore[no-untyped-def]
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.create_new()
    return page, _opened(qtbot, page, MemberForm)


def test_escape_asks_before_throwing_away_a_half_typed_admission(qtbot, sqlite_ctx,
                                                                  answers):
    _page, form = _admission(qtbot, sqlite_ctx)
    qtbot.keyClicks(form.name, "Kim Ha")
    answers.append(False)  # No: keep typing
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert form.isVisible() and form.name.text() == "Kim Ha"

    answers.append(False)
    assert form.cancel_button is not None
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and form.name.text() == "Kim Ha"

    answers.append(True)  # Yes: throw it away
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert members.list_members(sqlite_ctx.db, sqlite_ctx.actor) == []


def test_an_untouched_admission_closes_without_a_question(qtbot, sqlite_ctx, answers):
    _page, form = _admission(qtbot, sqlite_ctx)
    qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_the_program_closing_a_form_asks_nothing(qtbot, sqlite_ctx, answers):
    _page, form = _admission(qtbot, sqlite_ctx)
    qtbot.keyClicks(form.name, "Kim Ha")
    form.reject()  # e.g. logging out closes every dialog
    assert not form.isVisible()
