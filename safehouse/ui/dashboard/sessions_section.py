"""Today's sessions: how many are booked today (not cancelled), and the list of them —
time, kind, counselor, members (by name for readers who may see names, else by code)
and place; a line opens the Schedule page on that session."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from safehouse import clock
from safehouse.changes import ChangeKind
from safehouse.models import Role, SessionStatus
from safehouse.services.dto.counseling import SessionView
from safehouse.services.permissions import Action
from safehouse.ui.context import AppContext
from safehouse.ui.dashboard.sections import SectionEntry, SectionHost, SectionView
from safehouse.ui.dashboard_parts import Entry, ListDialog, Tile
from safehouse.ui.schedule import session_lines


class SessionsSection(Tile):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.SESSION, ChangeKind.MEMBER})

    def __init__(self, ctx: AppContext, host: SectionHost,
                 parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.caption.setText(self.tr("Today's sessions"))
        self.setAccessibleName(self.caption.text())
        self.setToolTip(self.tr("Opens the list of today's counseling sessions"))
        self._ctx, self._host = ctx, host
        self.found: list[SessionView] = []
        self.sig_clicked.connect(self.open_list)

    def read(self, today: date) -> tuple[date, list[SessionView], int | None]:
        """The day's sessions, and the counselor the person logged in is (off the GUI
        thread)."""
        from safehouse.services import sessions  # on the worker (sections.py)

        return (today, sessions.week(self._ctx.db, self._ctx.actor, today, days=1),
                self._own_counselor_id())

    def show_found(self, found: tuple[date, list[SessionView], int | None]) -> None:
        today, self.found, mine = found
        booked = [v for v in self.found if v.status != SessionStatus.CANCELLED.value]
        now = clock.now()
        coming = [v for v in booked if v.starts_at >= now] if today == clock.today() else []
        if not booked:
            detail = self.tr("no session booked today")
        elif coming:
            nxt = coming[0]
            detail = self.tr("next at {time} with {counselor}").format(
                time=f"{nxt.starts_at:%H:%M}", counselor=nxt.counselor_name)
        else:
            detail = self.tr("none left to begin today")
        if mine is not None:
            detail += " · " + self.tr("yours: {count}").format(
                count=sum(1 for v in booked if v.counselor_id == mine))
        self.show_figure(len(booked), detail)

    def _own_counselor_id(self) -> int | None:
        """The counselor the person logged in is, when she is one (her own count)."""
        if self._ctx.actor.role != Role.COUNSELOR.value:
            return None
        from safehouse.services import counselors  # on the worker (sections.py)

        return next((c.id for c in counselors.list_counselors(self._ctx.db, self._ctx.actor)
                     if c.user_id == self._ctx.actor.id), None)

    def line(self, v: SessionView) -> str:
        parts = [session_lines.time_text(v), session_lines.kind_text(v), v.counselor_name,
                 session_lines.members_text(self._ctx, v.participants)]
        if v.place_name:
            parts.append(session_lines.place_text(v))
        if v.status != SessionStatus.SCHEDULED.value:
            parts.append(session_lines.status_text(v))
        return " · ".join(p for p in parts if p)

    def open_list(self) -> None:
        dialog = ListDialog(
            self.tr("Today's sessions"),
            self.tr("By time. Open a line to see the session on the Schedule page."),
            [Entry(self.line(v), "schedule", v.id) for v in self.found],
            self.tr("No session is booked today."), self.tr("&Open in the schedule"),
            self._host.parent)
        for row, entry in enumerate(dialog.entries):  # a long line whole, on hovering
            dialog.list.item(row).setToolTip(entry.text)
        dialog.resize(max(dialog.width(), 760), dialog.height())  # a session a line
        self._host.show_list(dialog)

    def clear_personal_data(self) -> None:
        self.found = []

    def as_section(self) -> SectionView:
        return SectionView(self, self.read, self.show_found, self.RELOAD_ON,
                           clear_personal_data=self.clear_personal_data)


SECTION = SectionEntry(
    "sessions", lambda ctx, host: SessionsSection(ctx, host, host.parent).as_section(),
    rights=(Action.SESSION_VIEW,))
