"""``safehouse report ...``: the reports as PDF files from the command line, in English
or Korean, audited; bad options and a file over the database refused."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from safehouse import cli
from tests.cli.test_cli import dbfile, raw_sql, run

__all__ = ["dbfile"]  # the fixture


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def test_the_roster_and_the_schedule_are_written_as_pdfs(dbfile: Path, tmp_path: Path,
                                                         capsys):
    assert run(dbfile, "demo", "--members", "8") == 0
    capsys.readouterr()
    roster = tmp_path / "roster.pdf"
    assert run(dbfile, "report", "roster", "--out", str(roster)) == 0
    assert f"Wrote Room roster to {roster}." in capsys.readouterr().out
    assert "Room roster for" in _text(roster) and (roster.stat().st_mode & 0o077) == 0
    ko = tmp_path / "roster-ko.pdf"
    assert run(dbfile, "--lang", "ko", "report", "roster", "--date", "2026-01-05",
               "--out", str(ko)) == 0
    assert "2026년 1월 5일 방 배정 명단" in _text(ko)

    week = tmp_path / "week.pdf"
    assert run(dbfile, "report", "schedule", "--week", "2026-03-04", "--counselor",
               "Grace Lee", "--out", str(week)) == 0
    found = _text(week)
    assert "Sessions of Grace Lee" in found and "Wed 4 Mar" in found
    assert raw_sql(dbfile, "SELECT count(*) FROM audit_entries WHERE action = "
                           "'report.save'") == [(3,)]


def test_bad_options_and_the_database_as_output_are_refused(dbfile: Path, tmp_path: Path,
                                                            capsys):
    assert run(dbfile, "demo", "--members", "4") == 0
    capsys.readouterr()
    assert run(dbfile, "report", "roster", "--out", str(dbfile)) == 1
    assert "database" in capsys.readouterr().err
    assert cli.main(["--db", str(dbfile), "--user", "admin", "report", "roster",
                     "--date", "soon", "--out", str(tmp_path / "x.pdf")]) == 2
    assert run(dbfile, "report", "schedule", "--week", "2026-03-04", "--counselor",
               "Nobody", "--out", str(tmp_path / "x.pdf")) == 1
    assert "no counselor called Nobody" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    assert raw_sql(dbfile, "SELECT count(*) FROM audit_entries WHERE action LIKE "
                           "'report.%'") == [(0,)]
