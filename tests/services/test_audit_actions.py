"""Audit actions are an enum with words in English and Korean, and the services record
nothing else."""

from __future__ import annotations

import ast
import contextlib
import re
from collections.abc import Iterator
from importlib import import_module
from pathlib import Path

import pytest
from sqlalchemy import select

import safehouse
from safehouse import i18n
from safehouse.audit_actions import AuditAction, action_label, english_label
from safehouse.errors import SafehouseError
from safehouse.models import AuditEntry
from safehouse.services import audit, auth
from safehouse.services.dto.accounts import Actor
from safehouse.storage.db import Database
from tests.conftest import TEST_PASSWORD
from tests.services.test_permissions import CALLS, NEW_PASSWORD, World

PACKAGE = Path(safehouse.__file__).parent
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture
def korean() -> Iterator[None]:
    """The services' messages in Korean, from the catalogue the window uses too."""
    i18n.set_language("ko")
    try:
        yield
    finally:
        i18n.set_language("en")


def test_every_action_has_english_words_of_its_own():
    words = [english_label(a) for a in AuditAction]
    assert all(w and w != a.value for a, w in zip(AuditAction, words, strict=True))
    assert len(set(words)) == len(words), "two actions read the same"
    assert [action_label(a) for a in AuditAction] == words  # English by default


def test_every_action_has_korean_words(korean):
    missing = [a.value for a in AuditAction if not HANGUL.search(action_label(a))]
    assert not missing, (
        "actions without Korean (run `make translations` and translate them in "
        "resources/i18n/safehouse_ko.ts, context \"audit\"): " + ", ".join(missing))
    assert HANGUL.search(action_label(AuditAction.MEMBER_VIEW))
    assert action_label("member.view") == action_label(AuditAction.MEMBER_VIEW)


def test_a_code_this_version_does_not_know_is_shown_as_it_is(korean):
    assert action_label("visit.plan") == "visit.plan"


def entries(db: Database) -> list[str]:
    with db.transaction() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_the_trail_refuses_a_code_that_is_not_an_action(db, admin):
    before = entries(db)
    with pytest.raises(ValueError), db.transaction() as s:
        audit.record(s, admin, "member.peek")  # type: ignore[arg-type]
    assert entries(db) == before


def used_actions(folder: Path) -> set[str]:
    """The AuditAction members the source names (``AuditAction.X``)."""
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id == "AuditAction"):
                found.add(node.attr)
    return found


def test_every_action_is_recorded_somewhere():
    named = used_actions(PACKAGE / "services") | used_actions(PACKAGE / "storage")
    unused = sorted(a.name for a in AuditAction if a.name not in named)
    assert not unused, f"actions no service records: {unused}"


def test_a_tour_of_the_services_records_only_actions_of_the_enum(db, admin: Actor,
                                                                tmp_path):
    world = World(db, admin, tmp_path)
    for key in sorted(CALLS):
        if key == "backups.restore_backup":  # would put back an earlier trail
            continue
        module, name = key.rsplit(".", 1)
        fn = getattr(import_module(f"safehouse.services.{module}"), name)
        call = CALLS[key](world)
        # a refusal is audited too (e.g. the old password, once it was changed)
        with contextlib.suppress(SafehouseError):
            fn(db, admin, *call.args, **call.kwargs)
    for password in ("not the password", TEST_PASSWORD, NEW_PASSWORD):
        with contextlib.suppress(SafehouseError):
            auth.login(db, "admin", password)
        with contextlib.suppress(SafehouseError):
            auth.verify_password(db, admin, password)
    recorded = set(entries(db))
    assert len(recorded) > 25, sorted(recorded)  # the tour did go round
    assert recorded <= set(AuditAction), sorted(recorded - set(AuditAction))
