"""The application's look: its icon and a light style sheet (``resources/style``)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QApplication

from safehouse.ui import icons


def style_sheet() -> str:
    return (resources.files("safehouse.resources").joinpath("style", "safehouse.qss")
            .read_text(encoding="utf-8"))


def apply(app: QApplication) -> None:
    """Give the application its icon and its style sheet (before any window opens)."""
    app.setWindowIcon(icons.app_icon())
    app.setStyleSheet(style_sheet())
