"""The Members page: the list on the left, the chosen member's tabs on the right."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safehouse.changes import ChangeKind
from safehouse.errors import NotFound, SafehouseError
from safehouse.labels import label
from safehouse.models import MemberStatus
from safehouse.services import members
from safehouse.services.dto.people import MemberDetail
from safehouse.services.permissions import Action, Field, can_see
from safehouse.services.reading import Read
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.members import (
    care_plan_tab,
    community_tab,
    household_tab,
    keep_away_tab,
    room_history_tab,
)
from safehouse.ui.members.member_form import MemberForm
from safehouse.ui.members.member_list import MemberList
from safehouse.ui.members.profile_view import ProfileView
from safehouse.ui.members.purge_dialog import PurgeDialog
from safehouse.ui.members.status_dialog import StatusDialog
from safehouse.ui.members.tabs import MemberTab, MemberTabView, MemberTarget
from safehouse.ui.pages import PageView
from safehouse.ui.reports.targets import ProgressTarget
from safehouse.ui.schedule import sessions_tab
from safehouse.ui.single_dialog import DialogSlot
from safehouse.ui.wellbeing import checkins_tab

# The tabs after the profile, in this order; each is shown to the roles it names.
MEMBER_TABS: tuple[MemberTab, ...] = (
    household_tab.TAB,
    keep_away_tab.TAB,
    room_history_tab.TAB,
    sessions_tab.TAB,
    community_tab.TAB,
    care_plan_tab.TAB,
    checkins_tab.TAB,
)


class MembersPage(QWidget):
    """Search, read, admit and edit members.

    The tabs refresh themselves from the change hub; the page reloads the list and the
    profile. After :meth:`clear_personal_data` nothing is read until :meth:`refresh`.

    Reading a profile is audited once, on purpose (:mod:`safehouse.services.reading`):
    the first reading after the user chose a member (click, arrow keys, Enter, a form
    that saved her) is ``Read.OPEN``; a reload after a change, or showing her again
    after the idle lock, is ``Read.REFRESH``.

    ``sig_go(page, target)``: show something on another page — a tab asks (the
    Sessions tab: a session on the Schedule page), or Ctrl+P and "Print progress
    summaries…" (the Reports page: the progress summaries of the members selected).
    """

    sig_go = Signal(str, object)

    # What the list and the profile show: members, and the room each sleeps in today.
    # Households and keep-away entries are their tabs' (HouseholdTab, KeepAwayTab).
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.MEMBER, ChangeKind.ASSIGNMENT, ChangeKind.ROOM})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._dialogs = DialogSlot(self)
        self._member_id: int | None = None
        self._detail: MemberDetail | None = None
        self._opened_member: int | None = None  # whose profile was last opened (audited)
        self._restoring = False
        self._cleared = False
        self._chosen_before_clearing: int | None = None
        can_edit = ctx.can(Action.MEMBER_EDIT)

        # left: the list
        self.member_list = MemberList(ctx, self)
        self.new_button = QPushButton(self.tr("&New member…"), self)
        self.new_button.setToolTip(self.tr("Admit a new member (Ctrl+N)"))
        self.new_button.setVisible(can_edit)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.member_list, 1)
        self.print_button = QPushButton(self.tr("Print progress su&mmaries…"), self)
        self.print_button.setToolTip(self.tr(
            "The progress summary of each member selected, in one document to preview and "
            "print (Ctrl+P). Select several with Shift or Ctrl."))
        self.print_button.setEnabled(False)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_button)
        new_row.addStretch(1)
        new_row.addWidget(self.print_button)
        left_layout.addLayout(new_row)

        # right: the empty state, or the member's tabs
        self.empty_label = QLabel(
            self.tr("Choose a member on the left, or press Ctrl+N to admit a new one."), self
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.header.setFont(font)
        self.tabs = QTabWidget(self)
        hidden = [name for name, field in (("phone", Field.MEMBER_PHONE),
                                           ("notes", Field.MEMBER_NOTES))
                  if not can_see(ctx.actor, field)]
        self.profile = ProfileView(self, can_edit=can_edit, hidden_fields=hidden,
                                   can_purge=ctx.can(Action.MEMBER_PURGE))
        self.tabs.addTab(self.profile, self.tr("&Profile"))
        self._member_tabs: dict[str, MemberTabView] = {}
        for tab in MEMBER_TABS:
            if tab.may_see(ctx):
                view = tab.create(ctx, self)
                self.tabs.addTab(view.widget, tab.title())
                self._member_tabs[tab.key] = view
                if view.sig_go is not None:
                    view.sig_go.connect(self.sig_go)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.header)
        detail_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(detail)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        # the member's tabs (and their tables) get the larger part
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([440, 660])
        # its columns whole where there is room (at 440 px a scroll bar cut off Joined:
        # see showEvent); in a narrow window (1024 px) the code and the name at least,
        # the rest scrolls
        self.member_list.setMinimumWidth(self.member_list.natural_width(2))
        self._list_widened = False
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._connect_signals()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Shown the first time: the list as wide as its columns, if the member's tabs
        still keep the larger part."""
        super().showEvent(event)
        if self._list_widened:
            return
        self._list_widened = True
        total = sum(self.splitter.sizes())
        natural = self.member_list.natural_width()
        if natural < total - natural:
            self.splitter.setSizes([natural, total - natural])

    def _connect_signals(self) -> None:
        self.member_list.sig_member_selected.connect(self._on_member_list_selected)
        self.member_list.sig_member_activated.connect(self._on_member_list_activated)
        self.member_list.sig_selection_cleared.connect(self._show_empty)
        self.member_list.sig_show_hidden.connect(self.select_member)
        self.new_button.clicked.connect(self.create_new)
        self.print_button.clicked.connect(self.print_summaries)
        self.member_list.view.selectionModel().selectionChanged.connect(
            self._update_print_button)
        self.profile.sig_edit_requested.connect(self._on_profile_edit_requested)
        self.profile.sig_status_requested.connect(self._on_profile_status_requested)
        self.profile.sig_erase_requested.connect(self._on_profile_erase_requested)
        self._ctx.hub.sig_changed.connect(self._on_hub_changed)

    # --- the contract with the main window -------------------------------------------------

    def as_page(self) -> PageView:
        # "New" (Ctrl+N) admits a member: only for who may
        return PageView(self, find=self.focus_search,
                        new=self.create_new if self._ctx.can(Action.MEMBER_EDIT) else None,
                        clear_personal_data=self.clear_personal_data, refresh=self.refresh,
                        go_to=self.go_to, print=self.print_summaries, sig_go=self.sig_go)

    def go_to(self, target: object) -> None:
        """Show a member (her id: chosen as if clicked; a :class:`MemberTarget`: also
        on one of her tabs) or the members of a status."""
        if isinstance(target, MemberTarget):
            if self.select_member(target.member_id) and target.tab in self._member_tabs:
                self.tabs.setCurrentWidget(self._member_tabs[target.tab].widget)
        elif isinstance(target, int):
            self.select_member(target)
        elif isinstance(target, str):
            self.member_list.search.clear()
            index = self.member_list.status_filter.findData(target)
            self.member_list.status_filter.setCurrentIndex(max(0, index))

    def print_summaries(self) -> None:
        """The progress summaries of the members selected (hers alone when one is),
        made and previewed on the Reports page."""
        chosen = self.member_list.selected_member_ids()
        if chosen:
            self.sig_go.emit("reports", ProgressTarget(tuple(chosen)))

    def _update_print_button(self, *_args: object) -> None:
        self.print_button.setEnabled(bool(self.member_list.selected_member_ids()))

    def focus_search(self) -> None:
        self.member_list.focus_search()

    def create_new(self) -> None:
        """Open the dialog that admits a new member (Ctrl+N)."""
        if not self._ctx.can(Action.MEMBER_EDIT):
            return
        form = MemberForm(self._ctx, None, self)
        form.sig_saved.connect(self._on_form_saved)
        self._open(form)

    def _on_form_saved(self, member_id: int) -> None:
        self.select_member(member_id)

    def refresh(self, changed: list[int] | None = None) -> None:
        """Read the list (``changed``: only these members changed) and the chosen member
        again."""
        self._cleared = False
        self.member_list.reload(changed)
        if (self._member_id is not None and self.member_list.current_member_id() is not None
                and (changed is None or self._member_id in changed)):
            self._load_detail()
        chosen, self._chosen_before_clearing = self._chosen_before_clearing, None
        if chosen is not None and self._member_id is None:
            # showing her again after the idle lock: not a new opening
            self._restoring = True
            try:
                self.member_list.select_member(chosen)
            finally:
                self._restoring = False

    def clear_personal_data(self) -> None:
        """Forget everything shown (for the idle lock); nothing is read until refresh(),
        which chooses the same member again. Open dialogs are left alone: the window
        hides them, and what was typed into them survives."""
        self._cleared = True
        if self._member_id is not None:
            self._chosen_before_clearing = self._member_id
        self.member_list.clear()
        self._show_empty()

    # --- showing a member ------------------------------------------------------------------

    def member_tab(self, key: str) -> QWidget | None:
        """The tab ``key`` of :data:`MEMBER_TABS` (None when hidden for this role)."""
        tab = self._member_tabs.get(key)
        return tab.widget if tab is not None else None

    def current_member_id(self) -> int | None:
        return self._member_id

    def select_member(self, member_id: int) -> bool:
        """Choose a member in the list (clearing a search that hides her)."""
        if self.member_list.select_member(member_id):
            return True
        self.member_list.search.clear()
        self.member_list.status_filter.setCurrentIndex(0)
        return self.member_list.select_member(member_id)

    def _show_empty(self) -> None:
        self._member_id = None
        self._detail = None
        self.header.clear()
        self.profile.set_detail(None)
        for tab in self._member_tabs.values():
            tab.show_member(None, Read.REFRESH)
        self.stack.setCurrentIndex(0)

    def _load_detail(self) -> None:
        if self._member_id is None:
            return
        try:
            purpose = Read.REFRESH if self._member_id == self._opened_member else Read.OPEN
            self._detail = members.get_member(self._ctx.db, self._ctx.actor, self._member_id,
                                              purpose=purpose)
            self._opened_member = self._member_id
        except NotFound:
            self._show_empty()
            return
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        d = self._detail
        self.header.setText(f"{d.code} · {d.name} · {label(d.status, MemberStatus)}")
        self.profile.set_detail(d)

    def _on_member_list_selected(self, member_id: int) -> None:
        if member_id == self._member_id:
            return
        purpose = Read.REFRESH if self._restoring else Read.OPEN
        if purpose is Read.OPEN:
            self._opened_member = None  # the user chose her: this reading is an opening
        self._member_id = member_id
        self._load_detail()
        if self._detail is None:
            return
        self.stack.setCurrentIndex(1)
        for tab in self._member_tabs.values():
            tab.show_member(member_id, purpose)

    def _on_member_list_activated(self, member_id: int) -> None:
        self._on_member_list_selected(member_id)
        if self._member_id == member_id:
            self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- changes ---------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self._dialogs.open(dialog)

    def _on_profile_edit_requested(self) -> None:
        if self._detail is None or not self._ctx.can(Action.MEMBER_EDIT):
            return
        self._open(MemberForm(self._ctx, self._detail, self))

    def _on_profile_status_requested(self) -> None:
        if self._detail is None or not self._ctx.can(Action.MEMBER_EDIT):
            return
        dialog = StatusDialog(self._ctx, self._detail, self)
        dialog.sig_saved_detail.connect(self._on_status_dialog_saved)
        self._open(dialog)

    def _on_status_dialog_saved(self, detail: MemberDetail) -> None:
        """The list has been read again by now: say so when the filter hides her."""
        if not self.member_list.is_shown(detail.id):
            self.member_list.say_hidden(detail.id, detail.code,
                                        label(detail.status, MemberStatus))

    def _on_profile_erase_requested(self, mode: str) -> None:
        if self._detail is None or not self._ctx.can(Action.MEMBER_PURGE):
            return
        dialog = PurgeDialog(self._ctx, self._detail, mode, self)
        if mode == "all":
            dialog.sig_erasing.connect(self._on_purge_dialog_erasing)
            dialog.sig_erase_failed.connect(self._on_purge_dialog_erase_failed)
        self._open(dialog)

    def _on_purge_dialog_erasing(self, _member_id: int) -> None:
        # her tabs let go of her before she is gone, so that none of them tries to read
        # her again when the change arrives
        for tab in self._member_tabs.values():
            tab.show_member(None, Read.REFRESH)

    def _on_purge_dialog_erase_failed(self, member_id: int) -> None:
        if self._member_id == member_id:
            for tab in self._member_tabs.values():
                tab.show_member(member_id, Read.REFRESH)

    def _on_hub_changed(self, kind: ChangeKind, ids: list[int]) -> None:
        if kind in self.RELOAD_ON and not self._cleared:
            # a member's ids: only hers are read again; rooms and stays: every row shown
            self.refresh(ids if kind is ChangeKind.MEMBER and ids else None)

