"""Plain, frozen data that services return and accept. Never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path


@dataclass(frozen=True)
class Actor:
    """The person logged in, on whose behalf a service acts."""

    id: int
    username: str
    display_name: str
    role: str
    must_change_password: bool = False


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: str
    active: bool


@dataclass(frozen=True)
class MemberInput:
    """What a form or an import row gives to create or update a member."""

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
class RoomInfo:
    id: int
    name: str
    floor: int
    capacity: int
    active: bool


@dataclass(frozen=True)
class AssignmentInfo:
    id: int
    member_id: int
    member_code: str
    member_name: str
    room_id: int
    room_name: str
    bed_label: str
    start_on: date
    end_on: date | None


@dataclass(frozen=True)
class RoomOccupancy:
    """A room on one day: who is in it."""

    room: RoomInfo
    occupants: tuple[AssignmentInfo, ...]

    @property
    def free_beds(self) -> int:
        return max(0, self.room.capacity - len(self.occupants))


@dataclass(frozen=True)
class ImportProblem:
    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}, {self.column}: {self.reason}"


@dataclass(frozen=True)
class ImportResult:
    rows: int
    created: int
    updated: int
    problems: tuple[ImportProblem, ...]
    dry_run: bool

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class DashboardFigures:
    on: date
    active_members: int
    members_total: int
    residents: int
    beds_total: int
    beds_free: int
    rooms: int


@dataclass(frozen=True)
class DemoSummary:
    """What the demo builder made."""

    members: int
    children: int
    households: int
    rooms: int
    beds: int
    assignments: int
    residents_today: int
    keep_aways: int
    referrals: int


@dataclass(frozen=True)
class CheckLine:
    name: str
    ok: bool
    message: str


@dataclass(frozen=True)
class CheckReport:
    lines: tuple[CheckLine, ...]

    @property
    def ok(self) -> bool:
        return all(line.ok for line in self.lines)


@dataclass(frozen=True)
class RetentionCandidate:
    """A person who left longer ago than the retention period: offered for erasure."""

    member_id: int
    code: str
    left_on: date


@dataclass(frozen=True)
class AuditEntryInfo:
    """One line of the audit trail: who, when, what, which record; never the content."""

    id: int
    at: datetime  # UTC
    user_id: int | None
    username: str
    action: str
    entity: str | None
    entity_id: int | None
    member_id: int | None
    member_code: str | None  # None when there is no member, or she has been erased
    fields: tuple[str, ...]  # the names of the fields changed; never their values


@dataclass(frozen=True)
class AuditVerification:
    """The verdict on the audit trail's hash chain."""

    ok: bool
    entries: int  # how many entries were checked
    first_bad_id: int | None  # the first entry that was changed, or whose link is broken
    message: str
    unchained: int = 0  # entries from before the chain began (schema 0002), not checkable
    unkeyed: int = 0  # entries from before the database had its key: plain SHA-256


@dataclass(frozen=True)
class AccountInfo:
    """A row of the administrator's list of accounts."""

    id: int
    username: str
    display_name: str
    role: str
    active: bool
    must_change_password: bool
    locked: bool  # too many failed logins, until the lock runs out or is lifted
    has_key_slot: bool | None  # None when the database has no key ring


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was made, how big it is (key file included), and whether
    it opened and passed the integrity checks (None: not checked)."""

    file: Path
    taken_at: datetime  # local time, from the file's name
    size: int
    verified: bool | None = None
    problem: str = ""  # why the check failed, when it did


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did, and what the caller must do now."""

    restored_from: Path
    undo_backup: Path | None  # the backup of the database as it was just before
    log_in_again: bool  # the open database is closed: every window must log out
    message: str
