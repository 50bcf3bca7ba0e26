"""One response's answers, read-only: each question with the answer given, the score,
the band and the alerts it raised (counselors and managers)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safehouse.services.dto.wellbeing import ResponseInfo
from safehouse.services.instruments import INSTRUMENTS, InstrumentCode
from safehouse.ui.members.rows_model import Row, RowsModel
from safehouse.ui.table_model import setup_view, sorting_proxy
from safehouse.ui.wellbeing import alert_words

_CONTEXT = "AnswersDialog"
HEADERS = (
    QT_TRANSLATE_NOOP("AnswersDialog", "No."),
    QT_TRANSLATE_NOOP("AnswersDialog", "Question"),
    QT_TRANSLATE_NOOP("AnswersDialog", "Answer"),
)


class AnswersDialog(QDialog):
    def __init__(self, response: ResponseInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        inst = INSTRUMENTS[InstrumentCode(response.instrument)]
        self.setWindowTitle(self.tr("{questionnaire} of {day}").format(
            questionnaire=inst.short_name.text(), day=response.taken_on.isoformat()))
        self.setMinimumSize(720, 420)
        recorded = (self.tr("recorded by {name}").format(name=response.recorded_by)
                    if response.recorded_by else "")
        head = QLabel(" · ".join(p for p in (response.member_code, inst.name.text(),
                                              response.taken_on.isoformat(), recorded) if p),
                      self)
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setStyleSheet("font-weight: bold;")
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        band = next((b for b in inst.bands if b.code == response.band), None)
        parts = []
        if response.score is not None:
            parts.append(self.tr("Score: {score} of {high}.").format(
                score=response.score, high=inst.max_score))
        if band is not None:
            parts.append(self.tr("Band: {band}.").format(band=band.label.text()))
        if response.alerts:
            parts.append(self.tr("Alert: {reasons}.").format(
                reasons=alert_words.reasons(response.alerts, inst)))
        self.result_label.setText(" ".join(parts))
        self.model = RowsModel(_CONTEXT, HEADERS, self)
        answers: tuple[int | None, ...] = response.answers
        self.model.set_rows([
            Row(key=item.number,
                cells=(str(item.number), item.text.text(),
                       f"{value}  {item.label(value)}" if value is not None else ""),
                sort_values=(f"{item.number:03d}", item.text.text(), str(value)))
            for item, value in zip(inst.items, answers, strict=False)])
        self.view = QTableView(self)
        self.view.setModel(sorting_proxy(self.model, self))
        setup_view(self.view, "response_answers", widths_in_chars=(4, 60),
                   sort_by=(0, Qt.SortOrder.AscendingOrder))
        self.view.setWordWrap(True)
        self.view.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.result_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
