"""The Referrals and events tab: who referred her, whom she referred, and the events
she came to."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.labels import label
from safehouse.models import EventKind
from safehouse.services import events, referrals
from safehouse.services.dto.community import EventSummary, MemberRef
from safehouse.services.permissions import Action
from safehouse.services.reading import Read
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.members.rows_model import Row, RowsModel, make_view
from safehouse.ui.members.tabs import MemberTabEntry, MemberTabView

_CONTEXT = "CommunityTab"
HEADERS = (
    QT_TRANSLATE_NOOP("CommunityTab", "Days"),
    QT_TRANSLATE_NOOP("CommunityTab", "Kind"),
    QT_TRANSLATE_NOOP("CommunityTab", "Event"),
    QT_TRANSLATE_NOOP("CommunityTab", "Place"),
)


def event_row(e: EventSummary) -> Row:
    days = (e.starts_on.isoformat() if e.ends_on == e.starts_on
            else f"{e.starts_on.isoformat()} – {e.ends_on.isoformat()}")
    return Row(key=e.id, cells=(days, label(e.kind, EventKind), e.name, e.place),
               sort_values=(e.starts_on.isoformat(), e.kind, e.name, e.place))


class CommunityTab(QWidget):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.MEMBER, ChangeKind.EVENT})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member_id: int | None = None
        self.referred_by_label = QLabel(self)
        self.referred_by_label.setWordWrap(True)
        self.reached_label = QLabel(self)
        self.reached_label.setWordWrap(True)
        self.events_label = QLabel(self)
        self.model = RowsModel(_CONTEXT, HEADERS, self)
        self.view = make_view(self.model, "member_events", self,
                              sort_by=(0, Qt.SortOrder.DescendingOrder))
        layout = QVBoxLayout(self)
        layout.addWidget(self.referred_by_label)
        layout.addWidget(self.reached_label)
        layout.addWidget(self.events_label)
        layout.addWidget(self.view, 1)
        ctx.hub.sig_changed.connect(self._on_hub_changed)

    def set_member(self, member_id: int | None, purpose: Read = Read.REFRESH) -> None:
        """Nothing here is confidential: an opening and a refresh read alike."""
        self._member_id = member_id
        self.reload()

    def clear(self) -> None:
        self._member_id = None
        self.model.clear()
        for lbl in (self.referred_by_label, self.reached_label, self.events_label):
            lbl.clear()

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON and self._member_id is not None:
            self.reload()

    @staticmethod
    def _name(m: MemberRef) -> str:
        return f"{m.code} {m.name}"

    def reload(self) -> None:
        if self._member_id is None:
            self.clear()
            return
        db, actor = self._ctx.db, self._ctx.actor
        try:
            refs = referrals.member_referrals(db, actor, self._member_id)
            came = events.events_of_member(db, actor, self._member_id)
        except SafehouseError as exc:
            self.clear()
            messages.show_error(self, exc)
            return
        self.referred_by_label.setText(
            self.tr("Referred by {member}.").format(member=self._name(refs.referred_by))
            if refs.referred_by else self.tr("Referred by no one on record."))
        self.reached_label.setText(
            self.tr("She referred: {members}.").format(
                members=", ".join(self._name(m) for m in refs.reached))
            if refs.reached else self.tr("She has referred no one yet."))
        self.events_label.setText(self.tr("Events she came to: {count}").format(
            count=len(came)))
        self.model.set_rows([event_row(e) for e in came])

    def as_tab(self) -> MemberTabView:
        return MemberTabView(self, self.set_member)


TAB = MemberTabEntry("community", str(QT_TRANSLATE_NOOP("MembersPage", "Re&ferrals and events")),
                     lambda ctx, parent: CommunityTab(ctx, parent).as_tab(),
                     right=Action.COMMUNITY_VIEW)
