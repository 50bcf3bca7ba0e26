"""Care plans: a member's goals by area, each with its dated updates.

A goal's text, area, target date and status are read by every role; an update's note is
confidential (sealed under the confidential key: ``storage.sealed``)."""

import enum
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from safehouse.models.base import Base, enum_check, sealed_key_index, version_column


class CareArea(enum.StrEnum):
    """The areas of a person's care, in the order a plan shows them: from safety on,
    toward wellbeing, work and independence."""

    SAFETY = "safety"
    PHYSICAL_HEALTH = "physical_health"
    EMOTIONAL_HEALTH = "emotional_health"
    SPIRITUAL_LIFE = "spiritual_life"
    HOUSING = "housing"
    WORK = "work"
    EDUCATION = "education"
    FAMILY = "family"
    LEGAL = "legal"
    FINANCES = "finances"


class GoalStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    SET_ASIDE = "set_aside"


# A goal in one of these is closed: never overdue.
CLOSED_STATUSES = frozenset({GoalStatus.ACHIEVED.value, GoalStatus.SET_ASIDE.value})


class CareGoal(Base):
    """A goal of a member's care plan; ``target_on`` is optional (a goal without a date
    is never overdue). ``status`` is the one of its latest update (or as set)."""

    __tablename__ = "care_goals"
    __table_args__ = (enum_check("area", CareArea), enum_check("status", GoalStatus))

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), index=True)
    area: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(String(1000))
    target_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    version: Mapped[int] = version_column()  # see models.base
    __mapper_args__ = {"version_id_col": version}

    updates: Mapped[list["CareGoalUpdate"]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True,
        order_by="[CareGoalUpdate.day, CareGoalUpdate.id]")


class CareGoalUpdate(Base):
    """A dated update of a goal: on ``day``, by ``author_id`` (recorded at
    ``recorded_at``), the goal's status then (``status``, and ``status_before`` it), and
    a note (``note``: sealed)."""

    __tablename__ = "care_goal_updates"
    __table_args__ = (enum_check("status", GoalStatus),
                      enum_check("status_before", GoalStatus, name="status_before"),
                      sealed_key_index("care_goal_updates", "note"))

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(
        ForeignKey("care_goals.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    status_before: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")  # sealed: see storage.sealed
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    goal: Mapped["CareGoal"] = relationship(back_populates="updates")
