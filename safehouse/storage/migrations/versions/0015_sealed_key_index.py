"""sealed key index: an index on the sealed form's key prefix of every sealed column

Revision ID: 0015_sealed_key_index
Revises: 0014_record_versions
Create Date: 2026-12-01

Every login asks whether any sealed value is not yet under the newest confidential key
(safehouse.storage.sealed.seal_all). Without an index that question reads every row of
every sealed table (a few hundred thousand rows at 10,000 members). Each sealed column
gets an index on its first 27 characters, ``"sealed:v2:" + <16-hex key id> + ":"``
(safehouse.storage.sealed.KEY_PREFIX_LENGTH), so the question is a few index look-ups:
the values before and after the newest key's prefix. The index holds no more than that
prefix of a sealed value (a public key id); of a value still in an earlier form it holds
what the table itself holds until the next login seals it.

A later migration that rebuilds one of these tables (SQLite's batch mode) must make its
index again: tests/storage/test_sealed_index.py checks that each sealed column has one.
"""

from alembic import op
from sqlalchemy import text

revision = "0015_sealed_key_index"
down_revision = "0014_record_versions"
branch_labels = None
depends_on = None

PREFIX_LENGTH = 27  # len("sealed:v2:") + 16 + len(":"); not to be changed here
SEALED = (
    ("members", "phone"),
    ("members", "notes"),
    ("keep_aways", "entry"),
    ("wellbeing_responses", "screening"),
    ("wellbeing_alerts", "entry"),
    ("care_goal_updates", "note"),
    ("session_notes", "text"),
)


def upgrade() -> None:
    for table, column in SEALED:
        op.create_index(f"ix_{table}_{column}_sealed_key", table,
                        [text(f'substr("{column}", 1, {PREFIX_LENGTH})')])


def downgrade() -> None:
    for table, column in SEALED:
        op.drop_index(f"ix_{table}_{column}_sealed_key", table_name=table)
