"""The dialog that admits a new member or edits one; it checks as you type."""

from __future__ import annotations

from dataclasses import asdict, replace

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from safehouse import clock
from safehouse.errors import StaleRecord, ValidationError
from safehouse.labels import label
from safehouse.models import MemberStatus, Sex
from safehouse.services import members
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.services.member_rules import SEXES, STATUSES, validate_member
from safehouse.ui.context import AppContext
from safehouse.ui.date_field import OptionalDateEdit
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.members.member_picker import MemberPicker
from safehouse.ui.stale_dialog import StaleChoice, note_reapplied, settle, value_text

DATE_FIELDS = ("arrived_on", "hanawon_completed_on", "joined_on", "left_on")


class MemberForm(FormDialog):
    """New member (``detail`` None) or edit one. Saving calls the members service.

    ``sig_saved(int)``: the member was saved (her id).
    """

    sig_saved = Signal(int)
    confirm_discard = True  # a half-typed admission is not thrown away without asking

    def __init__(
        self, ctx: AppContext, detail: MemberDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ok_text=self.tr("&Save"))
        self._ctx = ctx
        self._detail = detail
        self.saved: MemberDetail | None = None
        if detail is None:
            self.setWindowTitle(self.tr("Admit a new member"))
            self.ok_button.setText(self.tr("&Admit"))
        else:
            self.setWindowTitle(self.tr("Edit member {code}").format(code=detail.code))

        self.name = QLineEdit(self)
        self.alias = QLineEdit(self)
        self.sex = QComboBox(self)
        self.sex.addItem(self.tr("(not recorded)"), None)
        for value in SEXES:
            self.sex.addItem(label(value, Sex), value)
        self.birth_year = QLineEdit(self)
        self.birth_year.setPlaceholderText(self.tr("e.g. 1990"))
        self.birth_year.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.birth_year)
        )
        self.phone = QLineEdit(self)
        self.arrived_on = OptionalDateEdit(self)
        self.hanawon_completed_on = OptionalDateEdit(self)
        self.joined_on = OptionalDateEdit(self)
        self.left_on = OptionalDateEdit(self)
        today = clock.today()
        for field in DATE_FIELDS:
            self._date_field(field).setMaximumDate(today)
        self.status = QComboBox(self)
        for value in STATUSES:
            self.status.addItem(label(value, MemberStatus), value)
        others = [m for m in members.list_members(ctx.db, ctx.actor)
                  if detail is None or m.id != detail.id]
        self.referred_by = MemberPicker(others, self, allow_none=True)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)

        code_text = (self.tr("The member code is given when you save.") if detail is None
                     else detail.code)
        self.add_row(self.tr("Code:"), QLabel(code_text, self))
        if detail is not None:
            self._fill(detail)
            self.status.setEnabled(False)
            self.status.setToolTip(self.tr("Use “Change status…” on the member's profile "
                                           "to change the status."))
        self.add_field("name", self.tr("&Name:"), self.name, changed=self.name.textChanged)
        self.add_field("alias", self.tr("Al&ias:"), self.alias,
                       changed=self.alias.textChanged)
        self.add_field("sex", self.tr("Se&x:"), self.sex,
                       changed=self.sex.currentIndexChanged)
        self.add_field("birth_year", self.tr("&Birth year:"), self.birth_year,
                       changed=self.birth_year.textChanged)
        self.add_field("phone", self.tr("&Phone:"), self.phone,
                       changed=self.phone.textChanged)
        for field, text in (
            ("arrived_on", self.tr("Arrival in &Korea:")),
            ("hanawon_completed_on", self.tr("&Hanawon completed:")),
            ("joined_on", self.tr("&Joined:")),
            ("left_on", self.tr("&Left:")),
        ):
            widget = self._date_field(field)
            self.add_field(field, text, widget, changed=widget.sig_changed)
        self.add_field("status", self.tr("S&tatus:"), self.status,
                       changed=self.status.currentIndexChanged)
        self.add_field("referred_by", self.tr("&Referred by:"), self.referred_by,
                       changed=self.referred_by.sig_changed)
        self.add_field("notes", self.tr("N&otes:"), self.notes,
                       changed=self.notes.textChanged)
        # what the form said as it was filled: the person's changes are the differences
        self._as_filled = asdict(self.value()[0])
        if detail is not None:
            self.touch()
        self.check()

    def _date_field(self, field: str) -> OptionalDateEdit:
        widget = getattr(self, field)
        assert isinstance(widget, OptionalDateEdit)
        return widget

    def _fill(self, d: MemberDetail) -> None:
        self.name.setText(d.name)
        self.alias.setText(d.alias)
        self.sex.setCurrentIndex(max(0, self.sex.findData(d.sex)) if d.sex else 0)
        self.birth_year.setText(str(d.birth_year) if d.birth_year is not None else "")
        self.phone.setText(d.phone)
        for field in DATE_FIELDS:
            self._date_field(field).setDate(getattr(d, field))
        self.status.setCurrentIndex(max(0, self.status.findData(d.status)))
        self.referred_by.choose_code(d.referred_by_code)
        self.notes.setPlainText(d.notes)

    # --- reading and checking --------------------------------------------------------------

    def value(self) -> tuple[MemberInput, list[ValidationError]]:
        """What the form says, and what the form itself finds wrong with its text."""
        problems: list[ValidationError] = []
        year_text = self.birth_year.text().strip()
        birth_year: int | None = int(year_text) if year_text.isdigit() else None
        if year_text and birth_year is None:
            problems.append(ValidationError(self.tr("The birth year must be a number."),
                                            field="birth_year"))
        referrer = self.referred_by.chosen_code()
        if self.referred_by.has_unknown_text():
            problems.append(ValidationError(
                self.tr("Choose a member from the list, or leave this empty."),
                field="referred_by"))
        sex = self.sex.currentData()
        status = self.status.currentData()
        data = MemberInput(
            name=self.name.text(),
            alias=self.alias.text(),
            sex=sex if isinstance(sex, str) else None,
            birth_year=birth_year,
            phone=self.phone.text(),
            arrived_on=self.arrived_on.date(),
            hanawon_completed_on=self.hanawon_completed_on.date(),
            joined_on=self.joined_on.date(),
            left_on=self.left_on.date(),
            status=status if isinstance(status, str) else "enquiry",
            referred_by_code=referrer,
            notes=self.notes.toPlainText(),
        )
        return data, problems

    def problems(self) -> list[ValidationError]:
        data, problems = self.value()
        return problems + validate_member(data)

    def field_changed(self, name: str) -> None:
        if name == "status":  # the status decides which dates are needed
            self.touch("joined_on", "left_on")
        super().field_changed(name)

    # --- saving ----------------------------------------------------------------------------

    def submit(self) -> bool:
        data, _ = self.value()
        if self._detail is None:
            saved = members.create_member(self._ctx.db, self._ctx.actor, data)
        else:
            saved = members.update_member(self._ctx.db, self._ctx.actor,
                                          self._detail.id, data, read=self._detail)
        self.saved = saved
        self.sig_saved.emit(saved.id)
        return True

    def show_error(self, exc: BaseException) -> None:
        """Saved by someone else meanwhile: ask to reload or reapply (stale_dialog)."""
        if not isinstance(exc, StaleRecord) or self._detail is None:
            super().show_error(exc)
            return
        current = exc.current
        assert isinstance(current, MemberDetail)
        choice, edits = settle(self, exc, read=self._as_filled,
                               mine=asdict(self.value()[0]), text=self._value_text)
        if choice is StaleChoice.CANCEL:
            return
        self._detail = current
        self._fill(current)
        self._as_filled = asdict(self.value()[0])
        if choice is StaleChoice.REAPPLY:
            self._fill(replace(current, **edits))
            note_reapplied(self)
        self.dirty = choice is StaleChoice.REAPPLY

    def _value_text(self, field: str, value: object) -> str:
        if field == "sex" and isinstance(value, str):
            return label(value, Sex)
        if field == "status" and isinstance(value, str):
            return label(value, MemberStatus)
        return value_text(value)
