"""membership periods: a member's stays in the community, in place of joined_on/left_on

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

A member's ``joined_on``/``left_on`` become one row of ``memberships`` (start, end, how
it ended), and the two columns are dropped: the periods are the one source of truth.
A period's ``end_on`` is her last day in the community (the leaving day), included.

Every date is kept. How each member is turned into a period:

- ``joined_on`` and ``left_on``: a period from one to the other, ended as her status
  (alumni or exited; a status the program never gave a leaver is recorded as alumni).
- ``joined_on`` only: an open period from ``joined_on``. For an enquiry member (the old
  program kept the joining date of a member set back to enquiry) the open period is kept
  too, and ``safehouse check`` lists her: a manager decides whether she is active or
  her period ends.
- ``left_on`` only (a leaver whose joining date was never entered): a one-day period on
  ``left_on``; the start was never known, and her leaving date still counts for the
  retention period.
- Neither, and active (the database never required the date, only the forms did): an
  open period from the day of this migration, so that she is still counted today, as
  the old program counted her by her status. The profile shows that start, to correct.
- Neither, and not active: no period (an enquiry who never joined).

Downgrade puts each member's latest period back into ``joined_on``/``left_on``; earlier
periods are lost then (the old schema cannot hold them).
"""

import sqlalchemy as sa
from alembic import op

from safehouse import clock

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LEAVING = ("alumni", "exited")

members = sa.table(
    "members",
    sa.column("id", sa.Integer()),
    sa.column("status", sa.String()),
    sa.column("joined_on", sa.Date()),
    sa.column("left_on", sa.Date()),
)
memberships = sa.table(
    "memberships",
    sa.column("id", sa.Integer()),
    sa.column("member_id", sa.Integer()),
    sa.column("start_on", sa.Date()),
    sa.column("end_on", sa.Date()),
    sa.column("ended_as", sa.String()),
)


def _period(status: str, joined: object, left: object) -> dict[str, object] | None:
    if joined is None and left is None:
        if status != "active":
            return None
        return {"start_on": clock.today(), "end_on": None, "ended_as": None}
    if left is None:
        return {"start_on": joined, "end_on": None, "ended_as": None}
    return {"start_on": joined if joined is not None else left, "end_on": left,
            "ended_as": status if status in LEAVING else "alumni"}


def upgrade() -> None:
    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("ended_as", sa.String(length=10), nullable=True),
        sa.CheckConstraint("end_on IS NULL OR start_on <= end_on",
                           name=op.f("ck_memberships_start_before_end")),
        sa.CheckConstraint("ended_as IS NULL OR ended_as IN ('alumni', 'exited')",
                           name=op.f("ck_memberships_ended_as")),
        sa.CheckConstraint("end_on IS NOT NULL OR ended_as IS NULL",
                           name=op.f("ck_memberships_open_has_no_end")),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"],
                                name=op.f("fk_memberships_member_id_members"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
    )
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_memberships_member_id"), ["member_id"],
                              unique=False)

    bind = op.get_bind()
    rows = bind.execute(
        sa.select(members.c.id, members.c.status, members.c.joined_on, members.c.left_on)
        .order_by(members.c.id)
    ).all()
    periods = []
    for member_id, status, joined, left in rows:
        period = _period(status, joined, left)
        if period is not None:
            periods.append({"member_id": member_id, **period})
    if periods:
        op.bulk_insert(memberships, periods)

    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_members_joined_before_left"), type_="check")
        batch_op.drop_column("left_on")
        batch_op.drop_column("joined_on")


def downgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(sa.Column("joined_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("left_on", sa.Date(), nullable=True))
    bind = op.get_bind()
    latest: dict[int, tuple[object, object]] = {}
    for member_id, start, end in bind.execute(
        sa.select(memberships.c.member_id, memberships.c.start_on, memberships.c.end_on)
        .order_by(memberships.c.member_id, memberships.c.start_on)
    ):
        latest[member_id] = (start, end)
    for member_id, (start, end) in latest.items():
        bind.execute(members.update().where(members.c.id == member_id)
                     .values(joined_on=start, left_on=end))
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.create_check_constraint(
            "joined_before_left", "left_on IS NULL OR joined_on IS NULL OR joined_on <= left_on")
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memberships_member_id"))
    op.drop_table("memberships")
