"""The one shape of every dialog that asks and then acts.

Parts stacked top to bottom: an introduction, the fields (each with a red line under it
for what is wrong with it), any further parts, one error line, and the buttons — OK with
its own words (the action: "Assign", "Admit", "Save") and Cancel — and, below them, any
way out (e.g. "Restore from a backup instead…").

A subclass registers its fields by name (:meth:`FormDialog.add_field`), the names a
service uses in ``ValidationError.field``, and implements:

- :meth:`FormDialog.problems`: what is wrong as it stands, checked as you type (the
  service's own rule functions, e.g. ``auth.password_problems``); a field's problem
  shows once that field has been touched, and OK waits until there are none;
- :meth:`FormDialog.ready`: whether OK may be pressed at all (a choice made, a
  confirmation typed), for what needs no message;
- :meth:`FormDialog.submit`: the service call. A refusal (``SafehouseError``) keeps the
  dialog open with what was typed: a ``ValidationError`` (or each of
  ``ValidationErrors``) next to its field, any other on the error line. Anything else is
  a bug: logged by type and place only, and the one message for it shown on the error
  line (:func:`safehouse.ui.messages.unexpected`).

The dialog grows to show its messages whole: nothing is clipped. It opens with the
keyboard in its first field (never on Cancel), and OK — the action — is the default
button. A form with ``confirm_discard`` asks before Escape, Cancel or the window's
close button throws away what the person typed (:attr:`FormDialog.dirty`); closing it
from the program (the page opens another dialog, the user logs out) does not ask.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehouse.errors import ValidationError, ValidationErrors
from safehouse.ui import messages


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red, word-wrapped line for what is wrong; hidden while it has nothing to say."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(messages.ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def set_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def password_edit(parent: QWidget | None = None) -> QLineEdit:
    """A line edit that hides what is typed."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _Watch(QObject):
    """Tells its form that one field changed. (A lambda holding the form would keep its
    Python side alive after Qt has deleted it.)"""

    def __init__(self, form: FormDialog, name: str) -> None:
        super().__init__(form)
        self._name = name

    def fire(self, *_args: object) -> None:
        form = self.parent()
        if isinstance(form, FormDialog):
            if form.isVisible():  # what the person does, not how the form was filled
                form.dirty = True
            form.field_changed(self._name)


class FormDialog(QDialog):
    """See the module's description. ``ok_text`` says what OK does; ``cancel`` False
    leaves only OK (a dialog that tells, and asks nothing)."""

    # Ask before throwing away what was typed (a long form: the admission, say).
    confirm_discard = False

    def __init__(self, parent: QWidget | None = None, *, ok_text: str,
                 cancel: bool = True) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self._aliases: dict[str, str] = {}  # a service's field name -> ours
        self._touched: set[str] = set()
        self._service_errors: dict[str, str] = {}
        self._secrets: list[QLineEdit] = []
        self._fields: list[QWidget] = []  # in the order they were added
        self._shown_once = False
        self.dirty = False  # the person changed a field since the form opened
        self._grow_later = QTimer(self)
        self._grow_later.setSingleShot(True)
        self._grow_later.setInterval(0)
        self._grow_later.timeout.connect(self._grow)

        self._header = QVBoxLayout()
        self.intro = QLabel(self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        self.form = QFormLayout()
        self._parts = QVBoxLayout()
        self.error = error_label(self)
        self.error.setObjectName("errorLabel")
        which = QDialogButtonBox.StandardButton.Ok
        if cancel:
            which |= QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(which, self)
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)  # Enter does what the dialog is for
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self._on_buttons_rejected)
        self._footer = QVBoxLayout()

        layout = QVBoxLayout(self)
        layout.addLayout(self._header)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addLayout(self._parts)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        layout.addLayout(self._footer)

    # --- building ------------------------------------------------------------------------

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def cancel_button(self) -> QPushButton | None:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_field(self, name: str, label: str, widget: QWidget | QLayout, *,
                  changed: SignalInstance | None = None, also: tuple[str, ...] = ()
                  ) -> QLabel:
        """A row for the field ``name`` with its error line under it; ``changed`` (a
        signal) marks it touched and checks the form; ``also``: other names a service
        gives the same field. Returns the error line."""
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(widget, QLayout):
            box.addLayout(widget)
            item = widget.itemAt(0) if widget.count() else None
            first = item.widget() if item is not None else None
            if first is not None:
                holder.setFocusProxy(first)
        else:
            box.addWidget(widget)
            holder.setFocusProxy(widget)
        self._fields.append(holder)
        error = error_label(holder)
        box.addWidget(error)
        self.form.addRow(label, holder)
        self.errors[name] = error
        for alias in also:
            self._aliases[alias] = name
        if changed is not None:
            changed.connect(_Watch(self, name).fire)
        return error

    def add_row(self, label: str, part: QWidget | QLayout) -> None:
        """A row that shows, or asks without a rule of its own."""
        self.form.addRow(label, part)

    def add_part(self, part: QWidget | QLayout,
                 alignment: Qt.AlignmentFlag | None = None) -> None:
        """A part under the fields, above the error line."""
        if isinstance(part, QLayout):
            self._parts.addLayout(part)
        elif alignment is not None:
            self._parts.addWidget(part, 0, alignment)
        else:
            self._parts.addWidget(part)

    def add_header(self, part: QWidget) -> None:
        """A part above the introduction (a title, where this happens)."""
        self._header.addWidget(part)

    def add_footer(self, part: QWidget) -> None:
        """A part under the buttons: another way out of this dialog."""
        self._footer.addWidget(part)

    def forget_on_close(self, *edits: QLineEdit) -> None:
        """Fields (passwords) emptied when the dialog closes either way."""
        self._secrets.extend(edits)

    # --- what subclasses say ---------------------------------------------------------------

    def problems(self) -> list[ValidationError]:
        """What is wrong with the input as it stands (checked as you type)."""
        return []

    def ready(self) -> bool:
        """Whether OK may be pressed, for what needs no message (default: yes)."""
        return True

    def submit(self) -> bool:
        """Act (call the service). True closes the dialog; False keeps it open without a
        word (a question answered No); a ``SafehouseError`` keeps it open and is shown."""
        raise NotImplementedError

    # --- checking --------------------------------------------------------------------------

    def touch(self, *names: str) -> None:
        """Treat these fields (all when none given) as filled in: their problems show."""
        self._touched.update(names or self.errors)

    def field_changed(self, name: str) -> None:
        """The person changed ``name``: its refusal and the error line are out of date."""
        self._touched.add(name)
        self._service_errors.pop(name, None)
        set_error(self.error, "")
        self.check()

    def check(self) -> bool:
        """Show the problems of the touched fields; OK is enabled only without problems
        and when :meth:`ready`. True when the form may be submitted."""
        found: dict[str, str] = {}
        stray: list[str] = []
        problems = self.problems()
        for problem in problems:
            name = self._field_of(problem.field)
            if name is None:
                stray.append(problem.message)
            elif name not in found:
                found[name] = problem.message
        for name, label in self.errors.items():
            shown = found.get(name, "") if name in self._touched else ""
            set_error(label, shown or self._service_errors.get(name, ""))
        if stray and self._touched and not self.error.text():
            set_error(self.error, stray[0])
        ok = not problems and self.ready()
        self.ok_button.setEnabled(ok)
        self._fit()
        return ok

    def _field_of(self, field: str | None) -> str | None:
        if field is None:
            return None
        name = self._aliases.get(field, field)
        return name if name in self.errors else None

    # --- showing what went wrong -----------------------------------------------------------

    def show_error(self, exc: BaseException) -> None:
        """A refusal next to its field (or each of several), anything else on the error
        line; a bug as the one message for bugs. A revoked account is the main
        window's to say (it logs out)."""
        if messages.account_revoked(exc):
            return
        if isinstance(exc, ValidationErrors):
            for err in exc.errors:
                self.show_error(err)
            return
        name = self._field_of(exc.field) if isinstance(exc, ValidationError) else None
        if name is not None and isinstance(exc, ValidationError):
            self._touched.add(name)
            self._service_errors[name] = exc.message
            set_error(self.errors[name], exc.message)
        else:
            text = messages.error_text(exc)
            old = self.error.text()
            set_error(self.error, f"{old}\n{text}" if old else text)
        self._fit()

    def error_text(self, field: str | None = None) -> str:
        """The message shown next to ``field`` (on the error line when None), or ""."""
        label = self.error if field is None else self.errors[self._aliases.get(field, field)]
        return label.text() if label.isVisibleTo(self) else ""

    def _fit(self) -> None:
        """Grow (never shrink) so that every message is shown whole, now and once the
        layout has settled."""
        if self.isVisible():
            self._grow()
            self._grow_later.start()

    def _grow(self) -> None:
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        width = max(self.width(), layout.totalMinimumSize().width())
        need = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                else layout.totalSizeHint().height())
        if self.height() < need or self.width() < width:
            self.resize(width, max(self.height(), need))

    # --- opening -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._focus_first_field()

    def _focus_first_field(self) -> None:
        """The keyboard starts in the field the form chose, else in the first field that
        takes it: never on a button (typing a space there would press it)."""
        chosen = self.focusWidget()
        if chosen is not None and chosen not in self.buttons.findChildren(QPushButton):
            return
        for holder in self._fields:
            target = holder.focusProxy() or holder
            if (target.isEnabled() and target.isVisibleTo(self)
                    and target.focusPolicy() & Qt.FocusPolicy.TabFocus):
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # --- closing -----------------------------------------------------------------------------

    def accept(self) -> None:
        """OK: check everything, then :meth:`submit`; close only when it is done."""
        self.touch()
        self._service_errors.clear()
        set_error(self.error, "")
        if not self.check():
            return
        try:
            done = self.submit()
        except Exception as exc:  # noqa: BLE001 - a refusal, or a bug: both shown here
            self.show_error(exc)
            self.check()
            return
        if done:
            self.finish()

    def finish(self) -> None:
        """Close as done, without submitting (again): for a dialog that reached its end
        another way, e.g. work finished in the background or another dialog's result."""
        self._forget()
        QDialog.accept(self)

    def reject(self) -> None:
        """Close without acting (the program's way: asks nothing; a person's Escape,
        Cancel and close button go through :meth:`may_discard` first)."""
        self._forget()
        super().reject()

    def may_discard(self) -> bool:
        """Whether what was typed may go: yes unless the form asks first
        (``confirm_discard``), something was changed, and the person says No."""
        if not (self.confirm_discard and self.dirty):
            return True
        return messages.confirm(
            self, self.windowTitle(),
            QCoreApplication.translate("FormDialog", "Throw away what you typed in this "
                                       "form? It has not been saved."))

    def _on_buttons_rejected(self) -> None:
        if self.may_discard():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            if self.may_discard():
                self.reject()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # the window's close button (spontaneous); a close() from the program just closes
        if event.spontaneous() and self.isVisible() and not self.may_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def _forget(self) -> None:
        for edit in self._secrets:
            edit.clear()
