"""What the Members page asks of the member list: a search, a filter and an order."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from safehouse.services.dto.people import MemberSummary


class MemberSort(enum.StrEnum):
    """The columns the list sorts by, in the database."""

    CODE = "code"
    NAME = "name"
    ALIAS = "alias"
    STATUS = "status"
    ROOM = "room"
    JOINED = "joined"


@dataclass(frozen=True)
class MemberQuery:
    """Which members, in which order: ``search`` matches code, name or alias (any case,
    Hangul or romanised, or a name's initial consonants); ``status`` keeps one status."""

    search: str = ""
    status: str | None = None
    sort: MemberSort = MemberSort.CODE
    descending: bool = False


@dataclass(frozen=True)
class MemberCount:
    """How many members the query shows, of how many there are."""

    shown: int
    total: int


@dataclass(frozen=True)
class MemberPage:
    """The first rows of what a query shows, and how many it shows in all."""

    count: MemberCount
    rows: tuple[MemberSummary, ...]
