"""What the streaming-import tests share: how many parsed rows are alive at once, and
the batches written."""

from __future__ import annotations

import weakref
from typing import Any

import pytest

from safehouse.services import csv_text


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


class Batches:
    """``owner``'s import a batch of ``size`` rows at a time (its ``BATCH``), the whole
    text never decoded, and ``owner.name`` (which writes one batch, given as its
    argument ``at``) counted: ``sizes`` are the sizes of the batches written. With
    ``fail_at`` set to n, the n-th batch is written and then the disk is full."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str,
                 size: int, *, at: int = 1) -> None:
        self.sizes: list[int] = []
        self.fail_at: int | None = None
        monkeypatch.setattr(owner, "BATCH", size)
        monkeypatch.setattr(csv_text, "decode", lambda *_a: pytest.fail("whole text decoded"))
        real = getattr(owner, name)

        def counted(*args: Any) -> None:
            self.sizes.append(len(args[at]))
            real(*args)
            if len(self.sizes) == self.fail_at:
                raise OSError(28, "No space left on device")

        monkeypatch.setattr(owner, name, counted)
