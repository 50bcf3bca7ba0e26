"""The main window's watches over the whole application (the idle time, Ctrl+L in a
dialog) begin once the window is painted: no Python event filter of the application sees
the window being made, where the first event of one of Qt's own objects would have
PySide make every class of its modules (``idle_lock.WATCH_AT_LATEST_MS``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject

from safehouse.ui import idle_lock
from safehouse.ui.context import AppContext
from safehouse.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def _counted_filters(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The events the idle watcher's and the lock key's filters see, from now on."""
    seen: list[str] = []
    for cls in (idle_lock.IdleWatcher, idle_lock.LockKey):
        original = cls.eventFilter

        def counted(self: QObject, watched: QObject, event: QEvent,
                    original=original, name=cls.__name__) -> bool:  # type: ignore[no-untyped-def]
            seen.append(name)
            return original(self, watched, event)

        monkeypatch.setattr(cls, "eventFilter", counted)
    return seen


def _watching(window: MainWindow) -> bool:
    return window.idle_watcher.is_watching() and window.lock_key.is_installed()


def test_the_watches_begin_when_the_window_is_painted_not_while_it_is_made(
        qtbot, sqlite_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(idle_lock, "WATCH_AT_LATEST_MS", 60_000)  # only the paint counts
    seen = _counted_filters(monkeypatch)
    window = MainWindow(sqlite_ctx, "Test House")
    qtbot.addWidget(window)
    assert seen == [] and not window.idle_watcher.is_watching()
    assert not window.lock_key.is_installed()
    window.show()
    qtbot.waitUntil(lambda: _watching(window), timeout=10_000)
    qtbot.waitUntil(lambda: {"IdleWatcher", "LockKey"} <= set(seen))
    window.close()
    assert not window.idle_watcher.is_watching() and not window.lock_key.is_installed()


def test_a_window_not_painted_watches_all_the_same(qtbot, sqlite_ctx: AppContext,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(idle_lock, "WATCH_AT_LATEST_MS", 50)
    window = MainWindow(sqlite_ctx, "Test House")  # never shown (covered, say)
    qtbot.addWidget(window)
    assert not _watching(window)
    qtbot.waitUntil(lambda: _watching(window), timeout=5_000)


def test_a_window_closed_before_its_watches_began_never_begins_them(
        qtbot, sqlite_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(idle_lock, "WATCH_AT_LATEST_MS", 50)
    window = MainWindow(sqlite_ctx, "Test House")
    qtbot.addWidget(window)
    window.show()
    window.close()
    qtbot.wait(300)
    assert not window.idle_watcher.is_watching() and not window.lock_key.is_installed()
