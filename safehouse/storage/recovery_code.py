"""The recovery key's code: what an administrator writes down at set-up, and types
when every password is lost (its slot: :mod:`safehouse.storage.keys`)."""

from __future__ import annotations

import base64
import secrets

_B32_GROUP = 4


def new_recovery_code() -> str:
    """A recovery key to write down: 32 base32 characters in groups of four."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(raw[i : i + _B32_GROUP] for i in range(0, len(raw), _B32_GROUP))


def normalise_recovery_code(code: str) -> str:
    compact = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(compact[i : i + _B32_GROUP] for i in range(0, len(compact), _B32_GROUP))
