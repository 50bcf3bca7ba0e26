"""The one form every dialog is built on, driven as a person would."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from safehouse.errors import ConflictError, ValidationError, ValidationErrors
from safehouse.ui.form_dialog import FormDialog

LONG = ("This message is long on purpose: it goes on about the room, the date, the "
        "bed and the member, so that on a narrow dialog it must wrap onto many lines, "
        "and a dialog that does not grow would cut its last lines off. ") * 3


class PetForm(FormDialog):
    """A small form: a name (required, checked as you type) and a note; OK calls
    ``refuse`` in place of a service."""

    def __init__(self, refuse: BaseException | None = None) -> None:
        super().__init__(None, ok_text=self.tr("&Save"))
        self.refuse = refuse
        self.submitted = 0
        self.name = QLineEdit(self)
        self.note = QLineEdit(self)
        self.add_field("name", "&Name:", self.name, changed=self.name.textChanged,
                       also=("pet_name",))
        self.add_field("note", "N&ote:", self.note, changed=self.note.textChanged)
        self.check()

    def problems(self) -> list[ValidationError]:
        if not self.name.text().strip():
            return [ValidationError("A name is needed.", field="name")]
        return []

    def submit(self) -> bool:
        self.submitted += 1
        if self.refuse is not None:
            raise self.refuse
        return True


def shown(qtbot, refuse: BaseException | None = None) -> PetForm:  # type: ignore[no-untyped-def]
    form = PetForm(refuse)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def click_ok(qtbot, form: FormDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)


def test_ok_says_what_it_does_and_waits_for_a_valid_form(qtbot):
    form = shown(qtbot)
    assert form.ok_button.text() == "&Save"
    assert form.cancel_button is not None
    assert not form.ok_button.isEnabled()
    assert form.error_text("name") == ""  # not scolded before typing
    qtbot.keyClicks(form.name, "x")
    form.name.clear()
    assert form.error_text("name") == "A name is needed."
    qtbot.keyClicks(form.name, "Bori")
    assert form.error_text("name") == "" and form.ok_button.isEnabled()
    click_ok(qtbot, form)
    assert form.submitted == 1 and not form.isVisible()


def test_a_refusal_shows_next_to_its_field_and_keeps_the_input(qtbot):
    form = shown(qtbot, ValidationError("That name is taken.", field="pet_name"))
    qtbot.keyClicks(form.name, "Bori")
    click_ok(qtbot, form)
    assert form.isVisible() and form.name.text() == "Bori"
    assert form.error_text("name") == "That name is taken."
    assert form.error_text() == ""
    qtbot.keyClicks(form.note, "brown")  # another field: the refusal stays
    assert form.error_text("name") == "That name is taken."
    qtbot.keyClicks(form.name, "2")  # her own field changed: it is out of date
    assert form.error_text("name") == ""


def test_several_refusals_each_by_its_field_and_others_on_the_error_line(qtbot):
    form = shown(qtbot, ValidationErrors([
        ValidationError("Too long.", field="note"),
        ValidationError("Not on this day.", field="date"),  # a field the form lacks
    ]))
    qtbot.keyClicks(form.name, "Bori")
    click_ok(qtbot, form)
    assert form.error_text("note") == "Too long."
    assert form.error_text() == "Not on this day."

    form.refuse = ConflictError("The kennel is full.")
    click_ok(qtbot, form)
    assert form.error_text() == "The kennel is full."  # the old messages are gone
    assert form.error_text("note") == ""


def test_a_bug_is_logged_by_type_and_place_only_and_said_in_one_message(qtbot, caplog):
    form = shown(qtbot, KeyError("Kim Hana, 010-1234-5678"))
    qtbot.keyClicks(form.name, "Bori")
    with caplog.at_level(logging.ERROR):
        click_ok(qtbot, form)
    assert form.isVisible()
    assert "did not expect" in form.error_text()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "KeyError" in logged and "test_form_dialog.submit" in logged
    assert "Kim Hana" not in logged and "010" not in logged
    assert all(r.exc_info is None for r in caplog.records)


@pytest.mark.parametrize("where", ["name", None])
def test_the_dialog_grows_to_show_a_long_message_whole(qtbot, where):
    form = shown(qtbot, ValidationError(LONG, field=where))
    form.resize(320, form.minimumSizeHint().height())
    qtbot.keyClicks(form.name, "Bori")
    click_ok(qtbot, form)
    label = form.errors["name"] if where else form.error
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.text() == LONG
    bottom = label.mapTo(form, label.rect().bottomLeft()).y()
    assert bottom <= form.height()
    for button in (form.ok_button, form.cancel_button):
        assert isinstance(button, QWidget)
        assert button.mapTo(form, button.rect().bottomLeft()).y() <= form.height()


def test_messages_are_plain_text(qtbot):
    form = shown(qtbot, ValidationError("<b>Bori</b> & co", field="name"))
    qtbot.keyClicks(form.name, "Bori")
    click_ok(qtbot, form)
    label = form.errors["name"]
    assert isinstance(label, QLabel)
    assert label.textFormat() == Qt.TextFormat.PlainText
