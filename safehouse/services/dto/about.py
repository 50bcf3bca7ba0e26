"""What Help → About shows."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    """A work the program ships and its licence: ``key`` names it for the window
    ("font", "icons", "app_icon", "program"), ``work`` and ``licence`` as their authors
    name them, ``text`` the licence's full text as shipped."""

    key: str
    work: str
    licence: str
    text: str


@dataclass(frozen=True)
class AboutFacts:
    version: str  # the package's metadata
    revision: str | None  # the schema revision (Alembic) the open database is at
    program_licence: str | None  # the package's stated licence; None when none is stated
    notices: tuple[Notice, ...]  # the program's licence text (if shipped) and the bundled works'
