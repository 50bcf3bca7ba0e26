"""The command line, driven in-process: exit status, what it prints, what it writes."""

from __future__ import annotations

import csv
import getpass
import io
import os
import sys
import types
from pathlib import Path

import pytest

from safehouse import cli
from safehouse.services import access, auth, members
from safehouse.storage import keys, migrate, sqlcipher
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault

PASSWORD = "a long enough secret"
HEADER = "code,name,alias,sex,birth_year,status,joined_on,left_on,referred_by"


@pytest.fixture
def dbfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", PASSWORD)
    return tmp_path / "safehouse.db"


def run(dbfile: Path, *args: str) -> int:
    return cli.main(["--db", str(dbfile), "--user", "admin", *args])


def member_names(dbfile: Path) -> list[str]:
    return member_names_as(dbfile, "admin", PASSWORD)


def raw_sql(dbfile: Path, sql: str) -> list[tuple[object, ...]]:
    """Run SQL on the encrypted file directly, with the key from the admin's slot."""
    key = keys.KeyFile.load(keys.KeyFile.path_for(dbfile)).unlock("admin", PASSWORD).database[0]
    conn = sqlcipher.connect(dbfile, key)
    try:
        with conn:
            return list(conn.execute(sql).fetchall())
    finally:
        conn.close()


def write_csv(path: Path, *rows: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join((HEADER, *rows)) + "\r\n").encode(encoding))
    return path


def has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


@pytest.fixture
def initialised(dbfile: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(dbfile, "init", "--org", "Test House") == 0
    capsys.readouterr()
    return dbfile


# --- init ---------------------------------------------------------------------------------


def test_init_creates_the_database_once(dbfile, capsys):
    assert run(dbfile, "init", "--org", "Test House") == 0
    assert "administrator admin" in capsys.readouterr().out
    assert dbfile.exists()
    assert run(dbfile, "init") == 1
    assert "set up already" in capsys.readouterr().err


def test_init_asks_for_the_password_twice(dbfile, capsys, monkeypatch):
    monkeypatch.delenv("SAFEHOUSE_PASSWORD")
    answers = iter([PASSWORD, "something else entirely", PASSWORD, PASSWORD])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    assert run(dbfile, "init") == 1
    assert "not the same" in capsys.readouterr().err
    assert run(dbfile, "init") == 0
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", PASSWORD)
    assert member_names(dbfile) == []  # the password works


def test_init_refuses_a_short_password(dbfile, capsys, monkeypatch):
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", "short")
    assert run(dbfile, "init") == 1
    assert "at least 10 characters" in capsys.readouterr().err


def test_options_may_come_before_or_after_the_command(dbfile, capsys, monkeypatch):
    assert cli.main(["init", "--db", str(dbfile), "--user", "admin"]) == 0
    monkeypatch.setenv("SAFEHOUSE_USER", "admin")
    monkeypatch.setenv("SAFEHOUSE_DB", str(dbfile))
    assert cli.main(["check"]) == 0


# --- demo and check -----------------------------------------------------------------------


def test_demo_then_check_and_the_demo_accounts_work(dbfile, capsys, monkeypatch):
    assert run(dbfile, "demo", "--members", "12") == 0
    out = capsys.readouterr().out
    assert "12 fictional members" in out
    for role in ("manager", "counselor", "staff"):
        assert f"demo-{role}-2026" in out
    assert not has_hangul(out)  # nobody's name is printed
    assert run(dbfile, "check") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 10 and all(line.startswith("ok") for line in lines)
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", "demo-staff-2026")
    assert cli.main(["--db", str(dbfile), "--user", "staff", "check"]) == 0
    assert len(member_names_as(dbfile, "staff", "demo-staff-2026")) == 12


def member_names_as(dbfile: Path, user: str, password: str) -> list[str]:
    opened = access.log_in(Vault.open(dbfile), user, password)
    try:
        return [m.name for m in members.list_members(opened.db, opened.actor)]
    finally:
        opened.db.dispose()


def test_demo_refuses_a_database_that_has_users(initialised, capsys):
    assert run(initialised, "demo", "--members", "12") == 1
    assert "already exists" in capsys.readouterr().err
    assert member_names(initialised) == []


# --- import -------------------------------------------------------------------------------


def test_an_import_with_bad_rows_is_refused_whole(initialised, tmp_path, capsys):
    write_csv(tmp_path / "first.csv", "M-0001,김하나,Kim Hana,female,1988,active,2024-05-01,,")
    assert run(initialised, "import", "members", str(tmp_path / "first.csv")) == 0
    capsys.readouterr()
    before = member_names(initialised)
    path = write_csv(
        tmp_path / "members.csv",
        ",이은비,Lee Eunbi,female,1992,active,2024-06-10,,M-0001",
        ",박수진,,female,19x9,active,2024-06-10,,",
        ",최유진,,female,1990,active,2024-07-01,,",
        ",정소연,,female,1990,active,10/07/2024,,",
        ",강지혜,,female,1990,active,2024-07-01,,",
        ",윤미란,,female,1990,active,2024-07-01,,M-0999",
    )
    assert run(initialised, "import", "members", str(path)) == 1
    err = capsys.readouterr().err
    assert "line 3, birth_year" in err
    assert "line 5, joined_on" in err
    assert "line 7, referred_by" in err
    assert "Nothing was imported" in err
    assert member_names(initialised) == before


def test_a_file_wrong_on_every_line_lists_the_first_problems_and_counts_the_rest(
        initialised, tmp_path, capsys, monkeypatch):
    from safehouse.services import member_csv

    monkeypatch.setattr(member_csv, "MAX_LISTED", 3)
    path = write_csv(tmp_path / "m.csv", *(f",가상인물{i},,female,19x0,enquiry,,,"
                                           for i in range(7)))
    assert run(initialised, "import", "members", str(path)) == 1
    err = capsys.readouterr().err
    assert err.count("not a whole number") == 3
    assert "m.csv: 4 more problem(s), not listed" in err
    assert "Nothing was imported: 7 problem(s)" in err


def test_a_dry_run_writes_nothing(initialised, tmp_path, capsys):
    path = write_csv(tmp_path / "m.csv", ",김하나,,female,1988,active,2024-05-01,,",
                     ",이은비,,female,1992,enquiry,,,")
    assert run(initialised, "import", "members", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "2 new would be created" in out and "nothing was written" in out
    assert member_names(initialised) == []
    assert run(initialised, "import", "members", str(path)) == 0
    assert member_names(initialised) == ["김하나", "이은비"]


@pytest.mark.parametrize("encoding", ["cp949", "utf-8-sig"])
def test_files_from_korean_excel_import_with_hangul_intact(initialised, tmp_path, encoding):
    path = write_csv(tmp_path / "m.csv", ",김하나,Kim Hana,여,1988,active,2024-05-01,,",
                     ",박은향,,female,1975,enquiry,,,", encoding=encoding)
    assert run(initialised, "import", "members", str(path)) == 0
    assert member_names(initialised) == ["김하나", "박은향"]


def test_a_missing_file_is_refused(initialised, tmp_path, capsys):
    assert run(initialised, "import", "members", str(tmp_path / "nowhere.csv")) == 1
    assert "Cannot read" in capsys.readouterr().err


# --- export -------------------------------------------------------------------------------


def test_export_then_import_changes_nothing(dbfile, tmp_path, capsys):
    assert run(dbfile, "demo", "--members", "12") == 0
    out = tmp_path / "members.csv"
    assert run(dbfile, "export", "members", str(out)) == 0
    assert "Exported 12 members" in capsys.readouterr().out
    if os.name == "posix":
        assert out.stat().st_mode & 0o077 == 0  # personal data: only the owner reads it
    before = member_names(dbfile)
    assert run(dbfile, "import", "members", str(out)) == 0
    assert "0 new were created, 0 were updated, 12 unchanged" in capsys.readouterr().out
    assert member_names(dbfile) == before
    again = tmp_path / "again.csv"
    again.write_text("an old file anyone could read")
    again.chmod(0o644)
    assert run(dbfile, "export", "members", str(again)) == 0
    assert again.read_bytes() == out.read_bytes()
    if os.name == "posix":  # written over: it is private now too
        assert again.stat().st_mode & 0o077 == 0


def test_an_export_that_cannot_be_written_is_refused_and_not_audited(
        initialised, tmp_path, capsys):
    target = tmp_path / "gone" / "members.csv"
    assert run(initialised, "export", "members", str(target)) == 1
    assert f"Cannot write {target}" in capsys.readouterr().err
    assert not target.exists()
    assert run(initialised, "export", "members", str(tmp_path / "members.csv")) == 0
    exported = raw_sql(initialised,
                       "SELECT detail FROM audit_entries WHERE action = 'member.export'")
    assert exported == [("rows=0",)]  # the one that was written


def test_a_formula_in_a_cell_is_defused_on_export(initialised, tmp_path, capsys):
    path = write_csv(tmp_path / "m.csv", ',"=HYPERLINK(""http://example.invalid"")",,,,enquiry,,,')
    assert run(initialised, "import", "members", str(path)) == 0
    out = tmp_path / "out.csv"
    assert run(initialised, "export", "members", str(out)) == 0
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[1][1] == "'=HYPERLINK(\"http://example.invalid\")"
    assert member_names(initialised) == ['=HYPERLINK("http://example.invalid")']


# --- refusals -----------------------------------------------------------------------------


def test_a_wrong_password_is_refused(initialised, capsys, monkeypatch):
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", "not the password")
    assert run(initialised, "check") == 1
    assert "password is not right" in capsys.readouterr().err


def test_a_database_from_a_newer_program_is_refused(initialised, capsys):
    raw_sql(initialised, "UPDATE alembic_version SET version_num = 'ffff'")
    assert run(initialised, "check") == 1
    err = capsys.readouterr().err
    assert "newer version of Safehouse" in err and "nothing has been changed" in err
    assert raw_sql(initialised, "SELECT version_num FROM alembic_version") == [("ffff",)]


@pytest.mark.parametrize("args", [
    ["frobnicate"],
    ["import"],
    ["import", "members"],
    ["demo", "--members", "0"],
    ["--lang", "fr", "check"],
])
def test_wrong_usage_exits_with_2(dbfile, capsys, args):
    assert run(dbfile, *args) == 2
    assert "usage:" in capsys.readouterr().err
    assert not dbfile.exists()


def test_a_command_without_a_user_is_wrong_usage(dbfile, capsys):
    assert cli.main(["--db", str(dbfile), "check"]) == 2
    assert "--user" in capsys.readouterr().err
    assert not dbfile.exists()


def test_no_command_opens_the_application(dbfile, monkeypatch):
    calls: list[tuple[str | None, str | None]] = []
    app = types.ModuleType("safehouse.app")
    app.run_app = lambda db, lang: calls.append((db, lang)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "safehouse.app", app)
    assert cli.main(["--db", str(dbfile), "--lang", "ko"]) == 0
    assert cli.main([]) == 0
    assert calls == [(str(dbfile), "ko"), (None, None)]


def test_help_version_and_wrong_options_do_not_open_the_application(monkeypatch, capsys):
    """The window is started on the common options alone; anything else goes to the
    whole command line, which answers or says what is wrong."""
    calls: list[object] = []
    app = types.ModuleType("safehouse.app")
    app.run_app = lambda db, lang: calls.append((db, lang)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "safehouse.app", app)
    assert cli.main(["--lang", "fr"]) == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err
    assert cli.main(["--db"]) == 2
    assert cli.main(["--dbx", "a.db"]) == 2
    assert cli.main(["--help"]) == 0
    assert "backup" in capsys.readouterr().out
    assert calls == []


def test_init_shows_the_recovery_key_once_and_it_works(dbfile, capsys):
    assert run(dbfile, "init") == 0
    out = capsys.readouterr().out
    assert "Recovery key (shown only this once)" in out
    code = out.split("shown only this once):")[1].split()[0]
    assert len(code) == 39
    assert code not in dbfile.with_name(dbfile.name + ".keys").read_text()
    recovered = access.recover(Vault.open(dbfile), code, username="admin",
                               new_password="new password 123", repeat="new password 123")
    recovered.db.dispose()


def test_an_unencrypted_database_is_left_to_the_application(dbfile, capsys):
    plain = Database.open(dbfile)
    migrate.upgrade(plain)
    auth.setup(plain, organisation="Old", username="admin", display_name="Admin",
               password=PASSWORD)
    plain.dispose()
    assert run(dbfile, "check") == 1
    assert "not encrypted yet" in capsys.readouterr().err
    assert dbfile.read_bytes().startswith(b"SQLite format 3")


# --- --lang ko ----------------------------------------------------------------------------


def test_check_in_korean(initialised, capsys):
    assert run(initialised, "--lang", "ko", "check") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 10
    assert all(line.startswith("정상") and has_hangul(line.split(":", 1)[1]) for line in lines)
    assert any("데이터베이스 무결성" in line for line in lines)
    assert run(initialised, "check") == 0  # English again without --lang
    assert capsys.readouterr().out.startswith("ok")


def test_a_refused_import_in_korean_names_line_column_and_reason(initialised, tmp_path,
                                                                 capsys):
    path = write_csv(tmp_path / "members.csv",
                     ",박수진,,female,19x9,active,2024-06-10,,",
                     ",정소연,,female,1990,active,10/07/2024,,")
    assert run(initialised, "import", "members", str(path), "--lang", "ko") == 1
    err = capsys.readouterr().err
    assert "members.csv: 2행, 출생 연도(birth_year): '19x9' 값은 정수가 아닙니다." in err
    assert "members.csv: 3행, 등록일(joined_on): '10/07/2024' 값은 2024-03-01 형식의 " \
           "날짜가 아닙니다." in err
    assert "아무것도 가져오지 않았습니다" in err
    assert "line" not in err and "Nothing" not in err
    assert member_names(initialised) == []


def test_refusals_and_usage_problems_in_korean(dbfile, initialised, capsys, monkeypatch):
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", "not the password")
    assert run(initialised, "--lang", "ko", "check") == 1
    err = capsys.readouterr().err
    assert has_hangul(err) and "password" not in err
    assert cli.main(["--db", str(dbfile), "--lang", "ko", "check"]) == 2
    err = capsys.readouterr().err
    assert "--user NAME 옵션으로 사용자를 지정하십시오" in err


# --- events -------------------------------------------------------------------------------


def test_events_are_imported_checked_and_exported_on_the_command_line(initialised, tmp_path,
                                                                      capsys):
    write_csv(tmp_path / "people.csv", "M-0001,김하나,Kim Hana,female,1988,active,2024-05-01,,")
    assert run(initialised, "import", "members", str(tmp_path / "people.csv")) == 0
    header = "event,starts_on,ends_on,kind,place,member_code,guests,children"
    good = tmp_path / "events.csv"
    good.write_text(f"{header}\n수련회,2025-07-25,2025-07-27,retreat,평창,M-0001,,\n"
                    "수련회,2025-07-25,2025-07-27,retreat,평창,,4,7\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(f"{header}\n수련회,2025-07-25,,retreat,평창,M-0002,,\n", encoding="utf-8")
    capsys.readouterr()
    assert run(initialised, "import", "events", str(bad)) == 1
    assert "line 2" in capsys.readouterr().err
    assert run(initialised, "import", "events", str(good), "--dry-run") == 0
    assert "dry run" in capsys.readouterr().out
    assert raw_sql(initialised, "SELECT count(*) FROM events") == [(0,)]
    assert run(initialised, "import", "events", str(good)) == 0
    assert raw_sql(initialised, "SELECT guests, children FROM events") == [(4, 7)]
    out = tmp_path / "out.csv"
    assert run(initialised, "export", "events", str(out)) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0] == header.split(",")
    assert [r[5] for r in rows[1:]] == ["M-0001", ""]
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_version_is_the_package_metadata_and_pyprojects(capsys):
    import tomllib
    from importlib.metadata import version

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    assert cli.main(["--version"]) == 0
    out, err = capsys.readouterr()
    assert out == f"safehouse {declared}\n" and not err
    assert version("safehouse") == declared  # the installed metadata is pyproject's


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_import_of_a_pipe_is_refused_without_waiting_for_a_writer(initialised, capsys):
    pipe = initialised.parent / "members.csv"
    os.mkfifo(pipe)
    import signal

    def waited(*_: object) -> None:
        raise TimeoutError("the import waited for the pipe's writer")

    signal.signal(signal.SIGALRM, waited)
    signal.alarm(10)  # bounded: the old code blocked on opening the pipe forever
    try:
        assert run(initialised, "import", "members", str(pipe)) != 0
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
    assert "not a file that can be imported" in capsys.readouterr().err
    assert member_names(initialised) == []
