"""Alembic environment: the connection comes from safehouse.storage.migrate (or, in the
migration tests, an engine from pytest-alembic's runner)."""

from alembic import context
from sqlalchemy.engine import Connection, Engine

from safehouse.models import Base

config = context.config
connectable = config.attributes.get("connection")
if connectable is None:
    raise RuntimeError("Run migrations through safehouse.storage.migrate")


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if isinstance(connectable, Engine):
    with connectable.connect() as conn:
        run(conn)
        conn.commit()
else:
    run(connectable)
