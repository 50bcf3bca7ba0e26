"""Rights as they are now: every service call reads the account again, so a disabled
account, a changed role or a new password asked for takes effect at the next action,
not at the next login."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from safehouse.errors import AccountRevoked, PermissionDenied
from safehouse.models import Member
from safehouse.services import auth, members, users
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.storage.db import Database
from tests.conftest import TEST_PASSWORD

NEW = MemberInput(name="Lee Bom", status="enquiry")


def logged_in(db: Database, admin: Actor, role: str) -> Actor:
    """A user of ``role`` who has just logged in (her session's role captured)."""
    users.create_account(db, admin, username="bom", display_name="Lee Bom", role=role,
                         password=TEST_PASSWORD, must_change_password=False)
    return auth.login(db, "bom", TEST_PASSWORD)


def member_count(db: Database) -> int:
    with db.transaction() as s:
        return s.scalar(select(func.count()).select_from(Member)) or 0


def test_a_disabled_account_is_refused_at_its_next_action(db, admin):
    bom = logged_in(db, admin, "manager")
    hana = members.create_member(db, bom, MemberInput(name="김하나"))
    users.disable(db, admin, bom.id)
    with pytest.raises(AccountRevoked, match="disabled"):
        members.create_member(db, bom, NEW)
    with pytest.raises(AccountRevoked):
        members.get_member(db, bom, hana.id, purpose=Read.OPEN)
    with pytest.raises(AccountRevoked):
        members.list_members(db, bom)
    assert member_count(db) == 1
    # her own password is not hers to change any more either
    with pytest.raises(AccountRevoked):
        auth.change_password(db, bom, TEST_PASSWORD, "another long passphrase",
                             "another long passphrase")


def test_a_lowered_role_is_refused_what_it_no_longer_allows(db, admin):
    bom = logged_in(db, admin, "manager")
    users.change_role(db, admin, bom.id, "staff")
    with pytest.raises(AccountRevoked, match="staff") as refused:
        members.create_member(db, bom, NEW)
    assert isinstance(refused.value, PermissionDenied)
    assert "Log in again" in refused.value.message
    assert member_count(db) == 0
    # what staff may do still works, and shows what staff may see
    hana = members.create_member(db, admin, MemberInput(name="김하나",
                                                        phone="010-5555-0101"))
    assert [m.id for m in members.list_members(db, bom)] == [hana.id]
    assert members.get_member(db, bom, hana.id, purpose=Read.REFRESH).phone == ""


def test_a_raised_role_may_do_more_at_once(db, admin):
    bom = logged_in(db, admin, "staff")
    with pytest.raises(PermissionDenied) as refused:
        members.create_member(db, bom, NEW)
    assert not isinstance(refused.value, AccountRevoked)  # her role, unchanged
    users.change_role(db, admin, bom.id, "manager")
    assert members.create_member(db, bom, NEW).name == "Lee Bom"


def test_a_new_password_asked_for_after_login_sends_her_to_log_in_again(db, admin):
    bom = logged_in(db, admin, "manager")
    users.reset_password(db, admin, bom.id, "a temporary passphrase")
    with pytest.raises(AccountRevoked, match="new password"):
        members.list_members(db, bom)
    # logged in again with the temporary password, she is let through to change it
    again = auth.login(db, "bom", "a temporary passphrase")
    assert again.must_change_password
    changed = auth.change_password(db, again, "a temporary passphrase",
                                   "her own long passphrase", "her own long passphrase")
    assert members.list_members(db, changed) == []


def test_an_administrator_who_lost_the_right_cannot_manage_users(db, admin):
    second = users.create_account(db, admin, username="second", display_name="Second",
                                  role="administrator", password=TEST_PASSWORD,
                                  must_change_password=False)
    other = auth.login(db, "second", TEST_PASSWORD)
    users.disable(db, admin, second.id)
    with pytest.raises(AccountRevoked):
        users.create_account(db, other, username="third", display_name="Third",
                             role="staff", password=TEST_PASSWORD)
    assert [a.username for a in users.list_accounts(db, admin)] == ["admin", "second"]

