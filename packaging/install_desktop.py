"""Install or remove Safehouse's menu entry and icon for the current user (Linux and the
other freedesktop systems).

    python3 packaging/install_desktop.py install --exec /path/to/safehouse-gui [--icons DIR]
    python3 packaging/install_desktop.py uninstall

``install`` writes ``$XDG_DATA_HOME/applications/safehouse.desktop`` (default
``~/.local/share``), whose ``Exec`` is the given program, and the icon into the user's
hicolor theme: ``$XDG_DATA_HOME/icons/hicolor/NxN/apps/safehouse.png`` for each rendered
size and ``hicolor/scalable/apps/safehouse.svg``. ``uninstall`` removes exactly those
files, and then the folders along their paths that are left empty. Neither touches
anything else. Running install again replaces the entry (e.g. after moving the program).

The menus see a new or removed entry by themselves (they watch the folder); the icon
theme's and the MIME caches are refreshed only where the user already has them
(``update-desktop-database``, ``gtk-update-icon-cache``; their absence is no error), as
``xdg-icon-resource`` does, so that nothing new is left behind.

Standard library only: the bundle ships this file with the icons, and the system's
``python3`` runs it (``make install-desktop`` runs it with the source checkout's
``safehouse-gui``; the bundle's ``install-desktop.sh`` with the bundle's executable).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

APP_ID = "safehouse"  # the entry's file name, the icon's name and the Wayland app id
WM_CLASS = "Safehouse"  # QCoreApplication.applicationName(): Qt's X11 window class
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
DEFAULT_ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"

ENTRY = """\
[Desktop Entry]
Type=Application
Version=1.4
Name=Safehouse
Name[ko]=Safehouse
GenericName=Community records
GenericName[ko]=공동체 기록 관리
Comment=Records, rooms and care for a safehouse community
Comment[ko]=쉼터 공동체의 기록, 방 배정과 돌봄을 관리합니다
Keywords=members;rooms;counseling;wellbeing;reports;
Keywords[ko]=회원;방;상담;웰빙;보고서;
TryExec={try_exec}
Exec={exec}
Icon={icon}
Terminal=false
Categories=Office;
StartupNotify=true
StartupWMClass={wm_class}
"""


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or relative (the
    Base Directory specification says to ignore a relative one)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def entry_path(home: Path) -> Path:
    return home / "applications" / f"{APP_ID}.desktop"


def icon_paths(home: Path) -> dict[str, Path]:
    """Where each icon goes, by its source file's path relative to the icons folder."""
    theme = home / "icons" / "hicolor"
    paths = {f"hicolor/{n}x{n}/apps/{APP_ID}.png": theme / f"{n}x{n}" / "apps" / f"{APP_ID}.png"
             for n in ICON_SIZES}
    paths[f"{APP_ID}.svg"] = theme / "scalable" / "apps" / f"{APP_ID}.svg"
    return paths


def exec_value(program: Path) -> str:
    """The program's path as the Exec key wants it: quoted when it holds a reserved
    character, ``"``, `````, ``$`` and ``\\`` escaped inside the quotes, ``%`` doubled,
    and then every backslash doubled once more as the desktop file's string escape."""
    text = str(program)
    reserved = set(' \t\n"\'\\><~|&;$*?#()`')
    if any(c in reserved for c in text):
        inner = "".join("\\" + c if c in '"`$\\' else c for c in text)
        text = f'"{inner}"'
    return text.replace("%", "%%").replace("\\", "\\\\")


def _string_value(text: str) -> str:
    """A desktop file string value (TryExec is one: no field codes, no quoting)."""
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def render_entry(program: Path) -> str:
    return ENTRY.format(try_exec=_string_value(str(program)), exec=exec_value(program),
                        icon=APP_ID, wm_class=WM_CLASS)


def _refresh_caches(home: Path) -> None:
    """Refresh the caches the user already has; create none (their tools may be absent)."""
    applications = home / "applications"
    theme = home / "icons" / "hicolor"
    jobs = []
    if (applications / "mimeinfo.cache").is_file():
        jobs.append(["update-desktop-database", "-q", str(applications)])
    if theme.is_dir():
        os.utime(theme)  # the theme folder's new time tells the toolkits to look again
        if (theme / "index.theme").is_file() and (theme / "icon-theme.cache").is_file():
            jobs.append(["gtk-update-icon-cache", "-q", "-f", "-t", str(theme)])
    for job in jobs:
        if shutil.which(job[0]) is None:
            continue
        # a cache left stale is refreshed by the next login
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            subprocess.run(job, check=False, timeout=60, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)


def install(program: Path, icons: Path, home: Path) -> list[Path]:
    """Write the entry and the icons; the paths written."""
    if not program.is_absolute():
        raise ValueError(f"the program's path must be absolute: {program}")
    if not (program.is_file() and os.access(program, os.X_OK)):
        raise ValueError(f"not an executable file: {program}")
    sources = {rel: icons / rel for rel in icon_paths(home)}
    missing = [str(p) for p in sources.values() if not p.is_file()]
    if missing:
        raise ValueError("icons missing (run packaging/render_icons.py): " + ", ".join(missing))
    written = []
    for rel, target in icon_paths(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sources[rel], target)
        written.append(target)
    entry = entry_path(home)
    entry.parent.mkdir(parents=True, exist_ok=True)
    partial = entry.with_name(f".{entry.name}.part")
    partial.write_text(render_entry(program), encoding="utf-8")
    partial.chmod(0o644)
    os.replace(partial, entry)  # the menu never reads half an entry
    written.append(entry)
    _refresh_caches(home)
    return written


def uninstall(home: Path) -> list[Path]:
    """Remove the entry and the icons install writes, and the folders left empty along
    their paths (up to, not including, the data folder); the paths removed."""
    removed = []
    targets = [entry_path(home), *icon_paths(home).values()]
    for target in targets:
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
    for target in targets:
        folder = target.parent
        while folder != home and home in folder.parents:
            try:
                folder.rmdir()  # only when empty
            except OSError:
                break
            folder = folder.parent
    _refresh_caches(home)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Safehouse's menu entry and icon.")
    verbs = parser.add_subparsers(dest="verb", required=True)
    add = verbs.add_parser("install", help="install the menu entry and the icon")
    add.add_argument("--exec", dest="program", required=True, type=Path,
                     help="the program the entry starts (absolute path)")
    add.add_argument("--icons", type=Path, default=DEFAULT_ICONS,
                     help="the folder holding safehouse.svg and hicolor/ (default: %(default)s)")
    verbs.add_parser("uninstall", help="remove what install wrote")
    args = parser.parse_args(argv)
    home = data_home()
    try:
        if args.verb == "install":
            for path in install(args.program, args.icons, home):
                print(f"installed {path}")
        else:
            for path in uninstall(home):
                print(f"removed {path}")
    except (ValueError, OSError) as error:
        print(f"install_desktop: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
