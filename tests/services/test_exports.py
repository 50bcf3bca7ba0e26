"""One export path: a service builds the file, exports.save writes it (0600) and only
then audits it. A write that fails leaves the trail as it was."""

from __future__ import annotations

import stat
from datetime import datetime

import pytest
from sqlalchemy import select

from safehouse import clock
from safehouse.errors import PermissionDenied, ValidationError
from safehouse.models import AuditEntry
from safehouse.services import audit_log, auth, exports, member_csv, members
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.exports import ExportKind
from safehouse.services.dto.people import MemberInput
from safehouse.storage.db import Database
from tests.conftest import TEST_PASSWORD


def actions(db: Database) -> list[str]:
    with db.transaction() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def details(db: Database, action: str) -> list[str]:
    with db.transaction() as s:
        return list(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == action)))


def two_members(db: Database, admin: Actor) -> None:
    for name in ("김하나", "이은비"):
        members.create_member(db, admin, MemberInput(name=name))


def test_building_an_export_counts_its_rows_and_audits_nothing(db, admin):
    two_members(db, admin)
    before = actions(db)
    export = member_csv.export_members(db, admin)
    assert (export.kind, export.rows) == (ExportKind.MEMBERS, 2)
    assert len(export.data.decode("utf-8-sig").splitlines()) == 3  # the header, 2 rows
    assert actions(db) == before


def test_saving_writes_a_private_file_then_one_audit_line_with_the_row_count(
        db, admin, tmp_path):
    two_members(db, admin)
    target = tmp_path / "members.csv"
    target.write_bytes(b"an older file, readable by all")
    target.chmod(0o644)
    export = exports.save(db, admin, member_csv.export_members(db, admin), target)
    assert target.read_bytes() == export.data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert actions(db)[-1] == "member.export"
    assert details(db, "member.export") == ["rows=2"]


def test_a_write_that_fails_leaves_no_audit_line(db, admin, tmp_path):
    two_members(db, admin)
    before = actions(db)
    missing = tmp_path / "no such folder" / "members.csv"
    with pytest.raises(ValidationError) as info:
        exports.save(db, admin, member_csv.export_members(db, admin), missing)
    assert info.value.field == "file"
    assert str(missing) in info.value.message
    assert actions(db) == before
    assert not missing.exists()

    export = audit_log.export_csv(db, admin)
    with pytest.raises(ValidationError):
        exports.save(db, admin, export, tmp_path)  # a folder, not a file
    assert actions(db) == before


def test_the_audit_log_export_records_its_filters_but_not_their_values(
        db, admin, tmp_path):
    two_members(db, admin)
    code = members.list_members(db, admin)[0].code
    export = exports.save(db, admin, audit_log.export_csv(db, admin, member_code=code),
                          tmp_path / "audit.csv")
    assert export.rows == 1  # the member's admission
    newest = audit_log.list_entries(db, admin, limit=1)[0]
    assert (newest.action, newest.member_code) == ("audit.export", code)
    assert newest.fields == ("member_code", "rows=1")


def test_someone_without_the_right_cannot_save_an_export_made_by_another(
        db, admin, tmp_path):
    auth.create_user(db, admin, username="mina", display_name="Staff", role="staff",
                     password=TEST_PASSWORD)
    staff = auth.login(db, "mina", TEST_PASSWORD)
    export = member_csv.export_members(db, admin)
    before = actions(db)
    with pytest.raises(PermissionDenied):
        exports.save(db, staff, export, tmp_path / "members.csv")
    assert not (tmp_path / "members.csv").exists()
    assert actions(db) == before


def test_the_suggested_name_carries_the_days_date():
    clock.set_now(datetime(2025, 3, 1, 9, 0))
    try:
        assert exports.suggested_name(ExportKind.MEMBERS) == "members-2025-03-01.csv"
        assert exports.suggested_name(ExportKind.AUDIT_LOG) == "audit-log-2025-03-01.csv"
    finally:
        clock.set_now(None)
