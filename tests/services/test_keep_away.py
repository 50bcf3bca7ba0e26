"""The keep-away list: add, edit, remove, link to a member; every viewing is audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from safehouse.errors import NotFound, ValidationError
from safehouse.models import AuditEntry
from safehouse.services import keep_away, members
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.services.reading import Read
from safehouse.storage.db import Database


def member(db: Database, admin: Actor, name: str) -> MemberDetail:
    return members.create_member(db, admin, MemberInput(
        name=name, status="active", joined_on=date(2024, 1, 1)))


def audit_rows(db: Database) -> list[AuditEntry]:
    with db.transaction() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_add_edit_and_remove_an_entry(db, admin):
    hana = member(db, admin, "김하나")
    entry = keep_away.save_keep_away(db, admin, hana.id, person_name=" Broker Choi ",
                                     relation="broker", description="Yanji, 2019")
    assert (entry.person_name, entry.relation, entry.description) == (
        "Broker Choi", "broker", "Yanji, 2019")
    changed = keep_away.save_keep_away(db, admin, hana.id, person_name="Broker Choi",
                                       relation="other", keep_away_id=entry.id)
    assert changed.id == entry.id
    assert keep_away.list_keep_aways(db, admin, hana.id, purpose=Read.REFRESH) == [changed]
    keep_away.remove_keep_away(db, admin, entry.id)
    assert keep_away.list_keep_aways(db, admin, hana.id, purpose=Read.REFRESH) == []


def test_entries_belong_to_their_member(db, admin):
    hana = member(db, admin, "김하나")
    somang = member(db, admin, "Park Somang")
    entry = keep_away.save_keep_away(db, admin, hana.id, person_name="Former partner",
                                     relation="former_partner")
    assert keep_away.list_keep_aways(db, admin, somang.id, purpose=Read.REFRESH) == []
    with pytest.raises(NotFound):  # edited through another member: refused
        keep_away.save_keep_away(db, admin, somang.id, person_name="x", relation="other",
                                 keep_away_id=entry.id)
    assert keep_away.list_keep_aways(db, admin, hana.id, purpose=Read.REFRESH) == [entry]


def test_an_entry_can_point_at_another_member(db, admin):
    hana = member(db, admin, "김하나")
    member(db, admin, "Park Somang")
    entry = keep_away.save_keep_away(db, admin, hana.id, person_name="Park Somang",
                                     relation="family", linked_member_code="m-0002")
    assert (entry.linked_member_code, entry.linked_member_name) == ("M-0002", "Park Somang")
    unlinked = keep_away.save_keep_away(db, admin, hana.id, person_name="Park Somang",
                                        relation="family", keep_away_id=entry.id)
    assert unlinked.linked_member_code is None


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"person_name": " ", "relation": "broker"}, "person_name"),
        ({"person_name": "Choi", "relation": "stranger"}, "relation"),
        ({"person_name": "Choi", "relation": "broker", "description": "x" * 5001},
         "description"),
        ({"person_name": "Choi", "relation": "broker", "linked_member_code": "M-0099"},
         "linked_member"),
        ({"person_name": "Choi", "relation": "broker", "linked_member_code": "M-0001"},
         "linked_member"),
    ],
)
def test_a_bad_entry_names_its_field_and_writes_nothing(db, admin, kwargs, field):
    hana = member(db, admin, "김하나")
    with pytest.raises(ValidationError) as info:
        keep_away.save_keep_away(db, admin, hana.id, **kwargs)
    assert info.value.field == field
    assert keep_away.list_keep_aways(db, admin, hana.id, purpose=Read.REFRESH) == []


def test_a_refused_edit_keeps_the_entry_as_it_was(db, admin):
    hana = member(db, admin, "김하나")
    entry = keep_away.save_keep_away(db, admin, hana.id, person_name="Broker Choi",
                                     relation="broker")
    with pytest.raises(ValidationError):
        keep_away.save_keep_away(db, admin, hana.id, person_name="Choi", relation="broker",
                                 linked_member_code="M-0077", keep_away_id=entry.id)
    assert keep_away.list_keep_aways(db, admin, hana.id, purpose=Read.REFRESH) == [entry]


def test_removing_a_linked_member_keeps_the_entry(db, admin):
    from safehouse.models import Member

    hana = member(db, admin, "김하나")
    somang = member(db, admin, "Park Somang")
    entry = keep_away.save_keep_away(db, admin, hana.id, person_name="Park Somang",
                                     relation="family", linked_member_code=somang.code)
    with db.transaction() as s:
        s.delete(s.get(Member, somang.id))
    [kept] = keep_away.list_keep_aways(db, admin, hana.id, purpose=Read.REFRESH)
    assert kept.id == entry.id and kept.linked_member_code is None


def test_every_opening_is_audited_refreshes_are_not_and_no_content_is_kept(db, admin):
    hana = member(db, admin, "김하나")
    keep_away.save_keep_away(db, admin, hana.id, person_name="Broker Choi Sangwoo",
                             relation="broker", description="Dandong contact 555-0199")
    keep_away.list_keep_aways(db, admin, hana.id, purpose=Read.OPEN)
    keep_away.list_keep_aways(db, admin, hana.id, purpose=Read.REFRESH)
    keep_away.list_keep_aways(db, admin, hana.id, purpose=Read.OPEN)
    rows = audit_rows(db)
    views = [r for r in rows if r.action == "keepaway.view"]
    assert len(views) == 2
    assert all(r.member_id == hana.id and r.username == "admin" for r in views)
    for r in rows:
        for column in AuditEntry.__table__.columns:
            value = str(getattr(r, column.key))
            assert "Choi" not in value and "555-0199" not in value and "Dandong" not in value
