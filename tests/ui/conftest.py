"""Fixtures for widget tests: an application context on a fresh database."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Signal

from safehouse.services.dto import Actor
from safehouse.storage.db import Database
from safehouse.ui.context import AppContext, ChangeHub
from tests.conftest import make_admin

# The offscreen platform says these when a window or a popup is shown; not our warnings.
OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


def _emit_loses_a_reference_to_true() -> bool:
    """PySide6 6.12.0 on Python < 3.12: ``SignalInstance.emit()`` returns ``True``
    without taking a reference to it, so every emit from Python takes one away from
    ``True``; after a few thousand the interpreter aborts ("bool_dealloc")."""
    if sys.version_info >= (3, 12):  # True is immortal there
        return False
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.sig_probe.emit()
    lost = before - sys.getrefcount(True)
    _give_back(lost)
    return lost > 0


def _give_back(lost: int) -> None:
    for _ in range(max(0, lost)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


class _Probe(QObject):
    sig_probe = Signal()


@pytest.fixture(autouse=True)
def _give_back_references_to_true() -> Iterator[None]:
    """Work around the PySide6 bug above for the test run: after each test, give
    ``True`` back the references its emits took. (Giving back too many is harmless;
    ``True`` is never freed.) The application itself needs a PySide6 without the bug,
    or Python 3.12+."""
    before = sys.getrefcount(True)
    yield
    if _EMIT_BUG:
        _give_back(before - sys.getrefcount(True))


@pytest.fixture(autouse=True)
def _fresh_qsettings(tmp_path: Path) -> Iterator[None]:
    """Each test starts with no saved settings (table layouts and the like).

    Qt reads the settings folder once per process, so the fresh HOME of the root
    conftest is not enough: point QSettings at this test's own folder.
    """
    folder = str(tmp_path / "qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    QSettings().clear()
    yield
    QSettings().clear()


_EMIT_BUG = _emit_loses_a_reference_to_true()


@pytest.fixture
def ctx(db: Database, admin: Actor) -> Iterator[AppContext]:
    """An administrator's context on the ``db`` fixture (SQLite, and PostgreSQL if set)."""
    hub = ChangeHub(db)
    yield AppContext(db, admin, hub)
    hub.detach()


@pytest.fixture
def sqlite_ctx(sqlite_db: Database) -> Iterator[AppContext]:
    """An administrator's context on SQLite only: quicker, for most widget tests."""
    hub = ChangeHub(sqlite_db)
    yield AppContext(sqlite_db, make_admin(sqlite_db), hub)
    hub.detach()
