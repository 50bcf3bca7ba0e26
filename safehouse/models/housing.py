"""Rooms and the history of who stayed in which.

An assignment covers the nights from ``start_on`` up to, not including, ``end_on``: a
member moved on a day leaves one room and enters the next on that same day. History is
kept: a move or a move-out closes an assignment, it never rewrites one.
"""

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from safehouse.models.base import Base, version_column
from safehouse.models.people import Member


class Room(Base):
    __tablename__ = "rooms"
    __table_args__ = (CheckConstraint("capacity >= 1", name="capacity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    floor: Mapped[int] = mapped_column(default=1)
    capacity: Mapped[int] = mapped_column(default=1)
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = version_column()  # see models.base
    __mapper_args__ = {"version_id_col": version}

    assignments: Mapped[list["Assignment"]] = relationship(back_populates="room")


class Assignment(Base):
    __tablename__ = "assignments"
    __table_args__ = (
        CheckConstraint("end_on IS NULL OR start_on < end_on", name="start_before_end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), index=True
    )
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"), index=True)
    bed_label: Mapped[str] = mapped_column(String(20), default="")
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)

    # Every use of a stay names its member and room: load them with it, not one by one.
    room: Mapped["Room"] = relationship(back_populates="assignments", lazy="joined")
    member: Mapped["Member"] = relationship(lazy="joined")
