"""The care plan's dialogs: a goal (new, or corrected) and an update of a goal."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from safehouse import clock
from safehouse.errors import StaleRecord, ValidationError
from safehouse.labels import label
from safehouse.models import CareArea, GoalStatus
from safehouse.services import care_plans
from safehouse.services.dto.care_plans import (
    AREAS,
    STATUSES,
    CareGoalInfo,
    GoalInput,
    UpdateInput,
)
from safehouse.ui.context import AppContext
from safehouse.ui.date_field import OptionalDateEdit
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.rooms.fields import make_date_edit, to_date, to_qdate
from safehouse.ui.stale_dialog import StaleChoice, note_reapplied, settle, value_text


def area_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for area in AREAS:
        combo.addItem(label(area, CareArea), area)
    return combo


class CareGoalDialog(FormDialog):
    """A new goal of a member's plan (``goal`` None) or a correction of ``goal``'s area,
    text and target date."""

    confirm_discard = True

    def __init__(self, ctx: AppContext, member_id: int, goal: CareGoalInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Add goal") if goal is None
                         else self.tr("&Save goal"))
        self._ctx, self._member_id, self._goal = ctx, member_id, goal
        self.saved: CareGoalInfo | None = None
        self.setWindowTitle(self.tr("New care-plan goal") if goal is None
                            else self.tr("Correct the goal"))
        self.set_intro(self.tr("What she wants to reach, in which area of her life, and "
                               "by when. Its status changes with its updates."))
        self.area = area_combo(self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("e.g. Find a flat of her own"))
        self.text.setMaxLength(1000)
        self.text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.target = OptionalDateEdit(self, value=goal.target_on if goal else None)
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem(label(status, GoalStatus), status)
        if goal is not None:
            self.area.setCurrentIndex(max(0, self.area.findData(goal.area)))
            self.text.setText(goal.text)
        self.add_field("area", self.tr("A&rea:"), self.area,
                       changed=self.area.currentIndexChanged)
        self.add_field("text", self.tr("&Goal:"), self.text, changed=self.text.textChanged)
        self.add_field("target_on", self.tr("&Target date:"), self.target,
                       changed=self.target.sig_changed)
        if goal is None:
            self.add_field("status", self.tr("&Status:"), self.status,
                           changed=self.status.currentIndexChanged)
        else:
            self.status.hide()
        self.check()

    def data(self) -> GoalInput:
        return GoalInput(area=str(self.area.currentData()), text=self.text.text(),
                         target_on=self.target.date(),
                         status=str(self.status.currentData()))

    def problems(self) -> list[ValidationError]:
        return care_plans.goal_problems(self.data())

    def submit(self) -> bool:
        if self._goal is None:
            self.saved = care_plans.add_goal(self._ctx.db, self._ctx.actor, self._member_id,
                                             self.data())
        else:
            self.saved = care_plans.edit_goal(self._ctx.db, self._ctx.actor, self._goal.id,
                                              self.data(), read=self._goal)
        return True

    def show_error(self, exc: BaseException) -> None:
        """Saved by someone else meanwhile: ask to reload or reapply (stale_dialog)."""
        if not isinstance(exc, StaleRecord) or self._goal is None:
            super().show_error(exc)
            return
        current = exc.current
        assert isinstance(current, CareGoalInfo)
        data = self.data()
        mine = {"area": data.area, "text": data.text.strip(), "target_on": data.target_on}
        read = {"area": self._goal.area, "text": self._goal.text,
                "target_on": self._goal.target_on}
        choice, edits = settle(self, exc, read=read, mine=mine, text=_goal_text)
        if choice is StaleChoice.CANCEL:
            return
        self._goal = current
        shown = replace(current, **edits) if choice is StaleChoice.REAPPLY else current
        self.area.setCurrentIndex(max(0, self.area.findData(shown.area)))
        self.text.setText(shown.text)
        self.target.setDate(shown.target_on)
        if choice is StaleChoice.REAPPLY:
            note_reapplied(self)


def _goal_text(field: str, value: object) -> str:
    if field == "area" and isinstance(value, str):
        return label(value, CareArea)
    if field == "status" and isinstance(value, str):
        return label(value, GoalStatus)
    return value_text(value)


class CareUpdateDialog(FormDialog):
    """An update of ``goal``: its date (today by default), a note (confidential) and the
    goal's status from then on."""

    confirm_discard = True

    def __init__(self, ctx: AppContext, goal: CareGoalInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Add update"))
        self._ctx, self._goal = ctx, goal
        self.saved = False
        self.setWindowTitle(self.tr("Update of a goal"))
        self._show_goal(goal)
        today = clock.today()
        self.day = make_date_edit(today, self)
        self.day.setMaximumDate(to_qdate(today))
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem(label(status, GoalStatus), status)
        self.status.setCurrentIndex(max(0, self.status.findData(goal.status)))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What happened, what comes next"))
        self.note.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.privacy = QLabel(self.tr("The note is confidential: staff do not see it."), self)
        self.privacy.setWordWrap(True)
        self.add_field("day", self.tr("&Date:"), self.day, changed=self.day.dateChanged)
        self.add_field("status", self.tr("&Status:"), self.status,
                       changed=self.status.currentIndexChanged)
        self.add_field("note", self.tr("&Note:"), self.note, changed=self.note.textChanged)
        self.add_part(self.privacy)
        self.check()

    def _show_goal(self, goal: CareGoalInfo) -> None:
        self._goal = goal
        self.set_intro(self.tr("{area}: {goal}").format(area=label(goal.area, CareArea),
                                                        goal=goal.text))

    def data(self) -> UpdateInput:
        status = str(self.status.currentData())
        return UpdateInput(day=to_date(self.day.date()), note=self.note.toPlainText(),
                           status=None if status == self._goal.status else status)

    def problems(self) -> list[ValidationError]:
        return care_plans.update_problems(self.data(), self._goal.status, clock.today(),
                                          self._goal.last_update_on)

    def submit(self) -> bool:
        care_plans.add_update(self._ctx.db, self._ctx.actor, self._goal.id, self.data(),
                              read=self._goal)
        self.saved = True
        return True

    def show_error(self, exc: BaseException) -> None:
        """The goal was saved by someone else meanwhile: ask to reload (the form as the
        goal is now, her update dropped) or reapply (her update over it)."""
        if not isinstance(exc, StaleRecord):
            super().show_error(exc)
            return
        current = exc.current
        assert isinstance(current, CareGoalInfo)
        chosen = str(self.status.currentData())
        read = {c.field: getattr(self._goal, c.field, None) for c in exc.changes}
        choice, _edits = settle(self, exc, read=read, mine={"status": chosen},
                                text=_goal_text)
        if choice is StaleChoice.CANCEL:
            return
        self._show_goal(current)
        if choice is StaleChoice.RELOAD:
            self.status.setCurrentIndex(max(0, self.status.findData(current.status)))
            self.note.clear()
            self.day.setDate(to_qdate(clock.today()))
        self.check()
        self.dirty = choice is StaleChoice.REAPPLY
        if choice is StaleChoice.REAPPLY:
            note_reapplied(self)
