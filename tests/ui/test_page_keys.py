"""Alt+letter keys on the pages, as on the dialogs (``test_mnemonics``): the actions of
a page — each button, each tab — can be pressed from the keyboard, and no two of a
page's keys (nor a button's and a menu's) are the same, in English and in Korean.

Tried on every page as each of its tabs shows it (on the Members page, each tab of a
member who has a household). A member's Sessions tab was the one tab without a letter,
and the Rooms and Schedule pages' buttons had none; Alt+P on her Check-ins went to the
Profile tab or to "Record a response", Alt+G on the Reports page to Generate or the Go
menu (an Alt key taken twice only moves the focus between the two).

Tabs that share a menu's letter (Household and Help, H) are not looked at: left as
they are, known to their users."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QPushButton, QTabWidget

from safehouse.services import households, members
from safehouse.services.dto.people import MemberInput
from safehouse.ui.context import AppContext
from safehouse.ui.main_window import MainWindow
from tests.ui.test_mnemonics import clashes, mnemonic

pytestmark = [pytest.mark.usefixtures("shown_errors"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]

# Every page; a button whose text is a symbol alone (◀ ▶) needs no letter.
PAGES = ("members", "rooms", "schedule", "community", "dashboard", "wellbeing", "reports",
         "admin")


def _window(qtbot, ctx: AppContext) -> tuple[MainWindow, int]:  # type: ignore[no-untyped-def]
    hana = members.create_member(ctx.db, ctx.actor, MemberInput(
        name="Kim Hana", status="active", joined_on=date(2024, 1, 1)))
    households.create_household(ctx.db, ctx.actor, hana.id)  # its buttons shown
    window = MainWindow(ctx, "Test House")
    qtbot.addWidget(window)
    window.show()
    return window, hana.id


def _menu_keys(window: MainWindow) -> dict[str, str]:
    found = {}
    for action in window.menuBar().actions():
        key = mnemonic(action.text())
        if key is not None:
            found[key] = action.text()
    return found


def _views(window: MainWindow, key: str, member_id: int) -> Iterator[str]:
    """Shows the page as each of its tabs (a member's tabs on the Members page) shows it,
    and names it."""
    window.show_page(key)
    page = window.current_page()
    if key == "members":
        assert page.select_member(member_id)
    tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
    if not tab_widgets:
        yield key
        return
    tabs = tab_widgets[0]
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        yield f"{key} / {tabs.tabText(i)}"


def _problems(window: MainWindow, key: str, member_id: int) -> list[str]:
    menus = _menu_keys(window)
    problems: list[str] = []
    if True:
        for name in _views(window, key, member_id):
            page = window.current_page()
            for clash in clashes(window).items():
                problems.append(f"{name}: {clash}")
            for w in page.findChildren(QPushButton):
                if not w.isVisibleTo(window) or not any(c.isalpha() for c in w.text()):
                    continue
                letter = mnemonic(w.text())
                if letter is None:
                    problems.append(f"{name}: no Alt key on {w.text()!r}")
                elif letter in menus:
                    problems.append(f"{name}: {w.text()!r} takes the menu {menus[letter]!r}'s key")
            for tabs in page.findChildren(QTabWidget):
                if tabs.isVisibleTo(window):
                    problems += [f"{name}: no Alt key on the tab {tabs.tabText(i)!r}"
                                 for i in range(tabs.count()) if mnemonic(tabs.tabText(i)) is None]
    return sorted(set(problems))


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_action_has_its_own_alt_key(qtbot, sqlite_ctx, request, language, page):
    if language == "ko":
        request.getfixturevalue("korean")
    window, member_id = _window(qtbot, sqlite_ctx)
    problems = _problems(window, page, member_id)
    assert problems == [], "\n".join(problems)
