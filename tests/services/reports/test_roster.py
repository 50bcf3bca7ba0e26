"""The room roster: each room, who is in each bed on the day, free beds, the week's
moves; in English and Korean; the audit line when it is saved or printed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from safehouse.errors import ValidationError
from safehouse.models import AuditEntry
from safehouse.services import members, rooms
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput
from safehouse.services.reports import produce
from safehouse.services.reports.requests import ReportCancelled, ReportRequest
from safehouse.storage.db import Database
from tests.conftest import OnDay
from tests.services.reports.pdf_checks import first_page_ink, fonts, pages_text, text

TODAY = date(2026, 3, 11)  # a Wednesday


@pytest.fixture(autouse=True)
def _on_a_fixed_day(on_day: OnDay) -> None:
    on_day(TODAY)


def _house(db: Database, admin: Actor) -> None:
    sea = rooms.create_room(db, admin, name="Sea room", floor=1, capacity=3)
    hill = rooms.create_room(db, admin, name="Hill room", floor=2, capacity=2)
    people = [members.create_member(db, admin, MemberInput(
        name=name, status="active", joined_on=date(2025, 1, 1)))
        for name in ("김하나", "Park Mirae", "이봄", "Choi Dahye")]
    rooms.assign(db, admin, people[0].id, sea.id, date(2025, 2, 1), bed_label="A")
    rooms.assign(db, admin, people[1].id, sea.id, date(2026, 3, 10), bed_label="B")
    rooms.assign(db, admin, people[2].id, hill.id, date(2025, 5, 1),
                 end_on=date(2026, 3, 13))
    rooms.assign(db, admin, people[3].id, hill.id, date(2025, 1, 1), end_on=date(2026, 1, 1))


def test_the_roster_names_who_is_in_each_bed_and_the_free_ones(db, admin, tmp_path):
    _house(db, admin)
    pdf = produce.produce(db, admin, ReportRequest("roster"))
    found = text(pdf)
    assert "Room roster for 11 March 2026" in found
    assert "Sea room (floor 1)" in found and "Hill room (floor 2)" in found
    assert "김하나" in found and "Park Mirae" in found and "이봄" in found
    assert "Choi Dahye" not in found  # she left in January
    assert found.count("free bed") == 2  # one in each room
    assert "2 rooms, 5 beds: 3 taken, 2 free." in found
    # the week's moves: Park Mirae in on Tuesday, 이봄 out on Friday
    assert "Tue 10 Mar" in found and "Fri 13 Mar" in found
    assert "Confidential" in found and "Printed by Test Administrator" in found
    assert "Page 1 of 1" in found
    assert first_page_ink(pdf, tmp_path) > 0.005


def test_a_past_day_shows_who_was_there_then(db, admin):
    _house(db, admin)
    found = text(produce.produce(db, admin, ReportRequest("roster", on=date(2025, 6, 1))))
    assert "Choi Dahye" in found and "Park Mirae" not in found
    assert "Nobody moves in or out this week." in found


def test_the_korean_roster_is_in_korean_with_the_font_embedded(db, admin, tmp_path):
    _house(db, admin)
    pdf = produce.produce(db, admin, ReportRequest("roster", lang="ko"))
    found = text(pdf)
    assert "2026년 3월 11일 방 배정 명단" in found
    assert "대외비" in found and "1쪽 중 1쪽" in found and "빈 침대" in found
    assert "Confidential" not in found and "free bed" not in found
    table = fonts(pdf, tmp_path)
    lines = [line for line in table.splitlines() if "Nanum" in line]
    assert lines and all(" yes yes " in line for line in lines)  # embedded, subset
    assert "Helvetica" not in table  # no font the reader's computer must supply


def test_a_long_roster_runs_onto_pages_that_repeat_the_table_header(db, admin):
    for n in range(12):
        big = rooms.create_room(db, admin, name=f"Dorm {n:02d}", floor=n, capacity=6)
        for bed in range(3):
            m = members.create_member(db, admin, MemberInput(
                name=f"Resident {n:02d}-{bed}", status="active", joined_on=date(2025, 1, 1)))
            rooms.assign(db, admin, m.id, big.id, date(2025, 2, 1), bed_label=str(bed))
    pages = pages_text(produce.produce(db, admin, ReportRequest("roster", paper="Letter")))
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Room Beds Bed Who Since Leaves" in " ".join(page.split())
    assert "Resident 11-2" in "".join(pages[1:])


def test_cancelling_stops_the_report(db, admin):
    _house(db, admin)
    with pytest.raises(ReportCancelled):
        produce.produce(db, admin, ReportRequest("roster"), cancelled=lambda: True)


def test_a_bad_request_names_the_option(db, admin):
    with pytest.raises(ValidationError) as refused:
        produce.produce(db, admin, ReportRequest("roster", paper="A3"))
    assert refused.value.field == "paper"
    with pytest.raises(ValidationError) as refused:
        produce.produce(db, admin, ReportRequest("progress"))
    assert refused.value.field == "members"


def test_saving_writes_a_private_file_and_one_audit_line(db, admin, tmp_path: Path):
    _house(db, admin)
    request = ReportRequest("roster", on=TODAY)
    pdf = produce.produce(db, admin, request)
    target = tmp_path / "roster.pdf"
    produce.save(db, admin, request, pdf, target)
    assert target.read_bytes() == pdf and (target.stat().st_mode & 0o077) == 0
    produce.record_output(db, admin, request, "print")
    with db.transaction() as s:
        lines = s.execute(select(AuditEntry.action, AuditEntry.detail, AuditEntry.username)
                          .where(AuditEntry.action.like("report.%"))
                          .order_by(AuditEntry.id)).all()
    assert [(a, u) for a, _, u in lines] == [("report.save", "admin"),
                                             ("report.print", "admin")]
    assert "report=roster" in lines[0][1] and "on=2026-03-11" in lines[0][1]
    assert all("김하나" not in d for _, d, _ in lines)
