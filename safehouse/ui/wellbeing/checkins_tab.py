"""A member's Check-ins tab: each instrument's scores over time over its severity bands,
and a table of every response.

Counselors and managers see the scores, and a response's answers on opening it (each
opening audited by the service; so is the first reading of her list after she was
chosen); staff see that a check-in or screening happened, on which day, and never its
answers or scores.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehouse.changes import ChangeKind
from safehouse.errors import SafehouseError
from safehouse.services import wellbeing
from safehouse.services.dto.wellbeing import ResponseInfo, Trend
from safehouse.services.instruments import INSTRUMENTS, InstrumentCode
from safehouse.services.permissions import Action
from safehouse.services.reading import Read
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.members.rows_model import Row, RowsModel, make_view, selected_key
from safehouse.ui.members.tabs import MemberTabEntry, MemberTabView
from safehouse.ui.wellbeing import alert_words
from safehouse.ui.wellbeing.answers_dialog import AnswersDialog
from safehouse.ui.wellbeing.chart_slot import TrendSlot
from safehouse.ui.wellbeing.recording import chart_trend, recordable
from safehouse.ui.wellbeing.response_dialog import ResponseDialog

_CONTEXT = "CheckinsTab"
HEADERS = (
    QT_TRANSLATE_NOOP("CheckinsTab", "Date"),
    QT_TRANSLATE_NOOP("CheckinsTab", "Questionnaire"),
    QT_TRANSLATE_NOOP("CheckinsTab", "Score"),
    QT_TRANSLATE_NOOP("CheckinsTab", "Band"),
    QT_TRANSLATE_NOOP("CheckinsTab", "Alerts"),
)
STAFF_HEADERS = HEADERS[:2]


def response_row(r: ResponseInfo, with_scores: bool) -> Row:
    inst = INSTRUMENTS[InstrumentCode(r.instrument)]
    cells: tuple[str, ...] = (r.taken_on.isoformat(), inst.short_name.text())
    sort: tuple[str, ...] = cells
    if with_scores:
        band = next((b for b in inst.bands if b.code == r.band), None)
        if r.score is not None:
            score = str(r.score)
        elif r.answers and not inst.scored:  # the yearly check-in: its health answer
            score = f"{inst.trend_value(r.answers)} / {inst.trend_range[1]}"
        else:
            score = ""
        alerts = ", ".join(alert_words.short_reason(k, inst) for k in r.alerts)
        cells += (score, band.label.text() if band else "", alerts)
        sort += (score.rjust(8, "0"), f"{band.low:04d}" if band else "", alerts)
    return Row(key=r.id, cells=cells, sort_values=sort)


class CheckinsTab(QWidget):
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset(
        {ChangeKind.WELLBEING_RESPONSE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member_id: int | None = None
        self._responses: list[ResponseInfo] = []
        self._trends: dict[str, Trend] = {}
        self.with_scores = ctx.can(Action.WELLBEING_RESULTS)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.record_button = QPushButton(self.tr("&Record a response…"), self)
        self.record_button.setVisible(bool(recordable(ctx)))
        self.remove_button = QPushButton(self.tr("Remo&ve…"), self)
        self.remove_button.setToolTip(self.tr("Remove the chosen response, recorded by "
                                              "mistake, with any alert it raised"))
        self.remove_button.setVisible(bool(recordable(ctx)))
        self.remove_button.setEnabled(False)
        self.instrument_combo = QComboBox(self)
        self.instrument_combo.setVisible(self.with_scores)
        self.trend = TrendSlot(self)
        self.trend.setVisible(self.with_scores)
        self.model = RowsModel(_CONTEXT, HEADERS if self.with_scores else STAFF_HEADERS,
                               self)
        self.view = make_view(self.model, "member_checkins", self,
                              sort_by=(0, Qt.SortOrder.DescendingOrder))
        self.view.setMinimumHeight(120)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        char = self.view.fontMetrics().averageCharWidth()
        for column, chars in enumerate((11, 14, 7, 15)):
            self.view.horizontalHeader().resizeSection(column, chars * char + 16)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.instrument_combo)
        top.addWidget(self.record_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.trend, 3)
        layout.addWidget(self.view, 2)
        self.instrument_combo.currentIndexChanged.connect(self._show_trend)
        self.record_button.clicked.connect(self.record_response)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.activated.connect(self._on_view_activated)
        ctx.hub.sig_changed.connect(self._on_hub_changed)

    def set_member(self, member_id: int | None, purpose: Read = Read.REFRESH) -> None:
        if member_id != self._member_id:
            self.instrument_combo.clear()  # another member: her newest instrument first
        self._member_id = member_id
        self.reload(purpose)

    def clear(self) -> None:
        self._member_id = None
        self._responses = []
        self._trends = {}
        self.model.clear()
        self.summary.clear()
        self.instrument_combo.clear()

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON and self._member_id is not None:
            self.reload(Read.REFRESH)

    def reload(self, purpose: Read = Read.REFRESH) -> None:
        if self._member_id is None:
            self.clear()
            return
        db, actor, member_id = self._ctx.db, self._ctx.actor, self._member_id
        try:
            self._responses = wellbeing.list_responses(db, actor, member_id,
                                                       purpose=purpose)
            # one opening, audited by the list: the trends read the same again
            self._trends = ({t.instrument: t for t in wellbeing.trends(
                db, actor, member_id, purpose=Read.REFRESH)} if self.with_scores else {})
        except SafehouseError as exc:
            self.clear()
            messages.show_error(self, exc)
            return
        self.model.set_rows([response_row(r, self.with_scores) for r in self._responses])
        if not self._responses:
            self.summary.setText(self.tr("No check-ins or screenings recorded yet."))
        else:
            last = max(r.taken_on for r in self._responses)
            self.summary.setText(self.tr("{count} recorded; the latest on {day}.").format(
                count=len(self._responses), day=last.isoformat()))
        self._fill_instruments()

    def _fill_instruments(self) -> None:
        # the one chosen before, else the newest response's
        chosen = self.instrument_combo.currentData() or next(
            (r.instrument for r in self._responses if r.instrument in self._trends), None)
        codes = [c for c in INSTRUMENTS if c.value in self._trends]
        self.instrument_combo.blockSignals(True)
        self.instrument_combo.clear()
        for code in codes:
            self.instrument_combo.addItem(INSTRUMENTS[code].short_name.text(), code.value)
        index = self.instrument_combo.findData(chosen)
        self.instrument_combo.setCurrentIndex(index if index >= 0 else 0)
        self.instrument_combo.blockSignals(False)
        self._show_trend()

    def _show_trend(self, *_args: object) -> None:
        code = self.instrument_combo.currentData()
        self.trend.setVisible(self.with_scores and code is not None)
        trend = self._trends.get(str(code)) if code is not None else None
        if trend is not None:
            self.trend.show_trend(chart_trend(trend))

    def record_response(self) -> None:
        codes = recordable(self._ctx)
        if self._member_id is None or not codes:
            return
        dialog = ResponseDialog(self._ctx, self, member_id=self._member_id,
                                instruments=codes)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_answers(self, response_id: int) -> AnswersDialog | None:
        """Show one response's answers: an opening of a confidential record, audited by
        the service."""
        if not self.with_scores:
            return None
        try:
            info = wellbeing.get_response(self._ctx.db, self._ctx.actor, response_id,
                                          purpose=Read.OPEN)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return None
        dialog = AnswersDialog(info, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_selection_changed(self, *_args: object) -> None:
        self.remove_button.setEnabled(selected_key(self.view) is not None)

    def remove_selected(self) -> bool:
        """Remove the chosen response (recorded by mistake), after asking."""
        key = selected_key(self.view)
        chosen = next((r for r in self._responses if r.id == key), None)
        if chosen is None:
            return False
        inst = INSTRUMENTS[InstrumentCode(chosen.instrument)]
        if not messages.confirm(self, self.tr("Remove a response"), self.tr(
                "Remove the {questionnaire} of {day}? Its answers, score and any alert it "
                "raised go with it. Do this only for a response recorded by mistake.")
                .format(questionnaire=inst.short_name.text(),
                        day=chosen.taken_on.isoformat())):
            return False
        try:
            wellbeing.remove_response(self._ctx.db, self._ctx.actor, chosen.id)
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return False
        return True

    def _on_view_activated(self, *_args: object) -> None:
        key = selected_key(self.view)
        if key is not None:
            self.open_answers(key)

    def as_tab(self) -> MemberTabView:
        return MemberTabView(self, self.set_member)


TAB = MemberTabEntry("checkins", str(QT_TRANSLATE_NOOP("MembersPage", "Check-&ins")),
                     lambda ctx, parent: CheckinsTab(ctx, parent).as_tab(),
                     right=Action.WELLBEING_VIEW)
