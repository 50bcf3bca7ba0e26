"""Demo data, checks, backups and restores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


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
    wellbeing_responses: int = 0  # yearly check-ins and screenings
    wellbeing_alerts: int = 0  # raised (older ones acknowledged)


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
class BackupInfo:
    """One backup file: when it was made, how big it is (key file included), and whether
    it opened and passed the integrity checks (None: not checked)."""

    file: Path
    taken_at: datetime  # local time, from the file's name
    size: int
    verified: bool | None = None
    problem: str = ""  # why the check failed, when it did
    before_restore: bool = False  # made just before a restore: restoring it undoes that


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did, and what the caller must do now."""

    restored_from: Path
    undo_backup: Path | None  # the backup of the database as it was just before
    log_in_again: bool  # the open database is closed: every window must log out
    message: str

