"""confidential key: keep-away entries kept whole in one sealed column; phones as text

A keep-away entry's person, relation, description and linked member move into one
column, ``entry`` (JSON), which the program seals whole under the confidential key
(storage.sealed): the database then shows only whose list an entry is on. The values
are packed as they are (plain on SQLite, where the file is encrypted; the person and
description already sealed under the database key on PostgreSQL); the program seals
them under the confidential key at the first login of an administrator after this
upgrade. ``members.phone`` becomes text: a sealed value is longer than 50 characters.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_FIELDS = ("person_name", "relation", "description", "linked_member_id")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.alter_column("phone", existing_type=sa.String(length=50), type_=sa.Text(),
                              existing_nullable=False)
    with op.batch_alter_table("keep_aways", schema=None) as batch_op:
        batch_op.add_column(sa.Column("entry", sa.Text(), nullable=False, server_default=""))
    pairs = ", ".join(f"'{name}', {name}" for name in _FIELDS)
    packed = f"json_object({pairs})" if sqlite else f"json_build_object({pairs})::text"
    op.execute(f"UPDATE keep_aways SET entry = {packed}")
    with op.batch_alter_table("keep_aways", schema=None) as batch_op:
        batch_op.alter_column("entry", server_default=None)
        batch_op.drop_index(batch_op.f("ix_keep_aways_linked_member_id"))
        batch_op.drop_constraint(batch_op.f("fk_keep_aways_linked_member_id_members"),
                                 type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("ck_keep_aways_relation"), type_="check")
        for name in _FIELDS:
            batch_op.drop_column(name)


def downgrade() -> None:
    """Back to separate columns: only for entries not yet sealed under the confidential
    key (a sealed entry cannot be unpacked without it, and is refused)."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    sealed = op.get_bind().execute(
        sa.text("SELECT count(*) FROM keep_aways WHERE entry LIKE 'sealed:%'")).scalar()
    if sealed:
        raise RuntimeError("keep-away entries are sealed under the confidential key")
    with op.batch_alter_table("keep_aways", schema=None) as batch_op:
        batch_op.add_column(sa.Column("person_name", sa.Text(), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("relation", sa.String(length=20), nullable=False,
                                      server_default="other"))
        batch_op.add_column(sa.Column("description", sa.Text(), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("linked_member_id", sa.Integer(), nullable=True))
    for name in _FIELDS:
        value = (f"json_extract(entry, '$.{name}')" if sqlite
                 else f"(entry::json ->> '{name}')" + ("::integer" if name.endswith("_id")
                                                     else ""))
        op.execute(f"UPDATE keep_aways SET {name} = coalesce({value}, {name})"
                   if not name.endswith("_id") else
                   f"UPDATE keep_aways SET {name} = {value}")
    with op.batch_alter_table("keep_aways", schema=None) as batch_op:
        for name in ("person_name", "relation", "description"):
            batch_op.alter_column(name, server_default=None)
        batch_op.create_check_constraint(
            batch_op.f("ck_keep_aways_relation"),
            "relation IN ('former_partner', 'broker', 'family', 'other')")
        batch_op.create_foreign_key(batch_op.f("fk_keep_aways_linked_member_id_members"),
                                    "members", ["linked_member_id"], ["id"],
                                    ondelete="SET NULL")
        batch_op.create_index(batch_op.f("ix_keep_aways_linked_member_id"),
                              ["linked_member_id"], unique=False)
        batch_op.drop_column("entry")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.alter_column("phone", existing_type=sa.Text(), type_=sa.String(length=50),
                              existing_nullable=False)
