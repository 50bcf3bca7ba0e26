"""The Keep-away tab: people who must not reach a member (former partners, brokers).

The list is confidential: read only while the tab is on screen, its first reading after
the user chose a member an opening (audited once), later ones a refresh (see
:mod:`safehouse.ui.members.confidential_tab`).
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError, ValidationError
from safehouse.labels import label
from safehouse.models import KeepAwayRelation
from safehouse.services import housing_rules, keep_away, members
from safehouse.services.dto.people import KeepAwayInfo
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog, error_label, set_error
from safehouse.ui.members.confidential_tab import ConfidentialTab
from safehouse.ui.members.member_picker import MemberPicker
from safehouse.ui.members.rows_model import Row, RowsModel, make_view, select_key, selected_key
from safehouse.ui.members.tabs import MemberTabEntry, MemberTabView, button_row

_CONTEXT = "KeepAwayTab"
HEADERS = (
    QT_TRANSLATE_NOOP("KeepAwayTab", "Person"),
    QT_TRANSLATE_NOOP("KeepAwayTab", "Relation"),
    QT_TRANSLATE_NOOP("KeepAwayTab", "Description"),
    QT_TRANSLATE_NOOP("KeepAwayTab", "Linked member"),
)


class KeepAwayDialog(FormDialog):
    """Add an entry (``entry`` None) or change one; OK saves through the service."""

    def __init__(
        self, ctx: AppContext, member_id: int, entry: KeepAwayInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ok_text=(self.tr("&Add") if entry is None
                                          else self.tr("&Save")))
        self._ctx = ctx
        self._member_id = member_id
        self._entry = entry
        self.saved: KeepAwayInfo | None = None
        self.setWindowTitle(self.tr("Add a person to keep away") if entry is None
                            else self.tr("Edit keep-away entry"))
        self.person_name = QLineEdit(self)
        self.person_name.setPlaceholderText(self.tr("Name, or a description of the person"))
        self.relation = QComboBox(self)
        for value in keep_away.RELATIONS:
            self.relation.addItem(label(value, KeepAwayRelation), value)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            self.tr("What staff should know: appearance, car, places to avoid…"))
        others = [m for m in members.list_members(ctx.db, ctx.actor) if m.id != member_id]
        self.linked_member = MemberPicker(others, self, allow_none=True)
        self.linked_member.setToolTip(self.tr("When the person is also a member here"))
        if entry is not None:
            self.person_name.setText(entry.person_name)
            self.relation.setCurrentIndex(max(0, self.relation.findData(entry.relation)))
            self.description.setPlainText(entry.description)
            self.linked_member.choose_code(entry.linked_member_code)

        self.add_field("person_name", self.tr("&Person:"), self.person_name,
                       changed=self.person_name.textChanged)
        self.add_field("relation", self.tr("&Relation:"), self.relation,
                       changed=self.relation.currentIndexChanged)
        self.add_field("description", self.tr("&Description:"), self.description,
                       changed=self.description.textChanged)
        self.add_field("linked_member", self.tr("&Linked member:"), self.linked_member,
                       changed=self.linked_member.sig_changed, also=("linked_member_code",))
        # said at once: the member about to be linked already sleeps near her
        self.housing_warning = error_label(self)
        self.housing_warning.setObjectName("housingWarning")
        self.add_part(self.housing_warning)
        self.linked_member.sig_changed.connect(self._on_linked_member_changed)
        self._on_linked_member_changed()
        # a code that matches nobody is said at once; an empty name once she has typed
        if entry is None:
            self.touch("linked_member")
        else:
            self.touch()
        self.check()

    def _on_linked_member_changed(self, *_args: object) -> None:
        code = self.linked_member.chosen_code() or ""
        try:
            text = housing_rules.linked_member_warning(self._ctx.db, self._ctx.actor,
                                                       self._member_id, code)
        except SafehouseError:
            text = ""
        set_error(self.housing_warning, text)
        self._fit()

    def problems(self) -> list[ValidationError]:
        found = []
        if not self.person_name.text().strip():
            found.append(ValidationError(
                self.tr("Enter the person's name (or a description of them)."),
                field="person_name"))
        if self.linked_member.has_unknown_text():
            found.append(ValidationError(
                self.tr("Choose a member from the list, or leave this empty."),
                field="linked_member"))
        return found

    def submit(self) -> bool:
        self.saved = keep_away.save_keep_away(
            self._ctx.db, self._ctx.actor, self._member_id,
            person_name=self.person_name.text(),
            relation=str(self.relation.currentData()),
            description=self.description.toPlainText(),
            linked_member_code=self.linked_member.chosen_code(),
            keep_away_id=self._entry.id if self._entry else None,
        )
        return True


class KeepAwayTab(ConfidentialTab):
    # (stays and rooms: whether a linked member sleeps near her)
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.KEEP_AWAY, ChangeKind.MEMBER, ChangeKind.ASSIGNMENT, ChangeKind.ROOM,
         ChangeKind.SETTING})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._can_edit = ctx.can(Action.KEEPAWAY_EDIT)
        self._entries: list[KeepAwayInfo] = []
        self.note = QLabel(self.tr("Confidential. Opening this list is recorded."), self)
        self.housing_warning = error_label(self)
        self.housing_warning.setObjectName("housingWarning")
        self.model = RowsModel(_CONTEXT, HEADERS, self)
        self.view = make_view(self.model, "member_keep_away", self,
                              sort_by=(0, Qt.SortOrder.AscendingOrder))  # names A→Z

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("E&dit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.button_row = button_row(
            self, (self.add_button, self.edit_button, self.remove_button),
            shown=self._can_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.housing_warning)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.button_row)

        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.view.doubleClicked.connect(self._on_edit_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- loading ---------------------------------------------------------------------------

    def _let_go(self) -> None:
        self._entries = []
        self.model.clear()
        set_error(self.housing_warning, "")
        self._update_buttons()

    def clear(self) -> None:
        self.set_member(None)

    def reload(self) -> None:
        self._stale = False
        if self._member_id is None:
            self.model.clear()
            set_error(self.housing_warning, "")
            return
        keep = selected_key(self.view)
        warnings: list[str] = []
        try:
            self._entries = keep_away.list_keep_aways(self._ctx.db, self._ctx.actor,
                                                      self._member_id, purpose=self._purpose())
            self._opened()
            warnings = housing_rules.keep_away_warnings(self._ctx.db, self._ctx.actor,
                                                        self._member_id)
        except SafehouseError as exc:
            self._entries = []
            messages.show_error(self, exc)
        set_error(self.housing_warning, "\n".join(warnings))
        self.model.set_rows([
            Row(key=e.id, cells=(
                e.person_name, label(e.relation, KeepAwayRelation),
                e.description.replace("\n", " "),
                f"{e.linked_member_code} {e.linked_member_name or ''}".strip()
                if e.linked_member_code else "",
            ))
            for e in self._entries
        ])
        if keep is not None:
            select_key(self.view, keep)
        self._update_buttons()

    # --- actions ---------------------------------------------------------------------------

    def _chosen(self) -> KeepAwayInfo | None:
        key = selected_key(self.view)
        return next((e for e in self._entries if e.id == key), None)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._member_id is not None)
        chosen = self._chosen() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _open_dialog(self, entry: KeepAwayInfo | None) -> None:
        if self._member_id is None or not self._can_edit:
            return
        dialog = KeepAwayDialog(self._ctx, self._member_id, entry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_add_clicked(self) -> None:
        self._open_dialog(None)

    def _on_edit_clicked(self) -> None:
        entry = self._chosen()
        if entry is not None:
            self._open_dialog(entry)

    def _on_remove_clicked(self) -> None:
        entry = self._chosen()
        if entry is None:
            return
        if not messages.confirm(
            self, self.tr("Remove keep-away entry"),
            self.tr("Remove {name} from this member's keep-away list?")
            .format(name=entry.person_name),
        ):
            return
        try:
            keep_away.remove_keep_away(self._ctx.db, self._ctx.actor, entry.id)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            self.reload()

    def as_tab(self) -> MemberTabView:
        return MemberTabView(self, self.set_member)


TAB = MemberTabEntry("keep_away", str(QT_TRANSLATE_NOOP("MembersPage", "&Keep-away")),
                     lambda ctx, parent: KeepAwayTab(ctx, parent).as_tab(),
                     right=Action.KEEPAWAY_VIEW)
