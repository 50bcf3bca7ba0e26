"""Set the community goal: from a start date, a band of members (15 to 20 by default)
to reach by a due date (two years on by default). Earlier goals are kept."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QSpinBox, QWidget

from safehouse import clock
from safehouse.errors import ValidationError
from safehouse.services import community
from safehouse.services.dto.community import DEFAULT_YEARS, GoalInfo, GoalInput
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.rooms.fields import make_date_edit, to_date, to_qdate


class GoalDialog(FormDialog):
    """A new goal (``goal`` None: from today, 15 to 20 within two years) or a correction
    of ``goal``."""

    def __init__(self, ctx: AppContext, goal: GoalInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Save goal"))
        self._ctx = ctx
        self._goal = goal
        self.result_info: GoalInfo | None = None
        self.setWindowTitle(self.tr("Community goal") if goal is None
                            else self.tr("Correct the community goal"))
        self.set_intro(self.tr("How many members the community aims for, and by when. "
                               "Earlier goals are kept."))
        start = goal.start_on if goal else clock.today()
        self.start_edit = make_date_edit(start, self)
        self.due_edit = make_date_edit(
            goal.due_on if goal else community.add_years(start, DEFAULT_YEARS), self)
        self.low_spin = QSpinBox(self)
        self.high_spin = QSpinBox(self)
        for spin in (self.low_spin, self.high_spin):
            spin.setRange(1, community.MAX_TARGET)
            spin.setSuffix(self.tr(" members"))
        self.low_spin.setValue(goal.target_low if goal else 15)
        self.high_spin.setValue(goal.target_high if goal else 20)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Why this goal, what it stands for"))
        self.note_edit.setMaximumHeight(80)
        if goal is not None:
            self.note_edit.setPlainText(goal.note)
        self.add_field("start_on", self.tr("S&tart:"), self.start_edit,
                       changed=self.start_edit.dateChanged)
        self.add_field("target_low", self.tr("At &least:"), self.low_spin,
                       changed=self.low_spin.valueChanged)
        self.add_field("target_high", self.tr("&Up to:"), self.high_spin,
                       changed=self.high_spin.valueChanged)
        self.add_field("due_on", self.tr("&Due:"), self.due_edit,
                       changed=self.due_edit.dateChanged)
        self.add_field("note", self.tr("&Note:"), self.note_edit,
                       changed=self.note_edit.textChanged)
        self.start_edit.dateChanged.connect(self._on_start_edit_date_changed)
        self.check()

    def _on_start_edit_date_changed(self) -> None:
        """A new start moves the due date with it, two years on (a new goal only)."""
        if self._goal is None:
            self.due_edit.setDate(to_qdate(community.add_years(
                to_date(self.start_edit.date()), DEFAULT_YEARS)))

    def data(self) -> GoalInput:
        return GoalInput(start_on=to_date(self.start_edit.date()),
                         target_low=self.low_spin.value(), target_high=self.high_spin.value(),
                         due_on=to_date(self.due_edit.date()),
                         note=self.note_edit.toPlainText())

    def problems(self) -> list[ValidationError]:
        return community.goal_problems(self.data())

    def submit(self) -> bool:
        self.result_info = community.save_goal(self._ctx.db, self._ctx.actor, self.data(),
                                               self._goal.id if self._goal else None)
        return True
