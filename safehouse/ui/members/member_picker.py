"""Choosing a member by typing part of her code, name or alias."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from safehouse.services.dto.people import MemberSummary
from safehouse.ui.hints import set_hint


def member_text(m: MemberSummary) -> str:
    """How a member appears in a picker: code, name and alias."""
    text = f"{m.code}  {m.name}"
    return f"{text} ({m.alias})" if m.alias else text


class MemberPicker(QComboBox):
    """An editable combo of members that completes on any part of the text.

    ``sig_changed()``: what is chosen (or typed) changed.
    With ``allow_none`` the first entry is an empty one meaning "nobody".
    """

    sig_changed = Signal()

    def __init__(
        self, members: list[MemberSummary], parent: QWidget | None = None,
        *, allow_none: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._allow_none = allow_none
        self._members: list[MemberSummary] = []
        self.set_members(members)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        line = self.lineEdit()
        if line is not None:
            set_hint(line, self.tr("Type a code or a name"))
        self.editTextChanged.connect(self._on_edit_text_changed)

    def set_members(self, members: list[MemberSummary]) -> None:
        self.blockSignals(True)
        try:
            self.clear()
            self._members = list(members)
            if self._allow_none:
                self.addItem("", None)
            for m in self._members:
                self.addItem(member_text(m), m.id)
            self.setCurrentIndex(0 if self._allow_none else -1)
            if not self._allow_none:
                self.setEditText("")
        finally:
            self.blockSignals(False)

    def chosen(self) -> MemberSummary | None:
        """The member whose entry, or whose code, is typed; None for nobody or no match."""
        text = self.currentText().strip()
        if not text:
            return None
        for m in self._members:
            if member_text(m) == text:
                return m
        upper = text.upper()
        for m in self._members:
            if m.code == upper:
                return m
        return None

    def chosen_code(self) -> str | None:
        m = self.chosen()
        return m.code if m else None

    def has_unknown_text(self) -> bool:
        """Something is typed that matches no member."""
        return bool(self.currentText().strip()) and self.chosen() is None

    def choose_code(self, code: str | None) -> None:
        """Show the member with this code (or nothing); a code not in the list is shown
        as it is, so the service can say what is wrong with it."""
        if not code:
            self.setCurrentIndex(0 if self._allow_none else -1)
            self.setEditText("")
            return
        for i, m in enumerate(self._members):
            if m.code == code:
                self.setCurrentIndex(i + (1 if self._allow_none else 0))
                return
        self.setEditText(code)

    def _on_edit_text_changed(self, _text: str) -> None:
        self.sig_changed.emit()
