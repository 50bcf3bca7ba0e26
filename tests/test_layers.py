"""The layers cannot leak: the window and the command line go through the services,
and the core knows nothing of Qt. Checked on the source, import by import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import safehouse

PACKAGE = Path(safehouse.__file__).parent

DATABASE_LIBRARIES = ("sqlalchemy", "alembic")
GUI_LIBRARIES = ("PySide6", "shiboken6")


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module a file imports (at any depth: inside functions too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def leaks(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in paths:
        for line, module in imported_modules(path):
            if module.split(".")[0] in forbidden:
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    return bad


def python_files(*parts: str) -> list[Path]:
    files: list[Path] = []
    for part in parts:
        target = PACKAGE / part
        if target.is_dir():
            files.extend(sorted(target.rglob("*.py")))
        elif target.is_file():
            files.append(target)
    return files


def test_the_window_and_the_command_line_never_touch_the_database_directly():
    files = python_files("ui", "cli")
    assert any(f.parent.name == "ui" for f in files), "safehouse/ui/ has no Python files"
    assert leaks(files, DATABASE_LIBRARIES) == []


@pytest.mark.parametrize("layer", [
    "models", "services", "storage", "cli", "i18n.py", "labels.py", "errors.py", "clock.py",
    "audit_actions.py", "changes.py",
])
def test_the_core_imports_no_qt(layer):
    files = python_files(layer)
    assert files, f"safehouse/{layer}/ has no Python files"
    assert leaks(files, GUI_LIBRARIES) == []


def test_the_checker_sees_every_kind_of_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import sqlalchemy.orm\n"
        "from PySide6 import QtCore\n"
        "from . import sibling\n"
        "def later():\n"
        "    from alembic import command\n"
        "    importlib.import_module('sqlalchemy')\n",
        encoding="utf-8",
    )
    assert [m for _, m in imported_modules(sample)] == [
        "sqlalchemy.orm", "PySide6", "alembic", "sqlalchemy"]
