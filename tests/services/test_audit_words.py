"""The audit trail in words: every kind of record and every field the services write
has words (English and Korean), a time is shown in the organisation's zone, the code
stays available; the restore confirmation is typed in the user's language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from safehouse import clock, i18n
from safehouse.audit_words import (
    ENTITIES,
    FIELDS,
    VALUED,
    entity_label,
    field_label,
    fields_text,
)
from safehouse.errors import AuthenticationFailed
from safehouse.services import (
    audit_log,
    auth,
    backups,
    community,
    events,
    events_csv,
    exports,
    households,
    keep_away,
    member_csv,
    members,
    purge,
    rooms,
    settings,
    users,
)
from safehouse.services.dto.community import EventInput, GoalInput
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.storage.db import Database
from tests.conftest import TEST_PASSWORD


@pytest.fixture
def korean():
    i18n.set_language("ko")
    yield
    i18n.set_language("en")


def _a_day_of_work(db: Database, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hana = members.create_member(db, admin, MemberInput(
        name="Kim Hana", status="active", joined_on=date(2024, 1, 1)))
    somang = members.create_member(db, admin, MemberInput(name="Park Somang"))
    members.update_member(db, admin, hana.id, MemberInput(
        name="Kim Hana", phone="010-0000-0000", status="active", joined_on=date(2024, 1, 1)))
    members.set_status(db, admin, hana.id, "alumni", on=date(2025, 1, 1))
    members.get_member(db, admin, somang.id, purpose=Read.OPEN)
    entry = keep_away.save_keep_away(db, admin, somang.id, person_name="Choi Broker",
                                     relation="broker")
    keep_away.save_keep_away(db, admin, somang.id, person_name="Choi Broker",
                             relation="other", keep_away_id=entry.id)
    keep_away.list_keep_aways(db, admin, somang.id, purpose=Read.OPEN)
    h = households.create_household(db, admin, somang.id)
    households.add_to_household(db, admin, h.id, hana.id, "sibling")
    households.set_relation(db, admin, hana.id, "other")
    households.rename_household(db, admin, h.id, "Park family")
    room = rooms.create_room(db, admin, name="101", floor=1, capacity=2)
    rooms.update_room(db, admin, room.id, name="101", floor=2, capacity=3, active=True)
    rooms.assign(db, admin, somang.id, room.id, date(2025, 1, 1), end_on=date(2099, 1, 1))
    rooms.change_end(db, admin, rooms.room_of(db, admin, somang.id).id, None)  # type: ignore[union-attr]
    settings.set_organisation_name(db, admin, "Hope House")
    settings.set_idle_lock_minutes(db, admin, 10)
    settings.set_retention_years(db, admin, 7)
    settings.set_time_zone(db, admin, "Asia/Seoul")
    settings.set_keep_away_scope(db, admin, settings.SCOPE_ROOM)
    bom = users.create_account(db, admin, username="bom", display_name="Lee Bom",
                               role="staff", password="first password 12")
    users.change_role(db, admin, bom.id, "manager")
    users.reset_password(db, admin, bom.id, "temporary pass 34")
    users.disable(db, admin, bom.id)
    users.enable(db, admin, bom.id, "temporary pass 56")
    with pytest.raises(AuthenticationFailed):
        auth.login(db, "bom", "not her password")
    users.lift_lock(db, admin, bom.id)
    exports.save(db, admin, member_csv.export_members(db, admin), tmp_path / "m.csv")
    exports.save(db, admin, audit_log.export_csv(db, admin, action="member.create"),
                 tmp_path / "a.csv")
    backups.make_backup(db, admin, tmp_path / "backups")
    purge.erase_notes(db, admin, hana.id, hana.code)
    _community_work(db, admin, tmp_path, somang.id)
    _counseling_work(db, admin, tmp_path, somang.id)


def _counseling_work(db: Database, admin, tmp_path: Path, member_id: int  # type: ignore[no-untyped-def]
                     ) -> None:
    from datetime import datetime, time

    from safehouse.services import (
        counselors,
        session_edits,
        session_ics,
        session_marks,
        session_notes,
        session_removal,
        sessions,
    )
    from safehouse.services.dto.counseling import (
        CounselorInput,
        Frequency,
        Recurrence,
        Scope,
        SessionChange,
        SessionInput,
    )

    c = counselors.save_counselor(db, admin, CounselorInput(name="Outside Counselor"))
    counselors.save_counselor(db, admin, CounselorInput(name="Outside Counselor",
                                                        organisation="Clinic"), c.id)
    place = counselors.save_place(db, admin, "Counseling room")
    counselors.save_place(db, admin, "Counseling room 1", place_id=place.id)
    made = sessions.book(db, admin, SessionInput(
        kind="individual", member_ids=(member_id,), counselor_id=c.id,
        starts_at=datetime(2026, 3, 3, 10), duration_minutes=50, place_id=place.id),
        Recurrence(Frequency.WEEKLY, count=4))
    first, second, third, fourth = (v.id for v in made.sessions)
    session_edits.move(db, admin, second, datetime(2026, 3, 11, 10))
    session_edits.change(db, admin, third, SessionChange(start_time=time(11)), Scope.ALL)
    session_marks.mark(db, admin, first, "completed")
    session_notes.save_notes(db, admin, first, "A fictional note.")
    session_notes.open_notes(db, admin, first, purpose=Read.OPEN)
    session_removal.cancel(db, admin, third, "member")
    session_removal.delete(db, admin, fourth)
    exports.save(db, admin, session_ics.export_sessions(db, admin, counselor_id=c.id,
                                                        names=True), tmp_path / "s.ics")


def _community_work(db: Database, admin, tmp_path: Path, member_id: int  # type: ignore[no-untyped-def]
                    ) -> None:
    community.save_goal(db, admin, GoalInput(start_on=date(2025, 1, 1)))
    event = events.save_event(db, admin, EventInput(kind="retreat", name="수련회",
                                                    starts_on=date(2025, 7, 25)))
    events.save_event(db, admin, EventInput(kind="retreat", name="여름 수련회",
                                            starts_on=date(2025, 7, 25)), event.summary.id)
    events.set_attendance(db, admin, event.summary.id, [member_id], guests=4, children=7)
    made = events_csv.export_events(db, admin, year=2025)
    exports.save(db, admin, made, tmp_path / "e.csv")
    events_csv.import_events(db, admin, made.data)
    events.delete_event(db, admin, event.summary.id)


def test_every_record_kind_and_field_the_services_write_has_words(sqlite_db, tmp_path):
    admin = auth.setup(sqlite_db, organisation="Test House", username="admin",
                       display_name="Test Administrator", password=TEST_PASSWORD)
    _a_day_of_work(sqlite_db, admin, tmp_path)
    entries = audit_log.list_entries(sqlite_db, admin, limit=1000)
    kinds = {e.entity for e in entries if e.entity}
    assert kinds >= {"member", "keep_away", "household", "room", "assignment", "setting",
                     "user", "community_goal", "event"}
    for kind in kinds:
        assert kind in ENTITIES, kind
    for e in entries:
        for item in e.fields:
            name = item.partition("=")[0]
            assert item in FIELDS or name in VALUED, f"{e.action}: no words for {item}"


def test_codes_read_as_words_in_english_and_korean(korean):
    assert entity_label("keep_away") == "접근 금지 대상"
    assert entity_label("setting") == "설정"
    assert fields_text(("idle_lock_minutes",)) == "자동 잠금까지의 시간(분)"
    assert field_label("role=staff") == "역할: 직원"
    # a new account's line names her role once, with its value (it read 역할, 역할: 직원)
    assert fields_text(("username", "display_name", "role", "role=staff")) == \
        "사용자 이름, 성명, 역할: 직원"
    i18n.set_language("en")
    assert entity_label("keep_away") == "Keep-away entry"
    assert entity_label("member") == "Member"
    assert fields_text(("idle_lock_minutes", "role=staff")) == \
        "minutes before the lock, role: Staff"
    assert field_label("file=safehouse-2026-03-01-120000.db") == \
        "file: safehouse-2026-03-01-120000.db"
    assert field_label("undo=safehouse-x.db") == "to undo: safehouse-x.db"
    assert field_label("reported_by=key_file") == "reported by the key file"
    assert field_label("problem=missing").startswith("problem: ")
    assert field_label("keep_away_scope") == "how far keep-away pairs are kept apart"
    assert field_label("child_alone") == "warning accepted: a child without an adult"
    assert field_label("brand_new_field") == "brand_new_field"  # unknown: as it is
    assert entity_label("brand_new_kind") == "brand_new_kind"


def test_an_attempt_time_is_shown_in_the_organisations_zone():
    clock.set_zone("Asia/Seoul")
    assert field_label("attempted_at=2026-03-01T05:04:00+0000") == \
        "attempted at 2026-03-01 14:04"
    clock.set_zone("America/New_York")
    assert field_label("attempted_at=2026-03-01T05:04:00+0000") == \
        "attempted at 2026-03-01 00:04"
    assert field_label("attempted_at=garbled") == "attempted at garbled"


def test_restoring_is_confirmed_with_the_word_of_the_users_language(korean):
    assert backups.confirmation_word() == "복원"
    assert backups.confirms_restore(" 복원 ")
    assert backups.confirms_restore("RESTORE")  # the English word always works
    assert not backups.confirms_restore("restore")
    i18n.set_language("en")
    assert backups.confirmation_word() == "RESTORE"
    assert not backups.confirms_restore("복원x")
