"""The forms of the counselors' list: a counselor (someone from outside, or an account
with the counselor role) and a meeting place of the house."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from safehouse.errors import ValidationError
from safehouse.services import counselors
from safehouse.services.dto.counseling import CounselorInput, CounselorView, PlaceView
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog

_LIMITS = {"name": 200, "organisation": 200, "languages": 200, "phone": 50}


class CounselorDialog(FormDialog):
    """A new counselor when ``counselor`` is None, else that one to change. A new one is
    someone from outside (her name typed) or an account with the counselor role not yet
    on the list (its name is the account's)."""

    def __init__(self, ctx: AppContext, counselor: CounselorView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=(self.tr("&Add counselor") if counselor is None
                                          else self.tr("&Save")))
        self.setWindowTitle(self.tr("New counselor") if counselor is None
                            else self.tr("Edit counselor"))
        self._ctx, self.counselor = ctx, counselor
        self.result_view: CounselorView | None = None
        self.who = QComboBox(self)
        self._account_names: dict[int, str] = {}
        self.who.addItem(self.tr("Someone from outside (not an account here)"), None)
        if counselor is None:
            for account in counselors.counselor_accounts(ctx.db, ctx.actor):
                self._account_names[account.user_id] = account.display_name
                self.who.addItem(self.tr("Account: {name} ({username})").format(
                    name=account.display_name, username=account.username), account.user_id)
        elif counselor.user_id is not None:
            self.who.clear()
            self._account_names[counselor.user_id] = counselor.name
            self.who.addItem(self.tr("Account: {name} ({username})").format(
                name=counselor.name, username=counselor.username), counselor.user_id)
        self.who.setEnabled(counselor is None and self.who.count() > 1)
        self.who.setToolTip(self.tr("A counselor who logs in here is chosen by her account "
                                    "(the counselor role); anyone else is from outside"))
        self.name_edit = QLineEdit(self)
        self.organisation_edit = QLineEdit(self)
        self.languages_edit = QLineEdit(self)
        self.languages_edit.setPlaceholderText(self.tr("e.g. Korean, English"))
        self.phone_edit = QLineEdit(self)
        for name, edit in (("name", self.name_edit), ("organisation", self.organisation_edit),
                           ("languages", self.languages_edit), ("phone", self.phone_edit)):
            edit.setMaxLength(_LIMITS[name])
        self.active_check = QCheckBox(self.tr("Active (can be booked for sessions)"), self)
        self.active_check.setChecked(True)
        if counselor is not None:
            self.name_edit.setText(counselor.name)
            self.organisation_edit.setText(counselor.organisation)
            self.languages_edit.setText(counselor.languages)
            self.phone_edit.setText(counselor.phone)
            self.active_check.setChecked(counselor.active)
        self.add_field("account", self.tr("&Who:"), self.who,
                       changed=self.who.currentIndexChanged)
        self.add_field("name", self.tr("&Name:"), self.name_edit,
                       changed=self.name_edit.textChanged)
        self.add_field("organisation", self.tr("&Organisation:"), self.organisation_edit,
                       changed=self.organisation_edit.textChanged)
        self.add_field("languages", self.tr("&Languages:"), self.languages_edit,
                       changed=self.languages_edit.textChanged)
        self.add_field("phone", self.tr("&Phone:"), self.phone_edit,
                       changed=self.phone_edit.textChanged)
        if counselor is not None:
            self.add_field("active", self.tr("S&tate:"), self.active_check,
                           changed=self.active_check.toggled)
        else:
            self.active_check.setVisible(False)
        self.who.currentIndexChanged.connect(self._on_who_changed)
        self._on_who_changed()
        self.check()
        (self.organisation_edit if self.account_id() is not None else self.name_edit
         ).setFocus()

    def account_id(self) -> int | None:
        chosen = self.who.currentData()
        return chosen if isinstance(chosen, int) else None

    def _on_who_changed(self) -> None:
        account = self.account_id()
        self.name_edit.setReadOnly(account is not None)
        self.name_edit.setToolTip(self.tr("The account's name (changed under Admin → Users)")
                                  if account is not None else "")
        if account is not None:
            self.name_edit.setText(self._account_names.get(account, ""))
        elif self.counselor is None:
            self.name_edit.clear()

    def data(self) -> CounselorInput:
        return CounselorInput(
            name=self.name_edit.text(), user_id=self.account_id(),
            organisation=self.organisation_edit.text(),
            languages=self.languages_edit.text(), phone=self.phone_edit.text(),
            active=self.active_check.isChecked())

    def problems(self) -> list[ValidationError]:
        if self.account_id() is None and not self.name_edit.text().strip():
            return [ValidationError(self.tr("Enter the counselor's name."), field="name")]
        return []

    def submit(self) -> bool:
        self.result_view = counselors.save_counselor(
            self._ctx.db, self._ctx.actor, self.data(),
            None if self.counselor is None else self.counselor.id)
        return True


class PlaceDialog(FormDialog):
    """A new meeting place when ``place`` is None, else that one to rename."""

    def __init__(self, ctx: AppContext, place: PlaceView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=(self.tr("&Add place") if place is None
                                          else self.tr("&Rename")))
        self.setWindowTitle(self.tr("New meeting place") if place is None
                            else self.tr("Rename meeting place"))
        self._ctx, self.place = ctx, place
        self.result_view: PlaceView | None = None
        self.set_intro(self.tr("A room of the house where sessions are held (a counseling "
                               "room, the living room), kept apart from the bedrooms."))
        self.name_edit = QLineEdit(place.name if place is not None else "", self)
        self.name_edit.setMaxLength(100)
        self.add_field("name", self.tr("&Name:"), self.name_edit,
                       changed=self.name_edit.textChanged)
        self.check()
        self.name_edit.setFocus()

    def problems(self) -> list[ValidationError]:
        if not self.name_edit.text().strip():
            return [ValidationError(self.tr("Enter the meeting place's name."),
                                    field="name")]
        return []

    def submit(self) -> bool:
        self.result_view = counselors.save_place(
            self._ctx.db, self._ctx.actor, self.name_edit.text(),
            active=True if self.place is None else self.place.active,
            place_id=None if self.place is None else self.place.id)
        return True
