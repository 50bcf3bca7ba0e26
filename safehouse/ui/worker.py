"""Run a service call off the GUI thread; results come back on the GUI thread.

Like Anki's ``QueryOp``: the work function never touches a widget.
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


_alive: set[_Signals] = set()


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> None:
    signals = _Signals()
    _alive.add(signals)

    def done(result: Any) -> None:
        _alive.discard(signals)
        on_success(result)

    def failed(exc: BaseException) -> None:
        _alive.discard(signals)
        on_failure(exc)

    signals.sig_done.connect(done)
    signals.sig_failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(work, signals))
