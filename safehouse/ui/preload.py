"""The rest of the program, loaded while the login waits for its user (and the log
file opened: its module is among the slower to load).

The login shows as soon as Qt is up (its dialog needs no database code); typing a user
name and a password takes seconds, and meanwhile a thread imports the services, the
models and the main window and makes the :class:`~safehouse.storage.vault.Vault`. What
needs them (the password's check, the recovery key, the main window) asks
:meth:`Preload.vault`, which waits for the thread when it is not done yet: a user who
types faster than the program loads waits at the end of the login instead of before it.

Only imports and plain objects are made off the GUI thread: no widget, pixmap or
other Qt object (the modules named here make none at import).
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING

from safehouse.logs import setup_logging
from safehouse.storage import location

if TYPE_CHECKING:
    from safehouse.storage.vault import Vault

# What the first start needs after the login, in the order it needs it.
MODULES = (
    "safehouse.storage.vault",
    "safehouse.services.access",
    "safehouse.services.settings",
    "safehouse.ui.context",
    "safehouse.ui.password_dialog",
    "safehouse.ui.recovery_dialogs",
    "safehouse.ui.setup_dialog",
    "safehouse.ui.daily_backup",
    "safehouse.ui.main_window",
)


class Preload:
    """Loads :data:`MODULES` and opens the vault of ``target`` (a path or URL from
    :func:`safehouse.storage.location.target`) on a thread of its own."""

    def __init__(self, target: str, *, open_log: bool = False) -> None:
        self.target = target
        self._open_log = open_log  # the program's log file (safehouse.logs), first
        self._done = threading.Event()
        self._vault: Vault | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    @classmethod
    def of(cls, vault: Vault) -> Preload:
        """A preload already done, holding ``vault`` (the dialogs' tests, a log-in again)."""
        done = cls.__new__(cls)
        done.target = vault.description
        done._open_log = False
        done._done = threading.Event()
        done._vault = vault
        done._error = None
        done._thread = None
        done._done.set()
        return done

    def start(self) -> None:
        """Begin the loading (once the login shows: the two would share the processor
        while the dialog is made)."""
        if self._thread is None and not self._done.is_set():
            self._thread = threading.Thread(target=self._load, name="safehouse-preload",
                                            daemon=True)
            self._thread.start()

    def _load(self) -> None:
        try:
            if self._open_log:
                setup_logging()
            for name in MODULES:
                importlib.import_module(name)
            from safehouse import i18n
            from safehouse.storage.db import prepare_mappings
            from safehouse.storage.vault import Vault

            prepare_mappings()
            i18n.prepare()
            self._vault = Vault.open(self.target)
        except BaseException as exc:  # given to whoever asks for the vault
            self._error = exc
        finally:
            self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    @property
    def description(self) -> str:
        """Where the database is, never with a password (a URL's waits for the vault)."""
        if location.is_url(self.target):
            return self.vault().description
        return self.target

    def vault(self) -> Vault:
        """The vault, once everything is loaded (starts the loading if need be, and
        waits for it); raises what the loading raised."""
        self.start()
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._vault is not None
        return self._vault

    def close(self) -> None:
        """Let go of the vault's connection, if it was made (waits for a loading begun)."""
        if self._thread is None:
            return
        self._done.wait()
        if self._vault is not None:
            self._vault.close()
