"""Key slots kept inside a PostgreSQL database (an SQLite file keeps them beside it).

A slot holds the database key sealed under one user's password (or the recovery key);
it is useless without that password, so it may be read before anyone logs in.
"""

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from safehouse.models.base import Base


class KeySlot(Base):
    __tablename__ = "key_slots"

    label: Mapped[str] = mapped_column(String(100), primary_key=True)
    data: Mapped[str] = mapped_column(Text)  # JSON: salt, nonce, sealed, kdf
