"""The dashboard: the house on a Monday morning — today's date and weekday, who moves
in or out this week, who has no bed, the open enquiries — and after these the sections
of :data:`safehouse.ui.dashboard.section_list.SECTIONS` (the community against its goal,
who joined or left this month, …), each a module of its own.

Every figure opens the list behind it: the Members page filtered by status, the Rooms
board, or a small list whose lines open the member or the board on her day. A new
database (no rooms, no members) shows what to do first instead of zeros.

The figures are read off the GUI thread (the house's own, and each section's apart),
the first time once the page is painted: the window appears and is usable at once, each
figure says "Loading…" until it comes, and a figure read again after a change keeps the
one shown until the new one is there. Only the latest read of each counts
(:class:`~safehouse.ui.schedule.latest_reads.LatestReads`), and the idle lock drops
those on their way.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safehouse import clock
from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.models import MemberStatus
from safehouse.services import dashboard
from safehouse.services.dto.dashboard import MOVE_IN, MOVE_OUT, DashboardFigures, Move, WeekAhead
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.dashboard.section_list import SECTIONS
from safehouse.ui.dashboard.sections import SectionHost, SectionView
from safehouse.ui.dashboard_parts import Entry, ListDialog, StartPanel, Tile
from safehouse.ui.first_paint import FirstPaint
from safehouse.ui.pages import PageEntry, PageView
from safehouse.ui.schedule.latest_reads import LatestReads
from safehouse.ui.single_dialog import DialogSlot

COLUMNS = 3  # the grid of figures
READ_AT_LATEST_MS = 1000  # the first reads, when the page is not painted before


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def weekday_date(day: date) -> str:
    """The date with its weekday, in the user's language ("Wednesday, March 4, 2026",
    "2026년 3월 4일 수요일")."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


def short_day(day: date) -> str:
    """A short weekday and the date as everywhere else in the program: "Wed 2026-03-04"."""
    name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{name} {day.isoformat()}"


class DashboardPage(QWidget):
    """``sig_go(page, target)``: show ``target`` on another page (see ``pages``).

    ``RELOAD_ON`` is the house's own figures'; each section names its own kinds."""

    # (SESSION: today's sessions, which the dashboard is to show)
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.MEMBER, ChangeKind.ROOM, ChangeKind.ASSIGNMENT,
         # until the schedule's section (today's sessions) names it itself
         ChangeKind.SESSION})

    sig_go = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._week: WeekAhead | None = None
        self._dialogs = DialogSlot(self)
        self._asked_on: date | None = None  # the day of the latest read asked for
        self._due = False  # a read is to start once the event loop turns
        self._reads = LatestReads(self)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("dashboardDate")
        self.date_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.week_label = QLabel(self)
        self.start_panel = StartPanel(ctx.can(Action.ROOM_EDIT), ctx.can(Action.MEMBER_EDIT),
                                      self)

        self.moves_tile = Tile(self.tr("Moving in or out this week"),
                               self.tr("Who moves in, out or to another room, and when"), self)
        self.no_bed_tile = Tile(self.tr("Active members without a bed"),
                                self.tr("Members in the community today with no bed today"),
                                self)
        self.enquiries_tile = Tile(self.tr("Open enquiries"),
                                   self.tr("Opens the members whose status is enquiry"), self)
        self.members_tile = Tile(self.tr("Active members"),
                                 self.tr("Opens the members whose status is active"), self)
        self.beds_tile = Tile(self.tr("Beds free today"),
                              self.tr("Opens the rooms board for today"), self)
        self.residents_tile = Tile(self.tr("Living in the house"),
                                   self.tr("Opens the rooms board for today"), self)
        self.tiles = QWidget(self)
        grid = QGridLayout(self.tiles)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, tile in enumerate(self._tiles()):
            grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
        self.sections = self._make_sections(grid, 6)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(self.date_label)
        layout.addWidget(self.week_label)
        layout.addWidget(self.start_panel)
        layout.addWidget(self.tiles)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._connect_signals()
        self.start_panel.setVisible(False)  # until the house's figures say it is new
        for tile in self._tiles():
            tile.show_loading()
        for view in self.sections.values():
            view.show_loading()
        self._show_day(clock.today())
        # the first reads once the page is on the screen (seven workers share the
        # interpreter with the window being shown); its date is painted, the page itself
        # is covered by its scroll area
        self._first_reads = FirstPaint(self.date_label, self.refresh, READ_AT_LATEST_MS)

    def _tiles(self) -> tuple[Tile, ...]:
        return (self.moves_tile, self.no_bed_tile, self.enquiries_tile, self.members_tile,
                self.beds_tile, self.residents_tile)

    def _make_sections(self, grid: QGridLayout, cell: int) -> dict[str, SectionView]:
        """The sections this person may see, in the grid after the first ``cell`` cells
        (a section wider than what is left of a row begins the next)."""
        host = SectionHost(parent=self.tiles, show_list=self._show_list,
                           open_dialog=self._open_form, go=self.sig_go.emit)
        made: dict[str, SectionView] = {}
        for section in SECTIONS:
            if not section.may_see(self._ctx):
                continue
            view = section.create(self._ctx, host)
            span = min(max(view.span, 1), COLUMNS)
            if cell % COLUMNS + span > COLUMNS:
                cell += COLUMNS - cell % COLUMNS
            grid.addWidget(view.widget, cell // COLUMNS, cell % COLUMNS, 1, span)
            cell += span
            made[section.key] = view
        return made

    def section(self, key: str) -> QWidget | None:
        """The widget of the section ``key`` (None when this person does not see it)."""
        view = self.sections.get(key)
        return view.widget if view is not None else None

    def _connect_signals(self) -> None:
        self._ctx.hub.sig_changed.connect(self._on_hub_changed)
        self.moves_tile.sig_clicked.connect(self.open_moves)
        self.no_bed_tile.sig_clicked.connect(self.open_without_bed)
        self.enquiries_tile.sig_clicked.connect(self._on_enquiries_tile_clicked)
        self.members_tile.sig_clicked.connect(self._on_members_tile_clicked)
        self.beds_tile.sig_clicked.connect(self._on_rooms_tile_clicked)
        self.residents_tile.sig_clicked.connect(self._on_rooms_tile_clicked)
        self.start_panel.add_room_button.clicked.connect(self._on_add_room_clicked)
        self.start_panel.admit_button.clicked.connect(self._on_admit_clicked)

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON:
            self.refresh()
        elif self._asked_on is not None:
            for key, view in self.sections.items():
                if kind in view.reload_on:
                    self._read_section(key, view, self._asked_on)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # a new day may have begun since it was last shown (changes come by the hub)
        if self._asked_on != clock.today() and not self._first_reads.pending():
            self._refresh_soon()

    # --- reading ---------------------------------------------------------------------

    def loading(self) -> bool:
        """A read is on its way or about to start (tests wait for it)."""
        return self._due or self._first_reads.pending() or self._reads.loading()

    def _refresh_soon(self) -> None:
        """:meth:`refresh` when the event loop next turns: the reads start after the
        window is shown, not while it is being made (they share the interpreter)."""
        if not self._due:
            self._due = True
            QTimer.singleShot(0, self, self._on_refresh_due)

    def _on_refresh_due(self) -> None:
        if self._due:
            self.refresh()

    def refresh(self) -> None:
        """Read the house's figures and every section's again, off the GUI thread (see
        the module's note); each is shown as it comes."""
        db, actor, today = self._ctx.db, self._ctx.actor, clock.today()
        self._first_reads.cancel()
        self._asked_on = today
        self._due = False
        self._show_day(today)

        def read() -> tuple[WeekAhead, DashboardFigures]:
            week = dashboard.week(db, actor, today)
            return week, dashboard.figures(db, actor, today)

        self._reads.start("house", read, self._on_house_read, self._on_house_failed)
        for key, view in self.sections.items():
            self._read_section(key, view, today)

    def _show_day(self, today: date) -> None:
        """The date and the week: at once, they need no reading."""
        first = today - timedelta(days=today.weekday())
        self.date_label.setText(weekday_date(today))
        self.week_label.setText(self.tr("This week: {first} to {last}").format(
            first=short_day(first), last=short_day(first + timedelta(days=6))))

    def _on_house_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, SafehouseError):
            raise exc  # a bug: the window's own handler says so
        messages.account_revoked(exc)

    def _on_house_read(self, found: tuple[WeekAhead, DashboardFigures]) -> None:
        week, f = found
        self._week = week
        self.start_panel.setVisible(week.rooms == 0 or week.members_total == 0)
        self.start_panel.show_steps(week.rooms > 0, week.members_total > 0)
        self.tiles.setHidden(week.is_new)
        kinds = [m.kind for m in week.moves]
        self.moves_tile.show_figure(len(week.moves), self.tr(
            "in: {moving_in} · out: {moving_out} · between rooms: {changing}").format(
            moving_in=kinds.count(MOVE_IN), moving_out=kinds.count(MOVE_OUT),
            changing=len(kinds) - kinds.count(MOVE_IN) - kinds.count(MOVE_OUT)))
        self.no_bed_tile.show_figure(len(week.without_bed),
                                     self.tr("in the community today, with no bed"))
        self.enquiries_tile.show_figure(len(week.enquiries),
                                        self.tr("people who asked to join"))
        self.members_tile.show_figure(f.active_members, self.tr(
            "%n member(s) recorded in all", "", f.members_total))
        self.beds_tile.show_figure(f.beds_free, self.tr("of {beds} beds in {rooms} rooms")
                                   .format(beds=f.beds_total, rooms=f.rooms))
        self.residents_tile.show_figure(f.residents, self.tr("people with a bed today"))

    def _read_section(self, key: str, view: SectionView, today: date) -> None:
        def failed(exc: BaseException) -> None:
            if not isinstance(exc, SafehouseError):
                raise exc  # a bug: the window's own handler says so
            # a refusal hides the section; a revoked account goes to the window
            messages.account_revoked(exc)
            view.widget.setHidden(True)

        def done(found: Any) -> None:
            view.show(found)
            view.widget.setHidden(False)

        self._reads.start(f"section {key}", lambda: view.read(today), done, failed)

    def clear_personal_data(self) -> None:
        """The house's figures are counts; a list it opened (names) is closed, and the
        sections let go of what they show."""
        self._dialogs.close()
        self._first_reads.cancel()
        self._reads.forget()  # what comes back while locked is not shown (the unlock
        self._due = False  # reads again: ``refresh``)
        for view in self.sections.values():
            if view.clear_personal_data is not None:
                view.clear_personal_data()

    def as_page(self) -> PageView:
        return PageView(self, clear_personal_data=self.clear_personal_data,
                        refresh=self.refresh, sig_go=self.sig_go)

    # --- the lists behind the figures ------------------------------------------------

    def _move_text(self, m: Move) -> str:
        if m.kind == MOVE_IN:
            what = self.tr("moves into room {room}").format(room=m.to_room)
        elif m.kind == MOVE_OUT:
            what = self.tr("moves out of room {room}").format(room=m.from_room)
        else:
            what = self.tr("moves from room {old} to room {new}").format(old=m.from_room,
                                                                         new=m.to_room)
        return f"{short_day(m.day)} · {m.member_code} {m.member_name} · {what}"

    def open_moves(self) -> None:
        if self._week is None:
            return
        self._show_list(ListDialog(
            self.tr("Moving in or out this week"),
            self.tr("Open a line to see the rooms board on that day."),
            [Entry(self._move_text(m), "rooms", m.day) for m in self._week.moves],
            self.tr("Nobody moves in or out this week."), self.tr("&Show the board"),
            self))

    def open_without_bed(self) -> None:
        if self._week is None:
            return
        self._show_list(ListDialog(
            self.tr("Active members without a bed"),
            self.tr("Members in the community today who have no bed today. Open a line "
                    "to see the member; give her a bed on the Rooms page."),
            [Entry(f"{m.code} {m.name}" + (f" ({m.alias})" if m.alias else ""), "members",
                   m.id) for m in self._week.without_bed],
            self.tr("Every active member has a bed today."), self.tr("&Open the member"),
            self))

    def _show_list(self, dialog: ListDialog) -> None:
        dialog.sig_go.connect(self.sig_go)
        self._dialogs.open(dialog)

    def active_dialog(self) -> QDialog | None:
        return self._dialogs.current

    def _on_enquiries_tile_clicked(self) -> None:
        self.sig_go.emit("members", MemberStatus.ENQUIRY.value)

    def _on_members_tile_clicked(self) -> None:
        self.sig_go.emit("members", MemberStatus.ACTIVE.value)

    def _on_rooms_tile_clicked(self) -> None:
        if self._week is not None:
            self.sig_go.emit("rooms", self._week.on)

    # --- first steps ------------------------------------------------------------------

    def _on_add_room_clicked(self) -> None:
        from safehouse.ui.rooms.room_dialog import RoomDialog  # on first use

        if self._ctx.can(Action.ROOM_EDIT):
            self._open_form(RoomDialog(self._ctx, None, self))

    def _on_admit_clicked(self) -> None:
        from safehouse.ui.members.member_form import MemberForm  # on first use

        if self._ctx.can(Action.MEMBER_EDIT):
            self._open_form(MemberForm(self._ctx, None, self))

    def _open_form(self, dialog: QDialog) -> None:
        self._dialogs.open(dialog)


PAGE = PageEntry("dashboard", str(QT_TRANSLATE_NOOP("MainWindow", "Dashboard")),
                 lambda ctx: DashboardPage(ctx).as_page())
