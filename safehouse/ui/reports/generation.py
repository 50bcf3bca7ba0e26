"""Making a report off the GUI thread, with a Cancel that works.

The report is built by ``services.reports.produce.produce`` on a worker thread
(:mod:`safehouse.ui.worker`); it asks ``cancelled()`` as it goes and stops with
``ReportCancelled``. Only the latest job's outcome is reported: a job replaced by a new
one, or cancelled, is asked to stop and whatever it still returns is dropped.
"""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, Signal

from safehouse.services.reports import produce as producing
from safehouse.services.reports.requests import ReportCancelled, ReportRequest
from safehouse.ui.context import AppContext
from safehouse.ui.worker import run_in_background


class Generation(QObject):
    """``sig_done(request, pdf)``: the report is ready (its bytes);
    ``sig_failed(exc)``: it could not be made; ``sig_cancelled()``: it was stopped;
    ``sig_busy(bool)``: a report is being made (or no longer)."""

    sig_done = Signal(object, bytes)
    sig_failed = Signal(object)
    sig_cancelled = Signal()
    sig_busy = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._job = 0
        self._stop: threading.Event | None = None

    def busy(self) -> bool:
        return self._stop is not None

    def start(self, request: ReportRequest) -> None:
        """Make ``request``'s report (stopping one still being made)."""
        if self._stop is not None:
            self._stop.set()
        self._job += 1
        job, stop = self._job, threading.Event()
        self._stop = stop
        db, actor = self._ctx.db, self._ctx.actor
        self.sig_busy.emit(True)
        run_in_background(
            lambda: producing.produce(db, actor, request, cancelled=stop.is_set),
            lambda pdf: self._on_done(job, stop, request, pdf),
            lambda exc: self._on_failed(job, stop, exc))

    def cancel(self) -> None:
        """Ask the report being made to stop; said at once (what it still returns is
        dropped)."""
        if self._stop is None:
            return
        self._stop.set()
        self._stop = None
        self._job += 1
        self.sig_busy.emit(False)
        self.sig_cancelled.emit()

    def _current(self, job: int, stop: threading.Event) -> bool:
        # a page closed meanwhile (its window gone) takes nothing more
        return shiboken6.isValid(self) and job == self._job and not stop.is_set()

    def _on_done(self, job: int, stop: threading.Event, request: ReportRequest,
                 pdf: object) -> None:
        if not self._current(job, stop):
            return
        self._stop = None
        self.sig_busy.emit(False)
        self.sig_done.emit(request, bytes(pdf) if isinstance(pdf, bytes | bytearray) else b"")

    def _on_failed(self, job: int, stop: threading.Event, exc: BaseException) -> None:
        if not self._current(job, stop):
            return
        self._stop = None
        self.sig_busy.emit(False)
        if isinstance(exc, ReportCancelled):
            self.sig_cancelled.emit()
        else:
            self.sig_failed.emit(exc)
