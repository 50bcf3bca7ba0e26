"""canonical member codes: each code in its one form, M- and at least four ASCII digits

Revision ID: 0004
Revises: 0003
Create Date: 2027-01-15

Older programs stored a code as it was typed or imported, so one code could be stored
in several forms: ``M-00102`` beside ``M-0102``, ``M-٠١٠٣`` (Arabic-Indic digits),
``Ｍ－０１`` (full width), ``m-0104``. The program now compares and stores only the one
form (``M-`` and the number, at least four digits, ASCII; the highest is M-999999).

Each code not in that form is rewritten in it when no other member has that code and no
other member's code comes to the same: ``M-00102`` becomes ``M-0102`` if there is no
``M-0102``. Where two members' codes come to the same one, or a code is no code at all
or beyond M-999999, nothing is changed: ``safehouse check`` lists them, for a person to
decide. The code counter is then moved up past the highest code, never down.

The rules are copied here (not imported), so that this migration does what it did when
it was written. Downgrade changes nothing: the old program reads the canonical codes.
"""

import re
import unicodedata
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

MAX_CODE_NUMBER = 999_999
COUNTER = "member_code"
_TYPED = re.compile(r"^M-([0-9]+)$")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"), "-")

members = sa.table("members", sa.column("id", sa.Integer()), sa.column("code", sa.String()))
counters = sa.table("counters", sa.column("name", sa.String()),
                    sa.column("value", sa.Integer()))


def _canonical(code: str) -> str | None:
    text = unicodedata.normalize("NFKC", code).translate(_DASHES).strip().upper()
    text = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)
    match = _TYPED.match(text)
    if match is None:
        return None
    digits = match.group(1).lstrip("0")
    if not digits or len(digits) > len(str(MAX_CODE_NUMBER)):
        return None
    return f"M-{int(digits):04d}"


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(members.c.id, members.c.code)).all()
    stored = {code for _id, code in rows}
    wanted: dict[str, list[int]] = defaultdict(list)
    for member_id, code in rows:
        canonical = _canonical(code)
        if canonical is not None and canonical != code:
            wanted[canonical].append(member_id)
    for canonical, ids in wanted.items():
        if canonical not in stored and len(ids) == 1:
            bind.execute(members.update().where(members.c.id == ids[0])
                         .values(code=canonical))
    highest = 0
    for (code,) in bind.execute(sa.select(members.c.code)):
        match = re.match(r"^M-([0-9]{4,6})$", code)
        if match:
            highest = max(highest, int(match.group(1)))
    value = bind.execute(sa.select(counters.c.value).where(counters.c.name == COUNTER)
                         ).scalar()
    if value is None and highest:
        bind.execute(counters.insert().values(name=COUNTER, value=highest))
    elif value is not None and value < highest:
        bind.execute(counters.update().where(counters.c.name == COUNTER)
                     .values(value=highest))


def downgrade() -> None:
    pass  # the canonical codes are codes the old program reads as they are
