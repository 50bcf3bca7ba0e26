"""packaging/install_desktop.py, run as make install-desktop and the bundle run it: the
menu entry and the icons for the current user, in a temporary XDG_DATA_HOME."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "install_desktop.py"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def run_script(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(home))
    return subprocess.run([sys.executable, str(SCRIPT), *args], env=env, text=True,
                          capture_output=True, timeout=60, check=False)


def fake_program(folder: Path) -> Path:
    folder.mkdir(parents=True)
    program = folder / "safehouse-gui"
    program.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    program.chmod(0o755)
    return program


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def validate(entry: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:  # make system-deps installs it; CI checks
        return
    result = subprocess.run([tool, str(entry)], text=True, capture_output=True,
                            timeout=60, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def entry_keys(entry: Path) -> dict[str, str]:
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


@pytest.mark.parametrize("folder", ["bin", "My Programs/100% safe$"])
def test_install_writes_a_valid_entry_and_the_icons_and_uninstall_removes_them(
        tmp_path: Path, folder: str) -> None:
    home = tmp_path / "share"
    program = fake_program(tmp_path / folder)
    done = run_script(home, "install", "--exec", str(program))
    assert done.returncode == 0, done.stderr

    entry = home / "applications" / "safehouse.desktop"
    validate(entry)
    keys = entry_keys(entry)
    assert keys["Name"] == "Safehouse" and keys["Name[ko]"]
    assert keys["Comment[ko]"] and keys["GenericName[ko]"]
    assert keys["Icon"] == "safehouse" and keys["Terminal"] == "false"
    assert keys["Categories"] == "Office;"
    assert keys["StartupWMClass"] == "Safehouse"  # the app's name: Qt's X11 window class
    assert keys["TryExec"] == str(program)
    if " " in folder:  # quoted, with $ escaped and % doubled, backslashes doubled again
        assert keys["Exec"] == '"' + str(program).replace("$", "\\\\$").replace("%", "%%") + '"'
    else:
        assert keys["Exec"] == str(program)
    theme = home / "icons" / "hicolor"
    for size in SIZES:
        icon = theme / f"{size}x{size}" / "apps" / "safehouse.png"
        assert icon.read_bytes() == (
            ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
            / "safehouse.png").read_bytes()
    assert (theme / "scalable" / "apps" / "safehouse.svg").is_file()
    assert len(files_under(home)) == len(SIZES) + 2  # nothing else written

    again = run_script(home, "install", "--exec", str(program))  # replaces, no copies
    assert again.returncode == 0 and len(files_under(home)) == len(SIZES) + 2

    gone = run_script(home, "uninstall")
    assert gone.returncode == 0, gone.stderr
    assert not home.exists() or not any(home.iterdir())


def test_uninstall_leaves_what_it_did_not_write(tmp_path: Path) -> None:
    home = tmp_path / "share"
    other = home / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    program = fake_program(tmp_path / "bin")
    assert run_script(home, "install", "--exec", str(program)).returncode == 0
    assert run_script(home, "uninstall").returncode == 0
    assert files_under(home) == [other]
    assert not (home / "icons").exists()


@pytest.mark.parametrize("program", ["relative/safehouse-gui", "/nonexistent/safehouse-gui"])
def test_install_refuses_a_program_that_is_not_there(tmp_path: Path, program: str) -> None:
    home = tmp_path / "share"
    done = run_script(home, "install", "--exec", program)
    assert done.returncode == 1
    assert program in done.stderr
    assert not home.exists()


def test_make_install_desktop_uses_the_checkouts_program(tmp_path: Path) -> None:
    program = ROOT / ".venv" / "bin" / "safehouse-gui"
    stamp = ROOT / ".venv" / ".installed-stamp"  # else make would set up the venv first
    if shutil.which("make") is None or not program.is_file() or not stamp.is_file():
        pytest.skip("no make, or not run from the checkout's .venv")
    home = tmp_path / "share"
    env = dict(os.environ, XDG_DATA_HOME=str(home))
    for target in ("install-desktop", "uninstall-desktop"):
        done = subprocess.run(["make", "-s", "-C", str(ROOT), target], env=env, text=True,
                              capture_output=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        if target == "install-desktop":
            entry = home / "applications" / "safehouse.desktop"
            validate(entry)
            assert entry_keys(entry)["TryExec"] == str(program)
    assert not home.exists() or not any(home.iterdir())
