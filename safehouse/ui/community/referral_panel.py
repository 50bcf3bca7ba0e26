"""Who reached whom: the figures for a period (share of new members referred by
existing members, top referrers, longest chain) and the tree across generations."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from safehouse import clock
from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.services import referrals
from safehouse.services.dto.community import ReferralFigures, ReferralNode
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.rooms.fields import make_date_edit, to_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReferralTreeModel(QStandardItemModel):
    """The referral tree: member, in the community today, people reached (all
    generations)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers()

    def _headers(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Member"), self.tr("In the community"), self.tr("People reached")])

    def set_tree(self, roots: list[ReferralNode]) -> None:
        self.removeRows(0, self.rowCount())
        stack: list[tuple[QStandardItem, ReferralNode]] = []
        top = self.invisibleRootItem()
        for node in roots:
            stack.append((top, node))
        while stack:  # depth first, without recursion: chains may be long
            parent, node = stack.pop()
            row = self._row(node)
            parent.appendRow(row)
            stack.extend((row[0], child) for child in reversed(node.reached))


    def _row(self, node: ReferralNode) -> list[QStandardItem]:
        m = node.member
        name = QStandardItem(f"{m.code}  {m.name}")
        name.setData(m.id, ID_ROLE)
        if node.in_cycle:
            name.setToolTip(self.tr("The records say her referrers lead back to her; "
                                    "correct who referred whom on the members' pages."))
            name.setText(name.text() + " ⟲")
        here = QStandardItem(self.tr("yes") if m.active else self.tr("left"))
        count = QStandardItem()
        count.setData(node.reached_total, Qt.ItemDataRole.DisplayRole)
        row = [name, here, count]
        for item in row:
            item.setEditable(False)
        return row


class ReferralPanel(QWidget):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset({ChangeKind.MEMBER})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        today = clock.today()
        self.from_edit = make_date_edit(date(today.year, 1, 1), self)
        self.to_edit = make_date_edit(today, self)
        self.figures_label = QLabel(self)
        self.figures_label.setWordWrap(True)
        self.figures_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find in the tree by name or code"))
        self.search.setClearButtonEnabled(True)
        self.model = ReferralTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setSortingEnabled(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("New members from"), self))
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self.from_edit.dateChanged.connect(self._reload_figures)
        self.to_edit.dateChanged.connect(self._reload_figures)
        self.search.textChanged.connect(self._on_search_text_changed)
        ctx.hub.sig_changed.connect(self._on_hub_changed)

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON and self.isEnabled():
            self.reload()

    def reload(self) -> None:
        try:
            roots = referrals.referral_tree(self._ctx.db, self._ctx.actor)
        except SafehouseError as exc:
            self.model.set_tree([])
            self.figures_label.setText("" if messages.account_revoked(exc) else exc.message)
            return
        self.model.set_tree(roots)
        self.tree.expandToDepth(1)
        self.tree.resizeColumnToContents(1)
        self._reload_figures()

    def _reload_figures(self) -> None:
        start, end = to_date(self.from_edit.date()), to_date(self.to_edit.date())
        if end < start:
            self.figures_label.setText(self.tr("The period ends before it starts."))
            return
        try:
            figures = referrals.referral_figures(self._ctx.db, self._ctx.actor, start, end)
        except SafehouseError as exc:
            self.figures_label.setText("" if messages.account_revoked(exc) else exc.message)
            return
        self.figures_label.setText(self.figures_text(figures))

    def figures_text(self, f: ReferralFigures) -> str:
        if f.share is None:
            share = self.tr("No new members in this period.")
        else:
            share = self.tr("{referred} of {new} new members ({percent}%) were referred by "
                            "existing members.").format(
                referred=f.referred, new=f.new_members, percent=round(f.share * 100))
        top = ", ".join(self.tr("{code} ({direct}; {total} in all)").format(
            code=t.member.code, direct=t.direct, total=t.total) for t in f.top)
        parts = [share]
        if top:
            parts.append(self.tr("Reached the most people: {list}.").format(list=top))
        if f.longest_chain:
            parts.append(self.tr("Longest chain: {count} people ({chain}).").format(
                count=len(f.longest_chain), chain=" → ".join(f.longest_chain)))
        return "\n".join(parts)

    def _on_search_text_changed(self, text: str) -> None:
        """Select and show the first member whose code or name holds the text."""
        needle = text.strip().casefold()
        if not needle:
            return
        found = self.model.match(self.model.index(0, 0), Qt.ItemDataRole.DisplayRole,
                                 needle, 1,
                                 Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
        if found:
            self.tree.setCurrentIndex(found[0])
            self.tree.scrollTo(found[0])

    def clear(self) -> None:
        self.model.set_tree([])
        self.figures_label.clear()
