"""Who reached whom: the referral network (``Member.referred_by``) as a tree across
generations, and its figures.

The members service refuses a referrer that would close a loop; older or imported data
may still hold one. Reading never follows a loop round: a member whose chain of referrers
comes back to her is shown as a root (``in_cycle``), the first by code in the loop.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.errors import ValidationError, translate
from safehouse.models import Member, Membership
from safehouse.services import membership
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.community import (
    MemberRef,
    MemberReferrals,
    ReferralFigures,
    ReferralNode,
    TopReferrer,
)
from safehouse.services.members import get_by_id
from safehouse.services.permissions import Action, require
from safehouse.storage.db import Database

TOP = 5


@dataclass
class _Network:
    refs: dict[int, MemberRef]
    parent: dict[int, int]  # member: her referrer, loops broken
    children: dict[int, list[int]]
    roots: list[int]  # members with no referrer who reached someone, and loop roots
    in_cycle: set[int]


def _load(s: Session, today: date) -> _Network:
    active = set(s.scalars(select(Membership.member_id).where(membership.covering(today))))
    rows = s.execute(select(Member.id, Member.code, Member.name, Member.referred_by_id)
                     .order_by(Member.code)).all()
    refs = {i: MemberRef(id=i, code=c, name=n, active=i in active) for i, c, n, _r in rows}
    parent = {i: r for i, _c, _n, r in rows if r is not None and r in refs and r != i}
    in_cycle = _break_loops(parent, refs)
    children: dict[int, list[int]] = {}
    for child, referrer in parent.items():
        children.setdefault(referrer, []).append(child)
    for kids in children.values():
        kids.sort(key=lambda k: refs[k].code)
    roots = [i for i in refs if i not in parent and (i in children or i in in_cycle)]
    return _Network(refs, parent, children, roots, in_cycle)


def _break_loops(parent: dict[int, int], refs: dict[int, MemberRef]) -> set[int]:
    """Cut each loop of referrers at its first member by code (she loses her referrer);
    returns the members cut loose."""
    state: dict[int, int] = {}  # 1: on the path being walked, 2: done
    cut: set[int] = set()
    for first in refs:
        path: list[int] = []
        node: int | None = first
        while node is not None and state.get(node) is None:
            state[node] = 1
            path.append(node)
            node = parent.get(node)
        if node is not None and state.get(node) == 1:  # a loop: from node round to node
            loop = path[path.index(node):]
            root = min(loop, key=lambda m: refs[m].code)
            del parent[root]
            cut.add(root)
        for member in path:
            state[member] = 2
    return cut


def _order(net: _Network) -> list[int]:
    """Every member under a root, each after her referrer (breadth first)."""
    order = list(net.roots)
    i = 0
    while i < len(order):
        order.extend(net.children.get(order[i], ()))
        i += 1
    return order


def _trees(net: _Network) -> list[ReferralNode]:
    built: dict[int, ReferralNode] = {}
    for member in reversed(_order(net)):
        reached = tuple(built.pop(k) for k in net.children.get(member, ()))
        built[member] = ReferralNode(
            member=net.refs[member], reached=reached,
            reached_total=sum(1 + r.reached_total for r in reached),
            in_cycle=member in net.in_cycle)
    return [built[r] for r in net.roots]


def referral_tree(db: Database, actor: Actor) -> list[ReferralNode]:
    """The members who reached someone and had no referrer themselves, each with
    everyone reached through her, across generations; by code."""
    require(db, actor, Action.COMMUNITY_VIEW)
    with db.transaction() as s:
        net = _load(s, clock.today())
    return _trees(net)


def _longest(net: _Network) -> tuple[str, ...]:
    depth: dict[int, int] = {}
    for member in _order(net):
        up = net.parent.get(member)
        depth[member] = depth[up] + 1 if up is not None and up in depth else 1
    if not depth or max(depth.values()) < 2:
        return ()
    deepest = next(iter(depth))
    for member in sorted(depth, key=lambda m: net.refs[m].code):
        if depth[member] > depth[deepest]:
            deepest = member
    chain = [deepest]
    while chain[-1] in net.parent:
        chain.append(net.parent[chain[-1]])
    return tuple(net.refs[m].code for m in reversed(chain))


def _first_starts(s: Session) -> dict[int, date]:
    rows = s.execute(select(Membership.member_id, func.min(Membership.start_on))
                     .group_by(Membership.member_id)).all()
    return {member_id: day for member_id, day in rows}


def referral_figures(db: Database, actor: Actor, start: date, end: date) -> ReferralFigures:
    """The share of new members from ``start`` to ``end`` referred by someone who had
    joined by the day they did (she may have left since), the members who reached the
    most people, and the longest chain."""
    require(db, actor, Action.COMMUNITY_VIEW)
    if end < start:
        raise ValidationError(translate(
            "errors", "The period ends ({end}) before it starts ({start}).")
            .format(end=end.isoformat(), start=start.isoformat()), field="end")
    with db.transaction() as s:
        net = _load(s, clock.today())
        first = _first_starts(s)
        referrer_of = {m: by for m, by in s.execute(
            select(Member.id, Member.referred_by_id)
            .where(Member.referred_by_id.is_not(None))).all()}
    new, referred = _new_and_referred(first, referrer_of, start, end)
    totals = {n.member.id: n.reached_total for n in _flatten(_trees(net))}
    ranked = sorted(((len(kids), totals.get(m, 0), m) for m, kids in net.children.items()),
                    key=lambda t: (-t[0], -t[1], net.refs[t[2]].code))
    top = tuple(TopReferrer(member=net.refs[m], direct=d, total=t) for d, t, m in ranked[:TOP])
    return ReferralFigures(start=start, end=end, new_members=len(new), referred=referred,
                           top=top, longest_chain=_longest(net))


def _new_and_referred(first: dict[int, date], referrer_of: dict[int, int | None], start: date,
                      end: date) -> tuple[list[int], int]:
    """The members whose first period began from ``start`` to ``end``, and how many of
    them were referred by someone who had joined by the day they did (the rule of
    :func:`referral_figures` and :func:`yearly_referrals`)."""
    new = [m for m, day in first.items() if start <= day <= end]
    referred = 0
    for m in new:
        by = referrer_of.get(m)
        if by is not None and by != m and by in first and first[by] <= first[m]:
            referred += 1
    return new, referred


def yearly_referrals(db: Database, actor: Actor, years: Sequence[int]
                     ) -> dict[int, tuple[int, int]]:
    """For each of ``years``: (new members, of them referred by a member), by the rule
    of :func:`referral_figures` for the year's 1 January to 31 December (one reading
    for all the years: the impact report's)."""
    require(db, actor, Action.COMMUNITY_VIEW)
    with db.transaction() as s:
        first = _first_starts(s)
        referrer_of = {m: by for m, by in s.execute(
            select(Member.id, Member.referred_by_id)
            .where(Member.referred_by_id.is_not(None))).all()}
    found = {}
    for year in years:
        new, referred = _new_and_referred(first, referrer_of, date(year, 1, 1),
                                          date(year, 12, 31))
        found[year] = (len(new), referred)
    return found


def _flatten(nodes: Iterable[ReferralNode]) -> list[ReferralNode]:
    out: list[ReferralNode] = []
    stack = list(nodes)
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(node.reached)
    return out


def member_referrals(db: Database, actor: Actor, member_id: int) -> MemberReferrals:
    """Who referred this member, and whom she referred (by code)."""
    require(db, actor, Action.MEMBER_VIEW)
    today = clock.today()
    with db.transaction() as s:
        member = get_by_id(s, member_id)
        rows = s.execute(
            select(Member.id, Member.code, Member.name, Member.referred_by_id,
                   membership.active_on(today))
            .where((Member.referred_by_id == member_id)
                   | (Member.id == (member.referred_by_id or -1)))
            .order_by(Member.code)).all()
    refs = [(MemberRef(id=i, code=c, name=n, active=bool(a)), r) for i, c, n, r, a in rows]
    by = next((m for m, _r in refs if m.id == member.referred_by_id), None)
    return MemberReferrals(referred_by=by,
                           reached=tuple(m for m, r in refs if r == member_id))



def loops_with(s: Session, given: dict[str, str | None]) -> set[str]:
    """The member codes whose referrer's chain would lead back to them if the referrers
    in ``given`` (code: referrer's code, or None) were written: for an import's check."""
    rows = s.execute(select(Member.id, Member.code, Member.referred_by_id)).all()
    code_of = {i: c for i, c, _r in rows}
    referrer_of = {c: code_of[r] for _i, c, r in rows if r is not None and r in code_of}
    for code, by in given.items():
        if by:
            referrer_of[code] = by
        else:
            referrer_of.pop(code, None)
    found: set[str] = set()
    for code, by in given.items():
        seen: set[str] = set()
        node = by
        while node is not None and node not in seen and node != code:
            seen.add(node)
            node = referrer_of.get(node)
        if by and by != code and node == code:
            found.add(code)
    return found
