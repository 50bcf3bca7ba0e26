"""The Schedule page's filters: a counselor, a member (typed: code or name) and a
meeting place; each may be "all".

``sig_changed()``: what the filters choose changed (the page reads the week again).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from safehouse.services.dto.counseling import CounselorView, PlaceView
from safehouse.services.dto.people import MemberSummary
from safehouse.ui.members.member_picker import MemberPicker


@dataclass(frozen=True)
class Chosen:
    counselor_id: int | None = None
    member_id: int | None = None
    place_id: int | None = None

    @property
    def any(self) -> bool:
        return any(v is not None for v in (self.counselor_id, self.member_id, self.place_id))


class ScheduleFilters(QWidget):
    """See the module's description."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counselor_combo = QComboBox(self)
        self.counselor_combo.setAccessibleName(self.tr("Counselor"))
        self.counselor_combo.setMinimumContentsLength(12)
        self.member_picker = MemberPicker([], self, allow_none=True)
        self.member_picker.setAccessibleName(self.tr("Member"))
        self.member_picker.setMinimumContentsLength(14)
        self.place_combo = QComboBox(self)
        self.place_combo.setAccessibleName(self.tr("Place"))
        self.place_combo.setMinimumContentsLength(10)
        self._member_id: int | None = None
        self._fill_counselors([])
        self._fill_places([])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, widget in ((self.tr("C&ounselor:"), self.counselor_combo),
                             (self.tr("&Member:"), self.member_picker),
                             (self.tr("&Place:"), self.place_combo)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            layout.addWidget(caption)
            layout.addWidget(widget, 1)
        self.counselor_combo.currentIndexChanged.connect(self._on_combo_changed)
        self.place_combo.currentIndexChanged.connect(self._on_combo_changed)
        self.member_picker.sig_changed.connect(self._on_member_picker_changed)

    def set_choices(self, counselors: Sequence[CounselorView],
                    members: Sequence[MemberSummary], places: Sequence[PlaceView]) -> None:
        """Offer these; what was chosen stays chosen while it is still offered."""
        chosen = self.chosen()
        self.blockSignals(True)
        try:
            self._fill_counselors(counselors)
            self._fill_places(places)
            # the member chosen stays chosen, and what is being typed stays typed
            kept = self.member_picker.chosen_code() or self.member_picker.currentText()
            self.member_picker.set_members(list(members))
            self.member_picker.choose_code(kept)
            self._select(self.counselor_combo, chosen.counselor_id)
            self._select(self.place_combo, chosen.place_id)
        finally:
            self.blockSignals(False)
        self._member_id = self._picked_member()
        if self.chosen() != chosen:
            self.sig_changed.emit()

    def chosen(self) -> Chosen:
        return Chosen(self._data(self.counselor_combo), self._member_id,
                      self._data(self.place_combo))

    def clear(self) -> None:
        """Back to everyone, and no names left in the member list (the idle lock)."""
        self.blockSignals(True)
        try:
            self.counselor_combo.setCurrentIndex(0)
            self.place_combo.setCurrentIndex(0)
            self.member_picker.set_members([])
            self._member_id = None
        finally:
            self.blockSignals(False)

    def choose_counselor(self, counselor_id: int | None) -> None:
        self._select(self.counselor_combo, counselor_id)

    def choose_member(self, code: str | None) -> None:
        self.member_picker.choose_code(code)

    def choose_place(self, place_id: int | None) -> None:
        self._select(self.place_combo, place_id)

    # --- inside ----------------------------------------------------------------------

    def _fill_counselors(self, counselors: Sequence[CounselorView]) -> None:
        self.counselor_combo.clear()
        self.counselor_combo.addItem(self.tr("All counselors"), None)
        for c in counselors:
            text = c.name if c.active else self.tr("{name} (not active)").format(name=c.name)
            self.counselor_combo.addItem(text, c.id)

    def _fill_places(self, places: Sequence[PlaceView]) -> None:
        self.place_combo.clear()
        self.place_combo.addItem(self.tr("All places"), None)
        for p in places:
            self.place_combo.addItem(p.name, p.id)

    @staticmethod
    def _data(combo: QComboBox) -> int | None:
        value = combo.currentData()
        return value if isinstance(value, int) else None

    @staticmethod
    def _select(combo: QComboBox, value: int | None) -> None:
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(0, index))

    def _picked_member(self) -> int | None:
        m = self.member_picker.chosen()
        return m.id if m is not None else None

    def _on_combo_changed(self, _index: int) -> None:
        self.sig_changed.emit()

    def _on_member_picker_changed(self) -> None:
        picked = self._picked_member()
        typed = self.member_picker.currentText().strip()
        if picked is None and typed:
            return  # still typing: the filter waits for a member it can name
        if picked != self._member_id:
            self._member_id = picked
            self.sig_changed.emit()
