"""The Room history tab: every stay of a member, newest first; nothing is overwritten."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from safehouse import clock
from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.services import rooms
from safehouse.services.dto.housing import AssignmentInfo
from safehouse.services.permissions import Action
from safehouse.services.reading import Read
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.members.rows_model import Row, RowsModel, make_view
from safehouse.ui.members.tabs import MemberTabEntry, MemberTabView
from safehouse.ui.rooms.fields import until_text

_CONTEXT = "RoomHistoryTab"
HEADERS = (
    QT_TRANSLATE_NOOP("RoomHistoryTab", "Room"),
    QT_TRANSLATE_NOOP("RoomHistoryTab", "Bed"),
    QT_TRANSLATE_NOOP("RoomHistoryTab", "From"),
    QT_TRANSLATE_NOOP("RoomHistoryTab", "Until"),
    QT_TRANSLATE_NOOP("RoomHistoryTab", "Nights"),
)


def stay_row(a: AssignmentInfo, today: date) -> Row:
    """A stay as a table row; an open stay runs "until now" and counts nights to today
    (one that begins later has "no move-out date" and no nights yet)."""
    end = a.end_on
    nights = ((end or today) - a.start_on).days
    until = until_text(a, today)
    return Row(
        key=a.id,
        cells=(a.room_name, a.bed_label, a.start_on.isoformat(), until, str(max(0, nights))),
        sort_values=(a.room_name, a.bed_label, a.start_on.isoformat(),
                     end.isoformat() if end else "9999-12-31", f"{max(0, nights):08d}"),
    )


class RoomHistoryTab(QWidget):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.ASSIGNMENT, ChangeKind.ROOM})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member_id: int | None = None
        self._stays: list[AssignmentInfo] = []
        self.summary = QLabel(self)
        self.model = RowsModel(_CONTEXT, HEADERS, self)
        self.view = make_view(self.model, "member_room_history", self,
                              sort_by=(2, Qt.SortOrder.DescendingOrder))  # newest first
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        ctx.hub.sig_changed.connect(self._on_hub_changed)

    def set_member(self, member_id: int | None, purpose: Read = Read.REFRESH) -> None:
        """Show this member's stays. Nothing here is confidential: an opening and a
        refresh (``purpose``) read alike."""
        self._member_id = member_id
        self.reload()

    def clear(self) -> None:
        self._member_id = None
        self._stays = []
        self.model.clear()
        self.summary.clear()

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON and self._member_id is not None:
            self.reload()

    def reload(self) -> None:
        if self._member_id is None:
            self.clear()
            return
        try:
            self._stays = rooms.room_history(self._ctx.db, self._ctx.actor, self._member_id)
        except SafehouseError as exc:
            self._stays = []
            messages.show_error(self, exc)
        today = clock.today()
        self.model.set_rows([stay_row(a, today) for a in self._stays])
        current = next((a for a in self._stays
                        if a.start_on <= today and (a.end_on is None or a.end_on > today)),
                       None)
        if not self._stays:
            self.summary.setText(self.tr("No stays in a room here yet."))
        elif current is not None:
            self.summary.setText(self.tr("Now in room {room}.").format(room=current.room_name))
        else:
            self.summary.setText(self.tr("No room today."))

    def as_tab(self) -> MemberTabView:
        return MemberTabView(self, self.set_member)


TAB = MemberTabEntry("room_history", str(QT_TRANSLATE_NOOP("MembersPage", "Room hist&ory")),
                     lambda ctx, parent: RoomHistoryTab(ctx, parent).as_tab(),
                     right=Action.ROOM_VIEW)
