"""Record a response: a member, a date and an instrument, then its questions answered
one key each (see :mod:`safehouse.ui.wellbeing.answer_grid`). The score and severity
band show as soon as every question is answered, with any alert saving would raise;
once saved, the alerts it raised are said plainly."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QWidget

from safehouse import clock
from safehouse.errors import ValidationError
from safehouse.services import members, wellbeing
from safehouse.services.dto.wellbeing import RecordedResponse, ResponseInput
from safehouse.services.instruments import INSTRUMENTS, Instrument, InstrumentCode
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.members.member_picker import MemberPicker
from safehouse.ui.rooms.fields import make_date_edit, to_date, to_qdate
from safehouse.ui.wellbeing import alert_words
from safehouse.ui.wellbeing.answer_grid import AnswerGrid

_ITEM_KEYS = tuple(item.key for inst in INSTRUMENTS.values() for item in inst.items)


def tell_saved(parent: QWidget, text: str) -> None:
    """Say what saving did (an alert it raised); tests replace it."""
    QMessageBox.information(parent, parent.windowTitle(), text)


class ResponseDialog(FormDialog):
    """A new response; ``member_id`` and ``instrument`` chosen beforehand when given.
    ``instruments``: those the person may record (all by default)."""

    confirm_discard = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 member_id: int | None = None,
                 instrument: InstrumentCode | None = None,
                 instruments: tuple[InstrumentCode, ...] | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Save"))
        self._ctx = ctx
        self.saved: RecordedResponse | None = None  # what the service stored
        self.setWindowTitle(self.tr("Record a response"))
        self.setMinimumWidth(640)
        self._members = members.list_members(ctx.db, ctx.actor)
        self.member_picker = MemberPicker(self._members, self)
        if member_id is not None:
            code = next((m.code for m in self._members if m.id == member_id), None)
            self.member_picker.choose_code(code)
        self.date_edit = make_date_edit(clock.today(), self)
        self.date_edit.setMaximumDate(to_qdate(clock.today()))
        self.instrument_combo = QComboBox(self)
        for code in instruments or tuple(INSTRUMENTS):
            self.instrument_combo.addItem(INSTRUMENTS[code].name.text(), code.value)
        if instrument is not None:
            self.instrument_combo.setCurrentIndex(
                max(0, self.instrument_combo.findData(instrument.value)))
        self.instructions = QLabel(self)
        self.instructions.setWordWrap(True)
        self.instructions.setTextFormat(Qt.TextFormat.PlainText)
        self.grid = AnswerGrid(self)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultText")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.alert_label = QLabel(self)
        self.alert_label.setObjectName("alertText")
        self.alert_label.setWordWrap(True)
        self.alert_label.setTextFormat(Qt.TextFormat.PlainText)
        self.alert_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.add_field("member", self.tr("&Member:"), self.member_picker,
                       changed=self.member_picker.sig_changed, also=("member_code",))
        self.add_field("taken_on", self.tr("&Date:"), self.date_edit,
                       changed=self.date_edit.dateChanged)
        self.add_field("instrument", self.tr("&Questionnaire:"), self.instrument_combo,
                       changed=self.instrument_combo.currentIndexChanged)
        self.add_row("", self.instructions)
        self.add_field("answers", self.tr("&Answers:"), self.grid,
                       changed=self.grid.sig_changed, also=_ITEM_KEYS)
        self.add_part(self.grid.hint)
        self.add_part(self.result_label)
        self.add_part(self.alert_label)
        self.instrument_combo.currentIndexChanged.connect(self._on_instrument_changed)
        self.grid.sig_changed.connect(self._show_result)
        self._on_instrument_changed()
        if member_id is not None:
            self.grid.setFocus()

    # --- what is chosen ------------------------------------------------------------------

    def instrument(self) -> Instrument:
        return INSTRUMENTS[InstrumentCode(str(self.instrument_combo.currentData()))]

    def taken_on(self) -> date:
        return to_date(self.date_edit.date())

    def _on_instrument_changed(self, *_args: object) -> None:
        inst = self.instrument()
        self.instructions.setText(inst.instructions.text())
        self.grid.set_instrument(inst)
        self._show_result()

    def _show_result(self) -> None:
        inst = self.instrument()
        answers = self.grid.answers()
        missing = self.grid.unanswered()
        self.alert_label.clear()
        if missing:
            self.result_label.setText(self.tr("Answered {done} of {count}.").format(
                done=len(answers) - len(missing), count=len(answers)))
            return
        result = inst.score(answers)
        if result.score is not None:
            text = self.tr("Score: {score} of {high}.").format(score=result.score,
                                                               high=inst.max_score)
            if result.band is not None:
                text = self.tr("Score: {score} of {high} — {band}.").format(
                    score=result.score, high=inst.max_score, band=result.band.label.text())
        else:
            text = self.tr("Every question is answered.")
        self.result_label.setText(text)
        if result.alerts:
            self.alert_label.setText(alert_words.before_saving(result.alerts, inst))

    # --- the form ------------------------------------------------------------------------

    def problems(self) -> list[ValidationError]:
        found: list[ValidationError] = []
        if self.member_picker.has_unknown_text():
            found.append(ValidationError(self.tr("No member has this code or name."),
                                         field="member"))
        if self.taken_on() > clock.today():
            found.append(ValidationError(self.tr("The date cannot be in the future."),
                                         field="taken_on"))
        # a key that is no answer is refused as it is pressed; what is not answered yet
        # waits (OK waits for it), so only a stored answer out of range shows here
        unanswered = {row.item.key for row in self.grid.rows if row.answer() is None}
        found.extend(p for p in self.instrument().problems(self.grid.answers())
                     if p.field not in unanswered)
        return found

    def ready(self) -> bool:
        return self.member_picker.chosen() is not None and self.grid.complete()

    def submit(self) -> bool:
        member = self.member_picker.chosen()
        if member is None:
            return False
        inst = self.instrument()
        saved = wellbeing.record_response(self._ctx.db, self._ctx.actor, ResponseInput(
            member_id=member.id, instrument=inst.code.value, taken_on=self.taken_on(),
            answers=tuple(self.grid.answers())))
        self.saved = saved
        if saved.response.alerts:
            tell_saved(self, alert_words.after_saving(saved.response.alerts, inst))
        return True
