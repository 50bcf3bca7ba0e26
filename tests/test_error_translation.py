"""Messages for the user are translated without Qt: services and storage write
``translate("errors", "... {name} ...").format(name=...)``, and ``safehouse.i18n`` reads
the Korean from the same catalogue the window uses. Checked in Korean, and on the
source: no user-facing error is given a bare string or an f-string."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import safehouse
from safehouse import i18n
from safehouse.errors import ConflictError, ValidationErrors, translate
from safehouse.services import members, rooms
from safehouse.services.dto.people import MemberInput
from safehouse.services.member_rules import validate_member

PACKAGE = Path(safehouse.__file__).parent


@pytest.fixture
def korean() -> Iterator[None]:
    i18n.set_language("ko")
    try:
        yield
    finally:
        i18n.set_language("en")


def test_without_a_language_set_the_english_text_is_used() -> None:
    assert i18n.language() == "en"
    assert translate("errors", "A name is required.") == "A name is required."


def test_a_full_room_is_reported_in_the_users_language(db, admin, korean) -> None:
    room = rooms.create_room(db, admin, name="101", floor=1, capacity=1)
    hana, somang = (
        members.create_member(db, admin, MemberInput(
            name=name, status="active", joined_on=date(2024, 1, 1)))
        for name in ("김하나", "Park Somang")
    )
    rooms.assign(db, admin, hana.id, room.id, date(2026, 1, 5))
    with pytest.raises(ConflictError) as info:
        rooms.assign(db, admin, somang.id, room.id, date(2026, 1, 1))
    assert info.value.message == (
        "2026-01-05에 101 방은 만실입니다: 침대 1개 중 1개가 사용 중입니다. "
        "다른 방이나 다른 날짜를 선택하십시오."
    )
    assert str(info.value) == info.value.message


def test_the_member_forms_rules_are_translated(korean) -> None:
    errors = validate_member(MemberInput(name=" ", status="enquiry"), row=3)
    assert [(e.field, e.message) for e in errors] == [("name", "이름을 입력하십시오.")]
    assert str(ValidationErrors(errors)) == "3행, name: 이름을 입력하십시오."


def test_back_in_english_the_english_text_is_used_again() -> None:
    i18n.set_language("ko")
    try:
        assert translate("errors", "A name is required.") == "이름을 입력하십시오."
    finally:
        i18n.set_language("en")
    assert translate("errors", "A name is required.") == "A name is required."


# --- every message goes through translate() ---------------------------------------------

# Files whose text is data, not messages.
EXCLUDED = {
    "services/demo.py",  # `safehouse demo`: fictional data, no messages
}


def _excluded(relative: str) -> bool:
    return relative in EXCLUDED


def _error_classes(files: list[Path]) -> set[str]:
    """SafehouseError and every class that derives from it, by name, from the source."""
    classes: list[tuple[str, set[str]]] = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {b.id if isinstance(b, ast.Name) else
                         b.attr if isinstance(b, ast.Attribute) else "" for b in node.bases}
                classes.append((node.name, bases))
    known = {"SafehouseError"}
    grown = True
    while grown:
        grown = False
        for name, bases in classes:
            if name not in known and bases & known:
                known.add(name)
                grown = True
    return known


def _calls_translate(node: ast.AST) -> bool:
    return any(
        isinstance(n, ast.Call) and (
            (isinstance(n.func, ast.Name) and n.func.id == "translate")
            or (isinstance(n.func, ast.Attribute) and n.func.attr == "translate")
        )
        for n in ast.walk(node)
    )


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str))


def _untranslated(node: ast.expr) -> bool:
    """English written out in place: a literal, an f-string, a sum with one, or a
    literal's method (``"...".format(...)``) outside translate()."""
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) or _untranslated(node.orelse)
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) or _untranslated(node.right)
    if _calls_translate(node):
        return False
    return _is_text(node) or (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and _is_text(node.func.value)
    )


def offending_lines(source: str, filename: str, error_classes: set[str]) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else "")
        messages: list[ast.expr] = []
        if name in error_classes and node.args:
            messages.append(node.args[0])
        messages += [k.value for k in node.keywords if k.arg == "message"]
        if any(_untranslated(m) for m in messages):
            found.append(f"{filename}:{node.lineno}")
    return sorted(found, key=lambda where: int(where.rsplit(":", 1)[1]))


def test_the_checker_finds_english_messages() -> None:
    classes = {"SafehouseError", "ConflictError"}
    source = (
        'raise ConflictError("Room is full.")\n'
        'raise ConflictError(f"Room {room} is full.")\n'
        'raise ConflictError("Room " + room + " is full.")\n'
        'raise ConflictError("Room {room} is full.".format(room=room))\n'
        'x = Result(message=f"Restored from {name}.")\n'
        'raise ConflictError(translate("errors", "Room {room} is full.").format(room=r))\n'
        'raise ConflictError(err.message)\n'
        'raise ConflictError(translate("errors", "A.") if x else "B.")\n'
        'raise ConflictError(translate("errors", "A.") + " B.")\n'
        'raise ValueError("a bug, not a message")\n'
    )
    assert offending_lines(source, "x.py", classes) == [
        f"x.py:{n}" for n in (1, 2, 3, 4, 5, 8, 9)]


def test_every_message_for_the_user_goes_through_translate() -> None:
    files = sorted(
        path
        for folder in ("services", "storage")
        for path in (PACKAGE / folder).rglob("*.py")
    )
    classes = _error_classes([PACKAGE / "errors.py", *files])
    assert {"ConflictError", "DatabaseError", "PasswordNeeded"} <= classes
    offending = []
    for path in files:
        relative = path.relative_to(PACKAGE).as_posix()
        if _excluded(relative):
            continue
        offending += offending_lines(path.read_text(encoding="utf-8"), relative, classes)
    assert not offending, (
        "Write these messages as translate(\"errors\", \"...\").format(...): "
        + ", ".join(offending)
    )
