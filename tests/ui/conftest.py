"""Fixtures for widget tests: an application context on a fresh database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from safehouse.errors import SafehouseError
from safehouse.services.dto.accounts import Actor
from safehouse.storage.db import Database
from safehouse.ui import account_settings, messages, style
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.fonts import register_fonts
from safehouse.ui.i18n import install_translators
from tests.conftest import make_admin


@pytest.fixture(autouse=True, scope="session")
def _english_as_the_application_has_it(qapp: QApplication) -> None:
    """The application always installs its English catalogue (plural forms: "1 member",
    "3 members"); so do the widget tests."""
    install_translators(qapp, "en")


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    """The program's fonts (the Korean one) and style sheet, as it applies them: widths
    as a person sees them; as the other tests have them again afterwards."""
    font = qapp.font()
    register_fonts(qapp)
    style.apply(qapp)
    try:
        yield
    finally:
        qapp.setStyleSheet("")
        qapp.setFont(font)


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[QApplication]:
    """The application in Korean (its widgets and the services' messages), as the window
    sets it up; English again afterwards, as the other tests expect."""
    install_translators(qapp, "ko")
    try:
        yield qapp
    finally:
        install_translators(qapp, "en")


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
    account_settings.set_account(None)  # nobody logged in yet
    yield
    account_settings.set_account(None)
    QSettings().clear()



@pytest.fixture
def ctx(db: Database, admin: Actor) -> Iterator[AppContext]:
    """An administrator's context on the ``db`` fixture (SQLite, and PostgreSQL if set)."""
    hub = ChangeHub(db)
    yield AppContext(db, admin, hub)
    hub.detach()


@pytest.fixture
def other(ctx: AppContext) -> Iterator[Database]:
    """The other workstation (two people at work on one record): its own connection
    to the database of ``ctx``."""
    db = Database(ctx.db.url, schema=ctx.db.schema, key=ctx.db.key,
                  confidential_key=ctx.db.confidential_key,
                  integrity_key=ctx.db.integrity_key)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_ctx(sqlite_db: Database) -> Iterator[AppContext]:
    """An administrator's context on SQLite only: quicker, for most widget tests."""
    hub = ChangeHub(sqlite_db)
    yield AppContext(sqlite_db, make_admin(sqlite_db), hub)
    hub.detach()


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Record error boxes instead of showing them, and bugs a form caught and showed on
    its error line; a test fails on one it did not expect (it takes them out of the
    list when it does). A module uses it for all its tests with
    ``pytestmark = pytest.mark.usefixtures("shown_errors")``."""
    shown: list[str] = []
    real_unexpected = messages.unexpected

    def record(_parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
        shown.append(exc.message if isinstance(exc, SafehouseError) else type(exc).__name__)

    def record_bug(exc: BaseException, tb: TracebackType | None = None) -> str:
        shown.append(type(exc).__name__)
        return real_unexpected(exc, tb)

    monkeypatch.setattr(messages, "show_error", record)
    monkeypatch.setattr(messages, "unexpected", record_bug)
    yield shown
    assert shown == [], f"unexpected error messages: {shown}"


@pytest.fixture
def no_confirmations(monkeypatch: pytest.MonkeyPatch) -> None:
    """A confirmation the test did not expect fails it (a test that expects one patches
    ``messages.confirm`` or ``messages.confirm_warnings`` itself)."""

    def no_question(*_args: object) -> bool:
        raise AssertionError("an unexpected confirmation was asked")

    monkeypatch.setattr(messages, "confirm", no_question)
    monkeypatch.setattr(messages, "confirm_warnings", no_question)
