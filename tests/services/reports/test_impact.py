"""The impact report: always de-identified; the yearly figures equal the Wellbeing
page's; "fewer than 5" for small groups; no figure (never a zero) for a year without
responses; in Korean too."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from safehouse.services import (
    counselors,
    events,
    members,
    session_marks,
    sessions,
    wellbeing,
    wellbeing_figures,
)
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.community import EventInput
from safehouse.services.dto.counseling import CounselorInput, SessionInput
from safehouse.services.dto.people import MemberInput
from safehouse.services.dto.wellbeing import ResponseInput
from safehouse.services.reports import produce
from safehouse.services.reports.requests import ReportRequest
from safehouse.storage.db import Database
from tests.conftest import OnDay
from tests.services.reports.pdf_checks import first_page_ink, text

# 2024: six answered (health 1,2,2,3,3,4 → 2.50; threatened 2 of 6 → 33%);
# 2025: three answered (fewer than 5); 2023: nobody answered
HEALTH_2024 = (1, 2, 2, 3, 3, 4)


@pytest.fixture(autouse=True)
def _on_a_fixed_day(on_day: OnDay) -> None:
    on_day(date(2025, 11, 1))


def _community(db: Database, admin: Actor) -> list[str]:
    names = []
    ids = []
    for n, health in enumerate(HEALTH_2024):
        name = f"Kim Hyeon{n}"
        m = members.create_member(db, admin, MemberInput(
            name=name, alias=f"Alias{n}", status="active", joined_on=date(2023, 3, 1)))
        names += [name, m.code, f"Alias{n}"]
        ids.append(m.id)
        wellbeing.record_response(db, admin, ResponseInput(
            m.id, "yearly", date(2024, 6, 1), (health, 1 if n < 2 else 0)))
        if n < 3:
            wellbeing.record_response(db, admin, ResponseInput(
                m.id, "yearly", date(2025, 6, 1), (4, 0)))
    made = events.save_event(db, admin, EventInput(
        kind="retreat", name="Summer retreat", starts_on=date(2024, 7, 25)))
    events.set_attendance(db, admin, made.summary.id, ids[:3], guests=0, children=0)
    return names


def test_the_impact_report_has_the_pages_figures_and_no_one_named(db, admin, tmp_path):
    names = _community(db, admin)
    pdf = produce.produce(db, admin, ReportRequest("impact", first_year=2023,
                                                   last_year=2025))
    found = text(pdf)
    flat = " ".join(found.split())
    assert "Impact report 2023–2025" in found
    assert "2023 no responses" in flat  # no figure, never a zero
    assert "2024 6 2.50 33%" in flat
    assert "2025 fewer than 5" in flat
    page = {f.year: f for f in wellbeing_figures.yearly_figures(db, admin)}
    assert page[2024].mean_health_text == "2.50" and page[2025].fewer_than_minimum
    assert "Summer retreat" not in found  # events are counted, not named
    assert not any(n in found for n in names)
    assert first_page_ink(pdf, tmp_path) > 0.005


def test_in_korean(db, admin):
    _community(db, admin)
    found = text(produce.produce(db, admin, ReportRequest(
        "impact", lang="ko", first_year=2024, last_year=2025)))
    assert "성과 보고서 2024–2025" in found and "5명 미만" in found
    assert "fewer than 5" not in found


def _counseling(db: Database, admin: Actor, member_ids: list[int], year: int,
                sessions_each: int) -> None:
    """A completed hour of counseling for each member, ``sessions_each`` times."""
    counselor = counselors.save_counselor(db, admin, CounselorInput(name="Yoon Counselor"))
    for n, member_id in enumerate(member_ids):
        for k in range(sessions_each):
            made = sessions.book(db, admin, SessionInput(
                kind="individual", member_ids=(member_id,), counselor_id=counselor.id,
                starts_at=datetime(year, 3 + k, 2 + n, 10), duration_minutes=60))
            session_marks.mark(db, admin, made.sessions[0].id, "completed")


def _counseling_rows(found: str, heading: str = "Counseling and reach") -> str:
    """The report's last section (counseling and reach), on one line."""
    part = found[found.index(heading):]
    return " ".join(part.split())


def test_counseling_hours_of_fewer_than_five_members_are_not_shown(db, admin):
    _community(db, admin)
    ids = [m.id for m in members.list_members(db, admin)]
    _counseling(db, admin, ids[:5], 2024, 1)  # five members, an hour each: 5.0
    _counseling(db, admin, ids[:3], 2025, 3)  # three members, three hours each: 9.0
    assert session_marks.counseled_by_year(db, admin, [2023, 2024, 2025]) == {
        2023: 0, 2024: 5, 2025: 3}
    rows = _counseling_rows(text(produce.produce(db, admin, ReportRequest(
        "impact", first_year=2023, last_year=2025))))
    assert "2023 0.0 " in rows  # no counseling: a true zero
    assert "2024 5.0 " in rows
    assert "2025 fewer than 5 " in rows
    assert "9.0" not in rows
    korean = _counseling_rows(text(produce.produce(db, admin, ReportRequest(
        "impact", lang="ko", first_year=2024, last_year=2025))), "상담과 연결")
    assert "2025 5명 미만" in korean and "9.0" not in korean
