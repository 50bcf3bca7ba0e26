"""member search: a normalised search key on members, indexed

Revision ID: 0012_member_search
Revises: 0009_counseling
Create Date: 2026-11-30

The Members page searches in the database instead of in the window: each member gets
``search_key`` (code, name and alias, NFC and case-folded, and the name's initial
consonants; see safehouse.models.search_keys), filled here for every member and kept
by the program from now on. Downgrade drops the column.
"""

import sqlalchemy as sa
from alembic import op

from safehouse.models.search_keys import member_key

revision = "0012_member_search"
down_revision = "0009_counseling"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("members", sa.Column("search_key", sa.String(1000), nullable=False,
                                       server_default=sa.text("''")))
    conn = op.get_bind()
    members = sa.table("members", sa.column("id", sa.Integer), sa.column("code", sa.String),
                       sa.column("name", sa.String), sa.column("alias", sa.String),
                       sa.column("search_key", sa.String))
    rows = [{"key_id": member_id, "key": member_key(code, name, alias)}
            for member_id, code, name, alias in conn.execute(
                sa.select(members.c.id, members.c.code, members.c.name, members.c.alias))]
    if rows:
        conn.execute(members.update().where(members.c.id == sa.bindparam("key_id"))
                     .values(search_key=sa.bindparam("key")), rows)
    op.create_index("ix_members_search_key", "members", ["search_key"])


def downgrade() -> None:
    op.drop_index("ix_members_search_key", table_name="members")
    with op.batch_alter_table("members") as batch:
        batch.drop_column("search_key")
