"""Validation of member data, shared by the form (as you type), the services and the
CSV import. Pure functions: no database, no Qt."""

from __future__ import annotations

import re
from datetime import date

from safehouse import clock
from safehouse.errors import ValidationError, translate
from safehouse.models import MemberStatus, Sex
from safehouse.services.dto.people import MemberInput

CODE_RE = re.compile(r"^M-(\d{4,})$")
STATUSES = tuple(s.value for s in MemberStatus)
SEXES = tuple(s.value for s in Sex)
MAX_NAME = 200
EARLIEST_BIRTH_YEAR = 1900


def format_code(number: int) -> str:
    return f"M-{number:04d}"


def code_number(code: str) -> int | None:
    match = CODE_RE.match(code)
    return int(match.group(1)) if match else None


def validate_member(
    data: MemberInput, *, row: int | None = None, today: date | None = None
) -> list[ValidationError]:
    """Every rule a member's own fields must keep; an empty list when all is well."""
    today = today or clock.today()
    errors: list[ValidationError] = []

    def bad(field: str, message: str) -> None:
        errors.append(ValidationError(message, field=field, row=row))

    if not data.name.strip():
        bad("name", translate("errors", "A name is required."))
    elif len(data.name) > MAX_NAME:
        bad("name", translate("errors", "The name is longer than {count} characters.")
            .format(count=MAX_NAME))
    if len(data.alias) > MAX_NAME:
        bad("alias", translate("errors", "The alias is longer than {count} characters.")
            .format(count=MAX_NAME))
    if data.sex is not None and data.sex not in SEXES:
        bad("sex", translate("errors", "Sex must be one of {choices} (or empty).")
            .format(choices=", ".join(SEXES)))
    if data.birth_year is not None and not (
        EARLIEST_BIRTH_YEAR <= data.birth_year <= today.year
    ):
        bad("birth_year", translate("errors", "The birth year must be between {low} and "
                                    "{high}.").format(low=EARLIEST_BIRTH_YEAR, high=today.year))
    if len(data.phone) > 50:
        bad("phone", translate("errors", "The phone number is longer than {count} "
                               "characters.").format(count=50))
    if data.status not in STATUSES:
        bad("status", translate("errors", "The status must be one of {choices}.")
            .format(choices=", ".join(STATUSES)))
    for field, value in (
        ("arrived_on", data.arrived_on),
        ("hanawon_completed_on", data.hanawon_completed_on),
        ("joined_on", data.joined_on),
        ("left_on", data.left_on),
    ):
        if value is not None and value > today:
            bad(field, translate("errors", "The date {day} is in the future.")
                .format(day=value.isoformat()))
    if data.joined_on and data.left_on and data.left_on < data.joined_on:
        bad("left_on", translate("errors", "The leaving date {left} is before the joining "
                                 "date {joined}.")
            .format(left=data.left_on.isoformat(), joined=data.joined_on.isoformat()))
    # joined_on/left_on are her latest period in the community: open while she is
    # active, ended when she has left; an enquiry may have had a period before.
    if data.status in (MemberStatus.ALUMNI, MemberStatus.EXITED) and data.left_on is None:
        bad("left_on", translate("errors", "A member who is alumni or exited needs a "
                                 "leaving date."))
    if data.status == MemberStatus.ACTIVE and data.joined_on is None:
        bad("joined_on", translate("errors", "An active member needs a joining date."))
    elif data.left_on is not None and data.joined_on is None:
        bad("joined_on", translate("errors", "A leaving date needs the joining date of "
                                   "the same period."))
    if data.status == MemberStatus.ACTIVE and data.left_on:
        bad("left_on", translate("errors", "An active member has no leaving date; change "
                                 "her status to alumni or exited when she leaves."))
    if data.status == MemberStatus.ENQUIRY and data.joined_on and data.left_on is None:
        bad("joined_on", translate("errors", "An enquiry is not in the community: clear "
                                   "the joining date, or make her active."))
    if data.referred_by_code and code_number(data.referred_by_code) is None:
        bad("referred_by", translate("errors", "{code} is not a member code like M-0001.")
            .format(code=repr(data.referred_by_code)))
    if (
        data.birth_year is not None
        and data.arrived_on is not None
        and data.arrived_on.year < data.birth_year
    ):
        bad("arrived_on", translate("errors", "The arrival in Korea is before the "
                                    "birth year."))
    return errors
