"""An instrument's questions, each a row of answer buttons, answered one key each.

The grid takes the keyboard as one field: the question it is on is framed and kept in
view; a digit key that is one of its answers (PHQ-9's 0–3, the health question's 1–5,
1 for yes and 0 for no) chooses it and moves to the next question; Backspace goes
back one question; the arrow keys Up and Down move without answering. A key that is
not an answer is refused with a beep and a line that says which keys are. The mouse
works too: a click on an answer chooses it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from safehouse.services.instruments import Instrument, Item

_CURRENT = "ItemRow { border: 2px solid palette(highlight); }"
# a chosen answer stands out from the others (a checked button alone is too faint)
_CHOSEN = ("QPushButton:checked { background: palette(highlight); "
           "color: palette(highlighted-text); }")
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


def answer_keys(item: Item) -> str:
    """The keys that answer ``item``, as a person reads them: "0–3", "1 or 0"."""
    values = sorted(item.values)
    if len(values) > 2 and values == list(range(values[0], values[-1] + 1)):
        return f"{values[0]}–{values[-1]}"
    return ", ".join(str(v) for v in item.values)


class ItemRow(QFrame):
    """One question: its number and wording, and a button per answer (the key first)."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"item_{item.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("current", False)
        self.question = QLabel(f"{item.number}. {item.text.text()}", self)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for choice in item.choices:
            button = QPushButton(f"{choice.value}  {choice.label.text()}", self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the grid keeps the keyboard
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(choice.label.text())
            self.group.addButton(button, choice.value)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.question)
        layout.addLayout(buttons)

    def answer(self) -> int | None:
        value = self.group.checkedId()
        return value if value in self.item.values else None

    def set_answer(self, value: int | None) -> None:
        if value is None:
            checked = self.group.checkedButton()
            if checked is not None:
                self.group.setExclusive(False)
                checked.setChecked(False)
                self.group.setExclusive(True)
            return
        button = self.group.button(value)
        if button is not None:
            button.setChecked(True)

    def set_current(self, current: bool) -> None:
        self.setProperty("current", current)
        self.setStyleSheet(_CURRENT if current else "")


class AnswerGrid(QScrollArea):
    """The questions of one instrument. ``sig_changed()``: an answer was chosen or the
    instrument changed."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(300)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows: list[ItemRow] = []
        self.current = 0
        self.instrument: Instrument | None = None
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("answerHint")
        self._inner = QWidget(self)
        self._inner.setStyleSheet(_CHOSEN)
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.addStretch(1)
        self.setWidget(self._inner)

    # --- building -----------------------------------------------------------------------

    def set_instrument(self, instrument: Instrument) -> None:
        """Show ``instrument``'s questions, none answered."""
        for row in self.rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        self.instrument = instrument
        for i, item in enumerate(instrument.items):
            row = ItemRow(item, self._inner)
            row.group.idClicked.connect(lambda _v, at=i: self._on_row_clicked(at))
            self._layout.insertWidget(i, row)
            self.rows.append(row)
        self.current = 0
        # as wide as the widest row of answers: nothing cut off, no sideways scrolling
        widest = max((row.minimumSizeHint().width() for row in self.rows), default=0)
        self.setMinimumWidth(widest + self.verticalScrollBar().sizeHint().width() + 8)
        self._show_current()
        self.sig_changed.emit()

    def sizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), 460)

    # --- the answers --------------------------------------------------------------------

    def answers(self) -> list[int | None]:
        return [row.answer() for row in self.rows]

    def set_answers(self, answers: Sequence[int | None]) -> None:
        for row, value in zip(self.rows, answers, strict=False):
            row.set_answer(value)
        self.sig_changed.emit()

    def unanswered(self) -> list[int]:
        """The numbers of the questions not answered yet."""
        return [row.item.number for row in self.rows if row.answer() is None]

    def complete(self) -> bool:
        return bool(self.rows) and not self.unanswered()

    def go_to(self, index: int) -> None:
        if self.rows:
            self.current = max(0, min(index, len(self.rows) - 1))
            self._show_current()

    # --- the keyboard -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not self.rows or mods != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
            return
        if key in _DIGITS:
            event.accept()
            self._answer(_DIGITS[key])
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Up):
            event.accept()
            self.go_to(self.current - 1)
        elif key == Qt.Key.Key_Down:
            event.accept()
            self.go_to(self.current + 1)
        else:
            super().keyPressEvent(event)

    def _answer(self, value: int) -> None:
        row = self.rows[self.current]
        if value not in row.item.values:
            QApplication.beep()
            self.hint.setText(self.tr("{key} is not an answer to question {number}: "
                                      "press {keys}.").format(
                key=value, number=row.item.number, keys=answer_keys(row.item)))
            return
        row.set_answer(value)
        self.sig_changed.emit()
        if self.current < len(self.rows) - 1:
            self.go_to(self.current + 1)
        else:
            self._show_current()  # the last: stay here; Enter then saves (OK's default)

    def _on_row_clicked(self, index: int) -> None:
        self.current = index
        self._show_current()
        self.sig_changed.emit()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._show_current()

    def _show_current(self) -> None:
        for i, row in enumerate(self.rows):
            row.set_current(i == self.current)
        if not self.rows:
            self.hint.clear()
            return
        row = self.rows[self.current]
        self.ensureWidgetVisible(row, 0, 12)
        self.hint.setText(self.tr("Question {number} of {count}: press {keys} to answer; "
                                  "Backspace goes back.").format(
            number=row.item.number, count=len(self.rows), keys=answer_keys(row.item)))
