"""Admin tab: Settings — the organisation's name, its time zone, the idle lock, how far
keep-away pairs are kept apart, the paper reports are printed on, and the retention
period with the people who left longer ago than it, offered for erasure."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safehouse.errors import SafehouseError, ValidationError
from safehouse.services import purge, settings
from safehouse.services.dto.people import RetentionCandidate
from safehouse.services.permissions import Action
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import error_label, set_error
from safehouse.ui.members.purge_dialog import EraseManyDialog

COL_CODE, COL_LEFT = 0, 1


class SettingsTab(QWidget):
    """Edit the settings; each field's problem is shown under it. Saving writes only
    what changed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._saved: dict[str, str] = {}
        self._candidates: list[RetentionCandidate] = []

        self.organisation = QLineEdit(self)
        self.organisation.setMaxLength(200)
        self.organisation_error = error_label(self)
        self.time_zone = QComboBox(self)
        self.time_zone.setEditable(True)  # any zone the computer knows may be typed
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(list(settings.COMMON_TIME_ZONES))
        self.time_zone.setToolTip(self.tr(
            "The organisation's time zone: it decides which day is today for the "
            "calendar, alerts, reports and backups, whatever this computer's clock says."))
        self.time_zone_error = error_label(self)
        self.idle_minutes = QLineEdit(self)
        low, high = settings.IDLE_LOCK_RANGE
        self.idle_minutes.setPlaceholderText(self.tr("{low}–{high}").format(low=low, high=high))
        self.idle_minutes.setMaximumWidth(120)
        self.idle_error = error_label(self)
        self.retention = QLineEdit(self)
        self.retention.setPlaceholderText(self.tr("none"))
        self.retention.setMaximumWidth(120)
        self.retention.setToolTip(self.tr(
            "Years after leaving when a person's record is offered for erasure; "
            "leave empty to never offer it."))
        self.retention_error = error_label(self)
        self.keep_away_scope = QComboBox(self)
        self.keep_away_scope.addItem(
            self.tr("Separate rooms; warn when they are on the same floor"),
            settings.SCOPE_FLOOR)
        self.keep_away_scope.addItem(self.tr("Separate rooms only"), settings.SCOPE_ROOM)
        self.keep_away_scope.setToolTip(self.tr(
            "Two people on each other's keep-away list are never given the same room. "
            "With the first choice, housing them on the same floor asks first."))

        self.follow_up_weeks = QSpinBox(self)
        self.follow_up_weeks.setRange(*settings.SCREENING_FOLLOW_UP_RANGE)
        self.follow_up_weeks.setMaximumWidth(120)
        self.follow_up_weeks.setToolTip(self.tr(
            "A member whose latest PHQ-9 or GAD-7 was moderate or above is listed as due "
            "for another this many weeks later."))

        self.paper_size = QComboBox(self)
        self.paper_size.addItem(self.tr("A4"), "A4")
        self.paper_size.addItem(self.tr("Letter (US)"), "Letter")
        self.paper_size.setToolTip(self.tr(
            "The paper reports are laid out and printed on."))

        form = QFormLayout()
        form.addRow(self.tr("&Organisation name:"), self.organisation)
        form.addRow("", self.organisation_error)
        form.addRow(self.tr("&Time zone:"), self.time_zone)
        form.addRow("", self.time_zone_error)
        form.addRow(self.tr("&Lock the window after (minutes idle):"), self.idle_minutes)
        form.addRow("", self.idle_error)
        form.addRow(self.tr("Offer to &erase records (years after leaving):"),
                    self.retention)
        form.addRow("", self.retention_error)
        form.addRow(self.tr("&Keep-away pairs:"), self.keep_away_scope)
        form.addRow(self.tr("Screening due again after (&weeks):"), self.follow_up_weeks)
        form.addRow(self.tr("&Paper size:"), self.paper_size)

        self.save_button = QPushButton(self.tr("Sa&ve settings"), self)
        self.saved_label = QLabel(self)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)

        # the people who left longer ago than the retention period
        self.find_button = QPushButton(self)  # its text names the years (see below)
        self.find_button.setVisible(ctx.can(Action.MEMBER_PURGE))
        self.candidates_label = QLabel(self)
        self.candidates_label.setWordWrap(True)
        self.candidates = QTableWidget(0, 2, self)
        self.candidates.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Left on")])
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.verticalHeader().setVisible(False)
        self.candidates.horizontalHeader().setStretchLastSection(True)
        self.candidates.horizontalHeader().setSortIndicator(
            COL_LEFT, Qt.SortOrder.AscendingOrder)  # the longest gone first
        self.candidates.setSortingEnabled(True)
        self.erase_button = QPushButton(self.tr("E&rase these…"), self)
        self.erase_button.setEnabled(False)
        retention_box = QGroupBox(self.tr("Retention"), self)
        box_layout = QVBoxLayout(retention_box)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_button)
        find_row.addStretch(1)
        box_layout.addLayout(find_row)
        box_layout.addWidget(self.candidates_label)
        box_layout.addWidget(self.candidates, 1)
        erase_row = QHBoxLayout()
        erase_row.addStretch(1)
        erase_row.addWidget(self.erase_button)
        box_layout.addLayout(erase_row)
        retention_box.setVisible(ctx.can(Action.MEMBER_PURGE))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(save_row)
        layout.addWidget(retention_box, 1)

        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.find_button.clicked.connect(self.find_candidates)
        self.erase_button.clicked.connect(self._on_erase_button_clicked)
        for edit, error in ((self.organisation, self.organisation_error),
                            (self.idle_minutes, self.idle_error),
                            (self.retention, self.retention_error)):
            edit.textEdited.connect(lambda _t, e=error: self._on_field_edited(e))
        self.retention.textChanged.connect(self._update_find_button)
        self.time_zone.editTextChanged.connect(self._on_time_zone_edit_text_changed)
        self.keep_away_scope.activated.connect(self.saved_label.clear)
        self.follow_up_weeks.valueChanged.connect(self.saved_label.clear)
        self.paper_size.activated.connect(self.saved_label.clear)

    # --- the contract with the admin page ------------------------------------------------

    def refresh(self) -> None:
        try:
            years = settings.retention_years(self._ctx.db)
            values = {
                "organisation": settings.organisation_name(self._ctx.db),
                "time_zone": settings.time_zone(self._ctx.db),
                "idle": str(settings.idle_lock_minutes(self._ctx.db)),
                "retention": "" if years is None else str(years),
                "scope": settings.keep_away_scope(self._ctx.db),
                "follow_up": str(settings.screening_follow_up_weeks(self._ctx.db)),
                "paper": settings.paper_size(self._ctx.db),
            }
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        self._saved = values
        self.organisation.setText(values["organisation"])
        self.time_zone.setCurrentText(values["time_zone"])
        self.idle_minutes.setText(values["idle"])
        self.retention.setText(values["retention"])
        self._update_find_button()
        self.keep_away_scope.setCurrentIndex(
            max(0, self.keep_away_scope.findData(values["scope"])))
        self.follow_up_weeks.setValue(int(values["follow_up"]))
        self.paper_size.setCurrentIndex(max(0, self.paper_size.findData(values["paper"])))
        for error in (self.organisation_error, self.time_zone_error, self.idle_error,
                      self.retention_error):
            set_error(error, "")

    def clear_personal_data(self) -> None:
        self._show_candidates([])
        self.candidates_label.clear()

    # --- saving --------------------------------------------------------------------------

    def _on_field_edited(self, error: QLabel) -> None:
        set_error(error, "")
        self.saved_label.clear()

    def _on_time_zone_edit_text_changed(self, text: str) -> None:
        """Say at once when the typed zone is not one the computer knows."""
        self.saved_label.clear()
        try:
            settings.validate_time_zone(text)
        except ValidationError as exc:
            set_error(self.time_zone_error, exc.message)
        else:
            set_error(self.time_zone_error, "")

    def _whole_number(self, text: str, error: QLabel, message: str) -> int | None:
        try:
            return int(text.strip())
        except ValueError:
            set_error(error, message)
            return None

    def _retention_value(self) -> tuple[bool, int | None]:
        """(valid, years) from the retention field; empty means none."""
        text = self.retention.text().strip()
        if not text:
            return True, None
        years = self._whole_number(text, self.retention_error, self.tr(
            "Enter a whole number of years, or leave it empty."))
        return years is not None, years

    def save(self) -> bool:
        """Save what changed; True when everything was saved."""
        self.saved_label.clear()
        db, actor = self._ctx.db, self._ctx.actor
        ok = True
        wrote = False
        name = self.organisation.text().strip()
        try:
            if name != self._saved.get("organisation"):
                if self._set(self.organisation_error, settings.set_organisation_name, name):
                    self._saved["organisation"] = name
                    wrote = True
                else:
                    ok = False
            zone = self.time_zone.currentText().strip()
            if zone != self._saved.get("time_zone"):
                if self._set(self.time_zone_error, settings.set_time_zone, zone):
                    self._saved["time_zone"] = zone
                    wrote = True
                else:
                    ok = False
            text = self.idle_minutes.text().strip()
            if text != self._saved.get("idle"):
                minutes = self._whole_number(text, self.idle_error, self.tr(
                    "Enter a whole number of minutes."))
                if minutes is None:
                    ok = False
                elif self._set(self.idle_error, settings.set_idle_lock_minutes, minutes):
                    self._saved["idle"] = str(minutes)
                    wrote = True
                else:
                    ok = False
            text = self.retention.text().strip()
            if text != self._saved.get("retention"):
                valid, years = self._retention_value()
                if valid and self._set(self.retention_error, settings.set_retention_years,
                                       years):
                    self._saved["retention"] = text
                    wrote = True
                else:
                    ok = False
            scope = str(self.keep_away_scope.currentData())
            if scope != self._saved.get("scope"):
                settings.set_keep_away_scope(db, actor, scope)
                self._saved["scope"] = scope
                wrote = True
            weeks = self.follow_up_weeks.value()
            if str(weeks) != self._saved.get("follow_up"):
                settings.set_screening_follow_up_weeks(db, actor, weeks)
                self._saved["follow_up"] = str(weeks)
                wrote = True
            paper = str(self.paper_size.currentData())
            if paper != self._saved.get("paper"):
                settings.set_paper_size(db, actor, paper)
                self._saved["paper"] = paper
                wrote = True
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return False
        if ok:
            self.saved_label.setText(self.tr("Saved.") if wrote else self.tr("No changes."))
        return ok

    def _set(self, error: QLabel, setter: Callable[..., Any], value: object) -> bool:
        try:
            setter(self._ctx.db, self._ctx.actor, value)
        except ValidationError as exc:
            set_error(error, exc.message)
            return False
        return True

    # --- retention ------------------------------------------------------------------------

    def find_candidates(self) -> None:
        """List the people who left more than the retention field's years ago."""
        valid, years = self._retention_value()
        if not valid:
            return
        if years is None:
            set_error(self.retention_error, self.tr(
                "Enter the number of years first."))
            return
        try:
            found = purge.retention_candidates(self._ctx.db, self._ctx.actor, years)
        except ValidationError as exc:
            set_error(self.retention_error, exc.message)
            return
        except SafehouseError as exc:
            messages.show_error(self, exc)
            return
        self._show_candidates(found)
        if found:
            self.candidates_label.setText(self.tr(
                "%n person(s) left more than {years} years ago.", "", len(found))
                .format(years=str(years)))
        else:
            self.candidates_label.setText(self.tr(
                "Nobody left more than {years} years ago.").format(years=str(years)))

    def _update_find_button(self) -> None:
        """The button names the years typed above it (it said "more than N years")."""
        text = self.retention.text().strip()
        if text.isdigit() and int(text) > 0:
            self.find_button.setText(self.tr(
                "Fin&d people who left more than %n year(s) ago…", "", int(text)))
        else:
            self.find_button.setText(self.tr(
                "Fin&d people who left longer ago than the years above…"))

    def candidate_codes(self) -> list[str]:
        return [c.code for c in self._candidates]

    def _show_candidates(self, found: list[RetentionCandidate]) -> None:
        self._candidates = list(found)
        self.candidates.setSortingEnabled(False)
        self.candidates.setRowCount(len(found))
        for row, c in enumerate(found):
            self.candidates.setItem(row, COL_CODE, QTableWidgetItem(c.code))
            self.candidates.setItem(row, COL_LEFT, QTableWidgetItem(c.left_on.isoformat()))
        self.candidates.setSortingEnabled(True)
        self.erase_button.setEnabled(bool(found))

    def _on_erase_button_clicked(self) -> None:
        if not self._candidates or not self._ctx.can(Action.MEMBER_PURGE):
            return
        dialog = EraseManyDialog(self._ctx, [c.member_id for c in self._candidates], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_erased.connect(self._on_erased)
        dialog.open()

    def _on_erased(self, count: int) -> None:
        self._show_candidates([])
        self.candidates_label.setText(self.tr("%n person(s) erased.", "", count))
