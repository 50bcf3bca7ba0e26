"""The progress summary: what must be on it (her name or only code and alias, room,
goals, attendance, scores for roles that see them, events, signatures) and what must
never be (session notes, care-plan notes, case notes; scores for staff; her name when
de-identified); batches with page numbers per member."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from sqlalchemy import event

from safehouse.services import (
    care_plans,
    events,
    members,
    rooms,
    session_marks,
    session_notes,
    sessions,
    users,
    wellbeing,
)
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.care_plans import GoalInput, UpdateInput
from safehouse.services.dto.community import EventInput
from safehouse.services.dto.people import MemberInput
from safehouse.services.dto.wellbeing import ResponseInput
from safehouse.services.reports import produce
from safehouse.services.reports.progress_data import progress_data
from safehouse.services.reports.requests import ReportCancelled, ReportRequest
from safehouse.storage.db import Database
from tests.conftest import TEST_PASSWORD, OnDay
from tests.services.counseling_fixtures import house
from tests.services.reports.pdf_checks import first_page_ink, pages_text, text

TODAY = date(2026, 3, 20)
CANARIES = ("QZXsessionnote", "QZXgoalnote", "QZXcasenote", "카나리노트")


@pytest.fixture(autouse=True)
def _on_a_fixed_day(on_day: OnDay) -> None:
    on_day(TODAY)


def _her(db: Database, admin: Actor) -> int:
    h = house(db, admin)
    members.update_member(db, admin, h.hana, MemberInput(
        name="김하나", alias="Morning Star", status="active", joined_on=date(2024, 1, 1),
        notes=f"{CANARIES[2]} {CANARIES[3]}"))
    room = rooms.create_room(db, admin, name="Sea room", floor=1, capacity=2)
    rooms.assign(db, admin, h.hana, room.id, date(2025, 12, 1), bed_label="A")
    goal = care_plans.add_goal(db, admin, h.hana, GoalInput(
        area="housing", text="Find a flat of her own", target_on=date(2026, 2, 1)))
    care_plans.add_update(db, admin, goal.id, UpdateInput(
        day=date(2026, 1, 15), note=CANARIES[1], status="in_progress"))
    booked = sessions.book(db, admin, h.session(datetime(2026, 2, 10, 10))).sessions[0]
    session_marks.mark(db, admin, booked.id, "completed")
    session_notes.save_notes(db, admin, booked.id, CANARIES[0])
    missed = sessions.book(db, admin, h.session(datetime(2026, 2, 17, 10))).sessions[0]
    session_marks.mark(db, admin, missed.id, "no_show")
    wellbeing.record_response(db, admin, ResponseInput(
        h.hana, "phq9", date(2026, 1, 5), (2, 2, 2, 1, 1, 1, 1, 1, 0)))
    wellbeing.record_response(db, admin, ResponseInput(
        h.hana, "phq9", date(2026, 3, 5), (1, 1, 1, 1, 1, 0, 0, 0, 0)))
    made = events.save_event(db, admin, EventInput(
        kind="retreat", name="Spring retreat", starts_on=date(2026, 3, 7),
        ends_on=date(2026, 3, 8)))
    events.set_attendance(db, admin, made.summary.id, [h.hana], guests=0, children=0)
    return h.hana


def _staff(db: Database, admin: Actor) -> Actor:
    made = users.create_account(db, admin, username="bom", display_name="Lee Bom",
                                role="staff", password=TEST_PASSWORD)
    return Actor(made.id, made.username, made.display_name, made.role,
                 must_change_password=made.must_change_password)


def test_the_summary_holds_her_record_and_never_a_note(db, admin, tmp_path):
    hana = _her(db, admin)
    pdf = produce.produce(db, admin, ReportRequest("progress", member_ids=(hana,)))
    found = text(pdf)
    assert "Progress summary: M-0001 김하나" in found
    assert "20 Dec 2025 – 20 Mar 2026" in found  # the last three months
    assert "Sea room, A" in found and "Morning Star" in found
    assert "Find a flat of her own" in found and "In progress" in found
    assert "overdue" in found
    assert "Attended Missed Cancelled Still to come 1 1 0 0" in " ".join(found.split())
    assert "PHQ-9" in found and "Mild" in found  # the score's band
    assert "Spring retreat" in found
    assert "Staff member's signature" in found and "Resident's signature" in found
    assert not any(c in found for c in CANARIES)
    assert first_page_ink(pdf, tmp_path) > 0.005


def test_staff_get_no_scores(db, admin):
    hana = _her(db, admin)
    found = text(produce.produce(db, _staff(db, admin),
                                 ReportRequest("progress", member_ids=(hana,))))
    assert "Not shown: the role of the person printing does not see scores." in found
    assert "Mild" not in found and "Questionnaire" not in found
    assert "Find a flat of her own" in found and "Printed by Lee Bom" in found
    assert not any(c in found for c in CANARIES)


def test_de_identified_shows_code_and_alias_only(db, admin):
    hana = _her(db, admin)
    found = text(produce.produce(db, admin, ReportRequest(
        "progress", member_ids=(hana,), deidentified=True, lang="ko")))
    assert "M-0001 (Morning Star)" in found
    assert "김하나" not in found
    assert "경과 요약" in found


def test_a_period_leaves_out_what_happened_outside_it(db, admin):
    hana = _her(db, admin)
    found = text(produce.produce(db, admin, ReportRequest(
        "progress", member_ids=(hana,), start=date(2026, 3, 1), end=date(2026, 3, 31))))
    assert "Spring retreat" in found
    assert "Attended Missed Cancelled Still to come 0 0 0 0" in " ".join(found.split())
    assert not re.search(r"\b5 Jan 2026", found) and re.search(r"\b5 Mar 2026", found)


def test_a_batch_starts_each_member_on_a_page_with_her_own_page_numbers(db, admin):
    hana = _her(db, admin)
    others = [members.create_member(db, admin, MemberInput(
        name=f"Resident {n}", status="active", joined_on=date(2024, 1, 1))).id
        for n in range(2)]
    pages = pages_text(produce.produce(db, admin, ReportRequest(
        "progress", member_ids=(hana, *others))))
    firsts = [p for p in pages if "Progress summary: M-" in p]
    assert len(firsts) == 3
    for page in firsts:
        assert "Page 1 of" in page
    assert "Page 3 of 3" not in "".join(pages) or len(pages) >= 3
    assert sum("Page 1 of 1" in p for p in pages) >= 2  # the two short ones


def test_a_batch_can_be_cancelled_between_members(db, admin):
    hana = _her(db, admin)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(ReportCancelled):
        produce.produce(db, admin, ReportRequest("progress", member_ids=(hana, hana)),
                        cancelled=cancelled)


def test_each_member_of_a_batch_gets_an_audit_line(db, admin):
    hana = _her(db, admin)
    from sqlalchemy import select

    from safehouse.models import AuditEntry
    other = members.create_member(db, admin, MemberInput(name="Resident")).id
    produce.record_output(db, admin, ReportRequest("progress", member_ids=(hana, other)),
                          "print")
    with db.transaction() as s:
        lines = s.execute(select(AuditEntry.member_id, AuditEntry.detail)
                          .where(AuditEntry.action == "report.print")).all()
    assert sorted(m for m, _ in lines) == sorted([hana, other])
    assert all("batch=2" in d and "report=progress" in d for _, d in lines)


def test_her_data_is_read_in_one_unit_of_work(db, admin):
    """One transaction (the reader checked in it) and as many statements however much
    she has: the summary's time against bare ReportLab rests on it (it took 15
    transactions, one per service call and permission check)."""
    hana = _her(db, admin)
    counted = {"begin": 0, "statements": 0}

    def on_begin(*_args: object) -> None:
        counted["begin"] += 1

    def on_statement(*_args: object) -> None:
        counted["statements"] += 1

    def reading() -> tuple[int, int]:
        counted.update(begin=0, statements=0)
        event.listen(db.engine, "begin", on_begin)
        event.listen(db.engine, "before_cursor_execute", on_statement)
        try:
            progress_data(db, admin, hana, start=date(2025, 1, 1), end=TODAY)
        finally:
            event.remove(db.engine, "begin", on_begin)
            event.remove(db.engine, "before_cursor_execute", on_statement)
        return counted["begin"], counted["statements"]

    begun, first = reading()
    assert begun == 1 and first <= 10
    for day in (date(2026, 3, 12), date(2026, 3, 14)):
        made = events.save_event(db, admin, EventInput(kind="gathering", name="Lunch",
                                                       starts_on=day))
        events.set_attendance(db, admin, made.summary.id, [hana], guests=0, children=0)
    wellbeing.record_response(db, admin, ResponseInput(
        hana, "phq9", date(2026, 3, 15), (1, 1, 1, 1, 1, 1, 0, 0, 0)))
    assert reading() == (1, first)


def test_the_signatures_never_stand_alone_on_a_page(db, admin):
    """However many events she came to, the two places to sign share their page with
    her record (the end of her events at least), never alone on a last page."""
    hana = _her(db, admin)
    alone: list[int] = []
    for n in range(1, 41):
        made = events.save_event(db, admin, EventInput(
            kind="gathering", name=f"Outing {n:02d}", starts_on=date(2026, 3, 10),
            ends_on=date(2026, 3, 10)))
        events.set_attendance(db, admin, made.summary.id, [hana], guests=0, children=0)
        pages = pages_text(produce.produce(
            db, admin, ReportRequest("progress", member_ids=(hana,))))
        signed = [p for p in pages if "Resident's signature" in p]
        assert len(signed) == 1
        if "Outing" not in signed[0] and "Spring retreat" not in signed[0]:
            alone.append(n)
    assert not alone, f"the signatures alone on a page with {alone} events"
