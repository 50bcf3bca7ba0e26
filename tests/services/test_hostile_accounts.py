"""Accounts fed hostile input (see tests/services/hostile.py): user names, full names,
roles and passwords are stored exactly (the password: she can log in with it), or
refused naming the field with nothing written."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from safehouse.errors import AuthenticationFailed, ValidationError
from safehouse.models import Role
from safehouse.services import auth, users
from tests.conftest import TEST_PASSWORD
from tests.services.hostile import assert_storable, attempt, hostile_text, snapshot

ROLES = tuple(r.value for r in Role)
FIELDS = {"username", "display_name", "role", "password"}
_unique = itertools.count(1)


def create(db, admin, **given):
    values = {"username": f"user{next(_unique)}", "display_name": "이직원", "role": "staff",
              "password": TEST_PASSWORD} | given
    made = attempt(db, lambda: users.create_account(db, admin, **values), fields=FIELDS)
    if made is not None:
        assert (made.username, made.display_name, made.role) == (
            values["username"], values["display_name"].strip(), values["role"])
        assert made in users.list_accounts(db, admin)
        assert_storable(made.display_name)
        assert auth.login(db, values["username"], values["password"]).id == made.id
    return made


@given(username=st.one_of(hostile_text(), st.sampled_from(
    ("ab\n", "ab\r\n", "a\x00b", "ab ", "가나", "a" * 65, "a" * 64, "a.b-c_d"))))
@example(username="ab\n")
def test_a_user_name_is_stored_exactly_or_refused(db, admin, username):
    if username.isascii() and username.isalnum():
        username = f"{username[:58]}{next(_unique):05d}"  # each example its own name
    create(db, admin, username=username)


@given(display_name=hostile_text(), role=st.one_of(st.sampled_from(ROLES), hostile_text()),
       password=st.one_of(hostile_text(), st.text(min_size=10, max_size=30)))
@example(display_name="X\x00", role="staff", password=TEST_PASSWORD)
@example(display_name="가" * 201, role="staff", password=TEST_PASSWORD)
@example(display_name="X", role="staff", password="\ud800" * 12)
def test_a_full_name_role_and_password_are_stored_exactly_or_refused(
        db, admin, display_name, role, password):
    create(db, admin, display_name=display_name, role=role, password=password)


@pytest.mark.parametrize(("given", "field"), [
    ({"username": "ab\n"}, "username"),
    ({"display_name": "X\x00"}, "display_name"),
    ({"display_name": "가" * 201}, "display_name"),
    ({"password": "\ud800" * 12}, "password"),
])
def test_what_the_property_tests_found_in_accounts_is_refused(db, admin, given, field):
    """Found by the tests above: a user name ending in a line break was taken ("$"
    matches before it); a NUL or 201 characters in the full name failed on PostgreSQL
    (SQLite kept them); a lone surrogate in the password escaped as UnicodeEncodeError."""
    values = {"username": "staff1", "display_name": "이직원", "role": "staff",
              "password": TEST_PASSWORD} | given
    before = snapshot(db)
    with pytest.raises(ValidationError) as excinfo:
        users.create_account(db, admin, **values)
    assert excinfo.value.field == field
    assert snapshot(db) == before


@pytest.mark.parametrize(("username", "password"), [
    ("admin", "\udcff" * 12), ("\udcffadmin", TEST_PASSWORD)])
def test_a_login_with_bytes_that_are_no_text_fails_like_a_wrong_password(db, admin,
                                                                         username, password):
    """A command line or SAFEHOUSE_PASSWORD with bytes that are not UTF-8 gives Python
    lone surrogates; the login said UnicodeEncodeError."""
    with pytest.raises(AuthenticationFailed):
        auth.login(db, username, password)
    assert auth.login(db, "admin", TEST_PASSWORD).username == "admin"
