"""The list half of the Members page: search as you type, a status filter, the table.

The search, the filter and the order are the database's (:class:`MemberTableModel`):
the table holds the rows on screen and reads more as it scrolls."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safehouse.labels import label
from safehouse.models import MemberStatus
from safehouse.services.member_rules import STATUSES
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.members.member_table_model import COL_CODE, MemberTableModel
from safehouse.ui.table_model import ID_ROLE, setup_view


class MemberList(QWidget):
    """Shows members; tells which one is chosen.

    A member is chosen only by a person: a click, an arrow key or Enter on her row
    (or Enter in the search box, which opens the first match). Filtering never chooses
    anyone: when the search or the status filter hides the chosen member, nobody is
    chosen (``sig_selection_cleared``); Qt's own habit of moving the selection to the
    next row when the current one disappears is undone.

    Several members may be selected (Shift or Ctrl with a click or an arrow key):
    :meth:`selected_member_ids`; the one shown is the current row.

    ``sig_member_selected(int)``: the current member changed (her id).
    ``sig_member_activated(int)``: a member was opened (double-click or Enter).
    ``sig_selection_cleared()``: no member is chosen any more.
    ``sig_show_hidden(int)``: the notice's "Show her" was pressed (the member's id): the
    filters are cleared; the page chooses her.
    """

    sig_member_selected = Signal(int)
    sig_member_activated = Signal(int)
    sig_selection_cleared = Signal()
    sig_show_hidden = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MemberTableModel(ctx, self)
        self._reloading = False  # a reload of ours: it keeps the chosen member itself
        self._chosen_before_reset: int | None = None
        self._search_prepared = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by code, name or alias (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search members"))

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_filter.addItem(label(status, MemberStatus), status)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        # Wide enough for a code, a Korean name, a romanised alias and a date.
        setup_view(self.view, "members", widths_in_chars=(8, 10, 16, 8, 7, 11),
                   sort_by=(COL_CODE, Qt.SortOrder.AscendingOrder), compact_rows=True)
        # several may be selected (Shift, Ctrl) for their progress summaries at once; the
        # one shown on the right is the current row
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.count_label = QLabel(self)

        # Says when a change hid the member just changed (a status the filter leaves out).
        self.notice = QLabel(self)
        self.notice.setObjectName("noticeLabel")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.show_hidden_button = QPushButton(self.tr("&Show her"), self)
        self._hidden_member: int | None = None
        self.notice_row = QWidget(self)
        notice_layout = QHBoxLayout(self.notice_row)
        notice_layout.setContentsMargins(0, 0, 0, 0)
        notice_layout.addWidget(self.notice, 1)
        notice_layout.addWidget(self.show_hidden_button)
        self.notice_row.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.search)

        self._connect_signals()
        self._update_count()

    def natural_width(self, columns: int | None = None) -> int:
        """The width the list needs to show its columns whole (as set, or as the person
        left them), or its first ``columns``, with room for its scroll bar."""
        header = self.view.horizontalHeader()
        shown = header.count() if columns is None else min(columns, header.count())
        width = sum(header.sectionSize(header.logicalIndex(i)) for i in range(shown))
        return (width + self.view.verticalScrollBar().sizeHint().width()
                + 2 * self.view.frameWidth())

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.status_filter.currentIndexChanged.connect(self._on_status_filter_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.view.activated.connect(self._on_view_activated)
        self.view.doubleClicked.connect(self._on_view_activated)
        self.show_hidden_button.clicked.connect(self._on_show_hidden_clicked)
        self.model.sig_failed.connect(self._on_model_failed)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.rowsInserted.connect(self._update_count)

    # --- public ----------------------------------------------------------------------------

    def reload(self, changed: Sequence[int] | None = None) -> None:
        """Read the rows again (``changed``: only these members changed), keeping the
        chosen member chosen when she is still shown."""
        keep = self.current_member_id()
        self._reloading = True
        self.view.selectionModel().blockSignals(True)
        try:
            if changed is None or not self.model.is_active():
                self.model.reload()
            else:
                self.model.reload_keys(changed)
        finally:
            self.view.selectionModel().blockSignals(False)
            self._reloading = False
        if keep is not None and not self.select_member(keep):
            self.sig_selection_cleared.emit()
        if not self._search_prepared and self.model.is_active():
            # once the list shows, when the event loop is idle: the first keystroke
            # then finds the search's statements compiled
            self._search_prepared = True
            QTimer.singleShot(0, self, self._prepare_search)

    def _prepare_search(self) -> None:
        if not self.search.text().strip():
            self.model.prepare_search()

    def clear(self) -> None:
        """Forget every row and the search (it may hold a name)."""
        self.clear_notice()
        self._reloading = True
        try:
            self.model.clear()  # first: a search cleared on an empty list reads nothing
        finally:
            self._reloading = False
        self.search.clear()
        self.sig_selection_cleared.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_member_id(self) -> int | None:
        """The member shown: the current row when it is selected, else the first
        selected."""
        selection = self.view.selectionModel()
        rows = selection.selectedRows()
        if not rows:
            return None
        current = self.view.currentIndex()
        row = (current.siblingAtColumn(0) if current.isValid()
               and selection.isRowSelected(current.row()) else rows[0])
        value = row.data(ID_ROLE)
        return value if isinstance(value, int) else None

    def selected_member_ids(self) -> list[int]:
        """Every member selected, in the list's order."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [v for v in (i.data(ID_ROLE) for i in rows) if isinstance(v, int)]

    def select_member(self, member_id: int) -> bool:
        """Choose a member; False when she is not in the list or filtered out (the
        rows down to hers are read when she is further down than those read)."""
        row = self.model.position_of(member_id)
        if row is None or not self.model.load_to(row) or self.model.row_of(member_id) < 0:
            return False
        index = self.model.index(self.model.row_of(member_id), 0)
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def is_shown(self, member_id: int) -> bool:
        """Whether the member is in the list and passes the search and the filter."""
        return self.model.position_of(member_id) is not None

    def filter_text(self) -> str:
        """What hides members now: the status filter's name, or the search text."""
        if self.model.status() is not None:
            return self.status_filter.currentText()
        return self.search.text().strip()

    def say_hidden(self, member_id: int, code: str, status: str) -> None:
        """Tell that the member ``code``, just changed to ``status`` (its label), is no
        longer shown with the filter in use; "Show her" clears it."""
        if self.model.status() is not None:
            text = self.tr("{code} is now {status} and is no longer shown with the filter "
                           "{filter}.")
        else:
            text = self.tr("{code} is now {status} and is no longer shown with the search "
                           "{filter}.")
        self._hidden_member = member_id
        self.notice.setText(text.format(code=code, status=status, filter=self.filter_text()))
        self.notice_row.setVisible(True)

    def clear_notice(self) -> None:
        self._hidden_member = None
        self.notice.clear()
        self.notice_row.setVisible(False)

    # --- slots -----------------------------------------------------------------------------

    def _refilter(self, apply: Callable[[], bool]) -> None:
        """Change the filter without choosing anybody: the chosen member stays chosen
        while she is shown; hidden, she is let go and nobody else is chosen."""
        if not apply() or not self.model.is_active():
            return
        keep = self.current_member_id()
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        self._reloading = True
        try:
            self.view.scrollToTop()  # a new list: its top, and only that is read
            reloaded = self.model.reload(first=self._rows_on_screen())
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            selection.blockSignals(False)
            self._reloading = False
        if not reloaded:  # the rows stayed (a reload repaints them): show the selection gone
            self.view.viewport().update()
        if keep is not None and not self.select_member(keep):
            self.sig_selection_cleared.emit()
        self._update_count()

    def _rows_on_screen(self) -> int:
        """How many rows a new search or filter reads first: those the table shows, and
        the next one, so that the view does not ask for more at once (it shows the top of
        the list; more are read as it scrolls)."""
        # the viewport's height, as the view lays it out (asking for the viewport itself
        # costs the first keystroke 10-15 ms: PySide makes some 50 enum types then)
        height = self.view.maximumViewportSize().height()
        row = self.view.verticalHeader().defaultSectionSize()
        return height // max(1, row) + 2

    def _on_show_hidden_clicked(self) -> None:
        member_id = self._hidden_member
        self.clear_notice()
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        if member_id is not None:
            self.sig_show_hidden.emit(member_id)

    def _on_search_text_changed(self, text: str) -> None:
        self.clear_notice()
        self._refilter(lambda: self.model.set_search_text(text))

    def _on_search_return_pressed(self) -> None:
        # Enter in the search box opens the only, or the first, match.
        if self.model.rowCount() > 0:
            index = self.model.index(0, 0)
            self.view.setCurrentIndex(index)
            self.view.selectRow(0)
            self._on_view_activated(index)

    def _on_status_filter_changed(self, _index: int) -> None:
        status = self.status_filter.currentData()
        self.clear_notice()
        self._refilter(lambda: self.model.set_status(status if isinstance(status, str)
                                                     else None))

    def _on_view_selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        member_id = self.current_member_id()
        if member_id is None:
            self.sig_selection_cleared.emit()
        else:
            self.sig_member_selected.emit(member_id)

    def _on_view_activated(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if isinstance(value, int):
            self.sig_member_activated.emit(value)

    def _on_model_failed(self, exc: Exception) -> None:
        messages.show_error(self, exc)

    def _on_model_about_to_be_reset(self) -> None:
        if not self._reloading:  # the header sorts again
            self._chosen_before_reset = self.current_member_id()

    def _on_model_reset(self) -> None:
        """After the header sorted the list again, the chosen member stays chosen."""
        self._update_count()
        keep, self._chosen_before_reset = self._chosen_before_reset, None
        if keep is not None and not self._reloading and not self.select_member(keep):
            self.sig_selection_cleared.emit()

    def _update_count(self) -> None:
        shown, total = self.model.total(), self.model.all_members()
        if shown == total:
            self.count_label.setText(self.tr("%n member(s)", "", total))
        else:
            self.count_label.setText(self.tr("{shown} of {total} members")
                                     .format(shown=shown, total=total))
