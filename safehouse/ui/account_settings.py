"""Settings that belong to the person at this computer: the window's size and place, the
tables' layouts and the language, each kept per account.

The keys start with ``accounts/<user name>/``: the user name of the account logged in
(never anything about the members). Before anyone logs in (the login itself) the keys
have no prefix: the language the login shows in is the last one chosen on this
computer.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize

_account: str | None = None

# The first window's share of the screen, and the least it takes where the screen
# allows (below that the pages are cramped).
SHARE = 0.8
LEAST = QSize(1024, 680)


def set_account(username: str | None) -> None:
    """Whose settings are read and written from now on (None: nobody logged in)."""
    global _account
    _account = username.lower() if username else None


def account() -> str | None:
    return _account


def key(name: str) -> str:
    """The settings key ``name`` for the account logged in (``name`` itself before)."""
    return f"accounts/{_account}/{name}" if _account else name


def load_bytes(name: str) -> QByteArray | None:
    value = QSettings().value(key(name))
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save(name: str, value: object) -> None:
    QSettings().setValue(key(name), value)


def load_text(name: str) -> str | None:
    value = QSettings().value(key(name), "")
    return value if isinstance(value, str) and value else None


def first_geometry(available: QRect) -> QRect:
    """Where the first window goes on a screen with this free area: 80% of it, at least
    :data:`LEAST` where it fits, centred."""
    width = min(available.width(), max(round(available.width() * SHARE), LEAST.width()))
    height = min(available.height(), max(round(available.height() * SHARE), LEAST.height()))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect
