"""The events CSV from the Community page, as the other files go in and out: the export
says it is working, writes the file and says how many rows went to it (or shows why
not); a page closed while it writes is not called back; the import is the one CSV
import dialog, in its words."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from safehouse.services import events, events_csv, members
from safehouse.services.dto.community import EventInput
from safehouse.services.dto.people import MemberInput
from safehouse.ui import worker
from safehouse.ui.community.events_panel import EventsPanel
from safehouse.ui.context import AppContext
from safehouse.ui.csv_import_dialog import DONE, NOTHING, PROBLEMS, READY

pytestmark = [pytest.mark.qt_log_ignore(r"This plugin does not support"),
              pytest.mark.usefixtures("shown_errors")]

HEADER = "event,starts_on,ends_on,kind,place,member_code,guests,children"


def panel_of(qtbot, ctx: AppContext) -> EventsPanel:  # type: ignore[no-untyped-def]
    panel = EventsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    panel.reload()
    return panel


def an_event(ctx: AppContext) -> str:
    """An event that one member came to with two guests; her code."""
    member = members.create_member(ctx.db, ctx.actor, MemberInput(
        name="김하나", status="active", joined_on=date(2024, 1, 1)))
    saved = events.save_event(ctx.db, ctx.actor, EventInput(
        kind="gathering", name="봄 모임", starts_on=date(2026, 4, 1)))
    events.set_attendance(ctx.db, ctx.actor, saved.summary.id, [member.id],
                          guests=2, children=0)
    return member.code


def test_the_export_says_it_is_working_then_how_many_rows_it_wrote(
        qtbot, sqlite_ctx, tmp_path, monkeypatch):
    code = an_event(sqlite_ctx)
    panel = panel_of(qtbot, sqlite_ctx)
    release = threading.Event()
    real = events_csv.export_events

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(events_csv, "export_events", held)
    out = tmp_path / "events.csv"
    panel.export_file(out)
    assert panel.status_label.text() == "Exporting events…"
    assert not panel.export_button.isEnabled()  # one export at a time
    release.set()
    qtbot.waitUntil(lambda: panel.export_button.isEnabled(), timeout=10000)
    assert panel.status_label.text() == f"Exported 2 rows of events to {out}."
    written = out.read_text(encoding="utf-8-sig").splitlines()
    assert written[0] == HEADER
    assert written[1:] == [f"봄 모임,2026-04-01,2026-04-01,gathering,,{code},,",
                           "봄 모임,2026-04-01,2026-04-01,gathering,,,2,0"]


def test_an_export_that_cannot_write_shows_why_and_can_be_tried_again(
        qtbot, sqlite_ctx, tmp_path, shown_errors):
    an_event(sqlite_ctx)
    panel = panel_of(qtbot, sqlite_ctx)
    panel.export_file(tmp_path / "no such folder" / "events.csv")
    qtbot.waitUntil(lambda: shown_errors != [], timeout=10000)
    assert shown_errors.pop().startswith("Cannot write")
    assert panel.status_label.text() == ""  # not "Exporting…" for ever
    assert panel.export_button.isEnabled()
    out = tmp_path / "events.csv"
    panel.export_file(out)
    qtbot.waitUntil(lambda: out.exists(), timeout=10000)


def test_a_panel_closed_while_it_exports_is_not_called_back(
        qtbot, sqlite_ctx, tmp_path, monkeypatch):
    an_event(sqlite_ctx)
    host = QWidget()
    qtbot.addWidget(host)
    panel = EventsPanel(sqlite_ctx, host)
    panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    panel.reload()
    release, started = threading.Event(), threading.Event()
    real = events_csv.export_events

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(events_csv, "export_events", held)
    before = worker.pending()
    out = tmp_path / "events.csv"
    panel.export_file(out)
    assert started.wait(5), "the export never started"
    gone: list[bool] = []
    panel.destroyed.connect(lambda: gone.append(True))
    panel.close()  # deleted while the export still runs
    qtbot.waitUntil(lambda: gone == [True], timeout=5000)
    assert not shiboken6.isValid(panel)
    release.set()
    qtbot.waitUntil(lambda: worker.pending() == before, timeout=10000)
    qtbot.wait(50)  # a late call into the deleted panel would raise here
    assert out.exists()  # the file is written all the same


def test_the_import_is_the_one_import_dialog_in_its_words(qtbot, sqlite_ctx, tmp_path):
    code = members.create_member(sqlite_ctx.db, sqlite_ctx.actor, MemberInput(
        name="김하나", status="active", joined_on=date(2024, 1, 1))).code
    panel = panel_of(qtbot, sqlite_ctx)
    path = tmp_path / "events.csv"
    path.write_text(f"{HEADER}\r\n봄 모임,2026-04-01,,gathering,,{code},0,0\r\n"
                    "봄 모임,2026-04-01,,gathering,,,3,1\r\n", encoding="utf-8")
    dialog = panel.import_file(path)
    qtbot.waitUntil(lambda: dialog.state == READY, timeout=10000)
    assert dialog.windowTitle() == "Import events"
    assert dialog.status_label.text() == (
        "2 rows are ready: 1 new event, 0 corrected. Nothing has been written yet.")
    assert events.list_events(sqlite_ctx.db, sqlite_ctx.actor) == []
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == DONE, timeout=10000)
    assert panel.status_label.text() == "Imported: 1 new event, 0 corrected."
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    (row,) = panel.model.rows()
    assert (row.name, row.members, row.guests, row.children) == ("봄 모임", 1, 3, 1)


def test_an_events_file_with_problems_lists_each_and_imports_nothing(
        qtbot, sqlite_ctx, tmp_path):
    panel = panel_of(qtbot, sqlite_ctx)
    path = tmp_path / "events.csv"
    path.write_text(f"{HEADER}\r\n봄 모임,2026-04-01,,gathering,,NOPE-0001,0,0\r\n"
                    "봄 모임,2026-13-01,,gathering,,,3,1\r\n", encoding="utf-8")
    dialog = panel.import_file(path)
    qtbot.waitUntil(lambda: dialog.state == PROBLEMS, timeout=10000)
    assert dialog.status_label.text() == (
        "2 problems were found. Nothing was imported: correct the file and try again.")
    assert [(p.line, p.column) for p in dialog.problems()] == [
        (2, "member_code"), (3, "starts_on")]
    assert events.list_events(sqlite_ctx.db, sqlite_ctx.actor) == []


def spring_file(tmp_path: Path, code: str, guests: int) -> Path:
    path = tmp_path / "events.csv"
    path.write_text(f"{HEADER}\r\n봄 모임,2026-04-01,,gathering,,{code},,\r\n"
                    f"봄 모임,2026-04-01,,gathering,,,{guests},0\r\n", encoding="utf-8")
    return path


def test_an_events_file_imported_again_unchanged_has_nothing_to_import(
        qtbot, ctx, tmp_path):
    code = an_event(ctx)  # 봄 모임: she came, with two guests
    panel = panel_of(qtbot, ctx)
    before = events.list_events(ctx.db, ctx.actor)
    dialog = panel.import_file(spring_file(tmp_path, code, guests=2))
    qtbot.waitUntil(lambda: dialog.state == NOTHING, timeout=10000)
    assert dialog.status_label.text() == (
        "2 rows checked: every event is already as the file says. There is nothing to "
        "import.")
    assert not dialog.import_button.isVisible()
    assert events.list_events(ctx.db, ctx.actor) == before
    dialog.close()
    changed = panel.import_file(spring_file(tmp_path, code, guests=3))
    qtbot.waitUntil(lambda: changed.state == READY, timeout=10000)
    assert changed.status_label.text() == (
        "2 rows are ready: 0 new events, 1 corrected. Nothing has been written yet.")
    qtbot.mouseClick(changed.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: changed.state == DONE, timeout=10000)
    assert panel.status_label.text() == "Imported: 0 new events, 1 corrected."
    assert [e.guests for e in events.list_events(ctx.db, ctx.actor)] == [3]
