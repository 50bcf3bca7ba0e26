"""Members, their households and keep-away entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class MembershipPeriod:
    """A period in the community: ``start_on`` to ``end_on``, both days included
    (``end_on`` None: she is a member still); ``ended_as`` how it ended (alumni,
    exited; None while open, or not recorded)."""

    start_on: date
    end_on: date | None = None
    ended_as: str | None = None


@dataclass(frozen=True)
class MemberInput:
    """What a form or an import row gives to create or update a member.

    ``joined_on``/``left_on`` are her latest period in the community (see
    ``safehouse.services.membership.apply_latest``)."""

    name: str
    alias: str = ""
    sex: str | None = None
    birth_year: int | None = None
    phone: str = ""
    arrived_on: date | None = None
    hanawon_completed_on: date | None = None
    joined_on: date | None = None
    left_on: date | None = None
    status: str = "enquiry"
    referred_by_code: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class MemberSummary:
    """A row of the member list."""

    id: int
    code: str
    name: str
    alias: str
    status: str
    joined_on: date | None
    room: str  # the room today, or ""
    birth_year: int | None = None


@dataclass(frozen=True)
class MemberDetail:
    id: int
    code: str
    name: str
    alias: str
    sex: str | None
    birth_year: int | None
    phone: str
    arrived_on: date | None
    hanawon_completed_on: date | None
    joined_on: date | None
    left_on: date | None
    status: str
    referred_by_code: str | None
    referred_by_name: str | None
    notes: str
    # every period in the community, the earliest first; joined_on/left_on: the latest
    periods: tuple[MembershipPeriod, ...] = ()
    version: int = 1  # the record's version when read (services.versions)

    def to_input(self) -> MemberInput:
        return MemberInput(
            name=self.name,
            alias=self.alias,
            sex=self.sex,
            birth_year=self.birth_year,
            phone=self.phone,
            arrived_on=self.arrived_on,
            hanawon_completed_on=self.hanawon_completed_on,
            joined_on=self.joined_on,
            left_on=self.left_on,
            status=self.status,
            referred_by_code=self.referred_by_code,
            notes=self.notes,
        )


@dataclass(frozen=True)
class HouseholdMemberInfo:
    member_id: int
    code: str
    name: str
    relation: str


@dataclass(frozen=True)
class HouseholdInfo:
    id: int
    name: str
    members: tuple[HouseholdMemberInfo, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class KeepAwayInfo:
    id: int
    member_id: int
    person_name: str
    relation: str
    description: str
    linked_member_code: str | None
    linked_member_name: str | None


@dataclass(frozen=True)
class RetentionCandidate:
    """A person who left longer ago than the retention period: offered for erasure."""

    member_id: int
    code: str
    left_on: date

