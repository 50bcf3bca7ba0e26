"""How the main window looks and where it goes: each page under its heading, the
navigation with icons, and the window's size and place kept per account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QVBoxLayout, QWidget

from safehouse.ui import account_settings, icons
from safehouse.ui.pages import Page

GEOMETRY = "window/geometry"
STATE = "window/state"


def page_frame(title: str, page: QWidget) -> QWidget:
    """The page under its heading (``pageHeading``), with the same margins on every page."""
    frame = QWidget()
    heading = QLabel(title.replace("&", ""), frame)
    heading.setObjectName("pageHeading")
    heading.setTextFormat(Qt.TextFormat.PlainText)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 6)
    layout.setSpacing(4)
    layout.addWidget(heading)
    layout.addWidget(page, 1)
    return frame


def nav_item(page: Page) -> QListWidgetItem:
    item = QListWidgetItem(icons.page_icon(page.key), page.title())
    item.setData(Qt.ItemDataRole.UserRole, page.key)
    return item


def place(window: QMainWindow) -> None:
    """Where this account left the window on this computer; the first time, 80% of the
    screen, centred (see :func:`account_settings.first_geometry`)."""
    saved = account_settings.load_bytes(GEOMETRY)
    if saved is not None and window.restoreGeometry(saved):
        state = account_settings.load_bytes(STATE)
        if state is not None:
            window.restoreState(state)
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(account_settings.first_geometry(screen.availableGeometry()))


def remember(window: QMainWindow) -> None:
    """Keep the window's size and place for this account (at close)."""
    account_settings.save(GEOMETRY, window.saveGeometry())
    account_settings.save(STATE, window.saveState())
