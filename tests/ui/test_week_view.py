"""The week view on made-up blocks: placing, overlaps side by side, clicks, drags, the
keyboard and today's marks."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from safehouse.ui.schedule.week_layout import Block, hour_range, monday_of, place
from safehouse.ui.schedule.week_view import WeekView
from tests.conftest import OnDay

TODAY = date(2026, 4, 15)  # a Wednesday
MONDAY = date(2026, 4, 13)


def _block(key: str, day: date, start: str, minutes: int = 60, **kw: object) -> Block:
    hour, minute = map(int, start.split(":"))
    begin = datetime.combine(day, time(hour, minute))
    return Block(key=key, start=begin, end=begin + timedelta(minutes=minutes),
                 title=f"Individual · {key}", detail=start, **kw)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _on_a_wednesday(on_day: OnDay) -> None:
    on_day(datetime(2026, 4, 15, 10, 30))


@pytest.fixture
def view(qtbot) -> WeekView:  # type: ignore[no-untyped-def]
    widget = WeekView()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_overlapping_blocks_share_their_day_side_by_side() -> None:
    blocks = [_block("a", TODAY, "10:00", 120), _block("b", TODAY, "10:30"),
              _block("c", TODAY, "11:30"), _block("d", TODAY, "14:00"),
              _block("next week", TODAY + timedelta(days=7), "10:00")]
    placed = {p.block.key: p for p in place(blocks, MONDAY)}
    assert set(placed) == {"a", "b", "c", "d"}
    assert (placed["a"].lane, placed["a"].lanes) == (0, 2)
    assert (placed["b"].lane, placed["b"].lanes) == (1, 2)
    # c starts when b ends but a still runs: the same cluster, b's lane again
    assert (placed["c"].lane, placed["c"].lanes) == (1, 2)
    assert (placed["d"].lane, placed["d"].lanes) == (0, 1)
    assert placed["a"].day == 2


def test_the_hours_widen_to_hold_an_early_or_late_block() -> None:
    placed = place([_block("early", TODAY, "06:15"), _block("late", TODAY, "21:30")], MONDAY)
    assert hour_range(placed, 7, 22) == (6, 23)
    assert monday_of(date(2026, 4, 19)) == MONDAY


def test_blocks_are_drawn_in_their_day_and_hour(view: WeekView) -> None:
    view.set_week(TODAY, [_block("a", TODAY, "10:00"), _block("b", TODAY, "10:00")])
    a, b = view.block_rect("a"), view.block_rect("b")
    assert a.isValid() and b.isValid()
    assert a.right() < b.left(), "overlapping blocks stand side by side"
    slot = view.slot_point(TODAY, time(10, 0))
    assert a.top() <= slot.y() <= a.bottom()
    assert view.block_rect("missing").isEmpty()
    assert [d.isoformat() for d in view.days()][0] == "2026-04-13"


def test_a_click_on_an_empty_slot_says_its_day_and_time(qtbot, view: WeekView) -> None:
    view.set_week(TODAY, [_block("a", TODAY, "10:00")])
    with qtbot.waitSignal(view.sig_slot_clicked) as got:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.slot_point(date(2026, 4, 16), time(14, 30)))
    assert got.args == [date(2026, 4, 16), time(14, 30)]


def test_a_double_click_opens_a_block_and_a_click_selects_it(qtbot, view: WeekView) -> None:
    view.set_week(TODAY, [_block("a", TODAY, "10:00")])
    center = view.block_rect("a").center()
    with qtbot.assertNotEmitted(view.sig_slot_clicked):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert view.selected_key() == "a"
    with qtbot.waitSignal(view.sig_block_activated) as got:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert got.args == ["a"]


def _drag(qtbot, view: WeekView, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(viewport, middle)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_block_asks_to_move_it_and_it_stays_until_reloaded(
        qtbot, view: WeekView) -> None:
    view.set_week(TODAY, [_block("a", TODAY, "10:00")])
    before = view.block_rect("a")
    grab = before.topLeft() + QPoint(10, 5)  # in its first quarter of an hour
    target = view.slot_point(date(2026, 4, 17), time(15, 0))
    target.setX(target.x() - view.grid().column // 2 + 10)
    with qtbot.waitSignal(view.sig_move_requested) as got:
        _drag(qtbot, view, grab, target)
    assert got.args == ["a", date(2026, 4, 17), time(15, 0)]
    assert view.block_rect("a") == before, "the block goes back until the page reloads"
    assert not view.dragging()


def test_a_block_that_may_not_move_is_not_dragged(qtbot, view: WeekView) -> None:
    view.set_week(TODAY, [_block("a", TODAY, "10:00", movable=False)])
    with qtbot.assertNotEmitted(view.sig_move_requested):
        _drag(qtbot, view, view.block_rect("a").center(),
              view.slot_point(date(2026, 4, 17), time(15, 0)))


def test_arrow_keys_walk_the_blocks_and_enter_opens(qtbot, view: WeekView) -> None:
    view.set_week(TODAY, [_block("mon", MONDAY, "09:00"), _block("wed9", TODAY, "09:00"),
                          _block("wed14", TODAY, "14:00"),
                          _block("fri", date(2026, 4, 17), "13:00")])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_key() == "wed9", "the first key starts at today's first block"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_key() == "wed14"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_key() == "fri"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_key() == "fri", "nothing further right"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_key() == "wed14", "the block of Wednesday nearest in time"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_key() == "mon"
    with qtbot.waitSignal(view.sig_block_activated) as got:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert got.args == ["mon"]
    assert "Individual · mon" in view.accessibleDescription()


def test_the_menu_key_asks_for_the_selected_blocks_menu(qtbot, view: WeekView) -> None:
    view.set_week(TODAY, [_block("a", TODAY, "10:00")])
    view.select("a")
    with qtbot.waitSignal(view.sig_menu_requested) as got:
        qtbot.keyClick(view, Qt.Key.Key_Menu)
    assert got.args[0] == "a"


def test_today_and_the_current_time_are_marked(view: WeekView) -> None:
    view.set_week(TODAY, [])
    image = view.viewport().grab().toImage()
    now = view.slot_point(TODAY, time(10, 30))
    # the red line sits at 10:30 in today's column, not in tomorrow's
    line_y = int(view.grid().y_of(10 * 60 + 30))
    assert QColor(image.pixel(now.x(), line_y)).red() > 150
    assert QColor(image.pixel(now.x(), line_y)).green() < 100
    tomorrow = view.slot_point(TODAY + timedelta(days=1), time(10, 30))
    assert QColor(image.pixel(tomorrow.x(), line_y)).green() > 100
    above = QColor(image.pixel(now.x(), line_y - 6))
    assert above.green() > 100, "only a thin line"
    # today's column is tinted; tomorrow's is not
    today_bg = QColor(image.pixel(now.x(), int(view.grid().y_of(8 * 60 + 10))))
    other_bg = QColor(image.pixel(tomorrow.x(), int(view.grid().y_of(8 * 60 + 10))))
    assert today_bg != other_bg


def test_a_week_without_today_has_no_mark_and_keeps_its_monday(view: WeekView) -> None:
    view.set_week(date(2026, 5, 6), [_block("a", date(2026, 5, 6), "10:00")])
    assert view.monday() == date(2026, 5, 4)
    assert view.block_rect("a").isValid()
    view.clear()
    assert view.blocks() == []
    assert view.selected_key() is None
