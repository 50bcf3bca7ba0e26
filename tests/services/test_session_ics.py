"""The .ics export: it parses, round-trips start, end, RRULE, EXDATE and RECURRENCE-ID,
and a calendar program's expansion of it is exactly the program's own sessions."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
import recurring_ical_events
from icalendar import Calendar
from sqlalchemy import select

from safehouse import clock
from safehouse.models import AuditEntry
from safehouse.services import (
    exports,
    session_edits,
    session_ics,
    session_removal,
    sessions,
)
from safehouse.services.dto.counseling import (
    Frequency,
    Recurrence,
    Scope,
    SessionChange,
    SessionView,
)
from tests.services.counseling_fixtures import House, house

FROM, TO = date(2026, 3, 1), date(2026, 6, 30)


@pytest.fixture
def h(db, admin) -> House:
    return house(db, admin)


def a_busy_schedule(h: House) -> None:
    weekly = sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10)),
                           Recurrence(Frequency.WEEKLY, count=8)).sessions
    session_edits.move(h.db, h.admin, weekly[1].id, datetime(2026, 3, 11, 15))
    session_removal.delete(h.db, h.admin, weekly[2].id)
    session_removal.cancel(h.db, h.admin, weekly[3].id, "member")
    session_edits.change(h.db, h.admin, weekly[4].id,
                         SessionChange(counselor_id=h.other_counselor))
    monthly = sessions.book(h.db, h.admin, h.session(
        datetime(2026, 3, 12, 14), member_ids=(h.hana, h.somang), kind="couple",
        counselor=h.other_counselor, place="Family centre"),
        Recurrence(Frequency.MONTHLY_WEEKDAY, until=date(2026, 6, 30))).sessions
    session_edits.change(h.db, h.admin, monthly[1].id, SessionChange(start_time=time(16)),
                         Scope.FOLLOWING)
    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 20, 9), member_ids=(h.somang,),
                                           place=None))


def program(h: House, counselor_id: int | None = None) -> set[tuple[datetime, datetime, str]]:
    days = (TO - FROM).days + 1
    found: list[SessionView] = sessions.week(h.db, h.admin, FROM, days=days,
                                             counselor_id=counselor_id)
    return {(v.starts_at.astimezone(UTC), v.ends_at.astimezone(UTC),
             "CANCELLED" if v.status == "cancelled" else "CONFIRMED") for v in found}


def expanded(data: bytes) -> set[tuple[datetime, datetime, str]]:
    cal = Calendar.from_ical(data)
    events = recurring_ical_events.of(cal).between(
        datetime.combine(FROM, time(0), tzinfo=clock.zone()),
        datetime.combine(TO + timedelta(days=1), time(0), tzinfo=clock.zone()))
    return {(e["DTSTART"].dt.astimezone(UTC), e["DTEND"].dt.astimezone(UTC),
             str(e.get("STATUS"))) for e in events}


def test_a_calendar_program_sees_exactly_the_programs_sessions(h):
    a_busy_schedule(h)
    made = session_ics.export_sessions(h.db, h.admin, start=FROM, end=TO)
    assert expanded(made.data) == program(h)
    assert len(program(h)) == 12  # 7 weekly (one deleted), 4 monthly, 1


def test_one_counselors_calendar(h):
    a_busy_schedule(h)
    made = session_ics.export_sessions(h.db, h.admin, start=FROM, end=TO,
                                       counselor_id=h.counselor)
    assert expanded(made.data) == program(h, h.counselor)
    assert program(h, h.counselor) != program(h)


def test_the_file_round_trips_rule_exceptions_and_codes(h):
    a_busy_schedule(h)
    made = session_ics.export_sessions(h.db, h.admin, start=FROM, end=TO)
    cal = Calendar.from_ical(made.data)
    events = list(cal.walk("VEVENT"))
    masters = [e for e in events if "RRULE" in e]
    assert len(masters) == 3  # weekly, monthly, and the monthly's second part
    weekly = next(e for e in masters if e["RRULE"]["FREQ"] == ["WEEKLY"])
    assert weekly["DTSTART"].dt == datetime(2026, 3, 3, 10, tzinfo=clock.zone())
    assert weekly["DTEND"].dt - weekly["DTSTART"].dt == timedelta(hours=1)
    assert weekly["RRULE"]["COUNT"] == [8]
    exdates = [d.dt for d in weekly["EXDATE"].dts]
    assert exdates == [datetime(2026, 3, 17, 10, tzinfo=clock.zone())]
    overrides = [e for e in events if "RECURRENCE-ID" in e and e["UID"] == weekly["UID"]]
    moved = next(e for e in overrides
                 if e["RECURRENCE-ID"].dt == datetime(2026, 3, 10, 10, tzinfo=clock.zone()))
    assert moved["DTSTART"].dt == datetime(2026, 3, 11, 15, tzinfo=clock.zone())
    assert any(str(e["STATUS"]) == "CANCELLED" for e in overrides)
    text = made.data.decode()
    assert "M-0001" in text and "김하나" not in text and "NOTES" not in text.upper()
    with_names = session_ics.export_sessions(h.db, h.admin, start=FROM, end=TO, names=True)
    assert "김하나" in with_names.data.decode()


def test_the_export_is_audited_when_saved(h, tmp_path):
    a_busy_schedule(h)
    made = session_ics.export_sessions(h.db, h.admin, counselor_id=h.counselor, names=True)
    assert made.suggested_name.endswith(".ics")
    exports.save(h.db, h.admin, made, tmp_path / "s.ics")
    with h.db.transaction() as s:
        line = s.scalar(select(AuditEntry).where(AuditEntry.action == "session.export"))
    assert line is not None and "counselor_filter" in line.detail and "names" in line.detail
