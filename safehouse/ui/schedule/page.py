"""The Schedule page: a week of counseling sessions (days across, hours down) with
filters by counselor, member and place; the chosen day's sessions as a list beside it;
book (Ctrl+N, or click an empty slot), open, cancel, delete, mark, notes, and drag a
session to move it; Ctrl+P: the week on the Reports page.

The week and the choices (counselors, places, members) are read off the GUI thread;
a read that comes back after another was asked for is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from typing import Any, ClassVar

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from safehouse import clock
from safehouse.changes import ChangeKind
from safehouse.services import sessions
from safehouse.services.dto.counseling import SessionView
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.flow_layout import FlowLayout
from safehouse.ui.pages import PageView
from safehouse.ui.reports.targets import ScheduleTarget
from safehouse.ui.schedule.booking_dialog import BookingChoices, BookingDialog, load_choices
from safehouse.ui.schedule.day_list import DayList
from safehouse.ui.schedule.edit_dialog import EditSessionDialog
from safehouse.ui.schedule.latest_reads import LatestReads
from safehouse.ui.schedule.schedule_filters import ScheduleFilters
from safehouse.ui.schedule.schedule_tools import ScheduleTools
from safehouse.ui.schedule.session_actions import SessionActions
from safehouse.ui.schedule.session_text import block_of
from safehouse.ui.schedule.week_layout import monday_of
from safehouse.ui.schedule.week_nav import WeekNav
from safehouse.ui.schedule.week_view import WeekView
from safehouse.ui.single_dialog import DialogSlot


class SchedulePage(QWidget):
    """See the module's description; the main window calls the public methods."""

    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.SESSION, ChangeKind.MEMBER})
    sig_go = Signal(str, object)  # another page, what to show there (Ctrl+P: Reports)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._can_book = ctx.can(Action.SESSION_BOOK)
        self._day = clock.today()
        self._sessions: list[SessionView] = []
        self._choices: BookingChoices | None = None
        self._dialogs = DialogSlot(self, self._on_dialog_finished)
        self._select_after: int | None = None
        self._reads = LatestReads(self)
        self._cleared = False
        self.session_actions = SessionActions(ctx, self, self._open, lambda: self._choices)
        self._build()
        self._connect_signals()
        self.week_view.scroll_to_hour(8)
        self._reload_choices()
        self._reload()

    # --- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.nav = WeekNav(self._day, self, self)
        self.filters = ScheduleFilters(self)
        self.book_button = QPushButton(self.tr("&Book a session…"), self)
        self.book_button.setToolTip(self.tr("Book a session (Ctrl+N); or click an empty "
                                            "time in the week"))
        self.open_button = QPushButton(self.tr("&Change…") if self._can_book
                                       else self.tr("Ope&n…"), self)
        self.cancel_button = QPushButton(self.tr("Cance&l session…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.notes_button = QPushButton(self.tr("No&tes…"), self)
        for button in (self.book_button, self.cancel_button, self.delete_button):
            button.setVisible(self._can_book)
        # staff never see notes: no button for them at all
        self.notes_button.setVisible(self._ctx.can(Action.SESSION_NOTES))
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(messages.ERROR_STYLE)
        self.status_label.setVisible(False)

        self.week_view = WeekView(self)
        self.day_list = DayList(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.week_view)
        split.addWidget(self.day_list)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        split.setChildrenCollapsible(False)
        self.splitter = split

        # wraps onto a second line in a narrow window (1024 px: every button still there)
        actions = FlowLayout()
        for button in (self.book_button, self.open_button, self.cancel_button,
                       self.delete_button, self.notes_button):
            actions.addWidget(button)
        self.tools = ScheduleTools(self._ctx, self, lambda: (
            monday_of(self._day), self.filters.chosen().counselor_id))
        actions.addWidget(self.tools)
        layout = QVBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.filters)
        layout.addLayout(actions)
        layout.addWidget(self.status_label)
        layout.addWidget(split, 1)
        self._update_buttons()

    def _connect_signals(self) -> None:
        self._ctx.hub.sig_changed.connect(self._on_hub_changed)
        self.nav.sig_step.connect(self.step_weeks)
        self.nav.sig_today.connect(self.show_today)
        self.nav.sig_date_chosen.connect(self.show_day)
        self.filters.sig_changed.connect(self._reload)
        self.week_view.sig_slot_clicked.connect(self._on_week_view_slot_clicked)
        self.week_view.sig_block_selected.connect(self._on_week_view_block_selected)
        self.week_view.sig_block_activated.connect(self.session_actions.open)
        self.week_view.sig_move_requested.connect(self._on_week_view_move_requested)
        self.week_view.sig_menu_requested.connect(self._on_menu_requested)
        self.day_list.sig_selected.connect(self._on_day_list_selected)
        self.day_list.sig_activated.connect(self.session_actions.open)
        self.day_list.sig_menu_requested.connect(self._on_menu_requested)
        self.book_button.clicked.connect(self.create_new)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.notes_button.clicked.connect(self._on_notes_button_clicked)

    # --- the main window's calls -----------------------------------------------------

    def as_page(self) -> PageView:
        return PageView(self, find=self.focus_search,
                        new=self.create_new if self._can_book else None,
                        clear_personal_data=self.clear_personal_data, refresh=self.refresh,
                        go_to=self.go_to, print=self.print_week, sig_go=self.sig_go)

    def print_week(self) -> None:
        """Ctrl+P: the week shown (its counselor's, or everyone's) on the Reports page."""
        chosen = self.filters.chosen().counselor_id
        name = self.filters.counselor_combo.currentText() if chosen is not None else ""
        self.sig_go.emit("reports", ScheduleTarget(monday_of(self._day), chosen, name))

    def focus_search(self) -> None:
        """Ctrl+F: the member filter (type a code or a name)."""
        self.filters.member_picker.setFocus(Qt.FocusReason.ShortcutFocusReason)
        line = self.filters.member_picker.lineEdit()
        if line is not None:
            line.selectAll()

    def create_new(self, day: date | None = None, start: time | None = None) -> None:
        """Book a session: on the chosen day (or ``day``, at ``start``)."""
        if not self._can_book or self._cleared:
            return
        choices = self._choices or self._load_choices_now()
        if choices is None:
            return
        dialog = BookingDialog(self._ctx, choices, day or self._day, start, self)
        self._open(dialog)

    def go_to(self, target: object) -> None:
        """A date: its week, that day chosen. A session's id: its week, it selected."""
        if isinstance(target, bool):
            return
        if isinstance(target, date):
            self.show_day(target)
        elif isinstance(target, int):
            try:
                found = sessions.session(self._ctx.db, self._ctx.actor, target)
            except Exception as exc:  # noqa: BLE001 - gone, or a bug: both shown
                messages.show_error(self, exc)
                return
            self._select_after = found.id
            self.show_day(found.starts_at.date())

    def refresh(self) -> None:
        self._cleared = False
        self._reload_choices()
        self._reload()

    def clear_personal_data(self) -> None:
        """Empty the week, the day list and the member filter until :meth:`refresh`."""
        self._cleared = True
        self._reads.forget()
        self._sessions = []
        self._choices = None
        self.week_view.clear()
        self.day_list.clear()
        self.filters.clear()
        self._update_buttons()

    # --- the week shown --------------------------------------------------------------

    def day(self) -> date:
        return self._day

    def show_day(self, day: date) -> None:
        """Show the week of ``day``, with ``day`` chosen in the list."""
        same_week = monday_of(day) == monday_of(self._day)
        self._day = day
        self.nav.set_day(day)
        if same_week and not self._cleared and self._select_after is None:
            self._show_loaded()
        else:
            self._reload()

    def step_weeks(self, weeks: int) -> None:
        """A week back (-1) or on (1), on the same weekday."""
        self.show_day(self._day + timedelta(weeks=weeks))

    def show_today(self) -> None:
        self.show_day(clock.today())
        self.week_view.scroll_to_hour(max(0, clock.now().hour - 1))

    def loading(self) -> bool:
        """A read is on its way (tests wait for it)."""
        return self._reads.loading()

    def shown_sessions(self) -> list[SessionView]:
        return list(self._sessions)

    def selected_id(self) -> int | None:
        key = self.week_view.selected_key()
        return key if isinstance(key, int) else self.day_list.selected_id()

    def active_dialog(self) -> QDialog | None:
        return self._dialogs.current

    # --- reading ---------------------------------------------------------------------

    def _start(self, what: str, work: Callable[[], Any], done: Callable[[Any], None]
               ) -> None:
        self._reads.start(what, work, done, self._on_read_failed)

    def _on_read_failed(self, exc: BaseException) -> None:
        if not messages.account_revoked(exc):
            self.status_label.setText(messages.error_text(exc))
            self.status_label.setVisible(True)

    def _reload(self) -> None:
        if self._cleared:
            return
        db, actor, monday = self._ctx.db, self._ctx.actor, monday_of(self._day)
        chosen = self.filters.chosen()

        def read() -> list[SessionView]:
            return sessions.week(db, actor, monday, counselor_id=chosen.counselor_id,
                                 member_id=chosen.member_id, place_id=chosen.place_id)

        self._start("week", read, self._on_week_read)

    def _on_week_read(self, found: list[SessionView]) -> None:
        self._sessions = found
        self.status_label.setVisible(False)
        self._show_loaded()

    def _show_loaded(self) -> None:
        blocks = [block_of(v, movable=self.session_actions.may_move(v)) for v in self._sessions]
        self.week_view.set_week(self._day, blocks)
        self.day_list.show_day(self._day, self._sessions)
        wanted, self._select_after = self._select_after, None
        if wanted is not None:
            self.week_view.select(wanted)
            self.day_list.select(wanted)
        self._update_buttons()

    def _reload_choices(self) -> None:
        if self._cleared:
            return
        db, actor = self._ctx.db, self._ctx.actor
        self._start("choices", lambda: load_choices(db, actor), self._on_choices_read)

    def _on_choices_read(self, choices: BookingChoices) -> None:
        had = self._choices is not None
        self._choices = choices
        if not had and self._sessions:
            self._show_loaded()  # a counselor's own blocks may move now
        self.filters.set_choices(choices.counselors, choices.members, choices.places)
        self._update_buttons()

    def _load_choices_now(self) -> BookingChoices | None:
        """The choices, read here when a form is asked for before they came."""
        try:
            self._on_choices_read(load_choices(self._ctx.db, self._ctx.actor))
        except Exception as exc:  # noqa: BLE001 - a refusal or a bug: both shown
            messages.show_error(self, exc)
        return self._choices

    # --- selection and buttons -------------------------------------------------------

    def selected_session(self) -> SessionView | None:
        chosen = self.selected_id()
        return next((v for v in self._sessions if v.id == chosen), None)

    def _update_buttons(self) -> None:
        chosen = self.selected_session()
        self.book_button.setEnabled(not self._cleared)
        self.open_button.setEnabled(chosen is not None)
        self.cancel_button.setEnabled(chosen is not None and chosen.status == "scheduled")
        self.delete_button.setEnabled(chosen is not None)
        self.notes_button.setEnabled(chosen is not None
                                     and self.session_actions.may_open_notes(chosen))

    # --- dialogs ---------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self._dialogs.open(dialog)

    def _on_dialog_finished(self, result: int, dialog: QDialog) -> None:
        if not isinstance(dialog, BookingDialog) or \
                result != QDialog.DialogCode.Accepted.value:
            return
        made = list(dialog.booked.sessions) if dialog.booked is not None else []
        if isinstance(dialog, EditSessionDialog):  # the session changed, where it went
            made = [v for v in dialog.changed if v.id == dialog.session.id] or dialog.changed
        if made:
            self._select_after = made[0].id
            self.show_day(made[0].starts_at.date())

    # --- slots -----------------------------------------------------------------------

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON and not self._cleared:
            if kind is ChangeKind.MEMBER or kind is ChangeKind.SESSION:
                self._reload_choices()
            self._reload()

    def _on_week_view_slot_clicked(self, day: date, start: time) -> None:
        if day != self._day:
            self._day = day
            self.nav.set_day(day)
            self.day_list.show_day(day, self._sessions)
        if self._can_book:
            self.create_new(day, start)

    def _on_week_view_block_selected(self, key: object) -> None:
        chosen = next((v for v in self._sessions if v.id == key), None)
        if chosen is not None and chosen.starts_at.date() != self._day:
            self._day = chosen.starts_at.date()
            self.nav.set_day(self._day)
            self.day_list.show_day(self._day, self._sessions)
        self.day_list.select(key if isinstance(key, int) else None)
        self._update_buttons()

    def _on_day_list_selected(self, session_id: int | None) -> None:
        if session_id is not None and self.week_view.selected_key() != session_id:
            self.week_view.select(session_id)
        self._update_buttons()

    def _on_week_view_move_requested(self, key: object, day: date, start: time) -> None:
        if isinstance(key, int) and self._can_book:  # based on the session as shown
            shown = next((v for v in self._sessions if v.id == key), None)
            self.session_actions.move(key, day, start, shown)

    def _on_menu_requested(self, key: object, where: QPoint) -> None:
        if isinstance(key, int):  # marks are based on the session as shown
            shown = next((v for v in self._sessions if v.id == key), None)
            self.session_actions.popup(key, where, shown)

    def _on_open_button_clicked(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.session_actions.open(chosen)

    def _on_cancel_button_clicked(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.session_actions.cancel(chosen)

    def _on_delete_button_clicked(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:  # based on the session as shown
            self.session_actions.delete(
                chosen, next((v for v in self._sessions if v.id == chosen), None))

    def _on_notes_button_clicked(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.session_actions.notes(chosen)

