"""Writing the key file safely: atomically (a temporary file, fsynced, renamed over it,
the folder fsynced), mode 0600, and changed only under an exclusive lock on
``<name>.keys.lock`` (the ``filelock`` library: ``fcntl.flock`` on POSIX,
``LockFileEx`` on Windows), so two processes never lose each other's changes.

``filelock`` is imported by the first lock taken (a login, a change of the slots), not
with this module: importing it costs about ten milliseconds that the program's start,
before its login dialog, need not pay."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from safehouse import files
from safehouse.errors import DatabaseError, translate
from safehouse.storage import full_disk

# How long a change waits for another process's change to the key file (each holds the
# lock for one key derivation at most).
LOCK_TIMEOUT = 30.0


def write_private_json(path: Path, data: dict[str, Any]) -> None:
    """Write JSON atomically, mode 0600 (a key file, or a backup's), through a temporary
    file named as :func:`safehouse.files.temp_beside` names them, so a program killed
    half-way leaves a name that is known as temporary: the next write in the folder
    removes it once stale (:func:`safehouse.files.clean_leftovers`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        tmp = files.temp_beside(path)
        try:
            with tmp.open("w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as err:
        if full_disk.is_disk_full(err):
            raise full_disk.key_file_full() from None
        raise
    _sync_folder(path.parent)
    files.clean_leftovers(path.parent, path.stat().st_mtime)


def lock_path(path: Path) -> Path:
    """The lock file beside a key file (it stays there, empty)."""
    return path.with_name(path.name + ".lock")


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the exclusive lock of the key file at ``path`` (never nested in one thread)."""
    from filelock import FileLock, Timeout

    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_path(path), timeout=LOCK_TIMEOUT, mode=0o600)
    try:
        lock.acquire()
    except Timeout:
        raise DatabaseError(translate(
            "errors", "The key file is busy: another Safehouse has been changing it for "
            "too long. Try again in a moment.")) from None
    try:
        yield
    finally:
        lock.release()


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
