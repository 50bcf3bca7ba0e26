"""Keep-away pairs and sessions: never in one session (the refusal's wording depends on
whether the role may see keep-away entries); a warning when both would be in the
house's meeting rooms at once."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from safehouse.errors import ConflictError, NeedsConfirmation
from safehouse.models import AuditEntry, Role
from safehouse.services import keep_away, members, permissions, session_edits, sessions
from safehouse.services.dto.counseling import SessionChange
from safehouse.services.reading import Read
from tests.services.counseling_fixtures import House, house


@pytest.fixture
def h(db, admin) -> House:
    found = house(db, admin)
    somang = members.get_member(db, admin, found.somang, purpose=Read.REFRESH)
    keep_away.save_keep_away(db, admin, found.hana, person_name="Former partner",
                             relation="former_partner", linked_member_code=somang.code)
    return found


def test_a_pair_is_never_booked_into_one_session_and_a_manager_is_told_why(h):
    with pytest.raises(ConflictError) as info:
        sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10),
                                               member_ids=(h.hana, h.somang), kind="couple"))
    assert "M-0001 and M-0002 are on each other's keep-away list" in info.value.message


def test_a_role_that_may_not_see_keep_away_is_told_only_to_ask_a_manager(h, monkeypatch):
    hidden = dict(permissions.FIELDS)
    hidden[Role.ADMINISTRATOR] = frozenset()
    monkeypatch.setattr(permissions, "FIELDS", hidden)
    with pytest.raises(ConflictError) as info:
        sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10),
                                               member_ids=(h.hana, h.somang), kind="couple"))
    assert info.value.message == "This booking is not allowed; ask a manager."


def test_adding_the_other_to_a_session_is_refused_too(h):
    made = sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10)))
    with pytest.raises(ConflictError, match="keep-away"):
        session_edits.change(h.db, h.admin, made.sessions[0].id,
                             SessionChange(member_ids=(h.hana, h.somang)))


def test_both_in_the_meeting_rooms_at_once_is_a_warning(h):
    from safehouse.services import counselors

    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10)))
    # outside the house at the same time: no warning
    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 3, 10), member_ids=(h.somang,),
                                           counselor=h.other_counselor, place="Cafe"))
    second = counselors.save_place(h.db, h.admin, "Family room")
    sessions.book(h.db, h.admin, h.session(datetime(2026, 3, 4, 10)))
    ask = h.session(datetime(2026, 3, 4, 10, 30), member_ids=(h.somang,),
                    counselor=h.other_counselor, place=second.id)
    with pytest.raises(NeedsConfirmation) as info:
        sessions.book(h.db, h.admin, ask)
    assert "M-0002 and M-0001" in info.value.message and "2026-03-04" in info.value.message
    made = sessions.book(h.db, h.admin, ask, confirm_warnings=True)
    assert made.warnings
    with h.db.transaction() as s:
        accepted = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "session.book", AuditEntry.detail.contains(
                "warning_accepted")))
    assert accepted == 1
