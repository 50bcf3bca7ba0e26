"""The Qt binding itself: a release that breaks the running program is refused here."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig_ping = Signal()


def test_emitting_signals_does_not_eat_references_to_true():
    """PySide6 6.12.0 on Python 3.11 takes a reference from True at every emit() and
    aborts the program after a few thousand ("bool_dealloc"): the change hub and every
    widget emit, so a day's work would crash. pyproject.toml keeps that release out."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.sig_ping.emit()
    lost = before - sys.getrefcount(True)
    assert lost < 50, f"{lost} references to True lost in 200 emits"
