"""Hours of counseling: per counselor, the hours of sessions held (marked completed) in
each month of a chosen range (the last twelve months by default), with the total; a
month's cell tells in its tooltip how many sessions made it. Counselors on the list
appear even in a range where they held none (inactive ones only when they held some).

The Schedule page calls :func:`show_hours`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safehouse import clock
from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.services import counselors, session_marks
from safehouse.services.dto.counseling import CounselorHours
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.rooms.fields import to_qdate
from safehouse.ui.table_model import Column, RowTableModel, sorting_proxy

_CONTEXT = "HoursDialog"
_NAME = QT_TRANSLATE_NOOP("HoursDialog", "Counselor")
_TOTAL = QT_TRANSLATE_NOOP("HoursDialog", "Total")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def month_after(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def months(first: date, last: date) -> list[date]:
    """The first days of the months from ``first``'s to ``last``'s."""
    found, month = [], first.replace(day=1)
    while month <= last:
        found.append(month)
        month = month_after(month)
    return found


def _held_text() -> str:
    return QCoreApplication.translate("HoursDialog", "{count} sessions held")


def hours_text(hours: float) -> str:
    """``2.5``, ``0.75``, ``3``: to the minute's worth of hundredths, no trailing zeros."""
    return f"{hours:.2f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class CounselorRow:
    counselor_id: int
    name: str
    by_month: dict[date, CounselorHours] = field(default_factory=dict)

    @property
    def hours(self) -> float:
        return round(sum(h.hours for h in self.by_month.values()), 2)

    @property
    def sessions(self) -> int:
        return sum(h.sessions for h in self.by_month.values())


def _month_column(month: date) -> Column[CounselorRow]:
    def shown(r: CounselorRow) -> str:
        held = r.by_month.get(month)
        return hours_text(held.hours) if held else "–"

    def tip(r: CounselorRow) -> str:
        held = r.by_month.get(month)
        return _held_text().format(count=held.sessions if held else 0)

    return Column(f"{month:%Y-%m}", shown,
                  lambda r: r.by_month[month].hours if month in r.by_month else 0.0,
                  tooltip=tip, alignment=_RIGHT)


class HoursModel(RowTableModel[CounselorRow]):
    """One row per counselor; the total, then a column per month. The month columns
    are their own header (``2026-03``, the same in every language)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_CONTEXT, [], parent)

    def set_table(self, shown: list[date], rows: list[CounselorRow]) -> None:
        self.beginResetModel()
        self._columns = (
            Column(_NAME, lambda r: r.name),
            Column(_TOTAL, lambda r: hours_text(r.hours), lambda r: r.hours,
                   tooltip=lambda r: _held_text().format(count=r.sessions), alignment=_RIGHT),
            *(_month_column(m) for m in shown))
        self._rows = rows
        self.endResetModel()

    def key_of(self, row: CounselorRow) -> int:
        return row.counselor_id


def _month_edit(value: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(to_qdate(value), parent)
    edit.setDisplayFormat("yyyy-MM")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2200, 12, 31))
    return edit


class HoursDialog(QDialog):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset({ChangeKind.SESSION})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hours of counseling"))
        self._ctx = ctx
        this_month = clock.today().replace(day=1)
        year_ago = date(this_month.year - 1, this_month.month, 1)
        self.from_edit = _month_edit(month_after(year_ago), self)
        self.to_edit = _month_edit(this_month, self)
        self.from_edit.setAccessibleName(self.tr("From month"))
        self.to_edit.setAccessibleName(self.tr("To month"))
        intro = QLabel(self.tr(
            "Hours of the sessions held (marked completed) by each counselor, month by "
            "month. Hover over a figure to see how many sessions made it."), self)
        intro.setWordWrap(True)
        self.total_label = QLabel(self)
        self.model = HoursModel(self)
        self.view = QTableView(self)
        self.view.setModel(sorting_proxy(self.model, self))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setMinimumSectionSize(30)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        range_row = QHBoxLayout()
        from_label = QLabel(self.tr("&From"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&to"), self)
        to_label.setBuddy(self.to_edit)
        for part in (from_label, self.from_edit, to_label, self.to_edit):
            range_row.addWidget(part)
        range_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(range_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(buttons)
        self.resize(1120, 440)  # widened by reload() to what the columns need
        self.from_edit.dateChanged.connect(self.reload)
        self.to_edit.dateChanged.connect(self.reload)
        ctx.hub.sig_changed.connect(self._on_hub_changed)
        self.reload()
        self.from_edit.setFocus()

    def _fit_width(self) -> None:
        """As wide as the months, the total and the names need, in whatever language and
        font, so that a year shows without scrolling; never wider than the screen."""
        view = self.view
        header = view.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        layout = self.layout()
        sides = 0 if layout is None else (layout.contentsMargins().left()
                                          + layout.contentsMargins().right())
        needed = (header.length() + 2 * view.frameWidth()
                  + view.verticalScrollBar().sizeHint().width() + sides)
        width = min(max(self.width(), needed), available_width(self))
        if width != self.width():
            self.resize(width, self.height())

    def span(self) -> tuple[date, date]:
        first, last = self.from_edit.date(), self.to_edit.date()
        start = date(first.year(), first.month(), 1)
        end = month_after(date(last.year(), last.month(), 1)) - timedelta(days=1)
        return start, end

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON:
            self.reload()

    def reload(self) -> None:
        start, end = self.span()
        if end < start:
            self.model.set_table([], [])
            self.total_label.setText(self.tr("The last month is before the first."))
            return
        try:
            held = session_marks.counselor_hours(self._ctx.db, self._ctx.actor, start, end)
            listed = counselors.list_counselors(self._ctx.db, self._ctx.actor)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        rows: dict[int, CounselorRow] = {
            c.id: CounselorRow(c.id, c.name) for c in listed if c.active}
        for h in held:
            row = rows.setdefault(h.counselor_id, CounselorRow(h.counselor_id,
                                                               h.counselor_name))
            row.by_month[h.month] = h
        found = list(rows.values())
        self.model.set_table(months(start, end), found)
        self._fit_width()
        total = sum(r.hours for r in found)
        count = sum(r.sessions for r in found)
        self.total_label.setText(self.tr(
            "In all: {hours} hours in {count} sessions held, {start} to {end}.").format(
            hours=hours_text(total), count=count, start=start.isoformat(),
            end=end.isoformat()))


def available_width(widget: QWidget) -> int:
    """The width of the screen the widget is on, less the taskbar's."""
    screen = widget.screen()
    return screen.availableGeometry().width() if screen is not None else widget.width()


def show_hours(parent: QWidget, ctx: AppContext) -> None:
    """Open the hours of counseling over ``parent``."""
    dialog = HoursDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
