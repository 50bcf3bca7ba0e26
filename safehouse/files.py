"""Files the user asked for that hold personal data (CSV exports): readable by their
owner only. No Qt, so the command line and the window share it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` with mode 0600 — also when the file already existed
    with a wider mode (``os.open``'s mode applies only to a new file)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        if hasattr(os, "fchmod"):
            os.fchmod(handle.fileno(), 0o600)
        handle.write(data)


def copy_private(source: Path, target: Path) -> None:
    """Copy ``source`` to a new file ``target`` (which must not exist) with mode 0600,
    in chunks, flushed to the disk."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        shutil.copyfileobj(src, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())
    os.chmod(target, 0o600)  # whatever the umask made of it
