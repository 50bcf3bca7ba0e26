"""People: members of the community, their households, and who to keep away from them."""

import enum
import json
from datetime import date
from typing import Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, event, text
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, relationship

from safehouse.models.base import Base, enum_check, sealed_key_index, version_column
from safehouse.models.search_keys import member_key


class MemberStatus(enum.StrEnum):
    ENQUIRY = "enquiry"
    ACTIVE = "active"
    ALUMNI = "alumni"
    EXITED = "exited"


class MembershipEnd(enum.StrEnum):
    """How a period in the community ended: the status she left with."""

    ALUMNI = "alumni"
    EXITED = "exited"


class Sex(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class Relationship(enum.StrEnum):
    HEAD = "head"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER = "other"


class KeepAwayRelation(enum.StrEnum):
    FORMER_PARTNER = "former_partner"
    BROKER = "broker"
    FAMILY = "family"
    OTHER = "other"


def _bulk_search_key(context: DefaultExecutionContext) -> str:
    """The search key of a row inserted without the ORM's events (a bulk insert)."""
    row = context.get_current_parameters()  # type: ignore[no-untyped-call]
    return member_key(row.get("code"), row.get("name"), row.get("alias"))


class Member(Base):
    __tablename__ = "members"
    __table_args__ = (
        enum_check("status", MemberStatus),
        enum_check("sex", Sex, nullable=True),
        sealed_key_index("members", "phone"),
        sealed_key_index("members", "notes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    alias: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[str | None] = mapped_column(String(10))
    birth_year: Mapped[int | None]
    phone: Mapped[str] = mapped_column(Text, default="")  # sealed: see storage.sealed
    arrived_on: Mapped[date | None] = mapped_column(Date)
    hanawon_completed_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=MemberStatus.ENQUIRY.value)
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")  # sealed: see storage.sealed
    # what the search matches (models.search_keys); kept by the events below
    search_key: Mapped[str] = mapped_column(String(1000), default=_bulk_search_key,
                                            server_default=text("''"), index=True)
    # counted up by every save: a save based on an older one is refused (models.base)
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}

    referred_by: Mapped["Member | None"] = relationship(remote_side=[id])
    household_link: Mapped["HouseholdMember | None"] = relationship(
        back_populates="member", cascade="all, delete-orphan", uselist=False
    )
    keep_aways: Mapped[list["KeepAway"]] = relationship(
        back_populates="member",
        cascade="all, delete-orphan",
        foreign_keys="KeepAway.member_id",
    )
    memberships: Mapped[list["Membership"]] = relationship(
        back_populates="member",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Membership.start_on",
    )


@event.listens_for(Member, "before_insert")
@event.listens_for(Member, "before_update")
def _keep_search_key(_mapper: object, _connection: object, member: Member) -> None:
    key = member_key(member.code, member.name, member.alias)
    if member.search_key != key:
        member.search_key = key


class Membership(Base):
    """A period in the community: from ``start_on`` to ``end_on``, both days included
    (``end_on`` is her last day, the leaving day; None while she is still a member), and
    how it ended. A member may leave and come back: one row per period. The services
    keep one member's periods apart (no day in two) and at most one open
    (``safehouse.services.membership``)."""

    __tablename__ = "memberships"
    __table_args__ = (
        CheckConstraint("end_on IS NULL OR start_on <= end_on", name="start_before_end"),
        enum_check("ended_as", MembershipEnd, nullable=True),
        CheckConstraint("end_on IS NOT NULL OR ended_as IS NULL", name="open_has_no_end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), index=True
    )
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    ended_as: Mapped[str | None] = mapped_column(String(10))

    member: Mapped["Member"] = relationship(back_populates="memberships")


class Household(Base):
    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))

    # A household is always shown with its members: load them together.
    members: Mapped[list["HouseholdMember"]] = relationship(
        back_populates="household", cascade="all, delete-orphan", lazy="selectin"
    )


class HouseholdMember(Base):
    """A member belongs to at most one household."""

    __tablename__ = "household_members"
    __table_args__ = (
        enum_check("relation", Relationship),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), unique=True
    )
    relation: Mapped[str] = mapped_column(String(20))

    household: Mapped["Household"] = relationship(back_populates="members")
    member: Mapped["Member"] = relationship(back_populates="household_link", lazy="joined")


class KeepAway(Base):
    """Someone who must be kept away from a member: a former partner, a broker.

    The entry is kept whole in one sealed column, ``entry`` (JSON: the person, the
    relation, a description, the linked member's id), so that the database shows only
    whose list it is on; its fields are read and set through the properties below.
    """

    __tablename__ = "keep_aways"
    __table_args__ = (sealed_key_index("keep_aways", "entry"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), index=True
    )
    entry: Mapped[str] = mapped_column(Text, default="")  # sealed: see storage.sealed

    member: Mapped["Member"] = relationship(back_populates="keep_aways", foreign_keys=[member_id])

    def _fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = json.loads(self.entry) if self.entry else {}
        return fields

    def _set(self, name: str, value: object) -> None:
        fields = self._fields()
        fields[name] = value
        self.entry = json.dumps(fields, ensure_ascii=False, sort_keys=True)

    @property
    def person_name(self) -> str:
        return str(self._fields().get("person_name") or "")

    @person_name.setter
    def person_name(self, value: str) -> None:
        self._set("person_name", value)

    @property
    def relation(self) -> str:
        return str(self._fields().get("relation") or "")

    @relation.setter
    def relation(self, value: str) -> None:
        self._set("relation", value)

    @property
    def description(self) -> str:
        return str(self._fields().get("description") or "")

    @description.setter
    def description(self, value: str) -> None:
        self._set("description", value)

    @property
    def linked_member_id(self) -> int | None:
        value = self._fields().get("linked_member_id")
        return int(value) if value is not None else None

    @linked_member_id.setter
    def linked_member_id(self, value: int | None) -> None:
        self._set("linked_member_id", value)
