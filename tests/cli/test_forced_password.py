"""The command line honours "choose a new password" (issue 7, item 9): an account with a
temporary password runs nothing but ``safehouse passwd`` until it has chosen its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from safehouse import cli
from safehouse.services import access, audit_log, members, users
from safehouse.services.dto.people import MemberInput
from safehouse.storage.vault import Vault

PASSWORD = "a long enough secret"
TEMPORARY = "temporary password 1"
CHOSEN = "her own chosen secret"


@pytest.fixture
def dbfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", PASSWORD)
    path = tmp_path / "safehouse.db"
    assert cli.main(["--db", str(path), "--user", "admin", "init"]) == 0
    opened = access.log_in(Vault.open(path), "admin", PASSWORD)
    try:
        members.create_member(opened.db, opened.actor, MemberInput(name="Fictional Kim"))
        # a new manager's first password is the administrator's choice: she must change it
        users.create_account(opened.db, opened.actor, username="mina",
                             display_name="Mina", role="manager", password=TEMPORARY)
    finally:
        opened.db.dispose()
    capsys.readouterr()
    return path


def as_mina(dbfile: Path, *args: str) -> int:
    return cli.main(["--db", str(dbfile), "--user", "mina", *args])


def exports_in_log(dbfile: Path) -> int:
    opened = access.log_in(Vault.open(dbfile), "admin", PASSWORD)
    try:
        return audit_log.actions(opened.db, opened.actor).count("member.export")
    finally:
        opened.db.dispose()


def test_every_command_is_refused_until_the_password_is_changed(
        dbfile, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", TEMPORARY)
    out = tmp_path / "members.csv"
    for command in (["export", "members", str(out)], ["check"], ["backup"],
                    ["import", "members", str(tmp_path / "none.csv"), "--dry-run"]):
        assert as_mina(dbfile, *command) == 1, command
        said = capsys.readouterr().err
        assert "choose a new password" in said and "safehouse passwd" in said, command
    assert not out.exists()
    assert not (dbfile.parent / "backups").exists()
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", PASSWORD)
    assert exports_in_log(dbfile) == 0


def test_passwd_changes_it_and_then_the_commands_run(dbfile, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", TEMPORARY)
    monkeypatch.setenv("SAFEHOUSE_NEW_PASSWORD", CHOSEN)
    assert as_mina(dbfile, "passwd") == 0
    assert "has been changed" in capsys.readouterr().out
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", TEMPORARY)
    assert as_mina(dbfile, "check") == 1  # the temporary one opens nothing now
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", CHOSEN)
    out = tmp_path / "members.csv"
    assert as_mina(dbfile, "export", "members", str(out)) == 0
    assert b"Fictional Kim" in out.read_bytes()


def test_passwd_refuses_a_short_new_password(dbfile, monkeypatch, capsys):
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", TEMPORARY)
    monkeypatch.setenv("SAFEHOUSE_NEW_PASSWORD", "short")
    assert as_mina(dbfile, "passwd") == 1
    assert "at least" in capsys.readouterr().err
    assert as_mina(dbfile, "check") == 1  # still owed


def test_the_refusal_is_in_korean_with_lang_ko(dbfile, monkeypatch, capsys):
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", TEMPORARY)
    assert as_mina(dbfile, "--lang", "ko", "check") == 1
    said = capsys.readouterr().err
    assert "safehouse passwd" in said and "password" not in said
