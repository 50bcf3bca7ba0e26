"""The key file's records: failed logins, the audit lines they owe, the audit trail's
anchor, and reports of tampering; authenticated as far as their writers allow.

Two kinds of process write them, and only one of them holds the database key:

- A failed login has no key. It can only *append an event* (``tail``): a failed,
  too-soon or locked-out attempt, with the time and the account's name. Each event
  carries a sequence number (one more than the one before) and the SHA-256 of what
  came before it (the sealed part's MAC for the first), so an event removed or changed
  in the middle, or put in front of another sealed part, breaks the chain. Events can
  only raise the counters: nothing a keyless writer adds can lift a lock.
- A process with the key (a login that succeeded, an administrator changing slots or
  lifting a lock, a backup) folds the events into the *sealed* part and writes it with
  an HMAC-SHA256 under a subkey of the database key (HKDF-SHA256, info
  ``b"safehouse key file records v1"``). A sealed part that is missing, changed or
  replaced, a broken chain of events, or an event of any kind but a failed login, is
  *tampering*: the keyed writer that finds it treats it as the worst case (every
  account locked, see :func:`worst_case`) and keeps a report for administrators.

What this cannot do (written down in the README too): the newest events, written
without the key, can be cut off by anyone who can write the file, back to the last
sealed state, unseen; a whole older key file can be put back. Someone who can read the
file can also guess passwords against the slots away from the program, which no
counter here can stop: the counters bound guessing through the program.

Nothing here is personal data: account names only, never a name typed for no account.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safehouse.audit_actions import AuditAction

VERSION = 2
HKDF_INFO = b"safehouse key file records v1"
FAILURES_BEFORE_DELAY = 5
FAILURES_BEFORE_LOCK = 10
LOCK_DURATION = timedelta(minutes=15)
MAX_OWED = 200
MAX_REPORTS = 50

#: The only audit lines a key file may owe: what a login without the key can see.
OWED_ACTIONS = frozenset({
    AuditAction.LOGIN_FAILED, AuditAction.LOGIN_REFUSED_DELAY,
    AuditAction.LOGIN_REFUSED_LOCKED,
})
#: Attempts that count towards the lock (a too-soon attempt counts: guessing in
#: parallel must not get cheaper).
_COUNTED = frozenset({AuditAction.LOGIN_FAILED, AuditAction.LOGIN_REFUSED_DELAY})


class Problem:
    """What tampering was found (stored in reports; words in services.keyfile)."""

    MISSING = "missing"  # the sealed part is gone (or the records were removed)
    FORGED = "forged"  # the sealed part does not carry its MAC
    BROKEN = "broken"  # an event was removed, changed or reordered
    KIND = "kind"  # an owed line of another kind than a failed login
    MALFORMED = "malformed"  # not records of any version


@dataclass
class State:
    """What the records say once the events are folded in (mutable: keyed writers change
    it, then :func:`sealed_form` writes it)."""

    seq: int = 0
    logins: dict[str, dict[str, Any]] = field(default_factory=dict)
    owed: list[dict[str, str]] = field(default_factory=list)
    reports: list[dict[str, Any]] = field(default_factory=list)
    anchor: dict[str, Any] | None = None


@dataclass
class Parsed:
    """The records as stored, read without the key."""

    legacy: bool  # written before records were sealed (or removed: see problems)
    sealed: dict[str, Any] | None
    mac: str
    tail: list[dict[str, Any]]
    problems: list[str]  # what can be seen without the key


def parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return None
    return at if at.tzinfo is not None else None


def _canonical(data: object) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def records_key(key: bytes) -> bytes:
    """The records' HMAC key: derived from the database key, never the key itself."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=HKDF_INFO).derive(key)


def _mac(key: bytes, sealed: dict[str, Any]) -> str:
    return hmac.new(records_key(key), _canonical(sealed), hashlib.sha256).hexdigest()


def _link(previous: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(previous)).hexdigest()


def parse(raw: object) -> Parsed:
    """Read the stored records (a dict from the key file or the ``key_slots`` table)."""
    if not isinstance(raw, dict):
        return Parsed(False, None, "", [], [Problem.MALFORMED])
    if "version" not in raw:
        return _parse_legacy(raw)
    problems: list[str] = []
    sealed = raw.get("sealed")
    mac = raw.get("mac")
    tail = raw.get("tail", [])
    if raw.get("version") != VERSION or set(raw) - {"version", "sealed", "mac", "tail"}:
        problems.append(Problem.MALFORMED)
    if not isinstance(sealed, dict) or not isinstance(mac, str):
        problems.append(Problem.MISSING)
        sealed, mac = None, ""
    if not isinstance(tail, list) or not all(isinstance(e, dict) for e in tail):
        problems.append(Problem.MALFORMED)
        tail = []
    parsed = Parsed(False, sealed, mac, list(tail), problems)
    problems.extend(p for p in _chain_problems(parsed) if p not in problems)
    return parsed


def _parse_legacy(raw: dict[str, Any]) -> Parsed:
    """Records written before they were sealed: the failed logins and owed lines as they
    were. Accepted only while the database has never had sealed records (services
    know: :attr:`keyring.KeyRing.expect_sealed`)."""
    logins = raw.get("logins", {})
    pending = raw.get("pending_audit", [])
    problems: list[str] = []
    if set(raw) - {"logins", "pending_audit"} or not isinstance(logins, dict) \
            or not isinstance(pending, list):
        problems.append(Problem.MALFORMED)
        logins, pending = {}, []
    sealed = {"seq": 0, "logins": logins, "owed": [], "reports": [], "anchor": None}
    tail = []
    for seq, item in enumerate(pending, start=1):
        if not isinstance(item, dict):
            problems.append(Problem.MALFORMED)
            continue
        tail.append({"seq": seq, "prev": "", "at": item.get("at", ""),
                     "action": item.get("action", ""), "username": item.get("username", "")})
    if any(e["action"] not in OWED_ACTIONS for e in tail):
        problems.append(Problem.KIND)
    return Parsed(True, sealed, "", tail, problems)


def _chain_problems(parsed: Parsed) -> list[str]:
    problems: list[str] = []
    base = parsed.sealed.get("seq", 0) if parsed.sealed is not None else 0
    prev = parsed.mac
    for n, event in enumerate(parsed.tail, start=1):
        if event.get("seq") != (base if isinstance(base, int) else 0) + n \
                or event.get("prev") != prev:
            problems.append(Problem.BROKEN)
            break
        prev = _link(event)
    if any(e.get("action") not in OWED_ACTIONS for e in parsed.tail):
        problems.append(Problem.KIND)
    return problems


def problems(parsed: Parsed, key: bytes, *, expect_sealed: bool) -> list[str]:
    """Every sign of tampering, the MAC checked with ``key``. ``expect_sealed``: the
    database says its records have been sealed before, so a legacy form means they were
    removed."""
    found = list(parsed.problems)
    if parsed.legacy:
        if expect_sealed and Problem.MISSING not in found:
            found.append(Problem.MISSING)
    elif parsed.sealed is not None and not hmac.compare_digest(
            parsed.mac, _mac(key, parsed.sealed)):
        found.append(Problem.FORGED)
    return found


def _as_int(value: object) -> int:
    return value if isinstance(value, int) and value >= 0 else 0


def fold(parsed: Parsed) -> State:
    """The state the records describe: the sealed part with every event applied in order.
    Events of another kind are dropped (they are reported by :func:`problems`)."""
    sealed = parsed.sealed or {}
    state = State(seq=_as_int(sealed.get("seq", 0)))
    logins = sealed.get("logins", {})
    if isinstance(logins, dict):
        state.logins = {str(k): dict(v) for k, v in logins.items() if isinstance(v, dict)}
    for key, target in (("owed", state.owed), ("reports", state.reports)):
        items = sealed.get(key, [])
        if isinstance(items, list):
            target.extend(dict(i) for i in items if isinstance(i, dict))
    anchor = sealed.get("anchor")
    state.anchor = dict(anchor) if isinstance(anchor, dict) else None
    for event in parsed.tail:
        state.seq += 1
        action, username = str(event.get("action", "")), str(event.get("username", ""))
        at = parse_time(event.get("at"))
        if not parsed.legacy:
            apply_event(state, action, username, at)
        elif action in OWED_ACTIONS and at is not None:  # counted in its logins already
            state.owed.append({"at": at.isoformat(), "action": action, "username": username})
    return state


def apply_event(state: State, action: str, username: str, at: datetime | None) -> None:
    """One attempt made without the key: an owed audit line, and for an account's
    failed or too-soon attempt, one more failure (a lock after ten)."""
    if action not in OWED_ACTIONS or at is None:
        return
    state.owed.append({"at": at.isoformat(), "action": action, "username": username})
    del state.owed[:-MAX_OWED]
    if not username or action not in _COUNTED:
        return
    entry = state.logins.setdefault(username, {})
    until = parse_time(entry.get("locked_until"))
    failures = _as_int(entry.get("failures", 0))
    if until is not None and at >= until:  # the lock ran out: count from zero
        failures, until = 0, None
    failures += 1
    if failures >= FAILURES_BEFORE_LOCK and until is None:
        until = at + LOCK_DURATION
    entry.update(failures=failures, last=at.isoformat(),
                 locked_until=until.isoformat() if until else None)


def with_event(raw: object, action: AuditAction, username: str, at: datetime) -> dict[str, Any]:
    """The stored records with one keyless event appended (and nothing else changed)."""
    if action not in OWED_ACTIONS:
        raise ValueError(action)
    parsed = parse(raw)
    if parsed.legacy:  # kept in its own form until a keyed writer seals it
        assert isinstance(raw, dict)
        pending = list(raw.get("pending_audit", []))
        pending.append({"at": at.isoformat(), "action": action.value, "username": username})
        state = fold(parsed)
        apply_event(state, action.value, username, at)
        return {"logins": state.logins, "pending_audit": pending[-MAX_OWED:]}
    assert isinstance(raw, dict)
    tail = list(parsed.tail)
    if tail:
        prev = _link(tail[-1])
        seq = _as_int(tail[-1].get("seq", 0)) + 1
    else:
        prev = parsed.mac
        seq = _as_int((parsed.sealed or {}).get("seq", 0)) + 1
    tail.append({"seq": seq, "prev": prev, "at": at.isoformat(), "action": action.value,
                 "username": username})
    return {**raw, "tail": tail}


def sealed_form(state: State, key: bytes) -> dict[str, Any]:
    """The records as a keyed writer stores them: everything sealed, no events."""
    sealed = {
        "seq": state.seq, "logins": state.logins, "owed": state.owed[-MAX_OWED:],
        "reports": state.reports[-MAX_REPORTS:], "anchor": state.anchor,
    }
    return {"version": VERSION, "sealed": sealed, "mac": _mac(key, sealed), "tail": []}


def worst_case(state: State, usernames: frozenset[str], found: list[str],
               now: datetime) -> None:
    """Tampering was found: nobody knows how many attempts were hidden, so every account
    is locked as if it had failed ten times now, and a report waits for administrators
    (an audit line at the next login, a notice at an administrator's)."""
    until = (now + LOCK_DURATION).isoformat()
    for name in usernames:
        state.logins[name] = {"failures": FAILURES_BEFORE_LOCK, "last": now.isoformat(),
                              "locked_until": until}
    state.reports.append({"at": now.isoformat(), "what": sorted(set(found)),
                          "audited": False, "seen": False})


def locked_until(state: State, username: str, now: datetime) -> datetime | None:
    until = parse_time(state.logins.get(username, {}).get("locked_until"))
    return until if until is not None and until > now else None
