"""The Household tab: who a member lives with as a family, and how they are related."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from safehouse import clock
from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError, ValidationError
from safehouse.labels import label
from safehouse.models import Relationship
from safehouse.services import households
from safehouse.services.dto.people import HouseholdInfo
from safehouse.services.permissions import Action
from safehouse.services.reading import Read
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.members.member_picker import MemberPicker
from safehouse.ui.members.rows_model import Row, RowsModel, make_view, select_key, selected_key
from safehouse.ui.members.tabs import MemberTabEntry, MemberTabView, button_row

_CONTEXT = "HouseholdTab"
def _relation_rank(relation: str) -> int:
    """Where a relationship sorts: head first, in the order the choices are offered."""
    order = [r.value for r in Relationship]
    return order.index(relation) if relation in order else len(order)


HEADERS = (
    QT_TRANSLATE_NOOP("HouseholdTab", "Code"),
    QT_TRANSLATE_NOOP("HouseholdTab", "Name"),
    QT_TRANSLATE_NOOP("HouseholdTab", "Relationship"),
)


ADULT_AGE = 18


def likely_relation(birth_year: int | None) -> str:
    """The relation a member added to a household most likely has: a child when she is
    under 18 by her birth year, otherwise "other" (a guess of "spouse" would more
    often be wrong in a house of mothers and children)."""
    if birth_year is not None and clock.today().year - birth_year < ADULT_AGE:
        return "child"
    return "other"


def relation_combo(parent: QWidget, current: str | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for value in households.RELATIONS:
        combo.addItem(label(value, Relationship), value)
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class AddToHouseholdDialog(FormDialog):
    """Pick a member who is in no household yet, and how she is related."""

    def __init__(self, ctx: AppContext, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Add to household"))
        self._ctx = ctx
        self._household_id = household_id
        self._relation_chosen = False  # by the person: then no longer guessed
        self.setWindowTitle(self.tr("Add a member to the household"))
        free = households.members_without_household(ctx.db, ctx.actor)
        self.picker = MemberPicker(free, self)
        self.relation = relation_combo(self, "other")
        self.add_field("member", self.tr("&Member:"), self.picker,
                       changed=self.picker.sig_changed, also=("member_id",))
        self.add_field("relation", self.tr("&Relationship:"), self.relation,
                       changed=self.relation.currentIndexChanged)
        self.picker.sig_changed.connect(self._on_picker_changed)
        self.relation.activated.connect(self._on_relation_activated)
        self.touch("member")  # a name that matches nobody is said at once
        self.check()

    def _on_relation_activated(self, _index: int) -> None:
        self._relation_chosen = True

    def _on_picker_changed(self) -> None:
        chosen = self.picker.chosen()
        if chosen is not None and not self._relation_chosen:
            self.relation.setCurrentIndex(max(0, self.relation.findData(
                likely_relation(chosen.birth_year))))

    def problems(self) -> list[ValidationError]:
        if self.picker.has_unknown_text():
            return [ValidationError(self.tr("No member without a household matches this."),
                                    field="member")]
        return []

    def ready(self) -> bool:
        return self.picker.chosen() is not None

    def submit(self) -> bool:
        chosen = self.picker.chosen()
        if chosen is None:
            raise ValidationError(self.tr("Choose a member."), field="member")
        households.add_to_household(self._ctx.db, self._ctx.actor, self._household_id,
                                    chosen.id, str(self.relation.currentData()))
        return True


class RelationDialog(FormDialog):
    """Change how one member is related within her household."""

    def __init__(self, ctx: AppContext, member_id: int, current: str, who: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Change"))
        self._ctx = ctx
        self._member_id = member_id
        self.setWindowTitle(self.tr("Change relationship"))
        self.relation = relation_combo(self, current)
        self.add_row(self.tr("Member:"), QLabel(who, self))
        self.add_field("relation", self.tr("&Relationship:"), self.relation,
                       changed=self.relation.currentIndexChanged)
        self.check()

    def submit(self) -> bool:
        households.set_relation(self._ctx.db, self._ctx.actor, self._member_id,
                                str(self.relation.currentData()))
        return True


class HouseholdTab(QWidget):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.HOUSEHOLD, ChangeKind.MEMBER})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._can_edit = ctx.can(Action.HOUSEHOLD_EDIT)
        self._member_id: int | None = None
        self._household: HouseholdInfo | None = None
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RowsModel(_CONTEXT, HEADERS, self)
        # head first, then spouse, children …; within one relationship by name
        self.view = make_view(self.model, "member_household", self,
                              sort_by=(2, Qt.SortOrder.AscendingOrder))

        self.start_button = QPushButton(self.tr("S&tart a household"), self)
        self.add_button = QPushButton(self.tr("&Add a member…"), self)
        self.relation_button = QPushButton(self.tr("Change &relationship…"), self)
        self.remove_button = QPushButton(self.tr("Remo&ve from household"), self)
        self.button_row = button_row(
            self, (self.start_button, self.add_button, self.relation_button,
                   self.remove_button), shown=self._can_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.button_row)

        self.start_button.clicked.connect(self._on_start_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.relation_button.clicked.connect(self._on_relation_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(self._on_relation_clicked)
        ctx.hub.sig_changed.connect(self._on_hub_changed)
        self._update_buttons()

    # --- loading ---------------------------------------------------------------------------

    def set_member(self, member_id: int | None, purpose: Read = Read.REFRESH) -> None:
        """Show this member's households. Nothing here is confidential: an opening and a
        refresh (``purpose``) read alike."""
        self._member_id = member_id
        self.reload()

    def clear(self) -> None:
        self._member_id = None
        self._household = None
        self.model.clear()
        self.title.clear()
        self._update_buttons()

    def reload(self) -> None:
        if self._member_id is None:
            self.clear()
            return
        keep = selected_key(self.view)
        try:
            self._household = households.household_of(self._ctx.db, self._ctx.actor,
                                                      self._member_id)
        except SafehouseError as exc:
            self._household = None
            messages.show_error(self, exc)
        h = self._household
        if h is None:
            self.title.setText(self.tr("Not in a household."))
            self.model.clear()
        else:
            self.title.setText(self.tr("Household: {household}").format(household=h.name))
            self.model.set_rows([
                Row(key=hm.member_id, cells=(hm.code, hm.name, label(hm.relation, Relationship)),
                    sort_values=(hm.code, hm.name, f"{_relation_rank(hm.relation):02d} {hm.name}"))
                for hm in h.members
            ])
            if keep is not None:
                select_key(self.view, keep)
        self._update_buttons()

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON and self._member_id is not None:
            self.reload()

    # --- actions ---------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        has_member = self._member_id is not None
        has_household = self._household is not None
        chosen = selected_key(self.view) is not None
        self.start_button.setVisible(not has_household)
        self.start_button.setEnabled(has_member)
        self.add_button.setVisible(has_household)
        self.relation_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.relation_button.setVisible(has_household)
        self.remove_button.setVisible(has_household)

    def _chosen(self) -> tuple[int, str, str] | None:
        key = selected_key(self.view)
        if key is None or self._household is None:
            return None
        for hm in self._household.members:
            if hm.member_id == key:
                return hm.member_id, hm.relation, f"{hm.code} {hm.name}"
        return None

    def _on_start_clicked(self) -> None:
        if self._member_id is None:
            return
        try:
            households.create_household(self._ctx.db, self._ctx.actor, self._member_id)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            self.reload()

    def _on_add_clicked(self) -> None:
        if self._household is None:
            return
        dialog = AddToHouseholdDialog(self._ctx, self._household.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_relation_clicked(self) -> None:
        chosen = self._chosen()
        if chosen is None or not self._can_edit:
            return
        member_id, relation, who = chosen
        dialog = RelationDialog(self._ctx, member_id, relation, who, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_remove_clicked(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        member_id, _relation, who = chosen
        if not messages.confirm(
            self, self.tr("Remove from household"),
            self.tr("Take {name} out of this household? Her own record is kept.")
            .format(name=who),
        ):
            return
        try:
            households.remove_from_household(self._ctx.db, self._ctx.actor, member_id)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            self.reload()

    def as_tab(self) -> MemberTabView:
        return MemberTabView(self, self.set_member)


TAB = MemberTabEntry("household", str(QT_TRANSLATE_NOOP("MembersPage", "&Household")),
                     lambda ctx, parent: HouseholdTab(ctx, parent).as_tab())
