"""The automatic backup at start (:func:`start_daily_backup`), apart from the Backups
tab: the window starts it once it is shown, and imports no more than it needs for it
(``tests/ui/test_startup.py``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from safehouse.errors import SafehouseError
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.maintenance import BackupInfo
from safehouse.storage.db import Database
from safehouse.ui.worker import run_in_background

log = logging.getLogger(__name__)


def start_daily_backup(
    db: Database,
    actor: Actor,
    on_done: Callable[[BackupInfo | None], None] | None = None,
) -> None:
    """The automatic backup at start, in the background, when the last is a day old.

    A failure is logged (its kind only) and does not disturb the person logging in.
    """

    def done(result: Any) -> None:
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, SafehouseError):
            log.warning("automatic backup failed: %s", type(exc).__name__)
        else:
            log.error("automatic backup failed unexpectedly: %s", type(exc).__name__)
        if on_done is not None:
            on_done(None)

    def work() -> BackupInfo | None:
        from safehouse.services import backups  # after the window is shown

        return backups.backup_if_due(db, actor)

    run_in_background(work, done, failed)
