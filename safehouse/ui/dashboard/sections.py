"""The sections of the dashboard after the house's own figures, each a small entry in
one list (``section_list.SECTIONS``), in the order shown.

A section says its key, who may see it (any one of ``rights``; none: everyone), and how
to make it; what it makes is a :class:`SectionView`: its widget (usually a
:class:`~safehouse.ui.dashboard_parts.Tile`, one cell of the dashboard's grid of three
columns; ``span`` cells wide), ``read(today)`` and ``show(found)``, which the page uses
when it is shown and when a change of one of ``reload_on`` arrives (the section class's
``RELOAD_ON``), ``loading`` (what it shows until its first figures come; a tile's
"Loading…" unless it says otherwise), and ``clear_personal_data`` when the section
itself shows names (the idle lock empties it; the next read fills it again).

A section reads through the services itself, off the GUI thread: ``read`` calls
services only and touches no widget (the page runs it on a worker, so the window is
usable before the figures come); ``show`` puts what it read on the widget, on the GUI
thread. A section imports its services in ``read`` (on the worker, so the first window
does not wait for them: ``tests/ui/test_startup.py``). A refusal (a
:class:`~safehouse.errors.SafehouseError` raised by ``read``) hides the section, a
revoked account is handed to the window. It opens what is behind it through its
:class:`SectionHost`: ``show_list`` (a :class:`~safehouse.ui.dashboard_parts.ListDialog`
whose lines go to a page), ``open_dialog`` (a form) or ``go(page, target)`` (see
:mod:`safehouse.ui.pages`; a member's tab: a :class:`~safehouse.ui.members.tabs.MemberTarget`).

Adding a section (today's sessions, say) is a module with its ``SECTION`` and one line
in ``section_list.SECTIONS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from PySide6.QtWidgets import QDialog, QWidget

from safehouse.changes import ChangeKind
from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.dashboard_parts import ListDialog, Tile


@dataclass(frozen=True)
class SectionHost:
    """What the dashboard does for its sections: the parent of their widgets, a list
    behind a figure (its lines go to a page; the lock closes it), a dialog (likewise),
    and showing another page with ``target`` on it."""

    parent: QWidget
    show_list: Callable[[ListDialog], None]
    open_dialog: Callable[[QDialog], None]
    go: Callable[[str, object], None]


@dataclass(frozen=True)
class SectionView:
    """A section as the dashboard uses it."""

    widget: QWidget
    read: Callable[[date], Any]  # off the GUI thread: services only, no widget
    show: Callable[[Any], None]  # on the GUI thread, with what ``read`` returned
    reload_on: frozenset[ChangeKind] = frozenset()
    span: int = 1  # cells of the grid (1 to 3)
    clear_personal_data: Callable[[], None] | None = None
    loading: Callable[[], None] | None = None  # None: a Tile's own "Loading…"

    def show_loading(self) -> None:
        if self.loading is not None:
            self.loading()
        elif isinstance(self.widget, Tile):
            self.widget.show_loading()

    def refresh(self, today: date) -> None:
        """Read and show at once, on the calling thread (a test's, or a caller that
        waits anyway)."""
        self.show(self.read(today))


class Section(Protocol):
    """What the dashboard knows of a section before it is made."""

    @property
    def key(self) -> str: ...

    def may_see(self, ctx: AppContext) -> bool: ...

    def create(self, ctx: AppContext, host: SectionHost) -> SectionView: ...


@dataclass(frozen=True)
class SectionEntry:
    """A :class:`Section` from its parts; ``rights``: seen by whoever has any one of
    them (none: by everyone who sees the dashboard)."""

    key: str
    make: Callable[[AppContext, SectionHost], SectionView]
    rights: tuple[Action, ...] = ()

    def may_see(self, ctx: AppContext) -> bool:
        return not self.rights or any(ctx.can(right) for right in self.rights)

    def create(self, ctx: AppContext, host: SectionHost) -> SectionView:
        return self.make(ctx, host)
