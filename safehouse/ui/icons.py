"""The application's icon and the navigation's, from SVG files in the resources.

The navigation icons are Lucide's (ISC licence, vendored in ``resources/icons`` with
their licence); they are drawn in ``currentColor``, which is given here the colour of
the palette's text, so that they follow a dark system theme too. The application icon
was drawn for the project (CC0).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

APP_ICON = "safehouse"

# Each page's icon, by the page's key (safehouse.ui.page_list.PAGES).
PAGE_ICONS = {
    "dashboard": "layout-dashboard",
    "members": "users",
    "rooms": "bed-double",
    "schedule": "calendar-days",
    "wellbeing": "heart-pulse",
    "community": "sprout",
    "reports": "file-text",
    "admin": "settings",
}
SIZES = (16, 20, 24, 32, 48, 64)
NAV_ICON_SIZE = QSize(20, 20)


def svg_bytes(name: str) -> bytes:
    """The SVG file ``resources/icons/<name>.svg``."""
    return (resources.files("safehouse.resources").joinpath("icons", f"{name}.svg")
            .read_bytes())


def _render(renderer: QSvgRenderer, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _icon(data: bytes, sizes: tuple[int, ...] = SIZES) -> QIcon:
    """The SVG drawn at each of ``sizes`` (read once)."""
    icon = QIcon()
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    renderer = QSvgRenderer(QByteArray(data))
    for size in sizes:
        icon.addPixmap(_render(renderer, size, max(1.0, ratio)))
    return icon


@cache
def app_icon() -> QIcon:
    """The window's and the application's icon."""
    return _icon(svg_bytes(APP_ICON))


def line_icon(name: str, color: QColor | None = None,
              sizes: tuple[int, ...] = SIZES) -> QIcon:
    """A Lucide line icon in ``color`` (default: the palette's text colour), drawn at
    each of ``sizes``."""
    if color is None:
        color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    data = svg_bytes(name).replace(b"currentColor", color.name().encode("ascii"))
    return _icon(data, sizes)


def page_icon(key: str) -> QIcon:
    """The navigation's icon for the page ``key`` (an empty icon for a page without),
    drawn at the navigation's size and at twice it (a screen with more pixels) only:
    every size is an SVG rendering before the window appears, 48 for the eight pages."""
    name = PAGE_ICONS.get(key)
    size = NAV_ICON_SIZE.width()
    return line_icon(name, sizes=(size, 2 * size)) if name else QIcon()
