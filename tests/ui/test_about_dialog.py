"""Help → About: the version from the package metadata, the open database's schema
revision, the licences (program, font, icons) and their full texts; in Korean too."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.metadata import version

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from safehouse.services import about
from safehouse.storage import migrate
from safehouse.storage.db import Database
from safehouse.ui.about_dialog import AboutDialog, LicencesDialog
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.main_window import MainWindow
from tests.conftest import make_admin

pytestmark = pytest.mark.usefixtures("shown_errors")


@pytest.fixture
def window(qtbot, sqlite_db: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    admin = make_admin(sqlite_db)
    hub = ChangeHub(sqlite_db)
    main = MainWindow(AppContext(sqlite_db, admin, hub), "희망의 집")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    hub.detach()


def open_about(qtbot, window: MainWindow) -> AboutDialog:  # type: ignore[no-untyped-def]
    window.action_about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_about_shows_the_version_and_the_databases_revision(qtbot, window):
    dialog = open_about(qtbot, window)
    assert dialog.windowTitle() == "About Safehouse"
    assert dialog.version_label.text() == version("safehouse")
    assert dialog.revision_label.text() == migrate.head_revision()  # just made: newest
    # no licence is stated in pyproject.toml: said so, no licence invented
    assert dialog.licence_label.text() == "No licence is stated for this copy."
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Nanum Gothic (NAVER) — SIL Open Font License 1.1" in shown
    assert "Lucide — ISC" in shown and "Safehouse icon — CC0 1.0" in shown

    qtbot.mouseClick(dialog.licences_button, Qt.MouseButton.LeftButton)
    licences = dialog.findChild(LicencesDialog)
    assert licences is not None
    qtbot.waitExposed(licences)
    tabs = [licences.tabs.tabText(i) for i in range(licences.tabs.count())]
    assert tabs == ["Korean font (SIL Open Font License 1.1)", "Navigation icons (ISC)",
                    "Application icon (CC0 1.0)"]
    assert "SIL OPEN FONT LICENSE" in licences.text_of(0).upper()
    assert "ISC License" in licences.text_of(1)
    assert "CC0 1.0" in licences.text_of(2)
    licences.close()
    dialog.close()


def test_about_follows_the_database_it_is_opened_on(db: Database) -> None:
    """The revision is read from the database, not taken from the program's newest."""
    assert about.about(db).revision == migrate.head_revision()
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    assert about.about(db).revision == "0001"


def test_about_in_korean(qtbot, window, korean: QApplication) -> None:
    dialog = open_about(qtbot, window)
    assert dialog.windowTitle() == "Safehouse 정보"
    assert dialog.licence_label.text() == "이 사본에는 라이선스가 명시되어 있지 않습니다."
    assert dialog.licences_button.text() == "라이선스(&L)…"
    dialog.close()


def test_a_stated_licence_and_its_text_are_shown(monkeypatch, qtbot, window):
    """When pyproject.toml states a licence and ships its file, About shows both."""
    monkeypatch.setattr(about, "program_licence", lambda: ("MIT", "MIT License\n\nText."))
    dialog = open_about(qtbot, window)
    assert dialog.licence_label.text() == "MIT"
    dialog.licences_button.click()
    licences = dialog.findChild(LicencesDialog)
    assert licences is not None
    assert licences.tabs.tabText(0) == "Safehouse (MIT)"
    assert licences.text_of(0) == "MIT License\n\nText."
    licences.close()
    dialog.close()
