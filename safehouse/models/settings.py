"""Organisation-wide settings and counters, as key/value rows."""

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from safehouse.models.base import Base


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(Base):
    """Monotonic counters: a member code, once handed out, is never handed out again,
    even when the member is later erased."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[int] = mapped_column(default=0)
