"""The audit log on a long trail: a page at a time, more as it scrolls, sorted by the
database. On SQLite and PostgreSQL (the ``ctx`` fixture)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from safehouse.audit_actions import AuditAction
from safehouse.services import audit, audit_log
from safehouse.services.dto.audit import AuditSort
from safehouse.ui.admin.audit_tab import COL_ID, COL_USER, AuditTab
from safehouse.ui.context import AppContext
from safehouse.ui.paged_model import PAGE_SIZE

pytestmark = pytest.mark.usefixtures("shown_errors")

LONG = 2 * PAGE_SIZE + 7


@pytest.fixture
def long_trail(ctx: AppContext) -> int:
    """LONG entries more, each for another record: half by the account, half under a
    name typed at a login."""
    with ctx.db.transaction() as s:
        for i in range(LONG):
            audit.record(s, ctx.actor if i % 2 else None, AuditAction.MEMBER_VIEW,
                         entity="member", entity_id=i + 1, username="yuna")
    return audit_log.count_entries(ctx.db, ctx.actor)


def make_tab(qtbot, ctx: AppContext) -> AuditTab:  # type: ignore[no-untyped-def]
    tab = AuditTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_log_reads_a_page_and_more_as_it_scrolls(qtbot, ctx, long_trail):
    tab = make_tab(qtbot, ctx)
    model = tab.model
    assert model.rowCount() == PAGE_SIZE and model.total() == long_trail
    assert tab.status_label.text() == f"{long_trail} entries"
    assert model.index(0, COL_ID).data() == str(LONG)  # newest first
    for _ in range(10):  # bounded
        tab.view.scrollToBottom()
        qtbot.wait(10)
        if not model.canFetchMore():
            break
    assert model.rowCount() == long_trail


def test_the_log_sorts_in_the_database(qtbot, ctx, long_trail):
    tab = make_tab(qtbot, ctx)
    tab.view.sortByColumn(COL_USER, Qt.SortOrder.AscendingOrder)
    users = [tab.model.index(r, COL_USER).data() for r in range(tab.model.rowCount())]
    assert users == ["admin"] * PAGE_SIZE  # every admin entry comes before yuna's
    tab.view.sortByColumn(COL_USER, Qt.SortOrder.DescendingOrder)
    assert tab.model.index(0, COL_USER).data() == "yuna"
    every = audit_log.list_entries(ctx.db, ctx.actor, sort=AuditSort.RECORD_ID,
                                   descending=False, limit=long_trail)
    paged = [e for offset in range(0, long_trail, 50)
             for e in audit_log.list_entries(ctx.db, ctx.actor, sort=AuditSort.RECORD_ID,
                                             descending=False, offset=offset, limit=50)]
    assert paged == every and len(every) == long_trail


def test_the_model_is_well_behaved(qtbot, qtmodeltester, ctx, long_trail):
    tab = AuditTab(ctx)
    qtbot.addWidget(tab)
    model = tab.model
    model.reload()
    qtmodeltester.check(model)
