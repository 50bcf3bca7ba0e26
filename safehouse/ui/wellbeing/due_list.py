"""Who is due a check-in or a screening: the member, what is due, and why."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from safehouse.services.dto.wellbeing import DueCheckIn, DueReason
from safehouse.services.instruments import INSTRUMENTS, InstrumentCode
from safehouse.ui.table_model import Column, RowTableModel

_CONTEXT = "DueModel"


def what_text(d: DueCheckIn) -> str:
    code = InstrumentCode(d.instrument) if d.instrument else InstrumentCode.YEARLY
    return INSTRUMENTS[code].short_name.text()


def why_text(d: DueCheckIn) -> str:
    if d.reason == DueReason.FOLLOW_UP:
        return QCoreApplication.translate(
            "DueModel", "moderate or above on {day}: time for another").format(
            day=d.last_taken_on.isoformat() if d.last_taken_on else "")
    if d.last_taken_on is None:
        return QCoreApplication.translate("DueModel", "none yet")
    return QCoreApplication.translate("DueModel", "none this year (the last: {day})").format(
        day=d.last_taken_on.isoformat())


class DueModel(RowTableModel[DueCheckIn]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_CONTEXT, (
            Column(QT_TRANSLATE_NOOP("DueModel", "Code"), lambda d: d.member_code),
            Column(QT_TRANSLATE_NOOP("DueModel", "Name"), lambda d: d.member_name),
            Column(QT_TRANSLATE_NOOP("DueModel", "Due"), what_text),
            Column(QT_TRANSLATE_NOOP("DueModel", "Why"), why_text, tooltip=why_text,
                   sort_key=lambda d: d.last_taken_on.isoformat() if d.last_taken_on
                   else ""),
        ), parent)

    def key_of(self, row: DueCheckIn) -> int:
        return row.member_id
