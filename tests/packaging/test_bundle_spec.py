"""The bundle's spec carries every resource the program loads (no build: make
dist-smoke builds and runs the bundle)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_manifest  # noqa: E402

BUNDLED = {source.relative_to(ROOT).as_posix(): target
           for source, target in bundle_manifest.bundled_files(ROOT)}


def _files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in folder.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts)


def test_every_resource_file_is_in_the_bundle():
    resources = [f for f in _files_under(ROOT / "resources") if f != "resources/__init__.py"]
    assert resources, "no resources found"
    missing = [f for f in resources if f not in BUNDLED]
    assert not missing, f"add these to packaging/bundle_manifest.py DATAS: {missing}"


def test_every_migration_file_is_in_the_bundle():
    migrations = _files_under(ROOT / "safehouse" / "storage" / "migrations")
    assert any(f.endswith("env.py") for f in migrations)
    missing = [f for f in migrations if f not in BUNDLED]
    assert not missing, f"Alembic reads these as files; add them to DATAS: {missing}"


def test_resources_go_where_importlib_resources_finds_them():
    # the package safehouse.resources is resources/ (pyproject's package-dir); frozen,
    # it is the folder safehouse/resources beside the frozen package
    for source, target in BUNDLED.items():
        if source.startswith("resources/"):
            assert target == "safehouse/" + source.rsplit("/", 1)[0], source
        else:
            assert target == source.rsplit("/", 1)[0], source


def _loaded_resource_folders() -> set[str]:
    """The folders of safehouse.resources the code opens (``joinpath("fonts", ...)``)."""
    pattern = re.compile(r'files\("safehouse\.resources"\)\s*\.joinpath\(\s*"([^"]+)"')
    found = set()
    for module in (ROOT / "safehouse").rglob("*.py"):
        found.update(pattern.findall(module.read_text(encoding="utf-8")))
    return found


def test_every_folder_the_code_loads_has_files_in_the_bundle():
    folders = _loaded_resource_folders()
    assert {"fonts", "i18n", "icons", "style"} <= folders
    for folder in folders:
        assert any(t == f"safehouse/resources/{folder}" for t in BUNDLED.values()), folder


@pytest.mark.parametrize("name", ["NanumGothic.ttf", "NanumGothicBold.ttf",
                                  "safehouse_ko.qm", "safehouse_ko.ts", "safehouse_en.qm",
                                  "safehouse.svg", "safehouse.qss", "env.py",
                                  "script.py.mako"])
def test_the_files_the_program_cannot_start_without(name):
    assert any(source.endswith("/" + name) for source in BUNDLED), name


def _qt_modules_imported() -> set[str]:
    used = set()
    for module in (ROOT / "safehouse").rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                used.add(node.module)
            elif isinstance(node, ast.Import):
                used.update(a.name for a in node.names if a.name.startswith("PySide6."))
    return used


def test_no_qt_module_the_program_imports_is_left_out():
    used = _qt_modules_imported()
    assert "PySide6.QtWidgets" in used
    assert not used & set(bundle_manifest.QT_EXCLUDES)


def test_the_bundle_runs_the_command_line_entry_point():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["project"]["scripts"]["safehouse"] == "safehouse.cli:main"
    entry = (ROOT / "packaging" / "safehouse_main.py").read_text(encoding="utf-8")
    assert "from safehouse.cli import main" in entry
    spec = (ROOT / "packaging" / "safehouse.spec").read_text(encoding="utf-8")
    assert "bundled_files(ROOT)" in spec and "safehouse_main.py" in spec


def test_pyinstaller_is_pinned_in_the_dist_extra():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(re.fullmatch(r"pyinstaller==[\d.]+", r)
               for r in data["project"]["optional-dependencies"]["dist"])
