"""Reads off the GUI thread where only the latest of each kind counts: a week asked for
after another drops the first one's answer when it comes back late, and so does
everything asked before :meth:`LatestReads.forget` (the idle lock)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from safehouse.ui.worker import run_in_background


class LatestReads(QObject):
    """Runs ``work`` in the background; ``done`` or ``failed`` on the GUI thread, only
    for the latest read of its kind and while the owner lives."""

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._tickets: dict[str, int] = {}
        self._busy: set[str] = set()

    def start(self, kind: str, work: Callable[[], Any], done: Callable[[Any], None],
              failed: Callable[[BaseException], None]) -> None:
        ticket = self._tickets.get(kind, 0) + 1
        self._tickets[kind] = ticket
        self._busy.add(kind)

        def current() -> bool:
            if not shiboken6.isValid(self) or self._tickets.get(kind) != ticket:
                return False
            self._busy.discard(kind)
            return True

        def ok(result: Any) -> None:
            if current():
                done(result)

        def bad(exc: BaseException) -> None:
            if current():
                failed(exc)

        run_in_background(work, ok, bad)

    def loading(self) -> bool:
        return bool(self._busy)

    def forget(self) -> None:
        """Drop the answers of every read on its way."""
        self._tickets = {kind: ticket + 1 for kind, ticket in self._tickets.items()}
        self._busy.clear()
