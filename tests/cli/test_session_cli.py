"""``safehouse export sessions FILE.ics``: the demo's schedule as a calendar, audited;
one counselor's; by code unless --names; bad options refused."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

from safehouse import cli
from tests.cli.test_cli import dbfile, raw_sql, run

__all__ = ["dbfile"]  # the fixture


def test_sessions_are_exported_as_a_calendar(dbfile: Path, tmp_path: Path, capsys):
    assert run(dbfile, "demo", "--members", "16") == 0
    capsys.readouterr()
    out = tmp_path / "all.ics"
    assert run(dbfile, "export", "sessions", str(out)) == 0
    assert "sessions to" in capsys.readouterr().out
    cal = Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert any("RRULE" in e for e in events)
    text = out.read_text(encoding="utf-8")
    names = [name for (name,) in raw_sql(dbfile, "SELECT name FROM members")]
    assert "M-0" in text and not any(name in text for name in names)
    assert raw_sql(dbfile, "SELECT count(*) FROM audit_entries WHERE action = "
                           "'session.export'") == [(1,)]

    mine = tmp_path / "mine.ics"
    assert run(dbfile, "export", "sessions", str(mine), "--counselor", "Grace Lee",
               "--from", "2020-01-01", "--to", "2099-12-31", "--names") == 0
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(mine.read_bytes())
                 .walk("VEVENT")]
    assert summaries and all("Grace Lee" in s for s in summaries)


def test_a_wrong_counselor_or_date_is_refused(dbfile: Path, tmp_path: Path, capsys):
    assert run(dbfile, "demo", "--members", "4") == 0
    capsys.readouterr()
    assert run(dbfile, "export", "sessions", str(tmp_path / "x.ics"), "--counselor",
               "Nobody") == 1
    assert "no counselor called Nobody" in capsys.readouterr().err
    assert cli.main(["--db", str(dbfile), "--user", "admin", "export", "sessions",
                     str(tmp_path / "x.ics"), "--from", "March"]) == 2
    assert not (tmp_path / "x.ics").exists()
