"""An SQLite file on a network share is refused.

SQLite's locks do not hold across a network file system (NFS, SMB/CIFS, sshfs, 9p …),
and its WAL journal needs memory shared by every program that opens the file, which
computers on a network do not share: two workstations writing to one file there can
damage it. Several workstations use a PostgreSQL server instead.

Where the file is: Linux reads the mount table (``/proc/mounts``: the file system of the
longest mount point over the path); Windows asks ``GetDriveTypeW`` of the drive
(``DRIVE_REMOTE``), and a UNC path (``\\\\server\\share\\…``) is a share by its
form. Elsewhere (macOS) nothing is told and the file is opened. The mount table and
the drive type are passed in by the tests (``mounts``, ``drive_type``), so that every
case is tested on any machine.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path, PurePath, PureWindowsPath

from safehouse.errors import DatabaseError, translate

# File system types of network shares, as Linux names them in /proc/mounts.
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "9p", "afs", "coda",
    "ceph", "glusterfs", "lustre", "gpfs", "davfs", "webdav", "sshfs", "fuse.sshfs",
    "fuse.glusterfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.cephfs",
    "fuse.smbnetfs", "fuse.gvfsd-fuse", "afpfs", "fuse.afpfs",
})
MOUNTS_FILE = Path("/proc/mounts")
DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive

Mount = tuple[str, str]  # (mount point, file system type)


def _unescape(field: str) -> str:
    """A field of /proc/mounts: spaces, tabs, newlines and backslashes are octal."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def read_mounts(text: str) -> list[Mount]:
    """The (mount point, type) pairs of a /proc/mounts text."""
    found = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            found.append((_unescape(parts[1]), parts[2]))
    return found


def system_mounts() -> list[Mount]:
    """This computer's mount table (Linux); empty where it cannot be read."""
    try:
        return read_mounts(MOUNTS_FILE.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return []


def filesystem_type(path: PurePath, mounts: Sequence[Mount]) -> str | None:
    """The type of the file system ``path`` is on: the longest mount point over it
    (the last mounted, where two are on one point)."""
    best: tuple[int, str] | None = None
    text = str(path)
    for point, kind in mounts:
        inside = text == point or text.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), kind)
    return best[1] if best else None


def _windows_drive_type(root: str) -> int:
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(root))


def share_kind(path: str | os.PathLike[str], *, mounts: Sequence[Mount] | None = None,
               drive_type: Callable[[str], int] | None = None,
               windows: bool | None = None) -> str | None:
    """What kind of network share ``path`` is on ("nfs4", "cifs", "UNC", "network
    drive" …), or None when it is on this computer's own disk (or cannot be told)."""
    windows = sys.platform == "win32" if windows is None else windows
    if windows:
        win = PureWindowsPath(os.fspath(path))
        if win.drive.startswith(("\\\\", "//")):
            return "UNC"
        if not win.drive:
            return None
        kind = (drive_type or _windows_drive_type)(win.drive + "\\")
        return "network drive" if kind == DRIVE_REMOTE else None
    real = Path(os.path.realpath(path))
    found = filesystem_type(real, system_mounts() if mounts is None else mounts)
    if found is None:
        return None
    return found if found.lower() in NETWORK_TYPES else None


def refuse_network_share(path: str | os.PathLike[str], *,
                         mounts: Sequence[Mount] | None = None,
                         drive_type: Callable[[str], int] | None = None,
                         windows: bool | None = None) -> None:
    """Raise ``DatabaseError`` (saying to use PostgreSQL) when ``path`` is on a network
    share; the rest as for :func:`share_kind`."""
    kind = share_kind(path, mounts=mounts, drive_type=drive_type, windows=windows)
    if kind is None:
        return
    raise DatabaseError(translate(
        "errors", "The database file {path} is on a network share ({kind}). An SQLite "
        "database there can be damaged when two computers use it, so it is not opened. "
        "Keep the file on this computer's own disk; for several workstations use a "
        "PostgreSQL server (see \"PostgreSQL server\" in the README), e.g. "
        "--db postgresql://user@server/safehouse.").format(path=os.fspath(path), kind=kind))
