"""Counselors and meeting places: the counselors' list (accounts with the counselor role
and counselors from outside: name, organisation, languages, phone, active or not) with a
search box, sortable; add, edit, deactivate (after asking) and reactivate — and the
house's meeting places: add, rename, close (after asking) and reopen. Everyone who sees
the schedule sees the lists; managers and administrators change them (the buttons are
hidden for the others).

The Schedule page and the Admin page call :func:`open_counselors`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.services import counselors
from safehouse.services.dto.counseling import CounselorInput, CounselorView, PlaceView
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.members.rows_model import select_key, selected_key
from safehouse.ui.schedule.counselor_forms import CounselorDialog, PlaceDialog
from safehouse.ui.table_model import Column, RowTableModel, setup_view, sorting_proxy

T = TypeVar("T")


def _yes_no(active: bool) -> str:
    return (QCoreApplication.translate("CounselorsDialog", "active") if active
            else QCoreApplication.translate("CounselorsDialog", "inactive"))


def _who(c: CounselorView) -> str:
    if c.outside:
        return QCoreApplication.translate("CounselorsDialog", "from outside")
    return QCoreApplication.translate("CounselorsDialog", "account {username}").format(
        username=c.username)


class CounselorsModel(RowTableModel[CounselorView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("CounselorsModel", [
            Column(QT_TRANSLATE_NOOP("CounselorsModel", "Name"), lambda c: c.name),
            Column(QT_TRANSLATE_NOOP("CounselorsModel", "Who"), _who),
            Column(QT_TRANSLATE_NOOP("CounselorsModel", "Organisation"),
                   lambda c: c.organisation),
            Column(QT_TRANSLATE_NOOP("CounselorsModel", "Languages"), lambda c: c.languages),
            Column(QT_TRANSLATE_NOOP("CounselorsModel", "Phone"), lambda c: c.phone),
            Column(QT_TRANSLATE_NOOP("CounselorsModel", "State"),
                   lambda c: _yes_no(c.active)),
        ], parent)

    def key_of(self, row: CounselorView) -> int:
        return row.id

    def extra_data(self, row: CounselorView, col: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor("#6b6b6b")
        return None


class PlacesModel(RowTableModel[PlaceView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("PlacesModel", [
            Column(QT_TRANSLATE_NOOP("PlacesModel", "Meeting place"), lambda p: p.name),
            Column(QT_TRANSLATE_NOOP("PlacesModel", "State"),
                   lambda p: (QCoreApplication.translate("PlacesModel", "open") if p.active
                              else QCoreApplication.translate("PlacesModel", "closed"))),
        ], parent)

    def key_of(self, row: PlaceView) -> int:
        return row.id


class _ListPanel(QWidget, Generic[T]):
    """A table with its buttons and a line for what happened."""

    def __init__(self, model: RowTableModel[T], layout_key: str, parent: QWidget,
                 widths: tuple[int, ...] = ()) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy: QSortFilterProxyModel = sorting_proxy(model, self)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        setup_view(self.view, layout_key, widths_in_chars=widths,
                   sort_by=(0, Qt.SortOrder.AscendingOrder))
        self.buttons = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.layout_ = QVBoxLayout(self)

    def button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        made = QPushButton(text, self)
        made.clicked.connect(slot)
        self.buttons.addWidget(made)
        return made

    def finish(self) -> None:
        self.buttons.addStretch(1)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addLayout(self.buttons)
        self.layout_.addWidget(self.status)

    def chosen(self) -> int | None:
        return selected_key(self.view)


class CounselorsDialog(QDialog):
    """See the module's description."""

    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.SESSION, ChangeKind.USER})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Counselors and meeting places"))
        self._ctx = ctx
        self._form: FormDialog | None = None
        self.may_edit_counselors = ctx.can(Action.COUNSELOR_EDIT)
        self.may_edit_places = ctx.can(Action.ROOM_EDIT)
        self.tabs = QTabWidget(self)

        self.counselors = _ListPanel(CounselorsModel(self), "counselors_list", self,
                                     widths=(18, 14, 24, 16, 14))
        self.search = QLineEdit(self.counselors)
        self.search.setPlaceholderText(self.tr("Search by name, organisation, language, "
                                               "phone (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search counselors"))
        self.counselors.layout_.addWidget(self.search)
        self.add_button = self.counselors.button(self.tr("&Add counselor…"), self.add_counselor)
        self.edit_button = self.counselors.button(self.tr("&Edit…"), self.edit_counselor)
        self.active_button = self.counselors.button(self.tr("&Deactivate…"),
                                                    self.toggle_counselor)
        self.counselors.finish()
        for b in (self.add_button, self.edit_button, self.active_button):
            b.setVisible(self.may_edit_counselors)

        self.places = _ListPanel(PlacesModel(self), "meeting_places_list", self,
                                 widths=(30,))
        self.add_place_button = self.places.button(self.tr("Add &place…"), self.add_place)
        self.rename_button = self.places.button(self.tr("&Rename…"), self.rename_place)
        self.open_button = self.places.button(self.tr("&Close…"), self.toggle_place)
        self.places.finish()
        for b in (self.add_place_button, self.rename_button, self.open_button):
            b.setVisible(self.may_edit_places)

        self.tabs.addTab(self.counselors, self.tr("Coun&selors"))
        self.tabs.addTab(self.places, self.tr("&Meeting places"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.resize(960, 480)
        self._connect_signals()
        self.reload()
        self.search.setFocus()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.counselors.proxy.setFilterFixedString)
        QShortcut(QKeySequence.StandardKey.Find, self, self._on_find)
        self.counselors.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.places.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.counselors.view.activated.connect(self._on_counselor_activated)
        self.places.view.activated.connect(self._on_place_activated)
        self._ctx.hub.sig_changed.connect(self._on_hub_changed)

    def _on_find(self) -> None:
        self.tabs.setCurrentWidget(self.counselors)
        self.search.setFocus()
        self.search.selectAll()

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON:
            self.reload()

    def _on_counselor_activated(self, _index: QModelIndex) -> None:
        if self.may_edit_counselors:
            self.edit_counselor()

    def _on_place_activated(self, _index: QModelIndex) -> None:
        if self.may_edit_places:
            self.rename_place()

    # --- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            found = counselors.list_counselors(self._ctx.db, self._ctx.actor)
            places = counselors.list_places(self._ctx.db, self._ctx.actor)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        self._fill(self.counselors, found)
        self._fill(self.places, places)
        self._update_buttons()

    @staticmethod
    def _fill(panel: _ListPanel[T], rows: list[T]) -> None:
        keep = panel.chosen()
        panel.model.set_rows(rows)
        if keep is not None:
            select_key(panel.view, keep)

    def counselor(self) -> CounselorView | None:
        key = self.counselors.chosen()
        row = self.counselors.model.row_of(key) if key is not None else -1
        return self.counselors.model.row_at(row)

    def place(self) -> PlaceView | None:
        key = self.places.chosen()
        row = self.places.model.row_of(key) if key is not None else -1
        return self.places.model.row_at(row)

    def _update_buttons(self) -> None:
        c, p = self.counselor(), self.place()
        self.edit_button.setEnabled(c is not None)
        self.active_button.setEnabled(c is not None)
        self.active_button.setText(self.tr("&Reactivate") if c is not None and not c.active
                                   else self.tr("&Deactivate…"))
        self.rename_button.setEnabled(p is not None)
        self.open_button.setEnabled(p is not None)
        self.open_button.setText(self.tr("Re&open") if p is not None and not p.active
                                 else self.tr("&Close…"))

    # --- changing --------------------------------------------------------------------------

    def _open(self, form: FormDialog) -> None:
        if self._form is not None:
            self._form.reject()
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A bound method, not a closure holding the form: that cycle crashes PySide
        # when the form is deleted on close.
        form.finished.connect(self._on_form_finished)
        self._form = form
        form.open()

    def _on_form_finished(self, result: int) -> None:
        form, self._form = self._form, None
        if result != QDialog.DialogCode.Accepted.value or form is None:
            return
        self.reload()
        if isinstance(form, CounselorDialog) and form.result_view is not None:
            select_key(self.counselors.view, form.result_view.id)
            self.counselors.status.setText(
                self.tr("{name} is on the list.").format(name=form.result_view.name)
                if form.counselor is None else self.tr("Saved."))
        elif isinstance(form, PlaceDialog) and form.result_view is not None:
            select_key(self.places.view, form.result_view.id)
            self.places.status.setText(
                self.tr("{name} is added.").format(name=form.result_view.name)
                if form.place is None else self.tr("Saved."))

    def active_form(self) -> FormDialog | None:
        return self._form

    def add_counselor(self) -> None:
        self._open(CounselorDialog(self._ctx, None, self))

    def edit_counselor(self) -> None:
        chosen = self.counselor()
        if chosen is not None:
            self._open(CounselorDialog(self._ctx, chosen, self))

    def toggle_counselor(self) -> None:
        c = self.counselor()
        if c is None:
            return
        if c.active and not messages.confirm(self, self.tr("Deactivate counselor"), self.tr(
                "Deactivate {name}? Her sessions stay as they are, but she can no longer "
                "be booked for new ones. You can reactivate her later.").format(name=c.name)):
            return
        try:
            # her details as they are now (another window may have changed them since
            # this list was read): only the state changes here
            now = next((x for x in counselors.list_counselors(self._ctx.db, self._ctx.actor)
                        if x.id == c.id), c)
            counselors.save_counselor(self._ctx.db, self._ctx.actor, CounselorInput(
                name=now.name, user_id=now.user_id, organisation=now.organisation,
                languages=now.languages, phone=now.phone, active=not c.active), c.id)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        self.reload()
        self.counselors.status.setText(
            self.tr("{name} is inactive.").format(name=c.name) if c.active
            else self.tr("{name} is active again.").format(name=c.name))

    def add_place(self) -> None:
        self._open(PlaceDialog(self._ctx, None, self))

    def rename_place(self) -> None:
        chosen = self.place()
        if chosen is not None:
            self._open(PlaceDialog(self._ctx, chosen, self))

    def toggle_place(self) -> None:
        p = self.place()
        if p is None:
            return
        if p.active and not messages.confirm(self, self.tr("Close meeting place"), self.tr(
                "Close {name}? Sessions already booked there stay, but no new session can "
                "be booked there. You can reopen it later.").format(name=p.name)):
            return
        try:
            counselors.save_place(self._ctx.db, self._ctx.actor, p.name,
                                  active=not p.active, place_id=p.id)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        self.reload()
        self.places.status.setText(
            self.tr("{name} is closed.").format(name=p.name) if p.active
            else self.tr("{name} is open again.").format(name=p.name))


def open_counselors(parent: QWidget, ctx: AppContext) -> None:
    """Open the counselors' and meeting places' lists over ``parent``."""
    if not ctx.can(Action.SESSION_VIEW):
        return
    dialog = CounselorsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
