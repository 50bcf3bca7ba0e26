"""The tabs of a member's page after her profile, each a small entry in one list
(``members.page.MEMBER_TABS``).

A tab says its key, its title (translated when asked), who may see it, and how to make
it; what it makes is a :class:`MemberTabView`: its widget and ``show_member``, which
the page calls with the member chosen (``None``: let go of her — the list was cleared,
the window locked, or she is being erased) and why (``Read.OPEN``: the user chose her;
``Read.REFRESH``: shown again, e.g. after the idle lock). A tab reads what it shows
itself, and refreshes itself from the change hub; a tab that shows confidential records
passes the purpose on to the service, which audits an opening once
(:mod:`safehouse.services.reading`).

Adding a tab (Sessions, say) is a module with its ``TAB`` and one line in
``MEMBER_TABS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from safehouse.services.permissions import Action
from safehouse.services.reading import Read
from safehouse.ui.context import AppContext

# The context of tab titles in the translation catalogue.
TITLE_CONTEXT = "MembersPage"


@dataclass(frozen=True)
class MemberTarget:
    """What another page asks the Members page to show: a member, on her tab ``tab``
    (a key of ``MEMBER_TABS``; "" or one this person does not see: the tab as it is)."""

    member_id: int
    tab: str = ""


@dataclass(frozen=True)
class MemberTabView:
    """A tab as the member's page uses it; ``sig_go(page, target)``: the tab asks the
    window to show ``target`` on another page (the Sessions tab: a session on the
    Schedule page), which the Members page passes on as its own ``sig_go``."""

    widget: QWidget
    show_member: Callable[[int | None, Read], None]
    sig_go: SignalInstance | None = None


class MemberTab(Protocol):
    """What the member's page knows of a tab before it is made."""

    @property
    def key(self) -> str: ...

    def title(self) -> str:
        """The tab's title (with its Alt+letter), in the user's language."""
        ...

    def may_see(self, ctx: AppContext) -> bool: ...

    def create(self, ctx: AppContext, parent: QWidget) -> MemberTabView: ...


@dataclass(frozen=True)
class MemberTabEntry:
    """A :class:`MemberTab` from its parts. ``label``: the English title, marked with
    ``QT_TRANSLATE_NOOP("MembersPage", ...)``; ``right``: who may see it (None:
    everyone who sees members)."""

    key: str
    label: str
    make: Callable[[AppContext, QWidget], MemberTabView]
    right: Action | None = None

    def title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.label)

    def may_see(self, ctx: AppContext) -> bool:
        return self.right is None or ctx.can(self.right)

    def create(self, ctx: AppContext, parent: QWidget) -> MemberTabView:
        return self.make(ctx, parent)


def button_row(parent: QWidget, buttons: Iterable[QPushButton], *, shown: bool) -> QWidget:
    """A tab's buttons side by side from the left, in one row; ``shown`` False (she may
    only read the tab): the row is hidden."""
    layout = QHBoxLayout()
    for button in buttons:
        layout.addWidget(button)
    layout.addStretch(1)
    row = QWidget(parent)
    row.setLayout(layout)
    row.setVisible(shown)
    return row
