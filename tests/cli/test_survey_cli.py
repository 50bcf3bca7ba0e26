"""``safehouse import surveys`` and ``safehouse export surveys`` on the command line."""

from __future__ import annotations

from tests.cli.test_cli import dbfile, initialised, raw_sql, run, write_csv

__all__ = ["dbfile", "initialised"]  # the fixtures, used by name

HEADER = "member_code,taken_on,health,repatriation_threat"


def test_surveys_are_imported_checked_and_exported(initialised, tmp_path, capsys):
    write_csv(tmp_path / "people.csv", "M-0001,김하나,Kim Hana,female,1988,active,2014-05-01,,")
    assert run(initialised, "import", "members", str(tmp_path / "people.csv")) == 0
    good = tmp_path / "surveys.csv"
    good.write_bytes(f"\ufeff{HEADER}\r\nM-0001,2014-06-01,2,예\r\nM-0001,2016-06-01,3,아니요\r\n"
                     .encode())
    bad = tmp_path / "bad.csv"
    bad.write_text(f"{HEADER}\nM-0002,2014-06-01,7,예\n", encoding="utf-8")
    capsys.readouterr()
    assert run(initialised, "import", "surveys", str(bad)) == 1
    err = capsys.readouterr().err
    assert "line 2, health" in err and "Nothing was imported" in err
    assert run(initialised, "import", "surveys", str(good), "--dry-run") == 0
    assert "2 responses would be added" in capsys.readouterr().out
    assert raw_sql(initialised, "SELECT count(*) FROM wellbeing_responses") == [(0,)]
    assert run(initialised, "import", "surveys", str(good)) == 0
    assert raw_sql(initialised, "SELECT health, repatriation_threat FROM wellbeing_responses "
                                "ORDER BY taken_on") == [(2, 1), (3, 0)]
    out = tmp_path / "out.csv"
    assert run(initialised, "--lang", "ko", "export", "surveys", str(out)) == 0
    assert "연례 점검 2건" in capsys.readouterr().out
    assert out.read_bytes() == (f"\ufeff{HEADER}\r\nM-0001,2014-06-01,2,예\r\n"
                                "M-0001,2016-06-01,3,아니요\r\n").encode()
    assert oct(out.stat().st_mode & 0o777) == "0o600"
