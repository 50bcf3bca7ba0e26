"""A full disk for tests, without filling the shared one.

:func:`fill_up` makes a database behave as if its disk had just filled: each new
connection may not grow the file beyond the pages it has (``PRAGMA max_page_count``),
so SQLite fails the next write that needs a page exactly as on a full disk
(SQLITE_FULL, "database or disk is full"), on the program's own code path.

:func:`namespace_with_tmpfs` says whether a real small filesystem can be had: a
private user and mount namespace (``unshare -rm``) with a tmpfs of a few hundred KB
mounted under the test's folder, gone when the process ends.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event

from safehouse.storage.db import Database


def fill_up(db: Database) -> Callable[[], None]:
    """From now on ``db``'s disk is full; returns what frees the space again.

    The file is packed first (``VACUUM``: no free pages left to reuse), so a write that
    needs a page more than the rows' pages have room for fails: many rows, or a row
    longer than a page (a long note)."""
    db.engine.dispose()
    raw = db.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("VACUUM")
    finally:
        raw.close()

    def no_room_to_grow(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(db.engine, "connect", no_room_to_grow)
    db.engine.dispose()  # the connections made before the disk filled

    def free() -> None:
        event.remove(db.engine, "connect", no_room_to_grow)
        db.engine.dispose()

    return free


def namespace_with_tmpfs(folder: Path) -> bool:
    """Whether ``unshare -rm`` may mount a tmpfs here (Linux, user namespaces allowed)."""
    if shutil.which("unshare") is None:
        return False
    folder.mkdir(exist_ok=True)
    try:
        done = subprocess.run(
            ["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs '{folder}'"],
            capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0
