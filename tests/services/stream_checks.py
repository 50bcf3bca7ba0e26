"""What the streaming-import tests share: how many parsed rows are alive at once."""

from __future__ import annotations

import weakref
from typing import Any

import pytest


class LiveRows:
    """Wraps ``owner.name`` (a function that parses one row, or gives None): ``most`` is
    the largest number of its rows alive at one time since the last ``reset()``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> None:
        self.most = 0
        self._live: set[int] = set()
        real = getattr(owner, name)

        def tracked(*args: Any) -> Any:
            row = real(*args)
            if row is not None:
                self._live.add(id(row))
                weakref.finalize(row, self._live.discard, id(row))
                self.most = max(self.most, len(self._live))
            return row

        monkeypatch.setattr(owner, name, tracked)

    def reset(self) -> None:
        self.most = len(self._live)
