"""Export sessions as a calendar through the window (issue 8, item 7): one counselor or
all, a range of days, members by code unless names are chosen (with a warning), the
file parsed back with icalendar, the export audited. All data fictional."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import recurring_ical_events
import shiboken6
from icalendar import Calendar
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy import select

from safehouse.models import AuditEntry
from safehouse.services import auth, sessions
from safehouse.services.dto.counseling import Frequency, Recurrence
from safehouse.ui.context import AppContext
from safehouse.ui.schedule import export_dialog
from safehouse.ui.schedule.export_dialog import ExportSessionsDialog, default_range
from tests.conftest import TEST_PASSWORD, OnDay
from tests.services.counseling_fixtures import House, house

WEDNESDAY = date(2026, 3, 4)

pytestmark = [pytest.mark.usefixtures("shown_errors", "no_confirmations"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


@pytest.fixture(autouse=True)
def _noon(on_day: OnDay) -> None:
    on_day(WEDNESDAY)


@pytest.fixture
def h(sqlite_ctx: AppContext) -> House:
    made = house(sqlite_ctx.db, sqlite_ctx.actor)
    sessions.book(made.db, made.admin, made.session(datetime(2026, 3, 2, 10)),
                  Recurrence(Frequency.WEEKLY, count=4))
    sessions.book(made.db, made.admin, made.session(
        datetime(2026, 3, 5, 14), counselor=made.other_counselor, member_ids=(made.somang,),
        place="Cafe Haneul"))
    sessions.book(made.db, made.admin, made.session(datetime(2026, 9, 1, 9)))  # later
    return made


def choosing(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    asked: list[str] = []

    def choose(_parent: QWidget, title: str, suggested: str, _filter: str
               ) -> tuple[str, str]:
        asked.append(suggested)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return asked


def opened(qtbot, ctx: AppContext) -> ExportSessionsDialog:  # type: ignore[no-untyped-def]
    dialog = ExportSessionsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def events_of(path: Path) -> list[tuple[str, str]]:
    cal = Calendar.from_ical(path.read_bytes())
    return sorted((str(e.decoded("dtstart").isoformat()), str(e.get("summary")))
                  for e in recurring_ical_events.of(cal).between(
                      datetime(2026, 1, 1), datetime(2027, 1, 1)))


def test_one_counselors_sessions_by_code_through_the_dialog(qtbot, sqlite_ctx, h,
                                                            monkeypatch, tmp_path):
    target = tmp_path / "yoon"  # the suffix is added
    asked = choosing(monkeypatch, target)
    dialog = opened(qtbot, sqlite_ctx)
    assert default_range(WEDNESDAY) == (date(2026, 3, 1), date(2026, 5, 31))
    assert (dialog.from_edit.date(), dialog.to_edit.date()) == (
        QDate(2026, 3, 1), QDate(2026, 5, 31))
    assert not dialog.names.isChecked() and not dialog.names_warning.isVisibleTo(dialog)
    dialog.counselor.setCurrentIndex(dialog.counselor.findText("Yoon Counselor"))
    with qtbot.waitSignal(dialog.sig_exported, timeout=10000) as said:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert asked == [str(Path.home() / "sessions-2026-03-04.ics")]
    written = tmp_path / "yoon.ics"
    assert said.args == [f"Sessions exported: 4. The calendar is in {written}."]
    assert written.stat().st_mode & 0o077 == 0  # readable by its owner only
    # a calendar program sees the four weekly sessions, by code, with no names
    assert events_of(written) == [
        (f"2026-03-{d:02d}T10:00:00+09:00", "Individual: M-0001 (Yoon Counselor)")
        for d in (2, 9, 16, 23)]
    assert "김하나".encode() not in written.read_bytes()
    with sqlite_ctx.db.transaction() as s:
        assert s.scalars(select(AuditEntry.action).where(
            AuditEntry.action == "session.export")).all() == ["session.export"]


def test_names_are_shown_only_when_ticked_with_a_warning(qtbot, sqlite_ctx, h, monkeypatch,
                                                         tmp_path):
    target = tmp_path / "all.ics"
    choosing(monkeypatch, target)
    dialog = opened(qtbot, sqlite_ctx)
    dialog.names.setChecked(True)
    assert dialog.names_warning.isVisibleTo(dialog)
    assert "can read who comes to counseling" in dialog.names_warning.text()
    assert dialog.ok_button.text() == "&Export with names…"
    with qtbot.waitSignal(dialog.sig_exported, timeout=10000):
        dialog.ok_button.click()
    found = events_of(target)
    assert ("2026-03-05T14:00:00+09:00", "Individual: 박소망 (Jang Counselor)") in found
    assert len(found) == 5  # all counselors; the one in September is outside the range


def test_a_reversed_range_and_a_cancelled_save_dialog_write_nothing(qtbot, sqlite_ctx, h,
                                                                    monkeypatch, tmp_path):
    choosing(monkeypatch, None)
    dialog = opened(qtbot, sqlite_ctx)
    dialog.to_edit.setDate(QDate(2026, 2, 1))
    assert not dialog.ok_button.isEnabled()
    assert dialog.error_text("start") == (
        "The last day (2026-02-01) is before the first (2026-03-01).")
    dialog.to_edit.setDate(QDate(2026, 12, 31))
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()  # the save dialog is cancelled: the form stays
    assert dialog.isVisible() and list(tmp_path.glob("*.ics")) == []


def test_the_entry_point_opens_the_dialog_and_tells_the_result(qtbot, sqlite_ctx, h,
                                                               monkeypatch, tmp_path):
    choosing(monkeypatch, tmp_path / "s.ics")
    told: list[str] = []
    monkeypatch.setattr(export_dialog, "tell", lambda _parent, text: told.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    export_dialog.export_sessions(parent, sqlite_ctx)
    dialog = parent.findChild(ExportSessionsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: told != [], timeout=10000)
    assert told == [f"Sessions exported: 5. The calendar is in {tmp_path / 's.ics'}."]
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed, and deleted
    # opened again: a fresh form, and the one before is let go
    export_dialog.export_sessions(parent, sqlite_ctx)
    qtbot.waitUntil(lambda: len(parent.findChildren(ExportSessionsDialog)) == 1)
    again = parent.findChild(ExportSessionsDialog)
    assert again is not None and again.isVisible() and not again.names.isChecked()


def test_a_role_that_may_not_export_is_told_so(qtbot, sqlite_ctx, shown_errors):
    auth.create_user(sqlite_ctx.db, sqlite_ctx.actor, username="mirae", display_name="Mirae",
                     role="counselor", password=TEST_PASSWORD)
    counselor = AppContext(sqlite_ctx.db, auth.login(sqlite_ctx.db, "mirae", TEST_PASSWORD),
                           sqlite_ctx.hub)
    parent = QWidget()
    qtbot.addWidget(parent)
    export_dialog.export_sessions(parent, counselor)
    assert parent.findChild(ExportSessionsDialog) is None
    assert shown_errors == ["Your role may not export. Ask a manager."]
    shown_errors.clear()


def test_a_file_that_cannot_be_written_is_said_in_the_dialog(qtbot, sqlite_ctx, h,
                                                             monkeypatch, tmp_path):
    choosing(monkeypatch, tmp_path / "no such folder" / "s.ics")
    dialog = opened(qtbot, sqlite_ctx)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=10000)
    assert dialog.error_text().startswith(f"Cannot write {tmp_path / 'no such folder'}")
    assert dialog.isVisible() and dialog.ok_button.isEnabled()  # try another file
    with sqlite_ctx.db.transaction() as s:  # nothing written, nothing audited
        assert s.scalars(select(AuditEntry.action).where(
            AuditEntry.action == "session.export")).all() == []
