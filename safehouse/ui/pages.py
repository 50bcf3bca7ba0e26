"""The main window's pages, each a small entry in one list (``page_list.PAGES``).

A page says its key, its title (translated when asked), who may see it, and how to make
it. What it makes is a :class:`PageView`: its widget, and what it can do for the window
— each an optional, typed member that the window calls when present:

- ``find``: Ctrl+F (without one, Ctrl+F goes to the Members page's search);
- ``print``: Ctrl+P (File → Print…; disabled on a page without one) — Members: the
  chosen members' progress summaries on the Reports page; Schedule: the week shown
  there (its counselor, or everyone); Reports: the preview;
- ``new``: Ctrl+N (likewise, the Members page's "New member"); None where the person
  logged in may create nothing there (Edit → New… is then disabled, unless the
  Members page offers it);
- ``clear_personal_data``: the idle lock empties the page; ``refresh``: read again after
  the unlock;
- ``sig_logout``: the page asks that everyone log in again (a restored backup), with
  the message to show;
- ``sig_go(key, target)``: the page asks the window to show another page, and on it
  ``target`` (the dashboard's figures open the lists behind them); ``go_to(target)``:
  what this page does when asked to show something — Members: a member's id (chosen as
  if clicked), a ``members.tabs.MemberTarget`` (a member on one of her tabs) or a status
  (the list filtered by it); Rooms: a date (the board then); Community: a tab
  ("growth", "referrals", "events"); Reports: a ``reports.targets.ProgressTarget`` (the
  progress summary of one or several members) or ``ScheduleTarget`` (a week's
  schedule), made at once.

Adding a page (the Schedule, say) is a module with its ``PAGE`` and one line in
``page_list.PAGES``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QWidget

from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext

# The context of page titles in the translation catalogue (they are the navigation's).
TITLE_CONTEXT = "MainWindow"


@dataclass(frozen=True)
class PageView:
    """A page as the window uses it."""

    widget: QWidget
    find: Callable[[], None] | None = None
    new: Callable[[], None] | None = None
    print: Callable[[], None] | None = None
    clear_personal_data: Callable[[], None] | None = None
    refresh: Callable[[], None] | None = None
    sig_logout: SignalInstance | None = None
    sig_go: SignalInstance | None = None
    go_to: Callable[[object], None] | None = None


class Page(Protocol):
    """What the main window knows of a page before it is made."""

    @property
    def key(self) -> str: ...

    def title(self) -> str:
        """The page's name in the navigation, in the user's language."""
        ...

    def may_see(self, ctx: AppContext) -> bool:
        """Whether the person logged in sees this page at all."""
        ...

    def create(self, ctx: AppContext) -> PageView: ...


@dataclass(frozen=True)
class PageEntry:
    """A :class:`Page` from its parts. ``label``: the English title, marked with
    ``QT_TRANSLATE_NOOP("MainWindow", ...)``; ``rights``: seen by whoever has any one
    of them (none: by everyone)."""

    key: str
    label: str
    make: Callable[[AppContext], PageView]
    rights: tuple[Action, ...] = ()

    def title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.label)

    def may_see(self, ctx: AppContext) -> bool:
        return not self.rights or any(ctx.can(right) for right in self.rights)

    def create(self, ctx: AppContext) -> PageView:
        return self.make(ctx)
