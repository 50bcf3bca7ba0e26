"""audit trail: the PostgreSQL append-only trigger fires always (in replica mode too)

A trigger enabled the ordinary way does not fire while a session sets
``session_replication_role = replica``, which a server's administrator may do to delete
rows unseen; ``ENABLE ALWAYS`` makes it fire then too. Lifting it now takes an
``ALTER TABLE``, which ``safehouse check`` sees (it checks the trigger's state).
SQLite has no such mode: nothing changes there.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE audit_entries ENABLE ALWAYS TRIGGER audit_entries_append_only")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only")
