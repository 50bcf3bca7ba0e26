"""Wellbeing: responses to the instruments (the yearly check-in and the screenings) and
the alerts they raise. The instruments themselves are data in code
(``safehouse.services.instruments``).

A yearly check-in keeps its two answers in plain columns (``health``,
``repatriation_threat``: under the database key alone), so that the yearly figures are
one SQL aggregate. A screening (PHQ-9, GAD-7, PCL-5) keeps its answers, score and band
in one sealed column, ``screening`` (JSON, under the confidential key: see
``storage.sealed``); the server sees only which instrument was taken by whom and when.
An alert keeps its kind and its acknowledgement's note in the sealed ``entry``; whether
it is still open (and who closed it, when) is plain.
"""

import enum
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from safehouse.models.base import Base, enum_check, sealed_key_index


class InstrumentCode(enum.StrEnum):
    """The instruments, as stored with each response."""

    YEARLY = "yearly"  # the yearly wellbeing check-in
    PHQ9 = "phq9"
    GAD7 = "gad7"
    PCL5 = "pcl5"


class AlertKind(enum.StrEnum):
    """Why a response raised an alert."""

    REPATRIATION_THREAT = "repatriation_threat"  # "yes" to the yearly check-in's question
    SELF_HARM = "self_harm"  # PHQ-9 item 9 above 0
    TOP_BAND = "top_band"  # a score in the instrument's top band


class Response(Base):
    """One response of a member to an instrument on a day."""

    __tablename__ = "wellbeing_responses"
    __table_args__ = (
        enum_check("instrument", InstrumentCode),
        CheckConstraint("health IS NULL OR (health >= 1 AND health <= 5)",
                        name="health_range"),
        CheckConstraint(
            "(instrument = 'yearly' AND health IS NOT NULL AND repatriation_threat IS NOT "
            "NULL) OR (instrument <> 'yearly' AND health IS NULL AND repatriation_threat "
            "IS NULL)", name="yearly_answers"),
        # the yearly figures: one pass in the window's order, answers in the index
        Index("ix_wellbeing_responses_yearly", "instrument", "member_id", "taken_on", "id",
              "health", "repatriation_threat"),
        Index("ix_wellbeing_responses_member_instrument", "member_id", "instrument",
              "taken_on"),
        sealed_key_index("wellbeing_responses", "screening"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    instrument: Mapped[str] = mapped_column(String(10))
    taken_on: Mapped[date] = mapped_column(Date)
    health: Mapped[int | None]
    repatriation_threat: Mapped[bool | None] = mapped_column(Boolean)
    screening: Mapped[str] = mapped_column(Text, default="")  # sealed: see storage.sealed
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))

    alerts: Mapped[list["Alert"]] = relationship(
        back_populates="response", cascade="all, delete-orphan", passive_deletes=True)

    def _fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = json.loads(self.screening) if self.screening else {}
        return fields

    @property
    def answers(self) -> tuple[int, ...]:
        """The answers in item order (a yearly check-in's from its plain columns); empty
        where the screening is withheld from this session."""
        if self.instrument == InstrumentCode.YEARLY:
            if self.health is None or self.repatriation_threat is None:
                return ()
            return (self.health, 1 if self.repatriation_threat else 0)
        return tuple(int(a) for a in self._fields().get("answers", ()))

    @property
    def score(self) -> int | None:
        value = self._fields().get("score")
        return None if value is None else int(value)

    @property
    def band(self) -> str:
        return str(self._fields().get("band") or "")

    def set_screening(self, answers: tuple[int, ...], score: int | None, band: str) -> None:
        self.screening = json.dumps({"answers": list(answers), "score": score,
                                     "band": band}, sort_keys=True)


class Alert(Base):
    """An alert a response raised, open until someone acknowledges it with a note."""

    __tablename__ = "wellbeing_alerts"
    __table_args__ = (
        Index("ix_wellbeing_alerts_open", "acknowledged_at"),
        sealed_key_index("wellbeing_alerts", "entry"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("wellbeing_responses.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), index=True)
    raised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    acknowledged_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    entry: Mapped[str] = mapped_column(Text, default="")  # sealed: see storage.sealed

    response: Mapped["Response"] = relationship(back_populates="alerts")

    def _fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = json.loads(self.entry) if self.entry else {}
        return fields

    def _set(self, name: str, value: object) -> None:
        fields = self._fields()
        fields[name] = value
        self.entry = json.dumps(fields, ensure_ascii=False, sort_keys=True)

    @property
    def kind(self) -> str:
        """An :class:`AlertKind` value; empty where withheld from this session."""
        return str(self._fields().get("kind") or "")

    @kind.setter
    def kind(self, value: str) -> None:
        self._set("kind", value)

    @property
    def note(self) -> str:
        return str(self._fields().get("note") or "")

    @note.setter
    def note(self, value: str) -> None:
        self._set("note", value)
