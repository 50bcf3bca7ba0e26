"""The login shows before the database code has loaded (safehouse.ui.preload): a
password typed meanwhile waits for the loading, off the GUI thread; what the loading
could not do is said in the dialog."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from safehouse.errors import DatabaseError
from safehouse.services import access
from safehouse.storage.first_look import VaultState, first_look
from safehouse.ui import preload as preload_module
from safehouse.ui.login_dialog import LoginDialog
from safehouse.ui.preload import Preload
from tests.conftest import TEST_PASSWORD, sqlite_vault


def _set_up(tmp_path) -> str:  # type: ignore[no-untyped-def]
    vault = sqlite_vault(tmp_path)
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    opened.db.dispose()
    vault.close()
    return str(tmp_path / "test.db")


def _held(monkeypatch) -> threading.Event:  # type: ignore[no-untyped-def]
    """The preload's loading waits until the returned event is set."""
    release = threading.Event()
    load = Preload._load

    def held(self: Preload) -> None:
        assert release.wait(10)
        load(self)

    monkeypatch.setattr(Preload, "_load", held)
    return release


def test_a_password_typed_before_the_program_has_loaded_waits_for_it(
        qtbot, tmp_path, monkeypatch):
    path = _set_up(tmp_path)
    release = _held(monkeypatch)
    preload = Preload(path)
    preload.start()
    dialog = LoginDialog(preload)
    qtbot.addWidget(dialog)
    assert dialog.where.text().endswith(path)  # Details: known without the loading
    dialog.username.setText("admin")
    dialog.password.setText(TEST_PASSWORD)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert dialog.opened is None and dialog.progress.isVisibleTo(dialog)  # working
    assert not dialog.password.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: dialog.opened is not None or bool(dialog.error.text()),
                    timeout=20000)
    assert dialog.error.text() == ""
    assert dialog.opened is not None and dialog.opened.actor.username == "admin"
    dialog.opened.db.dispose()
    preload.close()


def test_what_the_loading_could_not_do_is_said_in_the_login(qtbot, tmp_path, monkeypatch):
    path = _set_up(tmp_path)

    def refuse(_target: str) -> None:
        raise DatabaseError("The database cannot be opened here.")

    monkeypatch.setattr("safehouse.storage.vault.Vault.open", refuse)
    preload = Preload(path)
    preload.start()
    dialog = LoginDialog(preload)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText(TEST_PASSWORD)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20000)
    assert "cannot be opened here" in dialog.error.text()
    assert dialog.opened is None and dialog.password.isEnabled()  # try again, or close
    preload.close()


def test_the_loading_begins_only_when_asked_and_loads_the_window(tmp_path):
    path = _set_up(tmp_path)
    preload = Preload(path)
    assert not preload.done()  # not before the login shows (it would slow it down)
    vault = preload.vault()  # begins it, and waits
    assert preload.done() and vault.path == tmp_path / "test.db"
    assert vault.state() is VaultState.LOCKED
    import sys

    assert all(name in sys.modules for name in preload_module.MODULES)
    preload.close()


def test_the_first_look_tells_the_login_from_the_setup_without_opening(tmp_path):
    assert first_look(str(tmp_path / "none.db")) is VaultState.NEW
    (tmp_path / "empty.db").write_bytes(b"")
    assert first_look(str(tmp_path / "empty.db")) is VaultState.NEW
    (tmp_path / "plain.db").write_bytes(b"SQLite format 3\x00" + bytes(100))
    assert first_look(str(tmp_path / "plain.db")) is VaultState.PLAIN
    assert first_look(_set_up(tmp_path)) is VaultState.LOCKED
    assert first_look("postgresql+psycopg://someone@127.0.0.1/test") is None  # ask it
