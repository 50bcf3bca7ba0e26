"""Run a service call off the GUI thread; results come back on the GUI thread.

Like Anki's ``QueryOp``: the work function never touches a widget.

A dialog that starts work and may be closed (and deleted, ``WA_DeleteOnClose``) before
the work ends passes itself as ``owner``: when it is destroyed its callbacks are let go
and never called. The job's signal carrier is held here until the work has ended, and is
deleted on the GUI thread, so neither side frees what the other still uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    sig_done = Signal(object)
    sig_failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to on_failure on the GUI thread
            self._signals.sig_failed.emit(exc)
        else:
            self._signals.sig_done.emit(result)


class _Pending:
    """One job's callbacks, until its work ends or its owner is destroyed."""

    def __init__(self, signals: _Signals, on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None]) -> None:
        self.signals = signals
        self.on_success: Callable[[Any], None] | None = on_success
        self.on_failure: Callable[[BaseException], None] | None = on_failure

    def drop(self, *_args: object) -> None:
        """The owner is gone: its callbacks (which hold it) are let go, never called."""
        self.on_success = self.on_failure = None


_alive: dict[_Signals, _Pending] = {}


def pending() -> int:
    """How many jobs have not yet come back (tests wait for 0)."""
    return len(_alive)


def _ended(signals: _Signals) -> _Pending:
    job = _alive.pop(signals)
    signals.deleteLater()  # on the GUI thread, after this delivery
    return job


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    *,
    owner: QObject | None = None,
) -> None:
    """Run ``work()`` on the thread pool; its result goes to ``on_success``, an exception
    to ``on_failure``, on the GUI thread — unless ``owner`` was destroyed meanwhile."""
    signals = _Signals()
    job = _Pending(signals, on_success, on_failure)
    _alive[signals] = job
    if owner is not None:
        owner.destroyed.connect(job.drop)

    def done(result: Any) -> None:
        callback = _ended(signals).on_success
        if callback is not None:
            callback(result)

    def failed(exc: BaseException) -> None:
        callback = _ended(signals).on_failure
        if callback is not None:
            callback(exc)

    signals.sig_done.connect(done)
    signals.sig_failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(work, signals))
