"""The keys were changed by another program on the same SQLite file (an administrator
reset a password there: the file is re-keyed): Save in this window's member form says so
once, "log in again", and logs out — no traceback, nothing saved. All data fictional."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from safehouse.services import access, members, users
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.ui import main_window
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.main_window import MainWindow
from safehouse.ui.members.member_form import MemberForm
from tests.conftest import TEST_PASSWORD, sqlite_vault

pytestmark = [pytest.mark.usefixtures("shown_errors", "no_confirmations"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]

MANAGER_PASSWORD = "mina's own pass 34"


@pytest.fixture
def two_programs(tmp_path: Path) -> Iterator[tuple[access.Opened, access.Opened, int, int]]:
    """An administrator's program and a manager's on one file; a member; an account
    whose password the administrator will reset."""
    vault = sqlite_vault(tmp_path)
    admin = access.set_up(vault, organisation="Test House", username="admin",
                          display_name="Test Administrator", password=TEST_PASSWORD)
    users.create_account(admin.db, admin.actor, username="mina", display_name="Manager Mina",
                         role="manager", password=MANAGER_PASSWORD,
                         must_change_password=False)
    dara = users.create_account(admin.db, admin.actor, username="dara",
                                display_name="Counselor Dara", role="counselor",
                                password="dara's own pass 56", must_change_password=False)
    member = members.create_member(admin.db, admin.actor, MemberInput(name="Fictional Lee"))
    manager = access.log_in(vault, "mina", MANAGER_PASSWORD)
    yield admin, manager, member.id, dara.id
    manager.db.dispose()
    admin.db.dispose()


def test_save_after_the_file_was_re_keyed_elsewhere_says_log_in_again(
        two_programs, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    admin, manager, member_id, dara_id = two_programs
    warned: list[str] = []
    monkeypatch.setattr(main_window.QMessageBox, "warning",
                        lambda _parent, title, text: warned.append(f"{title}: {text}")
                        or QMessageBox.StandardButton.Ok)
    hub = ChangeHub(manager.db)
    window = MainWindow(AppContext(manager.db, manager.actor, hub), "Test House")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    form = MemberForm(window.ctx, members.get_member(manager.db, manager.actor, member_id,
                                                     purpose=Read.REFRESH), window)
    qtbot.addWidget(form)
    form.show()
    form.notes.setPlainText("Fictional note typed on the manager's computer")

    users.reset_password(admin.db, admin.actor, dara_id, "a temporary pass 77")  # elsewhere
    form.accept()

    assert len(warned) == 1
    assert warned[0].startswith("Logged out: The keys were changed on another workstation. "
                                "Log in again to go on.")
    assert not window.isVisible()
    hub.detach()
    assert members.get_member(admin.db, admin.actor, member_id,
                              purpose=Read.REFRESH).notes == ""
