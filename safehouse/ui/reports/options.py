"""The left half of the Reports page: which report, its options, its language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safehouse import i18n
from safehouse.services.dto.counseling import CounselorView
from safehouse.services.dto.people import MemberSummary
from safehouse.services.reports.requests import RIGHTS, ReportRequest
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.reports.forms import (
    FormProblem,
    ImpactForm,
    ProgressForm,
    RosterForm,
    ScheduleForm,
)

PROGRESS, IMPACT, ROSTER, SCHEDULE = "progress", "impact", "roster", "schedule"

Form = ProgressForm | ImpactForm | RosterForm | ScheduleForm

# kind: its name in the list (offered to who holds every right it needs: RIGHTS)
KINDS: tuple[tuple[str, str], ...] = (
    (PROGRESS, str(QT_TRANSLATE_NOOP("ReportOptions", "Progress summary"))),
    (IMPACT, str(QT_TRANSLATE_NOOP("ReportOptions", "Impact report"))),
    (ROSTER, str(QT_TRANSLATE_NOOP("ReportOptions", "Room roster"))),
    (SCHEDULE, str(QT_TRANSLATE_NOOP("ReportOptions", "Week's schedule"))),
)


class ReportOptions(QWidget):
    """Only the reports this person may make are offered.

    ``sig_changed()``: the report, an option or the language changed (what the preview
    shows is then no longer what the options say).
    """

    sig_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Report"))
        self.stack = QStackedWidget(self)
        self.progress = ProgressForm(self)
        self.impact = ImpactForm(self)
        self.roster = RosterForm(self)
        self.schedule = ScheduleForm(self)
        forms: dict[str, Form] = {PROGRESS: self.progress, IMPACT: self.impact,
                                  ROSTER: self.roster, SCHEDULE: self.schedule}
        self._forms: dict[str, Form] = {}
        for key, name in KINDS:
            self.stack.addWidget(forms[key])  # a form not offered is never shown
            if all(ctx.can(right) for right in RIGHTS[key]):
                self.kind.addItem(QCoreApplication.translate("ReportOptions", name), key)
                self._forms[key] = forms[key]
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language())))
        self.language.setToolTip(self.tr("The language the report is written in."))
        self.error = messages.error_line(self)

        top = QFormLayout()
        top.addRow(self.tr("&Report:"), self.kind)
        bottom = QFormLayout()
        bottom.addRow(self.tr("&Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._connect_signals()
        self._on_kind_changed(self.kind.currentIndex())

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.language.currentIndexChanged.connect(self._on_option_changed)
        for form in (self.progress, self.impact, self.roster, self.schedule):
            form.sig_changed.connect(self._on_option_changed)

    # --- what is offered -------------------------------------------------------------------

    def offers(self, kind: str) -> bool:
        return kind in self._forms

    def current_kind(self) -> str | None:
        value = self.kind.currentData()
        return value if isinstance(value, str) else None

    def show_kind(self, kind: str) -> None:
        index = self.kind.findData(kind)
        if index >= 0:
            self.kind.setCurrentIndex(index)

    def set_members(self, found: Sequence[MemberSummary]) -> None:
        self.progress.set_members(found)

    def set_counselors(self, found: Sequence[CounselorView]) -> None:
        self.schedule.set_counselors(found)

    def clear(self) -> None:
        self.progress.clear()
        self.error.clear()

    # --- the request -----------------------------------------------------------------------

    def request(self, paper: str) -> ReportRequest | None:
        """The report the options describe, on ``paper``; None (and the problem shown
        under the options, the field focused) when an option is wrong."""
        kind = self.current_kind()
        form = self._forms.get(kind or "")
        if kind is None or form is None:
            return None
        try:
            values = form.values()
        except FormProblem as problem:
            self.error.setText(problem.message)
            problem.widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        self.error.clear()
        lang = self.language.currentData()
        return ReportRequest(kind=kind, lang=lang if isinstance(lang, str) else "en",
                             paper=paper, **values)  # type: ignore[arg-type]

    def _on_kind_changed(self, _index: int) -> None:
        form = self._forms.get(self.current_kind() or "")
        if form is not None:
            # the stack as tall as the form shown, not as the tallest
            for other in self._forms.values():
                policy = QSizePolicy.Policy.Preferred if other is form else \
                    QSizePolicy.Policy.Ignored
                other.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
            self.stack.setCurrentWidget(form)
            self.stack.adjustSize()
        self._on_option_changed()

    def _on_option_changed(self, *_args: object) -> None:
        self.error.clear()
        self.sig_changed.emit()
