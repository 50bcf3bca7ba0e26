"""What `pip install .` ships: every package, the migrations, the font and translations."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _declared_packages() -> set[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(data["tool"]["setuptools"]["packages"])


def test_every_python_package_is_declared_for_the_wheel():
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "safehouse").rglob("__init__.py")
    }
    missing = found - _declared_packages()
    assert not missing, f"add these to [tool.setuptools] packages: {sorted(missing)}"


def test_font_and_its_licence_are_resources():
    fonts = resources.files("safehouse.resources").joinpath("fonts")
    assert fonts.joinpath("NanumGothic.ttf").is_file()
    licence = fonts.joinpath("OFL-NanumGothic.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence.upper()


def test_entry_points_for_the_command_line_and_the_window():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["project"]["scripts"]["safehouse"] == "safehouse.cli:main"
    assert data["project"]["gui-scripts"]["safehouse-gui"] == "safehouse.app:main"
