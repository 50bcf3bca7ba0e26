"""The main window at 1024 px (its opening width on a 1280 screen; office laptops of
1366×768 and 1280×800): no page holds it wider, in English or Korean, with the
program's fonts and style sheet, and nothing is hidden for good.

Before, its narrowest was 1225 px on the Reports page (the preview's buttons in one
row), 1219 / 1158 px on the Schedule (its ten buttons in one row) and 1058 px on the
Members page (the list never narrower than all its columns)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QTabWidget, QToolButton, QWidget

from safehouse.services import demo
from safehouse.storage.db import Database
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.main_window import MainWindow
from safehouse.ui.members.page import MembersPage
from safehouse.ui.reports.reports_page import ReportsPage
from safehouse.ui.schedule.page import SchedulePage
from tests.conftest import make_admin

pytestmark = [pytest.mark.usefixtures("shown_errors"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]

WIDTH, HEIGHT = 1024, 700
PAGES = ("dashboard", "members", "rooms", "schedule", "wellbeing", "community", "reports",
         "admin")


def _window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    admin = make_admin(db)
    demo.build_demo(db, admin, members=30, seed=5)  # names, rooms, counselors, sessions
    window = MainWindow(AppContext(db, admin, ChangeHub(db)), "희망의 집")
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    return window


def _views(window: MainWindow, key: str) -> Iterator[str]:
    """The page as each of its tabs shows it (on the Members page, each tab of a
    member's)."""
    window.show_page(key)
    page = window.current_page()
    if isinstance(page, MembersPage):
        page.member_list.view.selectRow(0)
    tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
    if not tabs:
        yield key
        return
    for i in range(tabs[0].count()):
        tabs[0].setCurrentIndex(i)
        yield f"{key} / {tabs[0].tabText(i)}"


def _inside(widget: QWidget, window: QWidget) -> bool:
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return window.rect().contains(rect)


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("key", PAGES)
def test_no_page_holds_the_window_wider_than_1024(qtbot, sqlite_db, styled, request,
                                                  language, key):
    if language == "ko":
        request.getfixturevalue("korean")
    window = _window(qtbot, sqlite_db)
    too_wide = []
    for name in _views(window, key):
        qtbot.wait(50)  # the page's reads come back (names, columns, charts)
        hint = window.minimumSizeHint()
        if hint.width() > WIDTH or hint.height() > HEIGHT:
            too_wide.append(f"{name}: {hint.width()}×{hint.height()}")
    assert too_wide == []
    window.resize(WIDTH, HEIGHT)
    qtbot.waitUntil(lambda: window.width() == WIDTH)
    # every button of the page there to press, none cut off at the window's edge
    page = window.current_page()
    cut = [b.text() for b in page.findChildren(QPushButton)
           if b.isVisibleTo(window) and not _inside(b, window)]
    assert cut == []


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_schedules_buttons_wrap_and_each_still_works(qtbot, sqlite_db, styled, request,
                                                        language):
    if language == "ko":
        request.getfixturevalue("korean")
    window = _window(qtbot, sqlite_db)
    window.show_page("schedule")
    page = window.current_page()
    assert isinstance(page, SchedulePage)
    buttons = [page.book_button, page.open_button, page.cancel_button, page.delete_button,
               page.notes_button, page.tools.pdf_button, page.tools.counselors_button,
               page.tools.hours_button, page.tools.export_button]
    assert all(b.isVisible() and _inside(b, window) for b in buttons)
    assert page.tools.y() > page.book_button.y()  # on a second line
    # the same buttons as before, with their Alt keys (test_page_keys)


def test_the_previews_zoom_behind_the_toolbars_arrow_still_works(qtbot, sqlite_db, styled):
    window = _window(qtbot, sqlite_db)
    window.show_page("reports")
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    page.options.show_kind("roster")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=20000)
    preview = page.preview
    toolbar = preview.toolbar
    qtbot.waitUntil(lambda: window.width() == WIDTH)
    # the window as narrow as it goes: the less-used buttons go behind the arrow
    page.splitter.setSizes([10_000, 1])
    qtbot.wait(50)
    whole_page = toolbar.widgetForAction(preview.fit_page_action)
    assert not whole_page.isVisible()
    arrow = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert arrow is not None and arrow.isVisible()
    chosen: list[str] = []

    def choose() -> None:  # in the arrow's menu, as a person clicks it
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a is preview.fit_page_action)
        chosen.append(action.text())
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                         pos=menu.actionGeometry(action).center())

    QTimer.singleShot(200, choose)
    qtbot.mouseClick(arrow, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chosen != [])
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
    # and its keys work whether or not its button shows
    zoom = preview.view.zoomFactor()
    preview.view.setFocus()
    qtbot.keyClick(preview.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() > zoom
