"""A program killed (SIGKILL) while writing a key file or a backup's anchor leaves a
file whose name is known as temporary, which the next backup removes once stale — never
a name that looks like nothing of ours and stays forever (the cause of the flaky
tests/cli/test_backup_killed.py: ``.safehouse-partial-….db.keys<random>``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from safehouse import files
from safehouse.storage import backup as store

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

# Dies by SIGKILL at its first fsync: the temporary file is written, not yet renamed.
KILLED_AT_FSYNC = """
import os, signal, sys
from pathlib import Path
os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)
target = Path(sys.argv[1])
{write}
"""

WRITES = {
    "key file": "from safehouse.storage.key_file_io import write_private_json\n"
                "write_private_json(target, {'slots': []})",
    "anchor": "from datetime import UTC, datetime\n"
              "from safehouse.storage import anchors\n"
              "anchors.write_beside(target, anchors.Anchor(entries=1, last_id=1, "
              "head='0' * 64, at=datetime.now(UTC)), b'k' * 32)",
}


@pytest.mark.parametrize("what", sorted(WRITES))
def test_a_write_killed_half_way_leaves_a_temporary_name_that_is_cleaned_up(
        tmp_path: Path, what: str) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    # what a backup writes: its key file under its temporary name, or its anchor
    target = folder / ".safehouse-partial-1-0123456789ab.db.keys" if what == "key file" \
        else folder / "safehouse-2026-01-01-000000.db"
    script = textwrap.dedent(KILLED_AT_FSYNC).format(write=WRITES[what])
    done = subprocess.run([sys.executable, "-c", script, str(target)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    left = sorted(folder.iterdir())
    assert left, "the killed write left nothing: it was not killed half-way"
    for path in left:
        assert files.is_temp(path), path.name
        stale = time.time() - 3600
        os.utime(path, (stale, stale))
    store.clean_leftovers(folder, reference=time.time())
    assert [p for p in folder.iterdir() if p in left] == []


def test_an_older_versions_key_file_leftover_is_known_as_temporary() -> None:
    """What ``tempfile.mkstemp(prefix=<name>.keys)`` named it before: still cleaned up."""
    assert files.is_temp(Path(".safehouse-partial-4242-0123456789ab.db.keysk2_9ab1x"))
    assert not files.is_temp(Path("safehouse-2026-01-01-000000.db.keysk2_9ab1x"))


def test_the_next_key_file_write_removes_a_killed_ones_leftover(tmp_path: Path) -> None:
    """Beside the database too (no backup ever cleans that folder)."""
    from safehouse.storage.key_file_io import write_private_json

    folder = tmp_path / "data"
    folder.mkdir()
    key_file = folder / "safehouse.db.keys"
    script = textwrap.dedent(KILLED_AT_FSYNC).format(write=WRITES["key file"])
    done = subprocess.run([sys.executable, "-c", script, str(key_file)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    (left,) = folder.iterdir()
    assert files.is_temp(left)
    write_private_json(key_file, {"slots": []})
    assert left.exists()  # fresh: it may be a running program's
    stale = time.time() - 3600
    os.utime(left, (stale, stale))
    write_private_json(key_file, {"slots": []})
    assert sorted(p.name for p in folder.iterdir()) == ["safehouse.db.keys"]
