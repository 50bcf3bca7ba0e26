"""care plans: a member's goals by area, and their dated updates

Revision ID: 0011_care_plans
Revises: 0010_wellbeing
Create Date: 2026-11-30

Two new tables: ``care_goals`` (a member's goal: area, text, optional target date,
status; who made it and when) and ``care_goal_updates`` (a dated update of a goal: the
status then and before, a note sealed under the confidential key, who wrote it and when).
Both go with the member (and the updates with their goal). Nothing existing changes;
downgrade drops the two tables.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_care_plans"
down_revision = "0010_wellbeing"
branch_labels = None
depends_on = None

# (written whole, as tests/models/test_schema_rules.py looks for them)
_AREA = "area IN ('safety', 'physical_health', 'emotional_health', 'spiritual_life', 'housing', 'work', 'education', 'family', 'legal', 'finances')"  # noqa: E501
_STATUS = "status IN ('not_started', 'in_progress', 'achieved', 'set_aside')"
_BEFORE = "status_before IN ('not_started', 'in_progress', 'achieved', 'set_aside')"


def upgrade() -> None:
    op.create_table(
        "care_goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=30), nullable=False),
        sa.Column("text", sa.String(length=1000), nullable=False),
        sa.Column("target_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(_AREA, name=op.f("ck_care_goals_area")),
        sa.CheckConstraint(_STATUS, name=op.f("ck_care_goals_status")),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"],
                                name=op.f("fk_care_goals_member_id_members"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"],
                                name=op.f("fk_care_goals_created_by_id_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_goals")),
    )
    op.create_index(op.f("ix_care_goals_member_id"), "care_goals", ["member_id"],
                    unique=False)
    op.create_index(op.f("ix_care_goals_target_on"), "care_goals", ["target_on"],
                    unique=False)
    op.create_table(
        "care_goal_updates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_before", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(_STATUS, name=op.f("ck_care_goal_updates_status")),
        sa.CheckConstraint(_BEFORE, name=op.f("ck_care_goal_updates_status_before")),
        sa.ForeignKeyConstraint(["goal_id"], ["care_goals.id"],
                                name=op.f("fk_care_goal_updates_goal_id_care_goals"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"],
                                name=op.f("fk_care_goal_updates_author_id_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_goal_updates")),
    )
    op.create_index(op.f("ix_care_goal_updates_goal_id"), "care_goal_updates", ["goal_id"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_care_goal_updates_goal_id"), table_name="care_goal_updates")
    op.drop_table("care_goal_updates")
    op.drop_index(op.f("ix_care_goals_target_on"), table_name="care_goals")
    op.drop_index(op.f("ix_care_goals_member_id"), table_name="care_goals")
    op.drop_table("care_goals")
