"""Nothing personal in the clear anywhere but where the user exported it, and nothing
confidential in any printed report.

Unique canary strings go into every personal field; the program is then used as an
office would (edits, a status change, an erased note, a crash in the middle of a write,
backups, a CSV export to a chosen folder, the log); then every file the program could
have touched — the database and its -wal/-shm, the key file, the backup folder, the log
folder, the temporary folder, the settings — is scanned in UTF-8 and UTF-16. The only
hits allowed are in the folder the user chose for the export.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from safehouse.logs import setup_logging
from safehouse.services import (
    access,
    auth,
    backups,
    households,
    keep_away,
    member_csv,
    members,
    purge,
    rooms,
    survey_csv,
    wellbeing,
    wellbeing_alerts,
)
from safehouse.services import exports as export_service
from safehouse.services.dto.people import MemberInput
from safehouse.services.dto.wellbeing import ResponseInput
from safehouse.services.reports import produce
from safehouse.services.reports.requests import ReportRequest
from tests.conftest import TEST_PASSWORD, sqlite_vault

# PHQ-9 answers no other record holds (17, moderately severe; item 9 raises an alert)
SCREENING_ANSWERS = ((3, 2, 3, 1, 2, 1, 2, 0, 3), (2, 3, 1, 3, 1, 2, 2, 1, 2))


def canaries(n: int) -> list[str]:
    return [f"QZX{n:02d}canary{i}" for i in range(2)] + [f"카나리{n:02d}새{i}" for i in range(2)]


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def scan(root: Path, needles: list[str], skip: Path) -> list[str]:
    hits = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or skip in path.parents:
            continue
        data = path.read_bytes()
        for needle in needles:
            if any(enc in data for enc in _encodings(needle)):
                hits.append(f"{path.relative_to(root)}: {needle}")
    return hits


CRASH = textwrap.dedent("""
    import os, sys
    from sqlalchemy.engine import make_url
    from safehouse.models import Member
    from safehouse.services import access
    from safehouse.storage.vault import Vault

    opened = access.log_in(Vault(make_url(sys.argv[1])), "admin", sys.argv[2])
    with opened.db.transaction() as s:
        s.add(Member(code="M-9999", name=sys.argv[3], alias="", phone="", notes=sys.argv[3],
                     status="enquiry"))
        s.flush()
        os._exit(3)  # the power goes out between the write and the commit
""")


@pytest.fixture
def log_path() -> Iterator[Path]:
    """The program's own log file, as the application sets it up."""
    path = setup_logging(logging.INFO)
    yield path
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", "") == str(path):
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


def test_no_personal_text_outside_what_the_user_exported(tmp_path, private_tmp, log_path):
    assert tmp_path in log_path.parents
    vault = sqlite_vault(tmp_path / "data", "safehouse.db")
    (tmp_path / "data").mkdir()
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    db, admin = opened.db, opened.actor
    needles: list[str] = []
    try:
        room = rooms.create_room(db, admin, name="101", floor=1, capacity=4)
        created = []
        for n in range(3):
            name, alias, phone_word, note = canaries(n)
            needles += [name, alias, phone_word, note]
            m = members.create_member(db, admin, MemberInput(
                name=name, alias=alias, phone=f"010-0000-{n:04d} {phone_word}",
                notes=note, status="active", joined_on=date(2025, 1, 2 + n),
                birth_year=1990 + n))
            created.append(m)
            rooms.assign(db, admin, m.id, room.id, date(2025, 2, 1 + n), bed_label=f"B{n}")
            ka_name, ka_desc = canaries(n + 10)[:2]
            needles += [ka_name, ka_desc]
            keep_away.save_keep_away(db, admin, m.id, person_name=ka_name,
                                     relation="broker", description=ka_desc)
        hh_name = canaries(20)[0]
        needles.append(hh_name)
        household = households.create_household(db, admin, created[0].id, name=hh_name)
        households.add_to_household(db, admin, household.id, created[1].id, "child")
        # edits leave old versions of rows behind in pages and the WAL
        edited = canaries(30)[3]
        needles.append(edited)
        members.update_member(db, admin, created[2].id, MemberInput(
            name=created[2].name, alias=created[2].alias, notes=edited, status="active",
            joined_on=created[2].joined_on, birth_year=created[2].birth_year))
        members.set_status(db, admin, created[1].id, "alumni", date(2026, 1, 5))
        purge.erase_notes(db, admin, created[0].id, created[0].code)
        staff_name = canaries(40)[0]
        needles.append(staff_name)
        auth.create_user(db, admin, username="staffer", display_name=staff_name,
                         role="staff", password="staff password 1")

        # screenings: their answers, score and band as they would read in the clear (the
        # sealed JSON), and an alert's note
        for answers in SCREENING_ANSWERS:
            made = wellbeing.record_response(db, admin, ResponseInput(
                created[0].id, "phq9", date(2025, 6, 1), answers))
        needles += [f'"answers": {list(a)}' for a in SCREENING_ANSWERS]
        needles += ['"band": "moderately_severe"', '"kind": "self_harm"']
        alert_note = canaries(60)[3]
        needles.append(alert_note)
        wellbeing_alerts.acknowledge(db, admin, made.alert_ids[0], alert_note)
        survey_csv.import_surveys(db, admin, (
            "member_code,taken_on,health,repatriation_threat\n"
            f"{created[1].code},2025-06-01,2,예\n").encode())

        backups.make_backup(db, admin)
        exports = tmp_path / "exports"
        exports.mkdir()
        export_service.save(db, admin, member_csv.export_members(db, admin),
                            exports / "members.csv")
        export_service.save(db, admin, survey_csv.export_surveys(db, admin),
                            exports / "surveys.csv")
        # every report, made in memory (nothing in the temporary folder) and two saved
        # where the user chose: no confidential note, keep-away entry or alert note
        confidential = [canaries(n)[3] for n in range(3)] + [edited, alert_note]
        confidential += [c for n in range(3) for c in canaries(n + 10)[:2]]
        for request in (
                ReportRequest("progress", member_ids=tuple(m.id for m in created),
                              start=date(2025, 1, 1), end=date(2026, 6, 1)),
                ReportRequest("progress", lang="ko", member_ids=(created[2].id,)),
                ReportRequest("roster", on=date(2025, 3, 1)),
                ReportRequest("impact", first_year=2025, last_year=2026),
                ReportRequest("schedule", week=date(2025, 3, 3))):
            pdf = produce.produce(db, admin, request)
            shown = "".join(p.extract_text() or "" for p in PdfReader(BytesIO(pdf)).pages)
            assert not [c for c in confidential if c in shown], request.kind
            if len(request.member_ids) > 1:
                assert canaries(0)[0] in shown  # the text is read: her name is there
        produce.save(db, admin, ReportRequest("roster", on=date(2025, 3, 1)),
                     produce.produce(db, admin, ReportRequest("roster", on=date(2025, 3, 1))),
                     exports / "roster.pdf")
    finally:
        db.dispose()

    crash_name = canaries(50)[1]
    needles.append(crash_name)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    done = subprocess.run(
        [sys.executable, "-c", CRASH, str(vault.url), TEST_PASSWORD, crash_name],
        env=env, capture_output=True, timeout=120, check=False,
    )
    assert done.returncode == 3, done.stderr.decode(errors="replace")[-2000:]
    assert crash_name.encode() not in done.stdout + done.stderr

    # what the crash left behind (a -wal, a -shm) is scanned before anything tidies up
    assert scan(tmp_path, needles, skip=tmp_path / "exports") == []

    # after the crash the program opens cleanly; the half-written member is not there
    back = access.log_in(vault, "admin", TEST_PASSWORD)
    try:
        assert all(m.code != "M-9999" for m in members.list_members(back.db, back.actor))
    finally:
        back.db.dispose()
    logging.getLogger("safehouse").warning("a line in the log, to be sure it is scanned")

    exported = (tmp_path / "exports" / "members.csv").read_bytes()
    assert canaries(0)[0].encode() in exported  # the scanner does find what is there
    surveys = (tmp_path / "exports" / "surveys.csv").read_bytes()
    assert f"{created[1].code},2025-06-01,2,yes".encode() in surveys
    assert scan(tmp_path, needles, skip=tmp_path / "exports") == []
    scanned = {p.name for p in tmp_path.rglob("*") if p.is_file()}
    assert {"safehouse.db", "safehouse.db.keys", "safehouse.log"} <= scanned
    assert any(name.startswith("safehouse-") for name in scanned)  # the backup
