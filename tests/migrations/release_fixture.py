"""The release fixture: a small database made by this release's demo data, kept in
tests/migrations/fixtures/release-VERSION/ with its key file and a manifest of what it
holds, so that later releases prove they upgrade it with every record intact
(tests/migrations/test_release_fixtures.py).

Make one at each release, before the version number changes::

    make release-fixture          # or: .venv/bin/python -m tests.migrations.release_fixture

The password is fictional and written in the manifest (the data is fictional too).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

import safehouse
from safehouse.models import AuditEntry, Base
from safehouse.services import access, members, rooms, settings
from safehouse.storage import migrate
from safehouse.storage.db import Database
from safehouse.storage.vault import Vault

FIXTURES = Path(__file__).parent / "fixtures"
USER = "admin"
PASSWORD = "release fixture password"  # fictional, like everything in the fixture
DEMO = ("--members", "24", "--seed", "7")


def open_fixture(folder: Path) -> access.Opened:
    """Log in to the fixture database in ``folder`` (which upgrades it, if need be)."""
    vault = Vault(make_url(f"sqlite+pysqlite:///{folder / 'safehouse.db'}"))
    return access.log_in(vault, USER, PASSWORD)


def counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for table in Base.metadata.sorted_tables}


def member_digest(opened: access.Opened) -> str:
    """A digest of every member as the list shows her (code, name, alias, status, birth
    year, joining date)."""
    rows = sorted((m.code, m.name, m.alias, m.status, m.birth_year,
                   m.joined_on.isoformat() if m.joined_on else None)
                  for m in members.list_members(opened.db, opened.actor))
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()


def facts(opened: access.Opened) -> dict[str, Any]:
    """What the manifest records and the test compares after an upgrade."""
    db, actor = opened.db, opened.actor
    with db.engine.connect() as conn:
        last = conn.execute(select(AuditEntry.id, AuditEntry.hash)
                            .order_by(AuditEntry.id.desc()).limit(1)).one()
    listed = members.list_members(db, actor)
    return {
        "organisation": settings.organisation_name(db),
        "members": member_digest(opened),
        "first_members": [[m.code, m.name, m.status] for m in listed[:3]],
        "rooms": sorted(r.name for r in rooms.list_rooms(db, actor)),
        "audit_last": [last.id, last.hash],
    }


def make(version: str = safehouse.__version__) -> Path:
    folder = FIXTURES / f"release-{version}"
    if folder.exists():
        raise SystemExit(f"{folder} exists already; a release's fixture is never remade")
    with tempfile.TemporaryDirectory() as work:
        target = Path(work) / "safehouse.db"
        env = os.environ | {"SAFEHOUSE_PASSWORD": PASSWORD, "HOME": work,
                            "XDG_DATA_HOME": work, "XDG_CONFIG_HOME": work}
        subprocess.run([sys.executable, "-m", "safehouse.cli", "demo", "--db", str(target),
                        "--user", USER, *DEMO], check=True, env=env,
                        stdout=subprocess.DEVNULL)
        opened = open_fixture(Path(work))
        try:
            manifest = {"version": version, "revision": migrate.current_revision(opened.db),
                        "user": USER, "password": PASSWORD, "counts": counts(opened.db),
                        **facts(opened)}
            access.leave(opened.db)
        finally:
            opened.db.dispose()
        folder.mkdir(parents=True)
        for name in ("safehouse.db", "safehouse.db.keys"):
            shutil.copy2(Path(work) / name, folder / name)
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return folder


if __name__ == "__main__":
    print(make(*sys.argv[1:2]))
