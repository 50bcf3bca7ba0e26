"""What a CSV import found and did."""

from __future__ import annotations

from dataclasses import dataclass


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

