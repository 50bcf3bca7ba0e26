"""Is the audit trail whole? Its append-only triggers, and the anchors kept outside it
(:mod:`safehouse.storage.anchors`): in the key file's sealed records and beside every
backup. The hash chain itself is checked by :func:`audit_log.verify_chain`.

A chain that verifies can still have lost its newest entries; an anchor says how long
the trail was at a moment. An anchor the trail no longer holds means entries were cut
off (or replaced), unless it is older than a restore of a backup (then the trail went
back with the restore, and says so itself). Entries written after the newest anchor
can still go unseen: the check says how many there are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from safehouse import clock
from safehouse.audit_actions import AuditAction
from safehouse.errors import translate
from safehouse.models import AuditEntry
from safehouse.services import audit
from safehouse.storage import anchors
from safehouse.storage import backup as store
from safehouse.storage.db import Database

SQLITE_TRIGGERS = ("audit_entries_no_update", "audit_entries_no_delete")
PG_TRIGGER = "audit_entries_append_only"


@dataclass(frozen=True)
class Finding:
    ok: bool
    message: str


@dataclass(frozen=True)
class AnchorFindings:
    problems: tuple[str, ...]  # anchors the trail no longer holds, anchors changed
    notes: tuple[str, ...]  # what holds, and what no anchor covers yet
    since_anchor: int | None  # entries after the newest anchor that holds (None: none)

    @property
    def ok(self) -> bool:
        return not self.problems


def _when(at: datetime) -> str:
    return at.astimezone(clock.zone()).strftime("%Y-%m-%d %H:%M")


# --- the triggers ------------------------------------------------------------------------


def triggers(db: Database) -> Finding:
    """The database still refuses to change or delete audit entries."""
    with db.transaction() as s:
        sound = _sqlite_triggers(s) if db.is_sqlite else _pg_trigger(s)
    if sound:
        return Finding(True, translate(
            "audit", "The database refuses to change or delete audit entries (its "
            "append-only triggers are in place)."))
    return Finding(False, translate(
        "audit", "The audit trail's append-only triggers are missing, disabled or changed: "
        "someone with the database could change or delete entries. Tell whoever looks "
        "after the computer or the server; restoring a backup puts them back."))


def _sqlite_triggers(s: Session) -> bool:
    rows: dict[str, str | None] = {name: sql for name, sql in s.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND tbl_name = 'audit_entries'"))}
    return all("RAISE(ABORT" in (rows.get(name) or "").upper() for name in SQLITE_TRIGGERS)


def _pg_trigger(s: Session) -> bool:
    row = s.execute(text(
        "SELECT t.tgenabled, p.prosrc FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE t.tgrelid = to_regclass('audit_entries') AND t.tgname = :name "
        "AND NOT t.tgisinternal"), {"name": PG_TRIGGER}).first()
    # 'A': fires always, also in replica mode (schema 0005)
    return row is not None and row[0] == "A" and "RAISE EXCEPTION" in row[1].upper()


# --- the anchors --------------------------------------------------------------------------


def anchor_findings(db: Database, folder: Path | None = None) -> AnchorFindings:
    """Every anchor measured against the trail: the key file's and each backup's in
    ``folder`` (default: the database's backups folder)."""
    if db.integrity_key is None:
        return AnchorFindings((), (translate(
            "audit", "The database has no key, so the trail has no anchors."),), None)
    problems: list[str] = []
    notes: list[str] = []
    found: list[tuple[str, anchors.Anchor]] = []
    ring = db.keyring
    if ring is not None:
        if ring.tampering():
            problems.append(translate(
                "audit", "The key file's records were changed outside the program: its "
                "anchor cannot be trusted (administrators are told at the next login)."))
        elif (held := anchors.Anchor.from_json(ring.anchor())) is not None:
            found.append((translate("audit", "the key file"), held))
    unanchored = 0
    for backup in store.backups_in(folder or store.default_folder(db)):
        try:
            anchor = anchors.read_beside(backup, db.integrity_key)
        except anchors.AnchorForged:
            problems.append(translate(
                "audit", "The anchor beside the backup {file} was changed, or belongs to "
                "another backup or database.").format(file=backup.name))
            continue
        if anchor is None:
            unanchored += 1
        else:
            found.append((translate("audit", "the backup {file}").format(file=backup.name),
                          anchor))
    if unanchored:
        notes.append(translate(
            "audit", "Backups without an anchor (made before anchors were kept, or it was "
            "removed): {count}.").format(count=unanchored))
    newest: tuple[anchors.Anchor, int] | None = None
    with db.transaction() as s:
        restored_at = _last_restore(s)
        for source, anchor in found:
            seen = anchors.compare(s, anchor)
            if seen.holds:
                if newest is None or anchor.last_id > newest[0].last_id:
                    newest = (anchor, seen.after)
            elif restored_at is not None and anchor.at < restored_at:
                continue  # the trail went back with that restore, and records it
            else:
                problems.append(_cut(source, anchor, seen))
    if newest is None:
        notes.append(translate(
            "audit", "No anchor holds the trail yet: its newest entries could be removed "
            "unseen until the next login, logout or backup."))
        return AnchorFindings(tuple(problems), tuple(notes), None)
    anchor, after = newest
    notes.insert(0, translate(
        "audit", "Anchors checked: {count}. The newest ({when}) covers the trail up to "
        "entry {entry}.").format(count=len(found), when=_when(anchor.at),
                                 entry=anchor.last_id))
    if after:
        notes.append(translate(
            "audit", "Entries written since the newest anchor: {count}. Until the next "
            "login, logout or backup, removing them would not be seen.").format(count=after))
    else:
        notes.append(translate("audit", "Nothing was written after the newest anchor."))
    return AnchorFindings(tuple(problems), tuple(notes), after)


def _last_restore(s: Session) -> datetime | None:
    at = s.scalar(select(AuditEntry.at).where(
        AuditEntry.action == AuditAction.BACKUP_RESTORE.value)
        .order_by(AuditEntry.id.desc()).limit(1))
    return audit.utc(at) if at is not None else None


def _cut(source: str, anchor: anchors.Anchor, seen: anchors.Comparison) -> str:
    upto = seen.entries_now - seen.after
    missing = anchor.entries - upto
    if missing > 0:
        return translate(
            "audit", "The audit trail was cut back: at {when} ({source}) it had {entries} "
            "entries up to entry {entry}; now it has {now}. At least {missing} entries "
            "were removed.").format(when=_when(anchor.at), source=source,
                                    entries=anchor.entries, entry=anchor.last_id,
                                    now=seen.entries_now, missing=missing)
    return translate(
        "audit", "The audit trail was rewritten: entry {entry}, anchored at {when} "
        "({source}), is no longer the entry written then; entries were removed and others "
        "written in their place.").format(entry=anchor.last_id, when=_when(anchor.at),
                                          source=source)
