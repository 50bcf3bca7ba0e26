"""What a refused stay says: who is in the way, and what can be done instead.

The rooms service finds the clash; these build its message. A refusal names a member by
her code, and by her name too to a role that may read members (every role that may
assign beds may): the manager at the desk needs to know whose bed it is.
"""

from __future__ import annotations

from datetime import date

from safehouse import clock
from safehouse.errors import ConflictError, translate
from safehouse.models import Assignment
from safehouse.services.dto.accounts import Actor
from safehouse.services.permissions import Action, allowed


def span(start: date, end: date | None) -> str:
    """Nights from ``start`` up to ``end`` (or open), as a refusal shows them."""
    if end is None:
        return translate("errors", "{start} – open").format(start=start.isoformat())
    return translate("errors", "{start} – {end}").format(
        start=start.isoformat(), end=end.isoformat())


def holder(actor: Actor, stay: Assignment) -> str:
    """Who holds a stay: code and name to a role that may read members, else the code."""
    if allowed(actor, Action.MEMBER_VIEW):
        return f"{stay.member.code} {stay.member.name}"
    return stay.member.code


def bed_taken(actor: Actor, other: Assignment) -> ConflictError:
    return ConflictError(translate(
        "errors", "Bed {bed} in room {room} is taken by {member} for {span}. Choose another "
        "bed, or leave the bed empty."
    ).format(bed=other.bed_label, room=other.room.name, member=holder(actor, other),
             span=span(other.start_on, other.end_on)))


def member_not_free(code: str, clash: Assignment, start: date, end: date | None
                    ) -> ConflictError:
    """The member already has a stay over some of the nights ``start``–``end``: say which,
    and what is possible — Move for a stay she is in now, a date before a planned stay
    or a change to it, a date after a stay that has its move-out day."""
    room = clash.room.name
    if clash.start_on > clock.today():  # planned: Move is not for it
        if start < clash.start_on:
            return ConflictError(translate(
                "errors", "{code} is booked into room {room} from {booked}. Give this stay a "
                "move-out date on or before {booked}, or change the planned stay first."
            ).format(code=code, room=room, booked=clash.start_on.isoformat()))
        return ConflictError(translate(
            "errors", "{code} is booked into room {room} for {span}, which overlaps "
            "{wanted}. Change that planned stay instead of adding another."
        ).format(code=code, room=room, span=span(clash.start_on, clash.end_on),
                 wanted=span(start, end)))
    if clash.end_on is not None and start < clash.end_on and start >= clash.start_on:
        return ConflictError(translate(
            "errors", "{code} is in room {room} for {span}, which overlaps {wanted}. She can "
            "be given a bed from {free} on, the day she moves out."
        ).format(code=code, room=room, span=span(clash.start_on, clash.end_on),
                 wanted=span(start, end), free=clash.end_on.isoformat()))
    return ConflictError(translate(
        "errors", "{code} is already in room {room} for {span}, which overlaps "
        "{wanted}. A member stays in one room at a time: use Move instead."
    ).format(code=code, room=room, span=span(clash.start_on, clash.end_on),
             wanted=span(start, end)))
