"""The rows of a members CSV (``code,name,alias,sex,birth_year,status,joined_on,left_on,
referred_by``) as member input, and what a row checks on its own; for the import
(:mod:`safehouse.services.member_import`) and the export (:mod:`~.member_csv`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from safehouse.errors import translate
from safehouse.models import Member, MemberStatus
from safehouse.services import membership
from safehouse.services.csv_text import Problems, read_date, read_int
from safehouse.services.dto.people import MemberInput
from safehouse.services.member_rules import (
    canonical_code,
    code_problem,
    normalise_code,
    validate_member,
)

COLUMNS = (
    "code", "name", "alias", "sex", "birth_year", "status", "joined_on", "left_on",
    "referred_by",
)
SEX_WORDS = {
    "f": "female", "여": "female", "여성": "female",
    "m": "male", "남": "male", "남성": "male",
}
STATUS_WORDS = {"문의": "enquiry", "활동": "active", "수료": "alumni", "퇴소": "exited"}
# The fields a CSV row sets; the others (phone, notes, arrival) are kept as they are.
# joined_on and left_on are her latest period (membership.apply_latest).
ROW_FIELDS = ("name", "alias", "sex", "birth_year", "status")


@dataclass(frozen=True)
class Row:
    line: int
    code: str  # "" for a new member who is given the next code
    data: MemberInput


def parse_row(line: int, cells: dict[str, str], problems: Problems, today: date) -> Row:
    """The row as member input; what cannot be read is left empty and reported."""
    found = Problems(COLUMNS)  # this row's, all of them (``problems`` may list only some)
    code = canonical_code(cells["code"]) if cells["code"] else ""
    if code is None:
        found.add(line, "code", " ".join((
            code_problem(cells["code"]) or "",
            translate("imports", "Leave it empty for a new member."))))
        code = ""
    sex_raw = cells["sex"].lower()
    status_raw = cells["status"].lower()
    referred_by = normalise_code(cells["referred_by"]) or None
    data = MemberInput(
        name=cells["name"],
        alias=cells["alias"],
        sex=SEX_WORDS.get(sex_raw, sex_raw) or None,
        birth_year=read_int(cells["birth_year"], line, "birth_year", found),
        status=STATUS_WORDS.get(status_raw, status_raw) or MemberStatus.ENQUIRY.value,
        joined_on=read_date(cells["joined_on"], line, "joined_on", found),
        left_on=read_date(cells["left_on"], line, "left_on", found),
        referred_by_code=referred_by,
    )
    unreadable = {p.column for p in found.items}
    for err in validate_member(data, row=line, today=today):
        if err.field not in unreadable:  # "needs a joining date" after "not a date"
            found.add(line, err.field or "", err.message)
    if code and referred_by == code:
        found.add(line, "referred_by", translate("imports", "A member cannot refer herself."))
    for p in found.items:
        problems.add(p.line, p.column, p.reason)
    return Row(line=line, code=code, data=data)


def changed(member: Member, data: MemberInput, ids: dict[str, int]) -> bool:
    """Whether the row changes her; ``ids``: member ids by code, of the referrers that
    are in the database already."""
    ref = data.referred_by_code
    if ref is None:
        referrer_id: int | None = None
    elif ref in ids:
        referrer_id = ids[ref]
    else:
        return True  # referred by a member the file creates
    return (
        any(getattr(member, f) != getattr(data, f) for f in ROW_FIELDS)
        or membership.latest_dates(member) != (data.joined_on, data.left_on)
        or member.referred_by_id != referrer_id
    )
