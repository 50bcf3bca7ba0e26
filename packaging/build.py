"""``make dist``: build the one-folder bundle with PyInstaller and pack it.

    python packaging/build.py          # build/safehouse/ and dist/safehouse-VERSION-OS-ARCH.*

The folder is ``build/safehouse/`` (PyInstaller's work files in ``build/pyinstaller/``);
the archive, in ``dist/``, is a ``.tar.gz`` on Linux and macOS and a ``.zip`` on
Windows, holding one folder ``safehouse-VERSION/`` with the ``safehouse`` program in it.
The version is the package's (``importlib.metadata``), as ``safehouse --version`` says.
On Linux the folder also holds ``install-desktop.sh`` and ``uninstall-desktop.sh`` (the
menu entry and icon for the current user, by ``packaging/install_desktop.py``).
Runs the same on every system: only Python's standard library and PyInstaller.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import platform
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "safehouse.spec"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
FOLDER = BUILD / "safehouse"


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def archive_name(version: str) -> str:
    suffix = ".zip" if sys.platform == "win32" else ".tar.gz"
    return f"safehouse-{version}-{platform_tag()}{suffix}"


def build() -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(BUILD), "--workpath", str(BUILD / "pyinstaller"), str(SPEC)],
        check=True, cwd=ROOT)
    # links to the libraries the spec left out (Qt Quick, ...) point nowhere: drop them
    for path in sorted(FOLDER.rglob("*")):
        if path.is_symlink() and not path.exists():
            path.unlink()
    if sys.platform.startswith("linux"):  # the menu entry: install-desktop.sh and its script
        for script in sorted((ROOT / "packaging" / "bundle-linux").iterdir()):
            shutil.copy2(script, FOLDER / script.name)
        shutil.copy2(ROOT / "packaging" / "install_desktop.py", FOLDER / "install_desktop.py")


def pack(version: str) -> Path:
    DIST.mkdir(exist_ok=True)
    target = DIST / archive_name(version)
    top = f"safehouse-{version}"
    partial = target.with_name(target.name + ".part")
    if sys.platform == "win32":
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(FOLDER.rglob("*")):
                archive.write(path, f"{top}/{path.relative_to(FOLDER).as_posix()}")
    else:
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(FOLDER, arcname=top)
    partial.replace(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true",
                        help="pack the folder already built")
    args = parser.parse_args(argv)
    version = importlib.metadata.version("safehouse")
    if not args.no_build:
        build()
    if not (FOLDER / ("safehouse.exe" if sys.platform == "win32" else "safehouse")).is_file():
        print(f"no bundle in {FOLDER}", file=sys.stderr)
        return 1
    target = pack(version)
    size = sum(p.stat().st_size for p in FOLDER.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle: {FOLDER} ({size / 2**20:.0f} MB)")
    print(f"archive: {target} ({target.stat().st_size / 2**20:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
