"""A member's Sessions tab: her coming sessions (soonest first) and her past ones
(newest first) — date, time, status, kind, counselor, place — and how many she attended,
missed and cancelled over a period (the last twelve months by default). Double-click a
session, or Enter on it, to see it on the Schedule page (``sig_go("schedule", id)``)."""

from __future__ import annotations

from datetime import timedelta
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from safehouse import clock
from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.labels import label
from safehouse.models import CancelledBy
from safehouse.services import session_marks, sessions
from safehouse.services.dto.counseling import AttendanceFigures, SessionView
from safehouse.services.permissions import Action
from safehouse.services.reading import Read
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.members.rows_model import Row, RowsModel, make_view
from safehouse.ui.members.tabs import MemberTabEntry, MemberTabView
from safehouse.ui.rooms.fields import make_date_edit, to_date
from safehouse.ui.schedule import session_lines
from safehouse.ui.table_model import ID_ROLE

_CONTEXT = "SessionsTab"
HEADERS = (
    QT_TRANSLATE_NOOP("SessionsTab", "Date"),
    QT_TRANSLATE_NOOP("SessionsTab", "Time"),
    QT_TRANSLATE_NOOP("SessionsTab", "Status"),
    QT_TRANSLATE_NOOP("SessionsTab", "Kind"),
    QT_TRANSLATE_NOOP("SessionsTab", "Counselor"),
    QT_TRANSLATE_NOOP("SessionsTab", "Place"),
)


def session_row(v: SessionView) -> Row:
    when = v.starts_at.isoformat()
    return Row(key=v.id,
               cells=(v.starts_at.date().isoformat(), session_lines.time_text(v),
                      session_lines.status_text(v), session_lines.kind_text(v),
                      v.counselor_name, session_lines.place_text(v)),
               sort_values=(when, f"{v.starts_at:%H:%M}", session_lines.status_text(v),
                            session_lines.kind_text(v), v.counselor_name, v.place_name))


class SessionsTab(QWidget):
    """``sig_go(page, target)``: show a session (its id) on the Schedule page."""

    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.SESSION, ChangeKind.MEMBER})
    sig_go = Signal(str, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member_id: int | None = None
        today = clock.today()
        self.from_edit = make_date_edit(today - timedelta(days=365), self)
        self.to_edit = make_date_edit(today, self)
        self.from_edit.setAccessibleName(self.tr("Attendance from"))
        self.to_edit.setAccessibleName(self.tr("Attendance to"))
        self.attendance_label = QLabel(self)
        self.attendance_label.setWordWrap(True)
        self.coming_label = QLabel(self)
        self.past_label = QLabel(self)
        self.coming_model = RowsModel(_CONTEXT, HEADERS, self)
        self.past_model = RowsModel(_CONTEXT, HEADERS, self)
        self.coming_view = make_view(self.coming_model, "member_sessions_coming", self,
                                     sort_by=(0, Qt.SortOrder.AscendingOrder))
        self.past_view = make_view(self.past_model, "member_sessions_past", self,
                                   sort_by=(0, Qt.SortOrder.DescendingOrder))
        for view in (self.coming_view, self.past_view):
            view.setToolTip(self.tr("Double-click a session, or press Enter on it, to see "
                                    "it on the Schedule page"))

        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Attendance from"), self))
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        coming = QWidget(self)
        coming_layout = QVBoxLayout(coming)
        coming_layout.setContentsMargins(0, 0, 0, 0)
        coming_layout.addWidget(self.coming_label)
        coming_layout.addWidget(self.coming_view, 1)
        past = QWidget(self)
        past_layout = QVBoxLayout(past)
        past_layout.setContentsMargins(0, 0, 0, 0)
        past_layout.addWidget(self.past_label)
        past_layout.addWidget(self.past_view, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(coming)
        split.addWidget(past)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.attendance_label)
        layout.addWidget(split, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.from_edit.dateChanged.connect(self._on_period_changed)
        self.to_edit.dateChanged.connect(self._on_period_changed)
        # a double-click or Enter (activated) — not both: a double-click is one activation
        self.coming_view.activated.connect(self._on_view_activated)
        self.past_view.activated.connect(self._on_view_activated)
        self._ctx.hub.sig_changed.connect(self._on_hub_changed)

    def set_member(self, member_id: int | None, purpose: Read = Read.REFRESH) -> None:
        """Show this member's sessions (no notes: an opening and a refresh read alike)."""
        self._member_id = member_id
        self.reload()

    def clear(self) -> None:
        self._member_id = None
        self.coming_model.clear()
        self.past_model.clear()
        for shown in (self.attendance_label, self.coming_label, self.past_label):
            shown.clear()

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON and self._member_id is not None:
            self.reload()

    def _on_period_changed(self) -> None:
        if self._member_id is not None:
            self._show_attendance()

    def _on_view_activated(self, index: QModelIndex) -> None:
        key = index.siblingAtColumn(0).data(ID_ROLE)
        if isinstance(key, int):
            self.sig_go.emit("schedule", key)

    def reload(self) -> None:
        if self._member_id is None:
            self.clear()
            return
        try:
            found = sessions.member_sessions(self._ctx.db, self._ctx.actor, self._member_id)
        except SafehouseError as exc:
            self.clear()
            messages.show_error(self, exc)
            return
        self.coming_model.set_rows([session_row(v) for v in found.coming])
        self.past_model.set_rows([session_row(v) for v in found.past])
        self.coming_label.setText(
            self.tr("Coming sessions: {count}").format(count=len(found.coming)) if found.coming
            else self.tr("Coming sessions: none booked."))
        self.past_label.setText(
            self.tr("Past sessions: {count}").format(count=len(found.past)) if found.past
            else self.tr("Past sessions: none yet."))
        self._show_attendance()

    def _show_attendance(self) -> None:
        assert self._member_id is not None
        start, end = to_date(self.from_edit.date()), to_date(self.to_edit.date())
        if end < start:
            self.attendance_label.setText(self.tr("The period ends before it starts."))
            return
        try:
            figures = session_marks.member_attendance(self._ctx.db, self._ctx.actor,
                                                      self._member_id, start, end)
        except SafehouseError as exc:
            self.attendance_label.clear()
            messages.show_error(self, exc)
            return
        self.attendance_label.setText(self.attendance_text(figures))

    def attendance_text(self, f: AttendanceFigures) -> str:
        text = self.tr("Attended {attended} · missed {missed} · cancelled {cancelled}"
                       ).format(attended=f.attended, missed=f.missed, cancelled=f.cancelled)
        if f.cancelled_by:
            by = ", ".join(f"{label(who, CancelledBy).lower()} {count}"
                           for who, count in sorted(f.cancelled_by.items()))
            text += f" ({by})"
        if f.scheduled:
            text += " · " + self.tr("not marked yet {count}").format(count=f.scheduled)
        return text

    def as_tab(self) -> MemberTabView:
        return MemberTabView(self, self.set_member, sig_go=self.sig_go)


TAB = MemberTabEntry("sessions", str(QT_TRANSLATE_NOOP("MembersPage", "Counse&ling")),
                     lambda ctx, parent: SessionsTab(ctx, parent).as_tab(),
                     right=Action.SESSION_VIEW)

