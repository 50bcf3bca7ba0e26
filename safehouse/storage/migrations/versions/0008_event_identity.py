"""event identity: one event per name and first day

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30

The events CSV finds an event again by its name and first day, so two events may not
share both: two imports of one file at once had made every event twice. Events that
already share them keep their data; the later ones get their id added to the name
("Retreat (#12)") so that a person can merge or rename them. Then a unique index.
Downgrade drops the index and leaves the names as they are.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    events = sa.table("events", sa.column("id", sa.Integer), sa.column("name", sa.String),
                      sa.column("starts_on", sa.Date))
    seen: set[tuple[str, object]] = set()
    for event_id, name, starts_on in conn.execute(
            sa.select(events.c.id, events.c.name, events.c.starts_on).order_by(events.c.id)):
        if (name, starts_on) in seen:
            conn.execute(events.update().where(events.c.id == event_id)
                         .values(name=f"{name[:190]} (#{event_id})"))
        else:
            seen.add((name, starts_on))
    op.create_index("ix_events_name_starts_on", "events", ["name", "starts_on"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_events_name_starts_on", table_name="events")
