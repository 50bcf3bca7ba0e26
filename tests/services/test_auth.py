"""Accounts: first set-up, login, lockout, disabled accounts, rehash, passwords."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from safehouse.errors import AuthenticationFailed, ConflictError, ValidationError
from safehouse.models import AuditEntry, User
from safehouse.services import audit, auth, users
from safehouse.services.dto.accounts import Actor
from safehouse.storage.db import Database
from tests.conftest import TEST_PASSWORD

SAME_MESSAGE = "The user name or the password is not right."


def add_user(db: Database, admin: Actor, username: str = "somang", role: str = "staff",
             password: str = TEST_PASSWORD) -> int:
    return auth.create_user(db, admin, username=username, display_name="Park Somang",
                            role=role, password=password).id


def set_user(db: Database, user_id: int, **values: object) -> None:
    with db.transaction() as s:
        user = s.get(User, user_id)
        assert user is not None
        for key, value in values.items():
            setattr(user, key, value)


def get_user(db: Database, user_id: int) -> User:
    with db.transaction() as s:
        user = s.get(User, user_id)
        assert user is not None
        return user


def audit_actions(db: Database) -> list[str]:
    with db.transaction() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


# --- set-up -----------------------------------------------------------------------------


def test_setup_creates_the_first_administrator_once(db):
    assert auth.needs_setup(db)
    actor = auth.setup(db, organisation="새희망의 집", username="admin",
                       display_name="김관리", password=TEST_PASSWORD)
    assert actor.role == "administrator"
    assert not auth.needs_setup(db)
    with pytest.raises(ConflictError, match="set up already"):
        auth.setup(db, organisation="Another", username="intruder",
                   display_name="Intruder", password=TEST_PASSWORD)
    assert [u.username for u in users.list_accounts(db, actor)] == ["admin"]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"organisation": " "}, "organisation"),
        ({"username": "a b"}, "username"),
        ({"display_name": ""}, "display_name"),
        ({"password": "short"}, "password"),
        ({"repeat": "something else entirely"}, "repeat"),
    ],
)
def test_setup_refuses_bad_input_naming_the_field(db, kwargs, field):
    args = {"organisation": "House", "username": "admin", "display_name": "김관리",
            "password": TEST_PASSWORD, "repeat": TEST_PASSWORD} | kwargs
    with pytest.raises(ValidationError) as info:
        auth.setup(db, **args)
    assert info.value.field == field
    assert auth.needs_setup(db)


# --- login ------------------------------------------------------------------------------


def test_login_with_the_right_password(db, admin):
    actor = auth.login(db, "admin", TEST_PASSWORD)
    assert (actor.id, actor.role) == (admin.id, "administrator")
    assert audit_actions(db)[-1] == "login"


def test_wrong_password_and_unknown_user_get_the_same_answer(db, admin):
    with pytest.raises(AuthenticationFailed) as wrong:
        auth.login(db, "admin", "not the password at all")
    with pytest.raises(AuthenticationFailed) as unknown:
        auth.login(db, "nobody", TEST_PASSWORD)
    assert wrong.value.message == unknown.value.message == SAME_MESSAGE
    assert audit_actions(db)[-2:] == ["login.failed", "login.failed"]


def test_an_unknown_user_costs_as_much_work_as_a_wrong_password(db, admin, monkeypatch):
    """Otherwise the time an answer takes tells whether a user name exists."""
    checked: list[str] = []

    class CountingHasher(PasswordHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> bool:
            checked.append(str(password))
            return super().verify(hash, password)

    monkeypatch.setattr(auth, "_hasher", CountingHasher())
    with pytest.raises(AuthenticationFailed):
        auth.login(db, "admin", "wrong password!")
    with pytest.raises(AuthenticationFailed):
        auth.login(db, "nobody", "wrong password!")
    assert checked == ["wrong password!", "wrong password!"]


def test_ten_failures_lock_the_account_even_for_a_new_program_start(db, admin):
    for _ in range(auth.LOCK_AFTER_FAILURES - 1):
        with pytest.raises(AuthenticationFailed, match="not right"):
            auth.login(db, "admin", "wrong password!")
    with pytest.raises(AuthenticationFailed, match="not right"):
        auth.login(db, "admin", "wrong password!")
    with pytest.raises(AuthenticationFailed, match="locked"):
        auth.login(db, "admin", TEST_PASSWORD)

    reopened = Database(db.url, schema=db.schema, key=db.key)
    try:
        with pytest.raises(AuthenticationFailed, match="locked.*15 minutes"):
            auth.login(reopened, "admin", TEST_PASSWORD)
    finally:
        reopened.dispose()


def test_nine_failures_do_not_lock_and_a_good_login_starts_the_count_again(db, admin):
    for _ in range(auth.LOCK_AFTER_FAILURES - 1):
        with pytest.raises(AuthenticationFailed):
            auth.login(db, "admin", "wrong password!")
    auth.login(db, "admin", TEST_PASSWORD)
    for _ in range(auth.LOCK_AFTER_FAILURES - 1):
        with pytest.raises(AuthenticationFailed):
            auth.login(db, "admin", "wrong password!")
    auth.login(db, "admin", TEST_PASSWORD)


def test_after_the_lock_runs_out_one_typo_does_not_lock_again(db, admin):
    for _ in range(auth.LOCK_AFTER_FAILURES):
        with pytest.raises(AuthenticationFailed):
            auth.login(db, "admin", "wrong password!")
    set_user(db, admin.id, locked_until=audit.now() - timedelta(seconds=1))
    with pytest.raises(AuthenticationFailed, match="not right"):
        auth.login(db, "admin", "one typo")
    assert auth.login(db, "admin", TEST_PASSWORD).id == admin.id


def test_a_disabled_account_cannot_log_in(db, admin):
    uid = add_user(db, admin)
    set_user(db, uid, active=False)
    with pytest.raises(AuthenticationFailed, match="disabled"):
        auth.login(db, "somang", TEST_PASSWORD)
    assert audit_actions(db)[-1] == "login.refused.disabled"


def test_an_old_hash_is_upgraded_at_login(db, admin, monkeypatch):
    monkeypatch.setattr(auth, "_hasher", PasswordHasher())  # the real parameters
    weak = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=2)
    set_user(db, admin.id, password_hash=weak.hash(TEST_PASSWORD))
    auth.login(db, "admin", TEST_PASSWORD)
    new_hash = get_user(db, admin.id).password_hash
    assert not PasswordHasher().check_needs_rehash(new_hash)
    assert new_hash.startswith("$argon2id$")
    assert auth.login(db, "admin", TEST_PASSWORD).id == admin.id


# --- passwords and users ----------------------------------------------------------------


def test_changing_the_password_needs_the_old_one(db, admin):
    new = "a much better passphrase"
    with pytest.raises(ValidationError) as info:
        auth.change_password(db, admin, "not the old one", new, new)
    assert info.value.field == "old_password"
    auth.login(db, "admin", TEST_PASSWORD)  # unchanged

    with pytest.raises(ValidationError) as info:
        auth.change_password(db, admin, TEST_PASSWORD, new, new + "!")
    assert info.value.field == "repeat"

    auth.change_password(db, admin, TEST_PASSWORD, new, new)
    assert auth.login(db, "admin", new).id == admin.id
    with pytest.raises(AuthenticationFailed):
        auth.login(db, "admin", TEST_PASSWORD)


def test_users_are_created_with_a_known_role_and_a_free_name(db, admin):
    add_user(db, admin, "somang", "counselor")
    with pytest.raises(ConflictError, match="somang"):
        add_user(db, admin, "somang", "staff")
    with pytest.raises(ValidationError) as info:
        add_user(db, admin, "hana", "volunteer")
    assert info.value.field == "role"
    with pytest.raises(ValidationError) as info:
        add_user(db, admin, "hana", "staff", password="short")
    assert info.value.field == "password"
    accounts = users.list_accounts(db, admin)
    assert [(u.username, u.role) for u in accounts] == [("admin", "administrator"),
                                                       ("somang", "counselor")]
    assert auth.login(db, "somang", TEST_PASSWORD).role == "counselor"


def test_no_password_ever_reaches_the_audit_log(db, admin):
    secret = "Xylophone-Secret-4471"
    add_user(db, admin, "somang", password=secret)
    auth.login(db, "somang", secret)
    with pytest.raises(AuthenticationFailed):
        auth.login(db, "somang", secret + "x")
    auth.change_password(db, Actor(id=get_user_id(db, "somang"), username="somang",
                                   display_name="", role="staff"),
                         secret, secret + "-new", secret + "-new")
    with db.transaction() as s:
        rows = list(s.scalars(select(AuditEntry)))
    assert {"user.create", "login", "login.failed", "user.password"} <= {r.action for r in rows}
    for r in rows:
        for column in AuditEntry.__table__.columns:
            assert "Xylophone" not in str(getattr(r, column.key))


def get_user_id(db: Database, username: str) -> int:
    with db.transaction() as s:
        uid = s.scalar(select(User.id).where(User.username == username))
        assert uid is not None
        return uid


def test_guessing_the_current_password_when_changing_it_counts_towards_the_lock(db, admin):
    for _ in range(auth.LOCK_AFTER_FAILURES):
        with pytest.raises(ValidationError, match="current password is not right"):
            auth.change_password(db, admin, "a wrong guess!", "new password 12",
                                 "new password 12")
    with pytest.raises(AuthenticationFailed, match="locked"):
        auth.change_password(db, admin, TEST_PASSWORD, "new password 12", "new password 12")
    actions = audit_actions(db)
    assert actions.count("user.password.failed") == auth.LOCK_AFTER_FAILURES
    assert actions[-1] == "user.password.refused.locked"


# --- the rules forms check as you type ---------------------------------------------------


def test_password_problems_name_each_field_and_match_what_the_services_refuse(db, admin):
    assert auth.password_problems("a long passphrase", "a long passphrase") == []
    short = auth.password_problems("short", "shirt")
    assert [(p.field, "at least 10" in p.message or "not the same" in p.message)
            for p in short] == [("password", True), ("repeat", True)]
    same = auth.password_problems(TEST_PASSWORD, TEST_PASSWORD, current=TEST_PASSWORD)
    assert [p.field for p in same] == ["password"] and "differ" in same[0].message
    # the service refuses with the same message the form showed
    with pytest.raises(ValidationError) as refused:
        auth.change_password(db, admin, TEST_PASSWORD, TEST_PASSWORD, TEST_PASSWORD)
    assert refused.value.message == same[0].message


def test_username_and_full_name_problems():
    assert auth.username_problem("mirae.park-2") is None
    for bad in ("m", "mi rae", "미래", "x" * 65):
        problem = auth.username_problem(bad)
        assert problem is not None and problem.field == "username"
    assert auth.display_name_problem("Park Mirae") is None
    problem = auth.display_name_problem("   ")
    assert problem is not None and problem.field == "display_name"
