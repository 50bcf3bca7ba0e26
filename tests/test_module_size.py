"""Modules stay small enough to read in one sitting (CONVENTIONS.md: about 100–400
lines). A module may be longer only when its docstring says why, in a sentence that
starts with "Over 400 lines:"."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "safehouse"
LIMIT = 400


def oversized(root: Path = ROOT) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n")
        if lines <= LIMIT:
            continue
        doc = ast.get_docstring(ast.parse(text)) or ""
        if "Over 400 lines:" not in doc:
            found.append(f"{path.relative_to(root.parent)}: {lines} lines")
    return found


def test_no_module_is_over_400_lines_without_saying_why() -> None:
    assert not oversized(), (
        "split these by what they hold, or say why in the docstring "
        "('Over 400 lines: …'):\n" + "\n".join(oversized()))


def test_the_check_sees_a_long_module(tmp_path: Path) -> None:
    package = tmp_path / "safehouse"
    package.mkdir()
    (package / "long.py").write_text('"""A long one."""\n' + "x = 1\n" * 401)
    (package / "excused.py").write_text('"""Over 400 lines: one table."""\n' + "x = 1\n" * 401)
    (package / "short.py").write_text("x = 1\n" * 400)
    assert oversized(package) == ["safehouse/long.py: 402 lines"]
