"""The window never exports over the database or its key file (issue 7, item 7): the
file chosen in File → Export members… or Admin → Audit → Export is refused with a
message when it is the database, its key file or a link to either; nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from safehouse.services import audit_log, members
from safehouse.services.dto.people import MemberInput
from safehouse.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("no_confirmations")


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(path), "CSV files (*.csv)"))


@pytest.mark.parametrize("which", ["database", "key file", "link to the database"])
def test_export_members_onto_the_database_is_refused(
        qtbot, sqlite_ctx, tmp_path, monkeypatch, shown_errors, which):
    db = sqlite_ctx.db
    assert db.file_path is not None
    members.create_member(db, sqlite_ctx.actor, MemberInput(name="Fictional Kim"))
    keys = db.file_path.with_name(db.file_path.name + ".keys")
    target = {"database": db.file_path, "key file": keys,
              "link to the database": tmp_path / "members.csv"}[which]
    if which == "link to the database":
        target.symlink_to(db.file_path)
    kept = keys.read_bytes()
    choose(monkeypatch, target)
    window = MainWindow(sqlite_ctx, "Test House")
    qtbot.addWidget(window)
    window.show()

    window.action_export_members.trigger()

    qtbot.waitUntil(lambda: bool(shown_errors))
    assert "is the database or one of its files" in shown_errors.pop()
    assert keys.read_bytes() == kept
    assert [m.name for m in members.list_members(db, sqlite_ctx.actor)] == ["Fictional Kim"]
    assert "member.export" not in audit_log.actions(db, sqlite_ctx.actor)
