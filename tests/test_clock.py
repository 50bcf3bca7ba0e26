"""One clock: today and now come from ``safehouse.clock``, in the organisation's time
zone (Asia/Seoul unless its setting says otherwise), and tests put it on a chosen day."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import safehouse
from safehouse import cli, clock
from safehouse.errors import ValidationError
from safehouse.services import access, audit_log, members, rooms, settings
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault
from tests.conftest import OnDay

PACKAGE = Path(safehouse.__file__).parent

# (what is called, on what): the ways to ask the system for the date or the time
SYSTEM_CLOCKS = {
    ("today", "date"), ("today", "datetime"), ("now", "datetime"), ("utcnow", "datetime"),
    ("time", "time"), ("localtime", "time"), ("currentDate", "QDate"),
    ("currentDateTime", "QDateTime"), ("currentDateTimeUtc", "QDateTime"),
    ("currentTime", "QTime"),
}

# 23:30 on 9 March in UTC is 08:30 on 10 March in Seoul.
LATE_EVENING_UTC = datetime(2026, 3, 9, 23, 30, tzinfo=UTC)


def system_clock_calls(source: str, filename: str = "<source>") -> list[tuple[int, str]]:
    """Every call like ``date.today()`` or ``datetime.datetime.now(UTC)`` in a file."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        owner_name = (owner.id if isinstance(owner, ast.Name)
                      else owner.attr if isinstance(owner, ast.Attribute) else None)
        if (node.func.attr, owner_name) in SYSTEM_CLOCKS:
            found.append((node.lineno, f"{owner_name}.{node.func.attr}()"))
    return found


def test_nothing_but_the_clock_asks_the_system_for_the_date_or_time():
    home = PACKAGE / "clock.py"
    assert system_clock_calls(home.read_text(encoding="utf-8"))  # the one place
    elsewhere = [
        f"{path.relative_to(PACKAGE.parent)}:{line} calls {call}"
        for path in sorted(PACKAGE.rglob("*.py")) if path != home
        for line, call in system_clock_calls(path.read_text(encoding="utf-8"), str(path))
    ]
    assert elsewhere == []


def test_the_checker_sees_every_way_of_asking():
    sample = (
        "import datetime, time\n"
        "from datetime import date\n"
        "a = date.today()\n"
        "b = datetime.datetime.now(UTC)\n"
        "c = datetime.datetime.utcnow()\n"
        "d = time.time()\n"
        "e = QDate.currentDate()\n"
        "f = clock.today()\n"
        "g = datetime.date(2026, 1, 1)\n"
    )
    assert [line for line, _ in system_clock_calls(sample)] == [3, 4, 5, 6, 7]


def test_the_day_is_the_organisations_not_the_computers(on_day: OnDay):
    on_day(LATE_EVENING_UTC)
    assert clock.zone().key == "Asia/Seoul"
    assert clock.today() == date(2026, 3, 10)
    assert clock.now().hour == 8
    assert clock.utcnow() == LATE_EVENING_UTC
    clock.set_zone("UTC")
    assert clock.today() == date(2026, 3, 9)
    clock.set_zone("America/Los_Angeles")
    assert clock.today() == date(2026, 3, 9) and clock.now().hour == 16


def test_a_day_given_to_a_test_is_noon_there(on_day: OnDay):
    assert on_day(date(2026, 1, 31)) == datetime(2026, 1, 31, 12, tzinfo=clock.zone())
    assert clock.today() == date(2026, 1, 31)


def test_the_time_zone_setting_changes_today(db: Database, admin: Actor, on_day: OnDay):
    on_day(LATE_EVENING_UTC)
    assert settings.time_zone(db) == "Asia/Seoul"
    settings.set_time_zone(db, admin, " Europe/London ")
    assert settings.time_zone(db) == "Europe/London"
    assert clock.today() == date(2026, 3, 9)

    clock.set_zone(None)  # as in a new program, before anyone logs in
    assert clock.today() == date(2026, 3, 10)
    assert settings.apply_time_zone(db) == "Europe/London"  # at login
    assert clock.today() == date(2026, 3, 9)


def test_an_unknown_time_zone_is_refused_and_changes_nothing(db: Database, admin: Actor):
    for name in ("Seoul", "", "Asia/Nowhere", "Europe", "../etc/passwd"):
        with pytest.raises(ValidationError, match="not a time zone") as caught:
            settings.set_time_zone(db, admin, name)
        assert caught.value.field == "time_zone"
    assert settings.time_zone(db) == "Asia/Seoul"
    assert clock.zone().key == "Asia/Seoul"


def test_the_board_and_the_audit_log_follow_the_organisations_day(
    db: Database, admin: Actor, on_day: OnDay
):
    on_day(LATE_EVENING_UTC)  # 10 March in Seoul
    room = rooms.create_room(db, admin, name="101", floor=1, capacity=1)
    hana = members.create_member(db, admin, MemberInput(name="Fictional Hana"))
    rooms.assign(db, admin, hana.id, room.id, date(2026, 3, 10))
    (card,) = rooms.board(db, admin)
    assert [a.member_id for a in card.occupants] == [hana.id]
    assert audit_log.list_entries(db, admin, date_from=date(2026, 3, 10),
                                  date_to=date(2026, 3, 10))
    assert audit_log.list_entries(db, admin, date_to=date(2026, 3, 9)) == []

    settings.set_time_zone(db, admin, "UTC")  # still 9 March there: she comes tomorrow
    (card,) = rooms.board(db, admin)
    assert card.occupants == ()


def test_the_command_line_works_on_the_organisations_day(tmp_path, monkeypatch,
                                                         on_day: OnDay):
    dbfile = tmp_path / "safehouse.db"
    monkeypatch.setenv("SAFEHOUSE_PASSWORD", "a long enough secret")
    assert cli.main(["--db", str(dbfile), "--user", "admin", "init", "--org", "Test"]) == 0
    opened = access.log_in(Vault.open(dbfile), "admin", "a long enough secret")
    settings.set_time_zone(opened.db, opened.actor, "Pacific/Auckland")
    opened.db.dispose()
    clock.set_zone(None)

    on_day(LATE_EVENING_UTC)
    out = tmp_path / "members.csv"
    assert cli.main(["--db", str(dbfile), "--user", "admin", "export", "members",
                     str(out)]) == 0
    assert clock.zone().key == "Pacific/Auckland"
    assert clock.today() == date(2026, 3, 10)
