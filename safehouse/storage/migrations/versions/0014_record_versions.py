"""record versions: a version number on members, rooms, sessions and care-plan goals

Revision ID: 0014_record_versions
Revises: 0012_member_search
Create Date: 2026-12-01

Two workstations may open the same record: each save counts the row's ``version`` up,
and a save based on an older version is refused instead of overwriting what the other
person saved (SQLAlchemy's ``version_id_col``; see safehouse.services.versions). Every
row there already starts at 1. Downgrade drops the columns.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_record_versions"
down_revision = "0012_member_search"
branch_labels = None
depends_on = None

TABLES = ("members", "rooms", "counseling_sessions", "care_goals")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default=sa.text("1")))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
