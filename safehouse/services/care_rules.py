"""The rules of a care-plan goal and its updates, checked by the services and by the
forms as you type (no database)."""

from __future__ import annotations

from datetime import date

from safehouse.errors import ValidationError, translate
from safehouse.models.care import CLOSED_STATUSES
from safehouse.services.dto.care_plans import AREAS, STATUSES, GoalInput, UpdateInput
from safehouse.services.input_rules import date_error, text_error

MAX_GOAL_TEXT = 1000
MAX_NOTE = 10_000


def is_overdue(target_on: date | None, status: str, on: date) -> bool:
    """Past its target date on ``on`` and neither achieved nor set aside."""
    return target_on is not None and target_on < on and status not in CLOSED_STATUSES


def goal_problems(data: GoalInput) -> list[ValidationError]:
    """What is wrong with a goal as entered."""
    found: list[ValidationError] = []
    if data.area not in AREAS:
        found.append(ValidationError(translate(
            "errors", "Choose the goal's area (one of {choices}).")
            .format(choices=", ".join(AREAS)), field="area"))
    text = data.text.strip()
    if not text:
        found.append(ValidationError(translate(
            "errors", "Write the goal: what she wants to reach."), field="text"))
    elif len(text) > MAX_GOAL_TEXT:
        found.append(ValidationError(translate(
            "errors", "The goal is longer than {count} characters.")
            .format(count=MAX_GOAL_TEXT), field="text"))
    else:
        error = text_error(text, "text")
        if error is not None:
            found.append(error)
    error = date_error(data.target_on, "target_on")
    if error is not None:
        found.append(error)
    if data.status not in STATUSES:
        found.append(ValidationError(translate(
            "errors", "The status must be one of {choices}.")
            .format(choices=", ".join(STATUSES)), field="status"))
    return found


def update_problems(data: UpdateInput, status_now: str, today: date,
                    latest: date | None = None) -> list[ValidationError]:
    """What is wrong with an update of a goal whose status is ``status_now`` and whose
    latest update is of ``latest`` (None: it has none)."""
    found: list[ValidationError] = []
    error = date_error(data.day, "day")
    if error is not None:
        found.append(error)
    elif data.day > today:
        found.append(ValidationError(translate(
            "errors", "The update's date ({day}) is after today.")
            .format(day=data.day.isoformat()), field="day"))
    if data.status is not None and data.status not in STATUSES:
        found.append(ValidationError(translate(
            "errors", "The status must be one of {choices}.")
            .format(choices=", ".join(STATUSES)), field="status"))
    changes = data.status is not None and data.status != status_now
    if changes and latest is not None and data.day < latest:
        found.append(ValidationError(translate(
            "errors", "The status can change only with the latest update: this goal has "
            "one of {latest}. Date this update {latest} or later, or keep the status.")
            .format(latest=latest.isoformat()), field="status"))
    note = data.note.strip()
    if len(note) > MAX_NOTE:
        found.append(ValidationError(translate(
            "errors", "The note is longer than {count} characters.")
            .format(count=MAX_NOTE), field="note"))
    else:
        error = text_error(note, "note", multiline=True)
        if error is not None:
            found.append(error)
    if not note and not changes:
        found.append(ValidationError(translate(
            "errors", "Write a note, or choose the goal's new status."), field="note"))
    return found
