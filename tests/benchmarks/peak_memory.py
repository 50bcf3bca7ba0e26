"""A process's peak resident memory from a chosen moment: Linux lets it be reset
(``/proc/self/clear_refs``, 5) and read back (``VmHWM``); elsewhere it is the peak since
the process started (``ru_maxrss``)."""

from __future__ import annotations

import resource
from pathlib import Path


def reset() -> bool:
    """The peak starts again from now; False where it cannot (not Linux)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def peak_kb() -> int:
    """The peak since :func:`reset` (or since the process started, where it cannot be
    reset), in kB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
