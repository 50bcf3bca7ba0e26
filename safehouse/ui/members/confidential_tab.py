"""What the member tabs that show confidential records (Keep-away, Care plan) do alike.

Their records are read from the service only while the tab is on screen: a glance at
someone's profile should not count as opening them. The first reading after the user
chose a member is an opening (``Read.OPEN``, audited once); reading them again after a
change, or after the idle lock, is a refresh (``Read.REFRESH``, not audited): see
:mod:`safehouse.services.reading`.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from safehouse.changes import ChangeKind
from safehouse.services.reading import Read
from safehouse.ui.context import AppContext


class ConfidentialTab(QWidget):
    """A member tab read only while on screen. A subclass says which changes concern it
    (``RELOAD_ON``), lets go of what it shows (``_let_go``: the member changed) and
    reads in ``reload``, passing ``_purpose()`` to the service and calling ``_opened()``
    once it has read."""

    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member_id: int | None = None
        self._opened_for: int | None = None  # whose records were opened (audited) last
        self._stale = False
        ctx.hub.sig_changed.connect(self._on_hub_changed)

    def set_member(self, member_id: int | None, purpose: Read = Read.REFRESH) -> None:
        """Show this member's records (read now if on screen, else when next shown).
        ``Read.OPEN``: the user chose her, so the next reading is an opening even of the
        records last opened; ``Read.REFRESH``: showing her again (after the idle lock),
        an opening only if her records were not the last ones opened."""
        if purpose is Read.OPEN:
            self._opened_for = None
        self._member_id = member_id
        self._let_go()
        self.mark_stale()

    def _let_go(self) -> None:
        """Show nothing of the member shown until now (and the buttons to match)."""
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON and self._member_id is not None:
            self.mark_stale()

    def mark_stale(self) -> None:
        """Something changed: read again now if on screen, else when next shown."""
        self._stale = self._member_id is not None
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _purpose(self) -> Read:
        """An opening, unless this member's records were the last ones opened here."""
        return Read.REFRESH if self._opened_for == self._member_id else Read.OPEN

    def _opened(self) -> None:
        """Her records were read: reading them again is a refresh."""
        self._opened_for = self._member_id
