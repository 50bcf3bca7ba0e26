"""Declarative base with a naming convention, so migrations name constraints the same
way on SQLite and PostgreSQL."""

import enum
from typing import Any

from sqlalchemy import CheckConstraint, Index, Integer, MetaData, text
from sqlalchemy.orm import DeclarativeBase, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def enum_check(
    column: str, values: type[enum.StrEnum], *, nullable: bool = False, name: str | None = None
) -> CheckConstraint:
    """The check that keeps ``column`` to the values of ``values``, in their order:
    ``column IN ('a', 'b')`` (``column IS NULL OR column IN (...)`` when ``nullable``),
    named ``name`` (the column's name by default), so that the enum is the one list."""
    allowed = ", ".join("'" + member.value.replace("'", "''") + "'" for member in values)
    sql = f"{column} IN ({allowed})"
    if nullable:
        sql = f"{column} IS NULL OR {sql}"
    return CheckConstraint(sql, name=name or column)


def version_column() -> Any:
    """The row's version, for optimistic locking (the mapper's ``version_id_col``): 1
    when the row is made, counted up by every UPDATE the program makes of it, and the
    UPDATE says ``WHERE version = <the one read>``, so that a save based on an older
    version changes nothing and fails (``StaleDataError``) instead of overwriting what
    someone else saved meanwhile. The services compare the version a person read
    (their DTOs carry it) before they save: :mod:`safehouse.services.versions`."""
    return mapped_column(Integer, nullable=False, default=1, server_default=text("1"))


#: How much of a sealed value its key index holds: ``"sealed:v2:" + <16-hex key id> +
#: ":"``, the prefix that names the key it is sealed under (safehouse.storage.sealed).
SEALED_KEY_PREFIX_LENGTH = 27


def sealed_key_index(table: str, column: str) -> Index:
    """The index on the key prefix of a sealed column, by which a login finds at once
    whether any value is not under the newest key (migration 0015_sealed_key_index):
    one per column of ``safehouse.storage.sealed.SEALED``."""
    return Index(f"ix_{table}_{column}_sealed_key",
                 text(f'substr("{column}", 1, {SEALED_KEY_PREFIX_LENGTH})'))
