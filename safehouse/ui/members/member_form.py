"""The dialog that admits a new member or edits one; it checks as you type."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehouse import clock
from safehouse.errors import SafehouseError, ValidationError, ValidationErrors
from safehouse.labels import label
from safehouse.models import MemberStatus, Sex
from safehouse.services import members
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.services.member_rules import SEXES, STATUSES, validate_member
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.date_field import OptionalDateEdit
from safehouse.ui.members.member_picker import MemberPicker

ERROR_STYLE = "color: #b00020;"

DATE_FIELDS = ("arrived_on", "hanawon_completed_on", "joined_on", "left_on")


def error_label(parent: QWidget) -> QLabel:
    """A red line under a field for what is wrong with it; hidden while all is well."""
    lab = QLabel(parent)
    lab.setStyleSheet(ERROR_STYLE)
    lab.setWordWrap(True)
    lab.setVisible(False)
    return lab


def set_error(lab: QLabel, text: str) -> None:
    lab.setText(text)
    lab.setVisible(bool(text))


class MemberForm(QDialog):
    """New member (``detail`` None) or edit one. Saving calls the members service.

    ``sig_saved(int)``: the member was saved (her id).
    """

    sig_saved = Signal(int)

    def __init__(
        self, ctx: AppContext, detail: MemberDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._detail = detail
        self._touched: set[str] = set()
        self.saved: MemberDetail | None = None
        if detail is None:
            self.setWindowTitle(self.tr("Admit a new member"))
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

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        code_text = (self.tr("The member code is given when you save.") if detail is None
                     else detail.code)
        form.addRow(self.tr("Code:"), QLabel(code_text, self))
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("&Name:"), self.name),
            ("alias", self.tr("&Alias:"), self.alias),
            ("sex", self.tr("Se&x:"), self.sex),
            ("birth_year", self.tr("&Birth year:"), self.birth_year),
            ("phone", self.tr("&Phone:"), self.phone),
            ("arrived_on", self.tr("Arrival in &Korea:"), self.arrived_on),
            ("hanawon_completed_on", self.tr("&Hanawon completed:"),
             self.hanawon_completed_on),
            ("joined_on", self.tr("&Joined:"), self.joined_on),
            ("left_on", self.tr("&Left:"), self.left_on),
            ("status", self.tr("S&tatus:"), self.status),
            ("referred_by", self.tr("&Referred by:"), self.referred_by),
            ("notes", self.tr("N&otes:"), self.notes),
        ]
        for field, text, widget in rows:
            holder = QWidget(self)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            self.errors[field] = error_label(holder)
            box.addWidget(self.errors[field])
            holder.setFocusProxy(widget)
            form.addRow(text, holder)

        if detail is not None:
            self.status.setEnabled(False)
            self.status.setToolTip(self.tr("Use “Change status…” on the member's profile "
                                           "to change the status."))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button.setText(self.tr("&Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        if detail is not None:
            self._fill(detail)
            self._touched.update(self.errors)
        self._connect_signals()
        self._check()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _date_field(self, field: str) -> OptionalDateEdit:
        widget = getattr(self, field)
        assert isinstance(widget, OptionalDateEdit)
        return widget

    def _connect_signals(self) -> None:
        self.name.textEdited.connect(lambda _t: self._on_field_changed("name"))
        self.alias.textEdited.connect(lambda _t: self._on_field_changed("alias"))
        self.sex.currentIndexChanged.connect(lambda _i: self._on_field_changed("sex"))
        self.birth_year.textEdited.connect(lambda _t: self._on_field_changed("birth_year"))
        self.phone.textEdited.connect(lambda _t: self._on_field_changed("phone"))
        for field in DATE_FIELDS:
            self._date_field(field).sig_changed.connect(
                lambda f=field: self._on_field_changed(f))
        self.status.currentIndexChanged.connect(lambda _i: self._on_field_changed("status"))
        self.referred_by.sig_changed.connect(lambda: self._on_field_changed("referred_by"))
        self.notes.textChanged.connect(lambda: self._on_field_changed("notes"))

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

    def _check(self) -> bool:
        data, problems = self.value()
        found: dict[str, str] = {}
        for err in problems + validate_member(data):
            if err.field and err.field not in found:
                found[err.field] = err.message
        for field, lab in self.errors.items():
            set_error(lab, found.get(field, "") if field in self._touched else "")
        ok = not found
        self.ok_button.setEnabled(ok)
        return ok

    def show_errors(self, errors: list[ValidationError]) -> None:
        """Show errors (from the service) next to their fields; others in a message."""
        stray: list[str] = []
        for err in errors:
            if err.field in self.errors:
                self._touched.add(err.field)
                set_error(self.errors[err.field], err.message)
            else:
                stray.append(err.message)
        if stray:
            messages.show_error(self, ValidationError("\n".join(stray)))

    def _on_field_changed(self, field: str) -> None:
        self._touched.add(field)
        if field == "status":  # the status decides which dates are needed
            self._touched.update(("joined_on", "left_on"))
        self._check()

    # --- saving ----------------------------------------------------------------------------

    def accept(self) -> None:
        self._touched.update(self.errors)
        if not self._check():
            return
        data, _ = self.value()
        try:
            if self._detail is None:
                saved = members.create_member(self._ctx.db, self._ctx.actor, data)
            else:
                saved = members.update_member(self._ctx.db, self._ctx.actor,
                                              self._detail.id, data)
        except ValidationErrors as exc:
            self.show_errors(exc.errors)
            return
        except ValidationError as exc:
            self.show_errors([exc])
            return
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        self.saved = saved
        self.sig_saved.emit(saved.id)
        super().accept()
