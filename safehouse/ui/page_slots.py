"""The main window's pages, each made when first shown: nothing that the first window
does not show is read or built before it appears (the navigation and the stack get a
place for every page at once; the page itself comes on first use)."""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QListWidget, QStackedWidget, QVBoxLayout, QWidget

from safehouse.ui import window_look
from safehouse.ui.context import AppContext
from safehouse.ui.pages import Page, PageView


class PageSlots(Mapping[str, QWidget]):
    """The pages this person sees, by key, in the navigation's order; asking for one
    (``slots[key]`` its widget, :meth:`view` the whole) makes it if it was not yet,
    and ``made(view)`` is called once for each page made."""

    def __init__(self, ctx: AppContext, pages: tuple[Page, ...], nav: QListWidget,
                 stack: QStackedWidget, made: Callable[[PageView], None]) -> None:
        self._ctx = ctx
        # weakly: the window holds its pages, and must not be held alive by them
        self._made = weakref.WeakMethod(made) if inspect.ismethod(made) else (lambda: made)
        self._slots: dict[str, tuple[Page, QWidget]] = {}
        self.views: dict[str, PageView] = {}  # the pages made so far
        for page in pages:
            if not page.may_see(ctx):
                continue
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            nav.addItem(window_look.nav_item(page))
            stack.addWidget(window_look.page_frame(page.title(), holder))
            self._slots[page.key] = (page, holder)

    def view(self, key: str) -> PageView:
        """The page ``key``, made now if it was not yet."""
        view = self.views.get(key)
        if view is not None:
            return view
        page, holder = self._slots[key]
        view = page.create(self._ctx)
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(view.widget)
        self.views[key] = view
        made = self._made()
        if made is not None:
            made(view)
        return view

    def key_at(self, row: int) -> str:
        return list(self._slots)[row]

    def row_of(self, key: str) -> int:
        return list(self._slots).index(key)

    def __contains__(self, key: object) -> bool:
        return key in self._slots  # without making the page

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._slots:
            raise KeyError(key)
        return self.view(key).widget

    def __iter__(self) -> Iterator[str]:
        return iter(self._slots)

    def __len__(self) -> int:
        return len(self._slots)
