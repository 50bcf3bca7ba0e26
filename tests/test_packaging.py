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


def test_icon_renders_and_their_licence_are_resources():
    """packaging/render_icons.py's renderings of the SVG ship beside it and its licence:
    the window manager's sizes, the 256-pixel PNG and the ICO with its six images."""
    from PIL import Image

    icons = resources.files("safehouse.resources").joinpath("icons")
    assert "CC0" in icons.joinpath("LICENSE-safehouse-icon.txt").read_text(encoding="utf-8")
    with resources.as_file(icons.joinpath("safehouse.png")) as png, Image.open(png) as image:
        assert image.size == (256, 256)
        assert image.mode == "RGBA"
        assert image.getpixel((128, 128))[3] == 255  # drawn, not blank
        assert image.getpixel((0, 0))[3] == 0  # the rounded corner is transparent
    for size in (16, 24, 32, 48, 64, 128, 256):
        hicolor = icons.joinpath("hicolor", f"{size}x{size}", "apps", "safehouse.png")
        with resources.as_file(hicolor) as png, Image.open(png) as image:
            assert image.size == (size, size)
    with resources.as_file(icons.joinpath("safehouse.ico")) as ico, Image.open(ico) as image:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(image.ico.sizes())
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = data["tool"]["setuptools"]["package-data"]["safehouse.resources.icons"]
    assert {"*.png", "*.ico", "hicolor/*/apps/*.png"} <= set(shipped)
