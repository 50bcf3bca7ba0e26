"""Files the user asked for that hold personal data (exports, backups): readable by their
owner only, whole or absent, and never written over a database. No Qt, so the command
line and the window share it.

*Whole or absent*: a file is written under a temporary name in the folder where it will
live (:func:`temp_beside`, a name no listing of ours matches), flushed to the disk, and
only then renamed into place, so a program killed half-way leaves a temporary file,
never a cut one under the real name. :func:`clean_leftovers` removes such files later.

*Never over a database* (:func:`refuse_database_target`): an output path that is the
open database, one of its companions (``-wal``, ``-shm``, ``-journal``, ``.keys``) —
by name, through a symbolic link or ``..``, or as a hard link — or any existing
database, backup or key file, is refused before anything is written.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path

from safehouse.errors import ValidationError, translate
from safehouse.storage import full_disk

TEMP_PREFIX = ".safehouse-partial-"
# ``.safehouse-partial-<pid>-<12 hex><suffix>`` and what SQLite or a key file adds to it;
# ``.keys`` + 8 characters: the key file's own temporary file as earlier versions named
# it (``tempfile.mkstemp``), left by a backup killed while writing it
_TEMP = re.compile(r"^\.safehouse-partial-(\d+)-[0-9a-f]{12}(\.[A-Za-z0-9]+)?"
                   r"(\.keys|\.keys[a-z0-9_]{8}|-journal|-wal|-shm)?$")
# A temporary file untouched for this long belongs to a program that was stopped.
STALE_AFTER = timedelta(minutes=10)

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"SAFEHOUSE-PGDUMP"
# Companions of an SQLite database file: its journals and its key file.
COMPANIONS = ("-wal", "-shm", "-journal", ".keys")
# Existing files with these endings are databases, backups or key files (an SQLCipher
# file has no header to recognise it by): never written over.
_DATABASE_ENDINGS = (".db", ".keys", ".sqlite", ".sqlite3", ".db3", ".pgdump",
                     "-wal", "-shm", "-journal")


# --- never over a database ---------------------------------------------------------------


def database_files(database: Path) -> list[Path]:
    """An SQLite database file and its companions."""
    return [database, *(database.with_name(database.name + c) for c in COMPANIONS)]


def _real(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC))
    except OSError:
        return b""


def refuse_database_target(path: Path, databases: Iterable[Path] = (), *,
                           existing: bool = True) -> None:
    """Raise ValidationError (field "file") when writing ``path`` would write over one of
    ``databases`` (SQLite files) or their companions, or over any existing database,
    backup or key file; nothing has been written then.

    Compared by the path with links and ``..`` resolved and by the file itself
    (``samefile``: a hard link is the same file under another name). An existing file
    is refused when its name ends like a database's, key file's or journal's, when it
    starts like an SQLite file or a Safehouse PostgreSQL backup, or when it has other
    names (hard links) that writing it would change too (not checked when
    ``existing`` is false: the caller refuses every existing file).
    """
    path = Path(path)
    real = _real(path)
    for database in databases:
        for own in database_files(Path(database)):
            if real == _real(own) or _same_file(path, own):
                raise ValidationError(translate(
                    "errors", "{path} is the database or one of its files (its key file "
                    "or journal). Choose another file name.").format(path=path), field="file")
    if not existing or not os.path.lexists(path):
        return
    names = (path.name.lower(), Path(real).name.lower())
    if (any(name.endswith(_DATABASE_ENDINGS) for name in names)
            or _header(path).startswith((SQLITE_MAGIC, PGDUMP_MAGIC))):
        raise ValidationError(translate(
            "errors", "{path} is a database, backup or key file; Safehouse does not write "
            "over one. Choose another file name.").format(path=path), field="file")
    with contextlib.suppress(OSError):
        if path.stat().st_nlink > 1:
            raise ValidationError(translate(
                "errors", "{path} has other names (hard links) that writing it would change "
                "too. Choose another file name.").format(path=path), field="file")


# --- whole or absent -----------------------------------------------------------------------


def temp_beside(final: Path, suffix: str | None = None) -> Path:
    """A new, empty file (mode 0600) in ``final``'s folder, named
    ``.safehouse-partial-<pid>-<random><suffix>`` (``suffix``: ``final``'s own)."""
    suffix = final.suffix if suffix is None else suffix
    while True:
        temp = final.with_name(f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(6)}{suffix}")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return temp


def is_temp(path: Path) -> bool:
    """Whether a file is one of :func:`temp_beside`'s (or SQLite's or a key file's
    companion of one)."""
    return _TEMP.match(path.name) is not None


def fsync_file(path: Path) -> None:
    """Flush ``path``'s content to the disk. Opened for writing (not truncated): Windows
    flushes (``_commit``) only a handle that may write, and refuses a read-only one."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new name in ``folder`` durable (where the system allows it)."""
    if os.name == "nt":
        return  # Windows has no directory handles to flush; NTFS logs renames
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def place(temp: Path, final: Path) -> None:
    """Rename ``temp`` to ``final``, which must not exist (FileExistsError otherwise,
    and ``temp`` stays): atomic with a hard link where the file system has them."""
    try:
        os.link(temp, final)
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT, some network shares)
        if os.path.lexists(final):
            raise FileExistsError(final) from None
        os.replace(temp, final)
    else:
        temp.unlink()


def remove_temp(temp: Path) -> None:
    """A temporary file and whatever SQLite or a key file put beside it."""
    for companion in ("", ".keys", "-journal", "-wal", "-shm"):
        temp.with_name(temp.name + companion).unlink(missing_ok=True)


def _running(pid: int) -> bool:
    if os.name == "nt" or pid == os.getpid():
        return pid == os.getpid()  # (os.kill would end the process on Windows)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def clean_leftovers(folder: Path, reference: float) -> list[Path]:
    """Remove the temporary files of programs that were stopped while writing into
    ``folder``: only names of :func:`temp_beside`'s, untouched for :data:`STALE_AFTER`
    before ``reference`` (a modification time of the same file system), and not of a
    process still running here. Returns what was removed."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    before = reference - STALE_AFTER.total_seconds()
    for entry in folder.iterdir():
        match = _TEMP.match(entry.name)
        if match is None or _running(int(match.group(1))):
            continue
        try:
            if entry.lstat().st_mtime >= before or entry.is_dir():
                continue
            entry.unlink()
        except OSError:
            continue
        removed.append(entry)
    return removed


# --- writing --------------------------------------------------------------------------------


def write_private(path: Path, data: bytes, *, databases: Iterable[Path] = ()) -> None:
    """Write ``data`` to ``path`` with mode 0600, whole or not at all.

    Refused (ValidationError, see :func:`refuse_database_target`) when ``path`` is one
    of ``databases`` or their companions, or an existing database, backup or key file.
    The data goes to a temporary file beside it, flushed, then renamed over ``path``: a
    link at ``path`` is replaced, never written through.
    """
    path = Path(path)
    refuse_database_target(path, databases)
    temp = temp_beside(path)
    try:
        with temp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def copy_private(source: Path, target: Path) -> None:
    """Copy ``source`` to a new file ``target`` (which must not exist) with mode 0600,
    in chunks, flushed to the disk; whole or absent (DiskFull when the disk fills)."""
    with full_disk.writing(target):
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                shutil.copyfileobj(src, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            target.unlink(missing_ok=True)  # ours: made above, never a cut copy left
            raise
    os.chmod(target, 0o600)  # whatever the umask made of it
