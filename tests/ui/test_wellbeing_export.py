"""The surveys CSV export of the Wellbeing page fails as the other exports do: an error
box, the status line cleared (not the error left in it), the button back; an account
revoked meanwhile (or keys changed elsewhere) is handed to the window, which says so
once and logs out."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from safehouse.errors import KeysChanged
from safehouse.services import auth, survey_csv, users
from safehouse.ui import main_window as main_window_module
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.main_window import MainWindow
from safehouse.ui.wellbeing.page import WellbeingPage
from tests.conftest import TEST_PASSWORD

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
assert main_window_module  # the window is built as the program builds it


def page_of(qtbot, ctx: AppContext) -> WellbeingPage:  # type: ignore[no-untyped-def]
    page = WellbeingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_an_export_that_cannot_write_shows_why_in_a_box_and_can_be_tried_again(
        qtbot, sqlite_ctx, tmp_path, shown_errors):
    page = page_of(qtbot, sqlite_ctx)
    page.export_file(tmp_path / "no such folder" / "surveys.csv")
    assert page.status_label.text() == "Exporting surveys…"
    assert not page.export_button.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: shown_errors != [], timeout=10000)
    assert shown_errors.pop().startswith("Cannot write")
    assert page.status_label.text() == ""  # not the error, not "Exporting…" for ever
    assert page.export_button.isEnabled()
    out = tmp_path / "surveys.csv"
    page.export_file(out)
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=10000)
    assert page.status_label.text() == f"Exported 0 survey responses to {out}."
    assert out.exists()


@pytest.mark.parametrize("why", ["role lowered", "keys changed"])
def test_an_export_refused_to_a_revoked_account_logs_the_window_out(
        qtbot, sqlite_ctx, tmp_path, monkeypatch, why):
    account = auth.create_user(sqlite_ctx.db, sqlite_ctx.actor, username="manager",
                               display_name="Test manager", role="manager",
                               password=TEST_PASSWORD)
    manager = AppContext(sqlite_ctx.db, auth.login(sqlite_ctx.db, "manager", TEST_PASSWORD),
                         ChangeHub(sqlite_ctx.db))
    boxes: list[str] = []

    def box(_parent: QWidget | None, title: str, _text: str, *_args: object) -> object:
        boxes.append(title)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", box)
    win = MainWindow(manager, "Test House")
    qtbot.addWidget(win)
    win.show()
    closed: list[bool] = []
    win.sig_closed.connect(closed.append)
    win.show_page("wellbeing")
    page = win.pages["wellbeing"]
    assert isinstance(page, WellbeingPage) and page.export_button.isVisible()
    if why == "role lowered":
        users.change_role(sqlite_ctx.db, sqlite_ctx.actor, account.id, "staff")
    else:
        def refused(*_args: object, **_kwargs: object) -> object:
            raise KeysChanged("The keys were changed on another workstation.")

        monkeypatch.setattr(survey_csv, "export_surveys", refused)
    out = tmp_path / "surveys.csv"
    page.export_file(out)
    qtbot.waitUntil(lambda: closed != [], timeout=10000)
    assert closed == [True]  # logged out, the login shows next
    assert boxes == ["Logged out"]  # said once, by the window
    assert page.status_label.text() == ""
    assert not out.exists()
