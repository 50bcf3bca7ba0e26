"""The program's long-lived objects and Python's garbage collector.

The collector's full passes walk every object the program holds: after the start, the
modules, the database mappings and the window (hundreds of thousands of objects), for
tens of milliseconds each time, on the GUI thread, whenever enough new objects have
piled up (a search, a week of sessions, a referral tree). Those objects live as long as
the window does, so once it is on the screen they are set aside (:func:`gc.freeze`),
and the passes walk only what was made since; they are given back to the collector
when the window closes (a log-out), so that the next window's start can be set aside in
its turn and the last one's freed.
"""

from __future__ import annotations

import gc


def keep_start() -> None:
    """What exists now lives as long as the window: the collector no longer walks it."""
    gc.freeze()


def let_go() -> None:
    """The window closed: what :func:`keep_start` set aside is the collector's again."""
    gc.unfreeze()
