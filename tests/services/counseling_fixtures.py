"""Things the counseling tests share: a counselor, members, a meeting place, an input."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from safehouse.services import counselors, members
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import CounselorInput, SessionInput
from safehouse.storage.db import Database


@dataclass
class House:
    db: Database
    admin: Actor
    counselor: int
    other_counselor: int
    hana: int
    somang: int
    room: int

    def session(self, starts_at: datetime, *, member_ids: tuple[int, ...] | None = None,
                counselor: int | None = None, minutes: int = 60,
                place: int | None | str = "room", kind: str = "individual") -> SessionInput:
        return SessionInput(
            kind=kind, member_ids=member_ids if member_ids is not None else (self.hana,),
            counselor_id=counselor if counselor is not None else self.counselor,
            starts_at=starts_at, duration_minutes=minutes,
            place_id=self.room if place == "room" else (place if isinstance(place, int)
                                                           else None),
            place_text=place if isinstance(place, str) and place != "room" else "")


def member(db: Database, admin: Actor, name: str) -> int:
    return members.create_member(db, admin, members_input(name)).id


def members_input(name: str):  # type: ignore[no-untyped-def]
    from safehouse.services.dto.people import MemberInput

    return MemberInput(name=name, status="active", joined_on=date(2024, 1, 1))


def house(db: Database, admin: Actor) -> House:
    c1 = counselors.save_counselor(db, admin, CounselorInput(name="Yoon Counselor",
                                                             languages="ko, en"))
    c2 = counselors.save_counselor(db, admin, CounselorInput(name="Jang Counselor",
                                                             organisation="Hope Clinic"))
    room = counselors.save_place(db, admin, "Counseling room")
    return House(db, admin, c1.id, c2.id, member(db, admin, "김하나"),
                 member(db, admin, "박소망"), room.id)
