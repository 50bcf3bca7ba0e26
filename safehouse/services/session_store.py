"""What the counseling services share: times in and out of storage, loading sessions
with their counselor, place and participants in a few queries, the views handed out,
and who may handle a session (a counselor her own sessions only)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from operator import attrgetter
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.errors import NotFound, PermissionDenied, ValidationError, translate
from safehouse.models import (
    CounselingSession,
    Counselor,
    MeetingPlace,
    Member,
    Role,
    SessionKind,
    SessionNote,
    SessionParticipant,
    User,
)
from safehouse.services import versions
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.counseling import Participant, SessionView

MAX_MINUTES = 8 * 60  # the longest session: the range queries rely on it
MAX_DURATION = timedelta(minutes=MAX_MINUTES)
KINDS = tuple(k.value for k in SessionKind)


# --- times ------------------------------------------------------------------------------


def aware(moment: datetime) -> datetime:
    """A moment taken in: a naive one is read in the organisation's zone."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=clock.zone())


def to_db(moment: datetime) -> datetime:
    """A moment as stored: naive UTC."""
    return aware(moment).astimezone(UTC).replace(tzinfo=None)


def from_db(stored: datetime) -> datetime:
    """A stored (naive UTC) moment, in the organisation's zone."""
    return stored.replace(tzinfo=UTC).astimezone(clock.zone())


def when_text(start: datetime, end: datetime) -> str:
    """``2026-03-03 10:00–11:00`` in the organisation's zone."""
    start, end = aware(start).astimezone(clock.zone()), aware(end).astimezone(clock.zone())
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"


# --- loading ----------------------------------------------------------------------------


def get_session(s: Session, session_id: int, *, lock: bool = False) -> CounselingSession:
    q = select(CounselingSession).where(CounselingSession.id == session_id)
    found = s.scalar(q.with_for_update() if lock else q)
    if found is None:
        raise NotFound(translate("errors", "This session no longer exists."))
    return found


def get_counselor(s: Session, counselor_id: int) -> Counselor:
    found = s.get(Counselor, counselor_id)
    if found is None:
        raise ValidationError(translate("errors", "This counselor is not on the list."),
                              field="counselor")
    return found


def counselor_names(s: Session, ids: Iterable[int]) -> dict[int, str]:
    """Each counselor's name: an account's display name, else the name kept."""
    wanted = set(ids)
    if not wanted:
        return {}
    rows = s.execute(select(Counselor.id, Counselor.name, User.display_name)
                     .outerjoin(User, User.id == Counselor.user_id)
                     .where(Counselor.id.in_(wanted)))
    return {i: (shown or name) for i, name, shown in rows}


def place_names(s: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    return dict(s.execute(select(MeetingPlace.id, MeetingPlace.name)
                          .where(MeetingPlace.id.in_(wanted))).all())


def _among(column: Any, ids: Sequence[int] | Select[Any]) -> list[ColumnElement[bool]]:
    """``column IN ids``: one condition for a query of ids, chunks for a list."""
    if isinstance(ids, Select):
        return [column.in_(ids)]
    return [column.in_(ids[i:i + 900]) for i in range(0, len(ids), 900)]


def participants_of(s: Session, session_ids: Sequence[int] | Select[Any]
                    ) -> dict[int, list[Participant]]:
    """The participants of these sessions (a list of ids, or a query of them)."""
    found: dict[int, list[Participant]] = {}
    for among in _among(SessionParticipant.session_id, session_ids):
        rows = s.connection().execute(
            select(SessionParticipant.session_id, Member.id, Member.code, Member.name)
            .join(Member, Member.id == SessionParticipant.member_id)
            .where(among).order_by(Member.code))
        for session_id, member_id, code, name in rows:
            found.setdefault(session_id, []).append(Participant(member_id, code, name))
    return found


def member_ids_of(s: Session, session_id: int) -> tuple[int, ...]:
    return tuple(s.scalars(select(SessionParticipant.member_id)
                           .where(SessionParticipant.session_id == session_id)
                           .order_by(SessionParticipant.member_id)))


# The columns a view is made of: the week reads these, not whole ORM objects.
VIEW_COLUMNS = (CounselingSession.id, CounselingSession.series_id, CounselingSession.kind,
                CounselingSession.starts_at, CounselingSession.ends_at,
                CounselingSession.counselor_id, CounselingSession.place_id,
                CounselingSession.place_text, CounselingSession.status,
                CounselingSession.cancelled_by, CounselingSession.original_start,
                CounselingSession.departs, CounselingSession.version)
# the same fields of a session, in that order, at once
_FIELDS = attrgetter(*(c.key for c in VIEW_COLUMNS))


def views(s: Session, actor: Actor, rows: Sequence[Any], ids: Select[Any] | None = None
          ) -> list[SessionView]:
    """The views of ``rows`` (sessions, or rows of :data:`VIEW_COLUMNS`), in their
    order, in five queries whatever their number; ``ids``: a query of their ids, which
    the queries of participants and notes then use instead of a list."""
    if not rows:
        return []
    among: Sequence[int] | Select[Any] = ids if ids is not None else [r.id for r in rows]
    people = participants_of(s, among)
    counselors = counselor_names(s, {r.counselor_id for r in rows})
    places = place_names(s, {r.place_id for r in rows if r.place_id is not None})
    noted: set[int] = set()
    if actor.role in (Role.ADMINISTRATOR.value, Role.MANAGER.value, Role.COUNSELOR.value):
        q = select(SessionNote.session_id).where(SessionNote.text != "")
        if actor.role == Role.COUNSELOR.value:
            q = q.join(CounselingSession, CounselingSession.id == SessionNote.session_id
                       ).where(CounselingSession.counselor_id == own_counselor_id(s, actor))
        for condition in _among(SessionNote.session_id, among):
            noted.update(s.scalars(q.where(condition)))
    zone = clock.zone()
    shown: dict[datetime, datetime] = {}  # a week's sessions share their hours

    def local(stored: datetime) -> datetime:
        found = shown.get(stored)
        if found is None:
            found = shown[stored] = stored.replace(tzinfo=UTC).astimezone(zone)
        return found

    found = []
    # rows of VIEW_COLUMNS are tuples in that order already (naming each field of a row
    # costs more than the view it goes into)
    fields = rows if isinstance(rows[0], Row) else map(_FIELDS, rows)
    for (id_, series_id, kind, starts_at, ends_at, counselor_id, place_id, place_text,
         status, cancelled_by, original_start, departs, version) in fields:
        starts = local(starts_at)
        found.append(SessionView(
            id=id_, series_id=series_id, kind=kind, starts_at=starts,
            ends_at=local(ends_at), counselor_id=counselor_id,
            counselor_name=counselors.get(counselor_id, ""), place_id=place_id,
            place_name=places.get(place_id, "") if place_id is not None else place_text,
            participants=tuple(people.get(id_, ())), status=status,
            cancelled_by=cancelled_by,
            original_start=(None if original_start is None else starts
                            if original_start == starts_at else local(original_start)),
            departs=tuple(d for d in departs.split(",") if d) if departs else (),
            has_notes=id_ in noted, version=version))
    return found


def seen(v: SessionView) -> dict[str, object]:
    """What a person sees of a session, by the names of its fields (services.versions)."""
    return {"kind": v.kind, "start": v.starts_at, "duration": v.duration_minutes,
            "counselor": v.counselor_name, "place": v.place_name,
            "participants": tuple(f"{p.code} {p.name}" for p in v.participants),
            "status": v.status}


def view(s: Session, actor: Actor, row: CounselingSession) -> SessionView:
    return views(s, actor, [row])[0]


def held(s: Session, actor: Actor, session_id: int, read: SessionView | None
         ) -> CounselingSession:
    """The session, locked; refused (``StaleRecord``) when someone else saved it since
    ``read``, the session as the person saw it (None: no check)."""
    return versions.hold_read(s, CounselingSession, session_id, translate(
        "errors", "This session no longer exists."), read,
        lambda row: view(s, actor, row), seen)


# --- who may handle a session -------------------------------------------------------------


def own_counselor_id(s: Session, actor: Actor) -> int | None:
    """The counselor the acting account is (None: she is none)."""
    return s.scalar(select(Counselor.id).where(Counselor.user_id == actor.id))


def check_own(s: Session, actor: Actor, *counselor_ids: int) -> None:
    """A counselor books, changes and marks only her own sessions (managers and
    administrators any)."""
    if actor.role != Role.COUNSELOR.value:
        return
    own = own_counselor_id(s, actor)
    if own is None or any(c != own for c in counselor_ids):
        raise PermissionDenied(translate(
            "errors", "A counselor books, changes and marks only her own sessions. Ask a "
            "manager for this one."))
