"""The recovery key: shown once after set-up (with an offer to print it), and used when
every password is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QWidget

from safehouse.errors import ValidationError
from safehouse.services import access, auth
from safehouse.services.access import Opened
from safehouse.storage.vault import Vault
from safehouse.ui.form_dialog import FormDialog, password_edit


class RecoveryKeyDialog(FormDialog):
    """Shows the recovery key once. Continue is enabled when she confirms she has it."""

    def __init__(self, code: str, organisation: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Continue"), cancel=False)
        self._code = code
        self._organisation = organisation
        self.setWindowTitle(self.tr("Safehouse — recovery key"))
        self.setMinimumWidth(520)
        self.set_intro(self.tr(
            "This is the database's recovery key. With it, an administrator can set a new "
            "password when every password is lost. Without it, and without a password, "
            "nobody can open the data — not even us.\n\n"
            "Write it down or print it now, and keep it somewhere safe away from this "
            "computer. It will not be shown again."))
        self.code_label = QLabel(code)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(mono.pointSize(), 10) + 4)
        mono.setBold(True)
        self.code_label.setFont(mono)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.confirm = QCheckBox(self.tr("I have &written down or printed the recovery key"))
        self.add_part(self.code_label)
        self.add_part(self.print_button, Qt.AlignmentFlag.AlignLeft)
        self.add_field("confirm", "", self.confirm, changed=self.confirm.toggled)
        self.check()

    def ready(self) -> bool:
        return self.confirm.isChecked()

    def submit(self) -> bool:
        return True

    def reject(self) -> None:
        """Escape does not dismiss it: she must confirm she has the key."""

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.paint_on(printer)

    def paint_on(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            page = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            title = QFont(self.font())
            title.setPointSize(16)
            title.setBold(True)
            painter.setFont(title)
            painter.drawText(page.adjusted(0, 0, 0, -page.height() // 2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self.tr("Safehouse recovery key") + (
                                 f"\n{self._organisation}" if self._organisation else ""))
            code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            code_font.setPointSize(20)
            painter.setFont(code_font)
            painter.drawText(page, Qt.AlignmentFlag.AlignCenter, self._code)
            body = QFont(self.font())
            body.setPointSize(10)
            painter.setFont(body)
            painter.drawText(
                page.adjusted(0, page.height() // 2 + page.height() // 10, 0, 0),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.tr("Keep this page locked away from the office computer."))
        finally:
            painter.end()


class RecoverDialog(FormDialog):
    """Every password lost: the recovery key and an administrator's new password."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Set password and log in"))
        self._vault = vault
        self.opened: Opened | None = None
        self.setWindowTitle(self.tr("Safehouse — recovery"))
        self.setMinimumWidth(480)
        self.set_intro(self.tr(
            "Type the recovery key that was shown when the database was made, the user "
            "name of an administrator, and a new password for her."))
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.username = QLineEdit()
        self.password = password_edit()
        self.repeat = password_edit()
        for name, text, edit in (
            ("code", self.tr("&Recovery key:"), self.code),
            ("username", self.tr("&Administrator:"), self.username),
            ("password", self.tr("&New password:"), self.password),
            ("repeat", self.tr("Re&peat:"), self.repeat),
        ):
            self.add_field(name, text, edit, changed=edit.textChanged)
        self.forget_on_close(self.password, self.repeat)
        self.check()

    def problems(self) -> list[ValidationError]:
        return auth.password_problems(self.password.text(), self.repeat.text())

    def submit(self) -> bool:
        self.opened = access.recover(
            self._vault, self.code.text(), username=self.username.text().strip(),
            new_password=self.password.text(), repeat=self.repeat.text())
        return True
