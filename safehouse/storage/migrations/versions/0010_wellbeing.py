"""wellbeing: responses to the yearly check-in and the screenings, and their alerts

Revision ID: 0010_wellbeing
Revises: 0008
Create Date: 2026-11-30

Two new tables. ``wellbeing_responses``: a member's response to an instrument on a day;
the yearly check-in's two answers in plain columns (``health``, ``repatriation_threat``),
a screening's answers, score and band sealed in ``screening``. ``wellbeing_alerts``: an
alert a response raised (its kind and the acknowledgement's note sealed in ``entry``),
open until acknowledged. Nothing existing changes; downgrade drops the two tables.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_wellbeing"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "wellbeing_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("instrument", sa.String(length=10), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("health", sa.Integer(), nullable=True),
        sa.Column("repatriation_threat", sa.Boolean(), nullable=True),
        sa.Column("screening", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("instrument IN ('yearly', 'phq9', 'gad7', 'pcl5')",
                           name=op.f("ck_wellbeing_responses_instrument")),
        sa.CheckConstraint("health IS NULL OR (health >= 1 AND health <= 5)",
                           name=op.f("ck_wellbeing_responses_health_range")),
        sa.CheckConstraint(
            "(instrument = 'yearly' AND health IS NOT NULL AND repatriation_threat IS NOT "
            "NULL) OR (instrument <> 'yearly' AND health IS NULL AND repatriation_threat "
            "IS NULL)", name=op.f("ck_wellbeing_responses_yearly_answers")),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"],
                                name=op.f("fk_wellbeing_responses_member_id_members"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"],
                                name=op.f("fk_wellbeing_responses_recorded_by_id_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wellbeing_responses")),
    )
    op.create_index("ix_wellbeing_responses_yearly", "wellbeing_responses",
                    ["instrument", "member_id", "taken_on", "id", "health",
                     "repatriation_threat"], unique=False)
    op.create_index("ix_wellbeing_responses_member_instrument", "wellbeing_responses",
                    ["member_id", "instrument", "taken_on"], unique=False)
    op.create_table(
        "wellbeing_alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by_id", sa.Integer(), nullable=True),
        sa.Column("entry", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["response_id"], ["wellbeing_responses.id"],
                                name=op.f("fk_wellbeing_alerts_response_id_wellbeing_responses"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"],
                                name=op.f("fk_wellbeing_alerts_member_id_members"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["acknowledged_by_id"], ["users.id"],
                                name=op.f("fk_wellbeing_alerts_acknowledged_by_id_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wellbeing_alerts")),
    )
    op.create_index(op.f("ix_wellbeing_alerts_response_id"), "wellbeing_alerts",
                    ["response_id"], unique=False)
    op.create_index(op.f("ix_wellbeing_alerts_member_id"), "wellbeing_alerts",
                    ["member_id"], unique=False)
    op.create_index("ix_wellbeing_alerts_open", "wellbeing_alerts", ["acknowledged_at"],
                    unique=False)


def downgrade() -> None:
    op.drop_index("ix_wellbeing_alerts_open", table_name="wellbeing_alerts")
    op.drop_index(op.f("ix_wellbeing_alerts_member_id"), table_name="wellbeing_alerts")
    op.drop_index(op.f("ix_wellbeing_alerts_response_id"), table_name="wellbeing_alerts")
    op.drop_table("wellbeing_alerts")
    op.drop_index("ix_wellbeing_responses_member_instrument",
                  table_name="wellbeing_responses")
    op.drop_index("ix_wellbeing_responses_yearly", table_name="wellbeing_responses")
    op.drop_table("wellbeing_responses")
