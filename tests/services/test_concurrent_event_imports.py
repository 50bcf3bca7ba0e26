"""An event is known by its name and first day (that is how the events CSV finds it
again): two imports of the same file at once, or the window adding an event that is
already there, never leave two events under one name and day."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from safehouse.errors import ConflictError, ValidationError
from safehouse.models import Event
from safehouse.services import events, events_csv
from safehouse.services.dto.community import EventInput
from safehouse.services.dto.imports import ImportResult
from safehouse.storage.db import Database

HEADER = "event,starts_on,ends_on,kind,place,member_code,guests,children"
TIME_LIMIT = 60  # seconds, for everything


def events_file(n: int = 40) -> bytes:
    rows = [f"모임 {i},2025-{1 + i % 12:02d}-{1 + i % 28:02d},,gathering,서울,,{i % 5},1"
            for i in range(n)]
    return ("\r\n".join((HEADER, *rows)) + "\r\n").encode("utf-8")


def twice_at_once(db: Database, admin, data: bytes) -> list[ImportResult | Exception]:  # type: ignore[no-untyped-def]
    start = threading.Barrier(2)
    results: list[ImportResult | Exception | None] = [None, None]

    def work(n: int) -> None:
        own = Database(db.url, schema=db.schema, key=db.key)
        try:
            start.wait(timeout=TIME_LIMIT)
            results[n] = events_csv.import_events(own, admin, data)
        except Exception as err:  # noqa: BLE001 - the test looks at what each got
            results[n] = err
        finally:
            own.dispose()

    threads = [threading.Thread(target=work, args=(n,), daemon=True) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=TIME_LIMIT)
    assert not any(t.is_alive() for t in threads), "an import never finished"
    return [r for r in results if r is not None]


def test_two_imports_of_one_file_at_once_leave_each_event_once(db, admin) -> None:
    data = events_file()
    results = twice_at_once(db, admin, data)
    for r in results:  # each went through, or was refused plainly
        if isinstance(r, ConflictError):
            assert "Try again" in r.message
        else:
            assert isinstance(r, ImportResult) and r.ok, repr(r)
    with db.transaction() as s:
        doubles = s.execute(
            select(Event.name, Event.starts_on, func.count())
            .group_by(Event.name, Event.starts_on).having(func.count() > 1)).all()
        total = s.scalar(select(func.count()).select_from(Event))
    assert doubles == []
    assert total == 40


def test_the_window_cannot_add_an_event_already_there(db, admin) -> None:
    first = EventInput(name="여름 수련회", kind="retreat", starts_on=date(2025, 7, 25),
                       ends_on=date(2025, 7, 27), place="평창")
    events.save_event(db, admin, first)
    with pytest.raises(ValidationError) as refused:
        events.save_event(db, admin, EventInput(name=" 여름 수련회 ", kind="gathering",
                                                starts_on=date(2025, 7, 25)))
    assert refused.value.field == "name"
    assert len(events.list_events(db, admin)) == 1
    other_day = events.save_event(db, admin, EventInput(
        name="여름 수련회", kind="retreat", starts_on=date(2026, 7, 24)))
    corrected = events.save_event(db, admin, EventInput(
        name="여름 수련회", kind="retreat", starts_on=date(2026, 7, 24), place="강릉"),
        other_day.summary.id)
    assert corrected.summary.place == "강릉"
