"""The Members page: list, profile, household, keep-away and room history.

``MembersPage`` is imported on first use (``from safehouse.ui.members import
MembersPage`` still works): the dashboard imports :mod:`safehouse.ui.members.tabs`,
and the page itself must not load with the first window (``tests/ui/test_startup.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from safehouse.ui.members.page import MembersPage

__all__ = ["MembersPage"]


def __getattr__(name: str) -> Any:
    if name == "MembersPage":
        from safehouse.ui.members.page import MembersPage

        return MembersPage
    raise AttributeError(name)
