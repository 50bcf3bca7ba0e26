"""Confidential session notes: who may open them, sealed at rest, opening audited once;
attendance marks and the figures drawn from them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select, text

from safehouse.errors import PermissionDenied
from safehouse.models import AuditEntry
from safehouse.services import counselors, session_marks, session_notes, sessions, users
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import CounselorInput, Frequency, Recurrence
from safehouse.services.reading import Read
from safehouse.storage.db import Database
from tests.conftest import TEST_PASSWORD
from tests.services.counseling_fixtures import House, house

NOTE = "Canary-session-NQ7 fictional note about sleep"


def account(db: Database, admin: Actor, username: str, role: str) -> Actor:
    made = users.create_account(db, admin, username=username, display_name=username.title(),
                                role=role, password=TEST_PASSWORD,
                                must_change_password=False)
    return Actor(id=made.id, username=made.username, display_name=made.display_name,
                 role=made.role)


@pytest.fixture
def h(db, admin) -> House:
    return house(db, admin)


@pytest.fixture
def people(h: House) -> dict[str, Actor]:
    found = {"administrator": h.admin}
    for name, role in (("mirae", "counselor"), ("dana", "counselor"), ("mina", "manager"),
                       ("bora", "staff")):
        found[name] = account(h.db, h.admin, name, role)
    return found


def session_of(h: House, counselor: Actor) -> int:
    c = counselors.save_counselor(h.db, h.admin, CounselorInput(user_id=counselor.id))
    return sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10), counselor=c.id)
                         ).sessions[0].id


def test_who_may_open_a_sessions_notes(h, people):
    session_id = session_of(h, people["mirae"])
    session_notes.save_notes(h.db, people["mirae"], session_id, NOTE)
    allowed = {"mirae": True, "administrator": True, "mina": True, "dana": False,
               "bora": False}
    for name, may in allowed.items():
        if may:
            got = session_notes.open_notes(h.db, people[name], session_id,
                                           purpose=Read.REFRESH)
            assert got.text == NOTE and got.written_by == "Mirae"
        else:
            with pytest.raises(PermissionDenied):
                session_notes.open_notes(h.db, people[name], session_id,
                                         purpose=Read.REFRESH)
            with pytest.raises(PermissionDenied):
                session_notes.save_notes(h.db, people[name], session_id, "overwritten")
    # staff see that it took place, never that it has notes or what they say
    assert sessions.session(h.db, people["bora"], session_id).has_notes is False
    assert sessions.session(h.db, people["dana"], session_id).has_notes is False
    assert sessions.session(h.db, people["mina"], session_id).has_notes is True


def test_notes_are_sealed_and_opening_is_audited_once(h, people):
    session_id = session_of(h, people["mirae"])
    session_notes.save_notes(h.db, people["mirae"], session_id, NOTE)
    with h.db.transaction() as s:
        stored = s.execute(text("SELECT text FROM session_notes")).scalar_one()
    assert stored.startswith("sealed:v2:") and "Canary" not in stored
    session_notes.open_notes(h.db, people["mina"], session_id, purpose=Read.OPEN)
    session_notes.open_notes(h.db, people["mina"], session_id, purpose=Read.REFRESH)
    with h.db.transaction() as s:
        lines = list(s.scalars(select(AuditEntry).where(
            AuditEntry.action == "session.notes.view")))
    assert [(e.username, e.member_id, e.entity_id) for e in lines] == [
        ("mina", h.hana, session_id)]
    assert all("Canary" not in e.detail for e in lines)


def test_without_the_confidential_key_notes_stay_shut(h, people):
    session_id = session_of(h, people["mirae"])
    session_notes.save_notes(h.db, people["mirae"], session_id, NOTE)
    without = Database(h.db.url, schema=h.db.schema, key=h.db.key, confidential_key=None)
    try:
        with pytest.raises(PermissionDenied):
            session_notes.open_notes(without, people["mirae"], session_id,
                                     purpose=Read.REFRESH)
    finally:
        without.dispose()


def test_a_counselor_marks_only_her_own_sessions(h, people):
    session_id = session_of(h, people["mirae"])
    with pytest.raises(PermissionDenied):
        session_marks.mark(h.db, people["dana"], session_id, "completed")
    with pytest.raises(PermissionDenied):
        session_marks.mark(h.db, people["bora"], session_id, "completed")
    got = session_marks.mark(h.db, people["mirae"], session_id, "no_show")
    assert got.status == "no_show"


def test_attendance_figures_and_counselor_hours(h):
    made = sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10), minutes=90),
                         Recurrence(Frequency.WEEKLY, count=6))
    occ = made.sessions
    session_marks.mark(h.db, h.admin, occ[0].id, "completed")
    session_marks.mark(h.db, h.admin, occ[1].id, "completed")
    session_marks.mark(h.db, h.admin, occ[2].id, "no_show")
    session_marks.mark(h.db, h.admin, occ[3].id, "cancelled", cancelled_by="member")
    session_marks.mark(h.db, h.admin, occ[4].id, "completed")  # 2026-03-31
    got = session_marks.member_attendance(h.db, h.admin, h.hana, date(2026, 3, 1),
                                          date(2026, 3, 31))
    assert (got.attended, got.missed, got.cancelled, got.scheduled) == (3, 1, 1, 0)
    assert got.cancelled_by == {"member": 1}
    hours = session_marks.counselor_hours(h.db, h.admin, date(2026, 1, 1),
                                          date(2026, 12, 31))
    assert [(x.month, x.hours, x.sessions) for x in hours] == [(date(2026, 3, 1), 4.5, 3)]
    with pytest.raises(Exception, match="who cancelled"):
        session_marks.mark(h.db, h.admin, occ[5].id, "cancelled")
