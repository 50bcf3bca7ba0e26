"""The community: its goal (how many members by when), and its events with who came."""

import enum
from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from safehouse.models.base import Base, enum_check


class EventKind(enum.StrEnum):
    RETREAT = "retreat"
    GATHERING = "gathering"
    TRAINING = "training"
    WORSHIP = "worship"
    CELEBRATION = "celebration"


class CommunityGoal(Base):
    """A goal of ``target_low`` to ``target_high`` members by ``due_on``, counted from
    ``start_on``. Goals are kept over the years; the current one is the one that
    started last (``services.community``)."""

    __tablename__ = "community_goals"
    __table_args__ = (
        CheckConstraint("target_low >= 1 AND target_low <= target_high", name="targets"),
        CheckConstraint("start_on < due_on", name="start_before_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    target_low: Mapped[int]
    target_high: Mapped[int]
    start_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Event(Base):
    """A retreat, gathering, training, worship or celebration on one day or several
    (``starts_on`` to ``ends_on``, both included), with the members who came
    (:class:`Attendance`) and how many guests and children who are not members."""

    __tablename__ = "events"
    __table_args__ = (
        enum_check("kind", EventKind),
        CheckConstraint("starts_on <= ends_on", name="starts_before_ends"),
        CheckConstraint("guests >= 0 AND children >= 0", name="counts_not_negative"),
        # An event is known by its name and first day (the events CSV finds it so).
        Index("ix_events_name_starts_on", "name", "starts_on", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    ends_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    guests: Mapped[int] = mapped_column(default=0)
    children: Mapped[int] = mapped_column(default=0)

    attendances: Mapped[list["Attendance"]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True)


class Attendance(Base):
    """A member who came to an event."""

    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("event_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), index=True)

    event: Mapped["Event"] = relationship(back_populates="attendances")
