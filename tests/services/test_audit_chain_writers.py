"""Two writers at once on SQLite keep one audit chain (the driver begins its
transaction only at the first write: an audit line written first once read the chain's
head outside any transaction, and concurrent readings forked the chain)."""

from __future__ import annotations

import threading
from pathlib import Path

from safehouse.audit_actions import AuditAction
from safehouse.services import audit, audit_log
from tests.conftest import make_admin, sqlite_vault


def test_concurrent_audit_only_units_of_work_keep_one_chain(tmp_path: Path) -> None:
    db = sqlite_vault(tmp_path).create()
    try:
        actor = make_admin(db)
        errors: list[str] = []

        def readings() -> None:
            for _ in range(40):
                try:
                    with db.transaction() as s:
                        audit.record(s, actor, AuditAction.MEMBER_VIEW, entity="member",
                                     entity_id=1, member_id=None)
                except Exception as e:  # noqa: BLE001 - any failure fails the test
                    errors.append(type(e).__name__)

        threads = [threading.Thread(target=readings) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert errors == []
        result = audit_log.verify_chain(db, actor)
        assert result.ok, result.message
        assert result.entries >= 120
    finally:
        db.dispose()
