"""Going ahead despite a housing warning: a room service asks (``NeedsConfirmation``),
the person reads the warnings and chooses; only then is the call made again with
``confirm_warnings=True`` (and the service audits the choice)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from safehouse.errors import NeedsConfirmation
from safehouse.ui import messages

T = TypeVar("T")


def with_warnings(parent: QWidget, proceed: str, act: Callable[[bool], T]) -> T | None:
    """``act(False)``; when it needs confirmation, ask, and ``act(True)`` on yes. None
    when the person chose not to go ahead."""
    try:
        return act(False)
    except NeedsConfirmation as exc:
        if not messages.confirm_warnings(parent, parent.windowTitle(), exc.warnings,
                                         proceed):
            return None
        return act(True)
