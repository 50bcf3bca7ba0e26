"""Alerts: raised by a "yes" to repatriation, PHQ-9 item 9 above 0, or a top band; open
until acknowledged with a note (who, when; audited). And who is due for a check-in."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from safehouse.errors import ConflictError, ValidationError
from safehouse.models import AuditEntry
from safehouse.services import settings, wellbeing_alerts, wellbeing_figures
from safehouse.services.dto.wellbeing import DueReason
from tests.services.test_wellbeing import add_member, record


@pytest.fixture(autouse=True)
def _on_day(on_day) -> None:
    on_day(date(2026, 3, 10))


def test_each_rule_raises_its_alert_and_others_do_not(db, admin) -> None:
    kim = add_member(db, admin)
    record(db, admin, kim, "yearly", [3, 1])  # repatriation threat
    record(db, admin, kim, "yearly", [3, 0])  # none
    record(db, admin, kim, "phq9", [0] * 8 + [1])  # item 9
    record(db, admin, kim, "phq9", [2] * 8 + [0])  # 16: moderately severe, none
    record(db, admin, kim, "gad7", [3] * 5 + [0, 0])  # 15: severe
    record(db, admin, kim, "pcl5", [2] * 15 + [1] + [0] * 4)  # 31: probable PTSD
    record(db, admin, kim, "pcl5", [2] * 15 + [0] * 5)  # 30: none
    found = wellbeing_alerts.open_alerts(db, admin)
    assert [(a.instrument, a.kind) for a in found] == [
        ("yearly", "repatriation_threat"), ("phq9", "self_harm"), ("gad7", "top_band"),
        ("pcl5", "top_band")]
    assert all(a.member_code == "M-0001" and a.acknowledged_at is None for a in found)


def test_an_alert_is_acknowledged_once_with_a_note(db, admin) -> None:
    kim = add_member(db, admin)
    made = record(db, admin, kim, "phq9", [0] * 8 + [2])
    (alert_id,) = made.alert_ids
    with pytest.raises(ValidationError) as info:
        wellbeing_alerts.acknowledge(db, admin, alert_id, "   ")
    assert info.value.field == "note"
    done = wellbeing_alerts.acknowledge(db, admin, alert_id, "Called her; safety plan made.")
    assert done.acknowledged_by == "Test Administrator"
    assert done.acknowledged_at is not None and done.note == "Called her; safety plan made."
    assert wellbeing_alerts.open_alerts(db, admin) == []
    with pytest.raises(ConflictError):
        wellbeing_alerts.acknowledge(db, admin, alert_id, "again")
    (kept,) = wellbeing_alerts.member_alerts(db, admin, kim)
    assert kept.note == "Called her; safety plan made."
    with db.transaction() as s:
        (line,) = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "wellbeing.alert.ack"))
        assert "safety" not in line.detail and line.member_id == kim


def test_due_yearly_and_follow_up_after_the_setting(db, admin, on_day) -> None:
    kim, lee, park = (add_member(db, admin, n) for n in ("Kim", "Lee", "Park"))
    record(db, admin, kim, "yearly", [3, 0], on=date(2025, 12, 20))  # last year: due
    record(db, admin, lee, "yearly", [3, 0], on=date(2026, 1, 20))  # this year: not
    record(db, admin, park, "yearly", [3, 0], on=date(2026, 1, 20))
    record(db, admin, lee, "phq9", [2] * 5 + [0] * 4, on=date(2026, 2, 9))  # 10, 4 weeks+1
    record(db, admin, park, "gad7", [2] * 5 + [0] * 2, on=date(2026, 2, 1))  # 10
    record(db, admin, park, "gad7", [1] * 4 + [0] * 3, on=date(2026, 2, 3))  # 4: cleared
    due = wellbeing_figures.due_check_ins(db, admin)
    assert [(d.member_name, d.reason, d.instrument, d.last_taken_on) for d in due] == [
        ("Kim", DueReason.YEARLY, "", date(2025, 12, 20)),
        ("Lee", DueReason.FOLLOW_UP, "phq9", date(2026, 2, 9)),
    ]
    on_day(date(2026, 3, 9))  # exactly 4 weeks after: due on that day
    assert [d.member_name for d in wellbeing_figures.due_check_ins(db, admin)] == [
        "Kim", "Lee"]
    on_day(date(2026, 3, 8))
    assert [d.member_name for d in wellbeing_figures.due_check_ins(db, admin)] == ["Kim"]
    settings.set_screening_follow_up_weeks(db, admin, 2)
    assert settings.screening_follow_up_weeks(db) == 2
    assert [d.member_name for d in wellbeing_figures.due_check_ins(db, admin)] == [
        "Kim", "Lee"]
    with pytest.raises(ValidationError):
        settings.set_screening_follow_up_weeks(db, admin, 0)
