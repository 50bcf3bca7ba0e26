"""What is at the database's place, told without opening it and without SQLAlchemy:
nothing yet (set up), an encrypted file (log in) or a file written before encryption.

Light on purpose, like :mod:`safehouse.storage.location`: the program shows its login
from this while the rest of it loads (:mod:`safehouse.ui.preload`). A server's state
needs a connection, so for a URL :func:`first_look` says nothing.
"""

from __future__ import annotations

import enum
from pathlib import Path

from safehouse.storage import location, network_share

PLAIN_HEADER = b"SQLite format 3\x00"


class VaultState(enum.Enum):
    NEW = "new"  # nothing there yet: set up an organisation and its administrator
    LOCKED = "locked"  # encrypted: log in
    PLAIN = "plain"  # written before encryption: an administrator logs in to convert it


def file_state(path: Path) -> VaultState:
    """The state of the SQLite file at ``path`` (refused on a network share first:
    ``DatabaseError``)."""
    network_share.refuse_network_share(path)
    if not path.exists() or path.stat().st_size == 0:
        return VaultState.NEW
    with path.open("rb") as handle:
        header = handle.read(len(PLAIN_HEADER))
    return VaultState.PLAIN if header == PLAIN_HEADER else VaultState.LOCKED


def first_look(target: str) -> VaultState | None:
    """The state of the database ``target`` (from :func:`location.target`) when it is a
    file; None for a server."""
    if location.is_url(target):
        return None
    return file_state(Path(target))
