"""Recording responses: scored and banded as the instrument says, screenings sealed,
alerts raised; who sees what; opening is audited once; a member's trend."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select, text

from safehouse.errors import PermissionDenied, ValidationError, ValidationErrors
from safehouse.models import AuditEntry
from safehouse.models.wellbeing import Alert, Response
from safehouse.services import access, members, users, wellbeing
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput
from safehouse.services.dto.wellbeing import ResponseInput
from safehouse.services.reading import Read
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault
from tests.conftest import TEST_PASSWORD

STAFF_PASSWORD = "staff password 1"
DAY = date(2026, 3, 2)


def add_member(db: Database, admin: Actor, name: str = "Fictional Kim") -> int:
    return members.create_member(db, admin, MemberInput(
        name=name, status="active", joined_on=date(2024, 1, 1))).id


def record(db: Database, actor: Actor, member_id: int, instrument: str,
           answers: list[int | None], on: date = DAY) -> wellbeing.RecordedResponse:
    return wellbeing.record_response(db, actor, ResponseInput(
        member_id=member_id, instrument=instrument, taken_on=on, answers=tuple(answers)))


def audit_count(db: Database, action: str) -> int:
    with db.transaction() as s:
        return len(list(s.scalars(select(AuditEntry).where(AuditEntry.action == action))))


@pytest.fixture(autouse=True)
def _on_day(on_day) -> None:
    on_day(date(2026, 3, 10))


def test_a_phq9_is_scored_banded_and_item_9_raises_an_alert(db, admin) -> None:
    kim = add_member(db, admin)
    made = record(db, admin, kim, "phq9", [1, 2, 1, 1, 2, 1, 1, 0, 1])
    r = made.response
    assert (r.score, r.band, r.withheld) == (10, "moderate", False)
    assert r.answers == (1, 2, 1, 1, 2, 1, 1, 0, 1)
    assert r.alerts == ("self_harm",)
    assert len(made.alert_ids) == 1
    assert r.recorded_by == "Test Administrator"
    assert audit_count(db, "wellbeing.record") == 1


def test_screenings_are_sealed_and_the_yearly_check_in_is_plain(db, admin) -> None:
    kim = add_member(db, admin)
    record(db, admin, kim, "gad7", [3, 3, 3, 3, 3, 0, 0])
    record(db, admin, kim, "yearly", [4, 1])
    with db.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT instrument, health, repatriation_threat, screening "
            "FROM wellbeing_responses ORDER BY id")).all()
        entries = conn.execute(text("SELECT entry FROM wellbeing_alerts")).scalars().all()
    (gad, yearly) = rows
    assert gad[1] is None and gad[2] is None
    assert gad[3].startswith("sealed:v2:") and "answers" not in gad[3]
    assert (yearly[0], yearly[1], bool(yearly[2]), yearly[3]) == ("yearly", 4, True, "")
    assert len(entries) == 2  # GAD-7 severe, and the repatriation threat
    assert all(e.startswith("sealed:v2:") for e in entries)


def test_invalid_answers_are_named_and_nothing_is_written(db, admin) -> None:
    kim = add_member(db, admin)
    with pytest.raises(ValidationErrors) as info:
        record(db, admin, kim, "phq9", [0, 0, None, 0, 0, 0, 0, 0, 7])
    assert [e.field for e in info.value.errors] == ["phq9_3", "phq9_9"]
    with pytest.raises(ValidationErrors):
        record(db, admin, kim, "gad7", [0] * 6)
    with pytest.raises(ValidationError) as one:
        record(db, admin, kim, "beck", [0])
    assert one.value.field == "instrument"
    with pytest.raises(ValidationError) as future:
        record(db, admin, kim, "yearly", [3, 0], on=date(2026, 3, 11))
    assert future.value.field == "taken_on"
    with db.transaction() as s:
        assert s.scalars(select(Response)).first() is None
        assert s.scalars(select(Alert)).first() is None


def test_opening_a_members_responses_is_audited_once(db, admin) -> None:
    kim = add_member(db, admin)
    record(db, admin, kim, "phq9", [0] * 9)
    wellbeing.list_responses(db, admin, kim, purpose=Read.OPEN)
    wellbeing.list_responses(db, admin, kim, purpose=Read.REFRESH)
    wellbeing.trends(db, admin, kim, purpose=Read.REFRESH)
    assert audit_count(db, "wellbeing.view") == 1
    one = wellbeing.list_responses(db, admin, kim, purpose=Read.REFRESH)[0]
    wellbeing.get_response(db, admin, one.id, purpose=Read.OPEN)
    assert audit_count(db, "wellbeing.view") == 2


def test_a_members_trend_per_instrument_with_its_bands(db, admin) -> None:
    kim = add_member(db, admin)
    record(db, admin, kim, "phq9", [3] * 9, on=date(2026, 1, 5))
    record(db, admin, kim, "phq9", [1] * 8 + [0], on=date(2026, 2, 5))
    record(db, admin, kim, "yearly", [2, 0], on=date(2025, 6, 1))
    record(db, admin, kim, "yearly", [4, 0], on=date(2026, 2, 1))
    found = {t.instrument: t for t in wellbeing.trends(db, admin, kim, purpose=Read.OPEN)}
    assert list(found) == ["yearly", "phq9"]
    phq = found["phq9"]
    assert [(p.taken_on, p.value, p.band) for p in phq.points] == [
        (date(2026, 1, 5), 27, "severe"), (date(2026, 2, 5), 8, "mild")]
    assert (phq.low, phq.high) == (0, 27)
    assert [(b.low, b.high) for b in phq.bands] == [(0, 4), (5, 9), (10, 14), (15, 19),
                                                     (20, 27)]
    yearly = found["yearly"]
    assert [p.value for p in yearly.points] == [2, 4]
    assert (yearly.low, yearly.high, yearly.bands) == (1, 5, ())


def test_removing_a_response_removes_its_alerts(db, admin) -> None:
    kim = add_member(db, admin)
    made = record(db, admin, kim, "yearly", [1, 1])
    wellbeing.remove_response(db, admin, made.response.id)
    with db.transaction() as s:
        assert s.scalars(select(Alert)).first() is None
    assert wellbeing.list_responses(db, admin, kim, purpose=Read.REFRESH) == []
    assert audit_count(db, "wellbeing.delete") == 1


@dataclass
class Office:
    db: Database
    admin: Actor
    staff: access.Opened
    kim: int


@pytest.fixture
def office(vault: Vault) -> Iterator[Office]:
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    db, admin = opened.db, opened.actor
    users.create_account(db, admin, username="bora", display_name="Staff Bora",
                         role="staff", password=STAFF_PASSWORD, must_change_password=False)
    kim = add_member(db, admin)
    record(db, admin, kim, "phq9", [2] * 9)
    record(db, admin, kim, "yearly", [2, 1])
    staff = access.log_in(vault, "bora", STAFF_PASSWORD)
    try:
        yield Office(db, admin, staff, kim)
    finally:
        staff.db.dispose()
        db.dispose()


def test_staff_see_that_a_check_in_happened_but_no_answer_or_score(office) -> None:
    sdb, bora = office.staff.db, office.staff.actor
    seen = wellbeing.list_responses(sdb, bora, office.kim, purpose=Read.OPEN)
    assert [(r.instrument, r.taken_on, r.withheld) for r in seen] == [
        ("yearly", DAY, True), ("phq9", DAY, True)]  # newest first
    assert all(r.answers == () and r.score is None and r.band == "" and r.alerts == ()
               for r in seen)
    assert audit_count(office.db, "wellbeing.view") == 0  # nothing confidential shown
    with pytest.raises(PermissionDenied):
        wellbeing.trends(sdb, bora, office.kim, purpose=Read.OPEN)
    with pytest.raises(PermissionDenied):
        record(sdb, bora, office.kim, "yearly", [3, 0])
    # the manager's view of the same
    full = wellbeing.list_responses(office.db, office.admin, office.kim, purpose=Read.OPEN)
    assert [r.score for r in full] == [None, 18]
    assert full[0].answers == (2, 1)


def test_erasing_a_member_erases_her_responses_and_alerts(db, admin) -> None:
    from safehouse.services import purge
    kim = add_member(db, admin)
    record(db, admin, kim, "yearly", [2, 1])
    record(db, admin, kim, "phq9", [0] * 8 + [1])
    purge.erase_member(db, admin, kim, "M-0001")
    with db.transaction() as s:
        assert s.scalars(select(Response)).first() is None
        assert s.scalars(select(Alert)).first() is None
