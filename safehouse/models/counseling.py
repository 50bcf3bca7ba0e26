"""Counseling: counselors, the house's meeting places, sessions and repeating series.

A series is an RFC 5545 rule (``rrule``: the RRULE's text, e.g.
``FREQ=WEEKLY;INTERVAL=2;UNTIL=20270101T145959Z``) from ``dtstart``, a wall-clock time in
the zone ``tzid`` (the organisation's when it was booked): every occurrence is at that
wall-clock time, across a daylight-saving change. Its occurrences are materialised, one
row of ``counseling_sessions`` each, so that the week and the conflict checks are
indexed range queries. A row of a series remembers its ``original_start`` (RFC 5545's
RECURRENCE-ID); the fields it changed on its own are named in ``departs`` and an "all"
edit of the series leaves them as they are. A deleted occurrence leaves its original
day in the series' ``exdates`` (EXDATE), so that it does not come back.

Instants are stored as naive UTC (``starts_at``, ``ends_at``, ``original_start``); the
services turn them into the organisation's local time to show them.
"""

import enum
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from safehouse.models.base import Base, enum_check, sealed_key_index, version_column


class SessionKind(enum.StrEnum):
    INDIVIDUAL = "individual"
    COUPLE = "couple"
    FAMILY = "family"
    GROUP = "group"


class SessionStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class CancelledBy(enum.StrEnum):
    MEMBER = "member"
    COUNSELOR = "counselor"
    HOUSE = "house"


class Counselor(Base):
    """A counselor: an account of the program (``user_id``; the name follows the
    account's) or someone from outside (name, organisation, languages, phone)."""

    __tablename__ = "counselors"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    active: Mapped[bool] = mapped_column(default=True)


class MeetingPlace(Base):
    """A room of the house where sessions are held (not a bedroom: those are rooms)."""

    __tablename__ = "meeting_places"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(default=True)


class SessionSeries(Base):
    __tablename__ = "session_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    rrule: Mapped[str] = mapped_column(Text)
    dtstart: Mapped[datetime] = mapped_column(DateTime)  # wall clock in tzid
    tzid: Mapped[str] = mapped_column(String(64))
    exdates: Mapped[str] = mapped_column(Text, default="")  # "2026-03-03,2026-03-17"
    # what a new occurrence of the rule gets
    kind: Mapped[str] = mapped_column(String(20))
    duration_minutes: Mapped[int]
    counselor_id: Mapped[int] = mapped_column(ForeignKey("counselors.id"), index=True)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_places.id"))
    place_text: Mapped[str] = mapped_column(String(200), default="")


class SeriesMember(Base):
    """A participant of a series: her occurrences to come include her."""

    __tablename__ = "session_series_members"

    series_id: Mapped[int] = mapped_column(
        ForeignKey("session_series.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True)


class CounselingSession(Base):
    """One session: a single one (``series_id`` None) or an occurrence of a series."""

    __tablename__ = "counseling_sessions"
    __table_args__ = (
        enum_check("kind", SessionKind),
        enum_check("status", SessionStatus),
        enum_check("cancelled_by", CancelledBy, nullable=True),
        CheckConstraint("starts_at < ends_at", name="starts_before_ends"),
        CheckConstraint("cancelled_by IS NULL OR status = 'cancelled'",
                        name="cancelled_by_only_when_cancelled"),
        Index("ix_counseling_sessions_counselor_starts", "counselor_id", "starts_at"),
        Index("ix_counseling_sessions_place_starts", "place_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("session_series.id", ondelete="CASCADE"), index=True)
    original_start: Mapped[datetime | None] = mapped_column(DateTime)  # RECURRENCE-ID, UTC
    departs: Mapped[str] = mapped_column(String(200), default="")  # "start,place"
    kind: Mapped[str] = mapped_column(String(20))
    counselor_id: Mapped[int] = mapped_column(ForeignKey("counselors.id"))
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # UTC
    ends_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    place_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_places.id"))
    place_text: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default=SessionStatus.SCHEDULED.value)
    cancelled_by: Mapped[str | None] = mapped_column(String(20))
    version: Mapped[int] = version_column()  # see models.base
    __mapper_args__ = {"version_id_col": version}


class SessionParticipant(Base):
    __tablename__ = "session_participants"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("counseling_sessions.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True)


class SessionNote(Base):
    """The confidential notes of one session, sealed under the confidential key
    (storage.sealed)."""

    __tablename__ = "session_notes"
    __table_args__ = (sealed_key_index("session_notes", "text"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("counseling_sessions.id", ondelete="CASCADE"), unique=True)
    text: Mapped[str] = mapped_column(Text, default="")  # sealed
    written_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    written_by: Mapped[int | None] = mapped_column(ForeignKey("users.id",
                                                              ondelete="SET NULL"))
