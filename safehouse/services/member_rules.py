"""Validation of member data, shared by the form (as you type), the services and the
CSV import. Pure functions: no database, no Qt."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from safehouse import clock
from safehouse.errors import ValidationError, translate
from safehouse.models import MemberStatus, Sex
from safehouse.services.dto.people import MemberInput
from safehouse.services.input_rules import date_error, text_error

# A member code is "M-" and its number, at least four digits wide: M-0001, M-0102,
# M-12345. Codes are compared and stored only in that form; whatever is typed or read is
# first put into it (see canonical_code), so M-00102, m-0102, Ｍ－０１０２ and M-٠١٠٢
# (Arabic-Indic digits) are all the one code M-0102.
CODE_RE = re.compile(r"^M-([0-9]{4,6})$")
_TYPED_CODE_RE = re.compile(r"^M-([0-9]+)$")
CODE_WIDTH = 4
MAX_CODE_NUMBER = 999_999
MAX_CODE = f"M-{MAX_CODE_NUMBER}"
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"), "-")
STATUSES = tuple(s.value for s in MemberStatus)
SEXES = tuple(s.value for s in Sex)
MAX_NAME = 200
EARLIEST_BIRTH_YEAR = 1900


def format_code(number: int) -> str:
    return f"M-{number:0{CODE_WIDTH}d}"


def code_number(code: str) -> int | None:
    """The number of a code in its one stored form (M-0102); None for anything else."""
    match = CODE_RE.match(code)
    if match is None:
        return None
    number = int(match.group(1))
    return number if number >= 1 and format_code(number) == code else None


def _cleaned(text: str) -> str:
    """NFKC (full-width letters and digits), any dash as "-", every decimal digit of
    any script as its ASCII digit, no surrounding space, upper case."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).strip().upper()
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


def _typed_number(text: str) -> int | None:
    """The number of a code as typed (any width, any digits); None when it is no code.
    A number wider than the highest code's counts as one over it (never parsed whole)."""
    match = _TYPED_CODE_RE.match(_cleaned(text))
    if match is None:
        return None
    digits = match.group(1).lstrip("0")
    return int(digits or "0") if len(digits) <= len(str(MAX_CODE_NUMBER)) else \
        MAX_CODE_NUMBER + 1


def canonical_code(text: str) -> str | None:
    """The stored form of a member code as typed or read anywhere; None when the text
    is not a code, or its number is 0 or beyond the highest (see :func:`code_problem`)."""
    number = _typed_number(text)
    return format_code(number) if number is not None and 1 <= number <= MAX_CODE_NUMBER \
        else None


def normalise_code(text: str) -> str:
    """The code's stored form, to look it up; text that is no code comes back cleaned
    (it matches no member)."""
    return canonical_code(text) or _cleaned(text)


def code_problem(text: str) -> str | None:
    """Why ``text`` is not a member code, in words a person can act on; None if it is."""
    if canonical_code(text) is not None:
        return None
    number = _typed_number(text)
    if number is not None and number > MAX_CODE_NUMBER:
        return translate("errors", "A member code has at most 6 digits; the highest is "
                                   "{highest}.").format(highest=MAX_CODE)
    shown = text if len(text) <= 20 else text[:20] + "…"
    return translate("errors", "{code} is not a member code like M-0001.").format(
        code=repr(shown))


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
        if (error := date_error(value, field, row=row)) is not None:
            errors.append(error)
        elif value is not None and value > today:
            bad(field, translate("errors", "The date {day} is in the future.")
                .format(day=value.isoformat()))
    for field, text, multiline in (
        ("name", data.name, False),
        ("alias", data.alias, False),
        ("phone", data.phone, False),
        ("notes", data.notes, True),
    ):
        if (error := text_error(text, field, multiline=multiline, row=row)) is not None:
            errors.append(error)
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
    if data.referred_by_code and (problem := code_problem(data.referred_by_code)):
        bad("referred_by", problem)
    if (
        data.birth_year is not None
        and data.arrived_on is not None
        and data.arrived_on.year < data.birth_year
    ):
        bad("arrived_on", translate("errors", "The arrival in Korea is before the "
                                    "birth year."))
    return errors


def loop_error(referrer_code: str, *, row: int | None = None) -> ValidationError:
    """The refusal of a referrer who was herself reached through this member."""
    return ValidationError(translate(
        "errors", "{code} was herself reached through this member, directly or through "
        "others; referrals cannot go round in a circle.").format(code=referrer_code),
        field="referred_by", row=row)
