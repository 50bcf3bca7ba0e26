"""community: goals, events and who came to them

Revision ID: 0006
Revises: 0005
Create Date: 2027-02-01

Three new tables: ``community_goals`` (how many members by when; several kept over the
years), ``events`` (retreats, gatherings, trainings, worship and celebrations, with the
number of guests and children who are not members) and ``attendances`` (a member who
came to an event). Nothing existing changes; downgrade drops the three tables.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

def upgrade() -> None:
    op.create_table(
        "community_goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_low", sa.Integer(), nullable=False),
        sa.Column("target_high", sa.Integer(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("target_low >= 1 AND target_low <= target_high",
                           name=op.f("ck_community_goals_targets")),
        sa.CheckConstraint("start_on < due_on",
                           name=op.f("ck_community_goals_start_before_due")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_goals")),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("guests", sa.Integer(), nullable=False),
        sa.Column("children", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('retreat', 'gathering', 'training', 'worship', 'celebration')",
                           name=op.f("ck_events_kind")),
        sa.CheckConstraint("starts_on <= ends_on", name=op.f("ck_events_starts_before_ends")),
        sa.CheckConstraint("guests >= 0 AND children >= 0",
                           name=op.f("ck_events_counts_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    op.create_index(op.f("ix_events_starts_on"), "events", ["starts_on"], unique=False)
    op.create_table(
        "attendances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"],
                                name=op.f("fk_attendances_event_id_events"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"],
                                name=op.f("fk_attendances_member_id_members"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendances")),
        sa.UniqueConstraint("event_id", "member_id",
                            name=op.f("uq_attendances_event_id")),
    )
    op.create_index(op.f("ix_attendances_member_id"), "attendances", ["member_id"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_attendances_member_id"), table_name="attendances")
    op.drop_table("attendances")
    op.drop_index(op.f("ix_events_starts_on"), table_name="events")
    op.drop_table("events")
    op.drop_table("community_goals")
