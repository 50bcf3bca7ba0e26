"""The Members page on many members: it reads only what is on screen, more as it scrolls,
searches and sorts in the database, and after a change reads only the member changed.
On SQLite and PostgreSQL (the ``ctx`` fixture)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from sqlalchemy import insert

from safehouse.models import Member
from safehouse.services import member_list, members
from safehouse.services.reading import Read
from safehouse.ui.context import AppContext
from safehouse.ui.members import MembersPage
from safehouse.ui.members.member_table_model import COL_CODE, COL_NAME, MemberTableModel
from safehouse.ui.paged_model import PAGE_SIZE
from safehouse.ui.table_model import ID_ROLE
from tests.ui.test_members_page import choose, column, make_page, type_text

pytestmark = pytest.mark.usefixtures("shown_errors", "no_confirmations")

MANY = 3 * PAGE_SIZE + 10
GIVEN = ("하나", "은비", "소망", "미래")
ROMAN = ("Hana", "Eunbi", "Somang", "Mirae")


@pytest.fixture
def many(ctx: AppContext) -> int:
    """MANY fictional members, written at once (the search key by the column default)."""
    with ctx.db.transaction() as s:
        s.execute(insert(Member), [
            {"code": f"M-{i:04d}", "name": f"{'김이박'[i % 3]}{GIVEN[i % 4]}",
             "alias": f"{('Kim', 'Lee', 'Park')[i % 3]} {ROMAN[i % 4]}", "phone": "",
             "status": "enquiry", "notes": ""}
            for i in range(1, MANY + 1)])
    return MANY


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times the page read each kind of thing from the member list service."""
    counted: Counter[str] = Counter()

    def counting(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counted[name] += 1
            return fn(*args, **kwargs)
        return wrapper

    for name in ("count", "first_page", "page", "rows", "position"):
        monkeypatch.setattr(member_list, name, counting(name, getattr(member_list, name)))
    return counted


def shown_ids(page: MembersPage) -> list[int]:
    model = page.member_list.model
    return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]


def test_the_list_reads_a_page_and_more_as_it_scrolls(qtbot, ctx, many, reads):
    page = make_page(qtbot, ctx)
    model = page.member_list.model
    assert model.rowCount() == PAGE_SIZE and model.total() == many
    assert model.canFetchMore()
    assert page.member_list.count_label.text() == f"{many} members"
    assert reads["first_page"] == 1 and reads["page"] == 0

    view = page.member_list.view
    for _ in range(10):  # bounded: a few scrolls to the end read it all
        view.scrollToBottom()
        qtbot.wait(10)
        if not model.canFetchMore():
            break
    assert model.rowCount() == many and not model.canFetchMore()
    assert column(page, COL_CODE)[-1] == f"M-{many:04d}"
    assert 1 <= reads["page"] <= 4


def test_search_in_the_database_finds_hangul_and_romanised_names(qtbot, ctx, many):
    page = make_page(qtbot, ctx)
    search = page.member_list.search
    type_text(qtbot, search, "김하나")
    names = set(column(page, COL_NAME))
    assert names == {"김하나"}
    shown = page.member_list.model.total()
    assert page.member_list.count_label.text() == f"{shown} of {many} members"
    search.clear()
    type_text(qtbot, search, "park mirae")
    assert set(column(page, COL_NAME)) == {"박미래"}
    search.clear()
    type_text(qtbot, search, "ㅇㅂ")  # initial consonants: 은비
    assert set(column(page, COL_NAME)) == {"김은비", "이은비", "박은비"}
    QTest.keyClick(search, Qt.Key.Key_Backspace)  # widening: every ㅇ…
    assert len(set(column(page, COL_NAME))) > 3


def test_a_change_reads_only_the_member_changed(qtbot, ctx, many, reads):
    page = make_page(qtbot, ctx)
    first = shown_ids(page)
    chosen = first[5]
    assert page.select_member(chosen)
    before = dict(reads)
    detail = members.get_member(ctx.db, ctx.actor, first[2], purpose=Read.REFRESH)
    members.update_member(ctx.db, ctx.actor, detail.id, replace(detail.to_input(),
                                                                name="최가명"))
    assert reads["rows"] == before.get("rows", 0) + 1
    assert reads["page"] == before.get("page", 0)  # nothing else read again
    assert reads["first_page"] == before["first_page"]
    assert page.member_list.model.index(2, COL_NAME).data() == "최가명"
    assert shown_ids(page) == first
    assert page.current_member_id() == chosen  # still chosen


def test_a_change_that_moves_a_member_reloads_what_is_on_screen(qtbot, ctx, many, reads):
    page = make_page(qtbot, ctx)
    header = page.member_list.view.horizontalHeader()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(COL_NAME) + 5, 5))
    model = page.member_list.model
    assert model.sort_column == COL_NAME
    names = column(page, COL_NAME)
    assert names == sorted(names)
    moved = shown_ids(page)[0]
    detail = members.get_member(ctx.db, ctx.actor, moved, purpose=Read.REFRESH)
    members.update_member(ctx.db, ctx.actor, moved, replace(detail.to_input(),
                                                            name="하가명"))
    assert moved not in shown_ids(page)[:PAGE_SIZE // 2]
    assert column(page, COL_NAME) == sorted(column(page, COL_NAME))


def test_sorting_and_refreshing_keep_the_chosen_member(qtbot, ctx, many):
    page = make_page(qtbot, ctx)
    chosen = shown_ids(page)[1]
    assert page.select_member(chosen)
    page.member_list.view.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert page.current_member_id() == chosen
    assert page.member_list.current_member_id() == chosen
    page.refresh()
    assert page.member_list.current_member_id() == chosen


def test_choosing_a_member_far_down_reads_down_to_her(qtbot, ctx, many):
    page = make_page(qtbot, ctx)
    with ctx.db.transaction() as s:
        last = s.get(Member, many)
        assert last is not None
        last_id = last.id
    assert page.member_list.model.row_of(last_id) < 0
    assert page.select_member(last_id)
    assert page.current_member_id() == last_id
    assert page.member_list.model.row_of(last_id) == many - 1


def test_the_database_model_is_a_well_behaved_model(qtmodeltester, ctx, many):
    model = MemberTableModel(ctx)
    model.reload()
    model.fetchMore()
    qtmodeltester.check(model)
    model.set_search_text("김")
    model.reload()
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    model.fetchMore()


def test_nothing_is_read_after_the_list_is_cleared(qtbot, ctx, many, reads):
    page = make_page(qtbot, ctx)
    page.clear_personal_data()
    before = sum(reads.values())
    page.member_list.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    page.member_list.model.fetchMore()
    assert sum(reads.values()) == before
    assert page.member_list.model.rowCount() == 0
    page.refresh()
    assert page.member_list.model.rowCount() == PAGE_SIZE


def test_a_search_after_scrolling_reads_only_the_first_screen(qtbot, ctx, many, reads):
    page = make_page(qtbot, ctx)
    model, view = page.member_list.model, page.member_list.view
    for _ in range(10):  # bounded: scroll until three pages are loaded
        view.scrollToBottom()
        qtbot.wait(10)
        if model.rowCount() > 2 * PAGE_SIZE:
            break
    assert model.rowCount() > 2 * PAGE_SIZE
    type_text(qtbot, page.member_list.search, "m-")  # every member's code
    assert model.total() == many
    assert page.member_list.count_label.text() == f"{many} members"
    # what fills the table and a row more, not the three pages loaded before
    last = view.visualRect(model.index(model.rowCount() - 1, 0))
    assert model.rowCount() < PAGE_SIZE
    assert last.top() >= view.viewport().height()
    before = reads["page"]
    view.scrollToBottom()  # scrolling reads more, as before
    qtbot.wait(10)
    assert reads["page"] == before + 1 and model.rowCount() > PAGE_SIZE
    assert shown_ids(page) == sorted(shown_ids(page))  # by code: in order, none twice


def test_painting_the_table_asks_nothing_of_python(qtbot, ctx, many, monkeypatch):
    # a view asks seven roles of every cell it paints: the cells are written once, when
    # their rows are read, not worked out again in Python each time one is painted
    page = make_page(qtbot, ctx)
    model = page.member_list.model
    asked: Counter[int] = Counter()

    def counted(col: int, shown: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def display(row: Any) -> Any:
            asked[col] += 1
            return shown(row)
        return display

    monkeypatch.setattr(model, "_columns", tuple(
        replace(c, display=counted(i, c.display)) for i, c in enumerate(model._columns)))
    page.refresh()
    assert sum(asked.values()) == PAGE_SIZE * model.columnCount()  # each cell read once
    asked.clear()
    page.member_list.view.viewport().repaint()
    page.member_list.view.grab()
    assert not asked
    assert page.member_list.model.index(0, COL_CODE).data() == "M-0001"


def test_a_search_that_reads_every_match_finds_the_chosen_member_among_them(
        qtbot, ctx, many, reads):
    page = make_page(qtbot, ctx)
    chosen, name = shown_ids(page)[1], column(page, COL_NAME)[1]  # M-0002, 박소망
    choose(page, chosen)
    before = reads["position"]
    type_text(qtbot, page.member_list.search, name)  # a few, all read at once
    assert 0 < page.member_list.model.total() < PAGE_SIZE
    assert page.current_member_id() == chosen  # shown: still chosen
    page.member_list.search.clear()
    assert page.current_member_id() == chosen
    type_text(qtbot, page.member_list.search, "김하나")  # not her
    assert 0 < page.member_list.model.total() < PAGE_SIZE
    assert page.current_member_id() is None  # hidden: let go
    assert reads["position"] == before  # never looked for in the database


def test_the_search_is_prepared_once_when_the_list_first_shows(qtbot, ctx, many, reads,
                                                              monkeypatch):
    prepared: list[Any] = []
    real = member_list.prepare_search

    def prepare(db: Any, actor: Any, query: Any) -> None:
        prepared.append(query)
        real(db, actor, query)

    monkeypatch.setattr(member_list, "prepare_search", prepare)
    page = make_page(qtbot, ctx)
    qtbot.waitUntil(lambda: bool(prepared), timeout=2000)
    page.refresh()
    qtbot.wait(20)
    assert len(prepared) == 1 and prepared[0].search == ""  # once, in the list's order
    assert page.member_list.model.rowCount() == PAGE_SIZE  # nothing shown from it
    assert page.member_list.count_label.text() == f"{many} members"
    type_text(qtbot, page.member_list.search, "ㄱㅎㄴ")  # 김하나
    assert set(column(page, COL_NAME)) == {"김하나"}
