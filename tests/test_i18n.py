"""Translation without a window (``safehouse.i18n``), the labels of stored values
(``safehouse.labels``), and one placeholder style across the code."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import safehouse
from safehouse import i18n
from safehouse.i18n import translate
from safehouse.labels import LABELLED, label
from safehouse.models import (
    CancelledBy,
    CareArea,
    EventKind,
    GoalStatus,
    KeepAwayRelation,
    MembershipEnd,
    MemberStatus,
    Relationship,
    Role,
    SessionKind,
    SessionStatus,
    Sex,
)
from safehouse.models.wellbeing import AlertKind
from safehouse.services.dto.imports import ImportProblem

PACKAGE = Path(safehouse.__file__).parent


@pytest.fixture
def korean() -> Iterator[None]:
    i18n.set_language("ko")
    try:
        yield
    finally:
        i18n.set_language("en")


def has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


# --- translate() ---------------------------------------------------------------------------


def test_english_is_the_default_and_the_source_text_is_english() -> None:
    assert i18n.language() == "en"
    assert translate("labels", "Former partner") == "Former partner"
    assert translate("cli", "Some checks failed.") == "Some checks failed."


def test_korean_comes_from_the_same_catalogue_as_the_window(korean) -> None:
    assert translate("labels", "Former partner") == "전 배우자/연인"
    assert translate("cli", "Some checks failed.") == "일부 점검에 실패했습니다."


def test_unknown_text_falls_back_to_english(korean) -> None:
    assert translate("cli", "A sentence nobody translated.") == "A sentence nobody translated."
    assert translate("no such context", "Former partner") == "Former partner"


def test_plural_forms_follow_the_language() -> None:
    # a numerus message of the window's catalogue, read without Qt
    assert translate("MemberList", "%n member(s)", 1) == "1 member"
    assert translate("MemberList", "%n member(s)", 3) == "3 members"
    i18n.set_language("ko")
    try:
        assert translate("MemberList", "%n member(s)", 1) == "회원 1명"
        assert translate("MemberList", "%n member(s)", 3) == "회원 3명"
    finally:
        i18n.set_language("en")
    assert translate("cli", "%n unknown(s)", 2) == "2 unknown(s)"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        i18n.set_language("fr")
    assert i18n.language() == "en"


# --- labels ------------------------------------------------------------------------------


def test_every_stored_value_has_an_english_label_and_a_finished_korean_one() -> None:
    english = {member: label(member) for enum in LABELLED for member in enum}
    missing = [f"{type(m).__name__}.{m.name}" for m, text in english.items()
               if not text or text == m.value]
    assert not missing, "no label: " + ", ".join(missing)
    i18n.set_language("ko")
    try:
        korean = {member: label(member) for member in english}
    finally:
        i18n.set_language("en")
    untranslated = [f"{type(m).__name__}.{m.name} ({english[m]})"
                    for m, text in korean.items() if not has_hangul(text)]
    assert not untranslated, "no Korean label: " + ", ".join(untranslated)


def test_the_labelled_enums_are_the_stored_values() -> None:
    assert set(LABELLED) == {MemberStatus, MembershipEnd, Sex, Relationship, KeepAwayRelation,
                             Role, EventKind, AlertKind, CareArea, GoalStatus, SessionKind,
                             SessionStatus, CancelledBy}


def test_a_label_by_enum_or_by_stored_string(korean) -> None:
    assert label(MemberStatus.ACTIVE) == label("active") == label("active", MemberStatus)
    assert label(KeepAwayRelation.FORMER_PARTNER) == "전 배우자/연인"
    assert label(Role.ADMINISTRATOR) == "시스템 관리자"
    assert label("other", Relationship) == label(Relationship.OTHER)
    assert label(None) == label("") == ""
    assert label("not a stored value") == "not a stored value"


# --- import problems ---------------------------------------------------------------------


def test_an_import_problem_reads_in_the_language_of_the_user() -> None:
    problem = ImportProblem(line=5, column="joined_on", reason="bad")
    assert str(problem) == "line 5, joined_on: bad"
    assert str(ImportProblem(line=2, column="", reason="bad")) == "line 2: bad"
    i18n.set_language("ko")
    try:
        assert problem.column_label == "등록일(joined_on)"
        assert str(problem) == "5행, 등록일(joined_on): bad"
    finally:
        i18n.set_language("en")


# --- one placeholder style ---------------------------------------------------------------

OTHER_STYLE = re.compile(r"%\d|%s|%d|%\(\w+\)")


def _text_arguments(tree: ast.AST) -> Iterator[tuple[int, str, ast.expr]]:
    """The English text of each tr()/translate() call: (line, function, argument)."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else "")
        if name == "tr" and isinstance(func, ast.Attribute) and node.args:
            yield node.lineno, name, node.args[0]
        elif name in ("translate", "tr", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            yield node.lineno, name, node.args[1]


def _placeholder_problems(source: str, where: str, core: bool) -> list[str]:
    found = []
    for line, name, arg in _text_arguments(ast.parse(source)):
        if isinstance(arg, ast.JoinedStr):
            found.append(f"{where}:{line}: an f-string in {name}()")
        elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            if OTHER_STYLE.search(arg.value):
                found.append(f"{where}:{line}: write placeholders as {{name}}: "
                             f"{arg.value[:40]!r}")
            if core and name != "tr" and "%n" in arg.value:
                found.append(f"{where}:{line}: %n outside self.tr(): lupdate does not see "
                             f"it as plural; write {{count}}: {arg.value[:40]!r}")
    return found


def test_the_checker_finds_other_placeholder_styles() -> None:
    source = (
        'self.tr("File: %1").replace("%1", name)\n'
        'translate("cli", f"Cannot read {path}")\n'
        'translate("cli", "Cannot read %s")\n'
        'translate("cli", "%n rows", n)\n'
        'self.tr("%n rows", "", n)\n'
        'translate("cli", "Cannot read {file}").format(file=path)\n'
    )
    assert sorted(p.split(":")[1] for p in _placeholder_problems(source, "x.py", True)) == [
        "1", "2", "3", "4"]


def test_one_placeholder_style_across_the_code() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        core = not relative.startswith("ui/") and relative != "app.py"
        problems += _placeholder_problems(path.read_text(encoding="utf-8"), relative, core)
    assert not problems, "\n".join(problems)


# --- the command line prints only translated text ----------------------------------------

def _words(node: ast.expr) -> bool:
    """A literal (or an f-string's literal parts) with a word in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.search(r"[A-Za-z]{2}", node.value) is not None
    if isinstance(node, ast.JoinedStr):
        return any(_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _words(node.left) or _words(node.right)
    return False


def test_the_command_line_prints_no_english_written_in_place() -> None:
    found = []
    for path in sorted((PACKAGE / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("out", "err", "print", "input")
                    and node.args and _words(node.args[0])):
                found.append(f"cli/{path.name}:{node.lineno}")
    assert not found, "print through translate(\"cli\", ...): " + ", ".join(found)


# --- lupdate can find every literal message -------------------------------------------------


def _unseen_by_lupdate(source: str, where: str) -> list[str]:
    """Calls lupdate cannot put in the catalogue: a literal text with a context that is
    not a literal (``translate(_CONTEXT, "...")``), or ``tr`` as a plain function (lupdate
    reads its first argument as the text)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else "")
        context, text = node.args[0], node.args[1]
        literal_text = isinstance(text, ast.Constant) and isinstance(text.value, str)
        literal_context = isinstance(context, ast.Constant) and isinstance(context.value, str)
        if name in ("translate", "QT_TRANSLATE_NOOP") and literal_text and not literal_context:
            found.append(f"{where}:{node.lineno}: the context must be a literal")
        elif name == "tr" and isinstance(func, ast.Name) and literal_text:
            found.append(f"{where}:{node.lineno}: call QCoreApplication.translate, not tr")
    return found


def test_the_lupdate_checker_finds_hidden_messages() -> None:
    source = (
        'QT_TRANSLATE_NOOP(_CONTEXT, "Line")\n'
        'tr = QCoreApplication.translate\ntr("Ctx", "Text")\n'
        'QCoreApplication.translate(self._context, header)\n'
        'translate("cli", "Text")\n'
    )
    assert [p.split(":")[1] for p in _unseen_by_lupdate(source, "x.py")] == ["1", "3"]


def test_every_literal_message_is_where_lupdate_finds_it() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += _unseen_by_lupdate(path.read_text(encoding="utf-8"),
                                    path.relative_to(PACKAGE).as_posix())
    assert not found, "\n".join(found)


def test_members_of_two_enums_with_one_value_keep_their_own_labels() -> None:
    assert CareArea.FAMILY == KeepAwayRelation.FAMILY  # equal as strings…
    assert label(CareArea.FAMILY) == label("family", CareArea) == "Family"
    assert label(KeepAwayRelation.FAMILY) == label("family") == "Family member"
