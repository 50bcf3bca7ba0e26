"""A page that a later version fills; says in one line what will come."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from safehouse.ui.pages import TITLE_CONTEXT, PageEntry, PageView


class PlaceholderPage(QWidget):
    def __init__(self, title: str, coming: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)  # the window shows the title as the page's heading
        text = QLabel(coming)
        text.setWordWrap(True)
        text.setObjectName("placeholderText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)


def coming(key: str, marked_title: object, marked_text: object) -> PageEntry:
    """A page still to come: its title and what will come, marked with
    ``QT_TRANSLATE_NOOP`` in the navigation's context."""
    title, text = str(marked_title), str(marked_text)

    def make(_ctx: object) -> PageView:
        return PageView(PlaceholderPage(QCoreApplication.translate(TITLE_CONTEXT, title),
                                        QCoreApplication.translate(TITLE_CONTEXT, text)))

    return PageEntry(key, title, make)


REPORTS = coming(
    "reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"),
    QT_TRANSLATE_NOOP("MainWindow", "Coming next: progress summaries, the room roster, the "
                      "schedule and the impact report, previewed and printed in Korean or "
                      "English."))
