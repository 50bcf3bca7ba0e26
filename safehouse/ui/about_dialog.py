"""Help → About: the version, the database's schema revision, and the licences of the
program, of the Korean font and of the icons; "Licences…" shows their full texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safehouse.services.dto.about import AboutFacts, Notice
from safehouse.ui import icons


def _what(notice: Notice) -> str:
    """What the shipped work is, in the reader's language."""
    names = {
        "program": QCoreApplication.translate("AboutDialog", "Safehouse"),
        "font": QCoreApplication.translate("AboutDialog", "Korean font"),
        "icons": QCoreApplication.translate("AboutDialog", "Navigation icons"),
        "app_icon": QCoreApplication.translate("AboutDialog", "Application icon"),
    }
    return names.get(notice.key, notice.work)


class AboutDialog(QDialog):
    def __init__(self, facts: AboutFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = facts
        self.setWindowTitle(self.tr("About Safehouse"))

        logo = QLabel()
        logo.setPixmap(icons.app_icon().pixmap(QSize(64, 64)))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Safehouse"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        summary = QLabel(self.tr("Records, rooms and care for a safehouse community."))
        summary.setWordWrap(True)

        self.version_label = QLabel(facts.version)
        self.revision_label = QLabel(facts.revision or self.tr("none (no schema yet)"))
        self.revision_label.setFont(QFontDatabase.systemFont(
            QFontDatabase.SystemFont.FixedFont))
        self.licence_label = QLabel(
            facts.program_licence or self.tr("No licence is stated for this copy."))
        self.licence_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("Database schema:"), self.revision_label)
        form.addRow(self.tr("Program licence:"), self.licence_label)
        for notice in facts.notices:
            if notice.key == "program":
                continue
            shipped = QLabel(self.tr("{work} — {licence}").format(
                work=notice.work, licence=notice.licence))
            shipped.setWordWrap(True)
            form.addRow(_what(notice) + ":", shipped)
        for label in self.findChildren(QLabel):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(summary)
        text.addSpacing(8)
        text.addLayout(form)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addSpacing(12)
        top.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.licences_button = QPushButton(self.tr("&Licences…"))
        self.about_qt_button = QPushButton(self.tr("About &Qt…"))
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.about_qt_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.licences_button.clicked.connect(self._on_licences_clicked)
        self.about_qt_button.clicked.connect(self._on_about_qt_clicked)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(540)

    def _on_licences_clicked(self) -> None:
        dialog = LicencesDialog(self.facts.notices, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_about_qt_clicked(self) -> None:
        QMessageBox.aboutQt(self, self.tr("About Qt"))


class LicencesDialog(QDialog):
    """The full text of each licence, one tab each."""

    def __init__(self, notices: tuple[Notice, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licences"))
        self.tabs = QTabWidget()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for notice in notices:
            page = QPlainTextEdit(notice.text)
            page.setReadOnly(True)
            page.setFont(mono)
            page.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            self.tabs.addTab(page, self.tr("{what} ({licence})").format(
                what=_what(notice), licence=notice.licence))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def text_of(self, index: int) -> str:
        page = self.tabs.widget(index)
        assert isinstance(page, QPlainTextEdit)
        return page.toPlainText()
