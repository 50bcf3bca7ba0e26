"""Alt+letter keys: within one dialog no two buttons or labelled fields share a letter,
in English and in Korean — otherwise Alt+L presses whichever Qt meets first (on the
login, "Log in" and "Every password lost?" both had L).

Every form of the program (each subclass of FormDialog, and the CSV import) is opened
here with what it needs; a new dialog fails the test until it is added to DIALOGS.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

import safehouse.ui
from safehouse.services import (
    care_plans,
    counselors,
    households,
    keep_away,
    members,
    rooms,
    sessions,
    users,
    wellbeing,
    wellbeing_alerts,
)
from safehouse.services.dto.care_plans import GoalInput as CareGoalInput
from safehouse.services.dto.counseling import (
    CounselorInput,
    CounselorView,
    Frequency,
    Recurrence,
    SessionInput,
    SessionView,
)
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.services.dto.wellbeing import AlertInfo, ResponseInput
from safehouse.services.reading import Read
from safehouse.ui.admin.account_dialogs import NewUserDialog, RoleDialog
from safehouse.ui.admin.backups_tab import RestoreDialog
from safehouse.ui.community.event_dialog import EventDialog
from safehouse.ui.community.events_import import ImportEventsDialog
from safehouse.ui.community.goal_dialog import GoalDialog
from safehouse.ui.context import AppContext
from safehouse.ui.csv_import_dialog import CsvImportDialog, ImportMembersDialog
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.login_dialog import LoginDialog
from safehouse.ui.members.care_plan_dialogs import CareGoalDialog, CareUpdateDialog
from safehouse.ui.members.household_tab import AddToHouseholdDialog, RelationDialog
from safehouse.ui.members.keep_away_tab import KeepAwayDialog
from safehouse.ui.members.member_form import MemberForm
from safehouse.ui.members.purge_dialog import EraseManyDialog, PurgeDialog
from safehouse.ui.members.status_dialog import StatusDialog
from safehouse.ui.password_dialog import ChangePasswordDialog, TemporaryPasswordDialog
from safehouse.ui.recovery_dialogs import RecoverDialog, RecoveryKeyDialog
from safehouse.ui.restore_dialog import RestoreInPlaceDialog
from safehouse.ui.rooms.assign_dialog import AssignDialog
from safehouse.ui.rooms.history_dialog import HistoryDialog
from safehouse.ui.rooms.move_dialog import MoveDialog
from safehouse.ui.rooms.move_out_dialog import MoveOutDialog
from safehouse.ui.rooms.room_dialog import RoomDialog
from safehouse.ui.schedule.booking_dialog import BookingDialog, load_choices
from safehouse.ui.schedule.counselor_forms import CounselorDialog, PlaceDialog
from safehouse.ui.schedule.edit_dialog import EditSessionDialog
from safehouse.ui.schedule.export_dialog import ExportSessionsDialog
from safehouse.ui.schedule.notes_dialog import NotesDialog
from safehouse.ui.schedule.scope_dialog import CancelDialog
from safehouse.ui.setup_dialog import SetupDialog
from safehouse.ui.wellbeing.acknowledge_dialog import AcknowledgeDialog
from safehouse.ui.wellbeing.response_dialog import ResponseDialog
from safehouse.ui.wellbeing.survey_import import ImportSurveysDialog
from tests.conftest import sqlite_vault

pytestmark = [pytest.mark.usefixtures("shown_errors"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt letter a text gives (``&Log in`` → ``l``), or None."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Alt letters used by more than one visible button, field label, group or tab."""
    used: dict[str, list[str]] = {}

    def note(text: str) -> None:
        key = mnemonic(text)
        if key is not None:
            used.setdefault(key, []).append(text)

    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.window() is not window:
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel)
                                                and w.buddy() is not None):
            note(w.text())
        elif isinstance(w, QGroupBox):
            note(w.title())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                note(w.tabText(i))
    return {k: v for k, v in used.items() if len(v) > 1}


class World:
    def __init__(self, ctx: AppContext, tmp_path: Path) -> None:
        self.ctx, self.tmp = ctx, tmp_path
        db, actor = ctx.db, ctx.actor
        self.member = members.create_member(db, actor, MemberInput(
            name="Kim Hana", status="active", joined_on=date(2024, 1, 1)))
        self.other = members.create_member(db, actor, MemberInput(
            name="Park Somang", status="active", joined_on=date(2024, 1, 1)))
        room = rooms.create_room(db, actor, name="101", floor=1, capacity=2)
        self.room = room
        self.stay = rooms.assign(db, actor, self.member.id, room.id, date(2025, 1, 1),
                                 end_on=date(2099, 1, 1))
        self.household = households.create_household(db, actor, self.member.id)
        self.entry = keep_away.save_keep_away(db, actor, self.member.id,
                                              person_name="Choi Broker", relation="broker")
        self.account = users.create_account(db, actor, username="bom", display_name="Lee Bom",
                                            role="staff", password="first password 12")
        self.goal = care_plans.add_goal(db, actor, self.member.id, CareGoalInput(
            area="housing", text="Find a flat of her own", target_on=date(2026, 6, 30)))
        self.csv = tmp_path / "members.csv"
        self.csv.write_text("code,name,alias,sex,birth_year,status,joined_on,left_on,"
                            "referred_by\n,Lee Bom,,female,1990,enquiry,,,\n", encoding="utf-8")

    @property
    def counselor(self) -> CounselorView:
        return counselors.save_counselor(self.ctx.db, self.ctx.actor, CounselorInput(
            name="Yoon Counselor", organisation="Hope Clinic"))

    @property
    def surveys(self) -> Path:
        path = self.tmp / "surveys.csv"
        path.write_text("member_code,taken_on,health,repatriation_threat\n"
                        f"{self.member.code},2025-03-01,3,no\n", encoding="utf-8")
        return path

    @property
    def events(self) -> Path:
        path = self.tmp / "events.csv"
        path.write_text("event,starts_on,ends_on,kind,place,member_code,guests,children\n"
                        f"봄 모임,2025-04-01,,gathering,,{self.member.code},0,0\n",
                        encoding="utf-8")
        return path

    @property
    def alert(self) -> AlertInfo:
        recorded = wellbeing.record_response(self.ctx.db, self.ctx.actor, ResponseInput(
            self.member.id, "phq9", date(2025, 3, 1), (0, 0, 0, 0, 0, 0, 0, 0, 1)))
        return next(a for a in wellbeing_alerts.open_alerts(self.ctx.db, self.ctx.actor)
                    if a.id in recorded.alert_ids)

    @property
    def session(self) -> SessionView:
        """An occurrence of a weekly series (booked once)."""
        if not hasattr(self, "_session"):
            db, actor = self.ctx.db, self.ctx.actor
            counselor = counselors.save_counselor(db, actor, CounselorInput(name="Yoon"))
            booked = sessions.book(db, actor, SessionInput(
                kind="individual", member_ids=(self.member.id,), counselor_id=counselor.id,
                starts_at=datetime(2025, 6, 2, 10, 0), duration_minutes=60),
                Recurrence(Frequency.WEEKLY, count=4))
            self._session = booked.sessions[0]
        return self._session

    def edit_dialog(self) -> EditSessionDialog:
        v = self.session
        assert v.series_id is not None
        return EditSessionDialog(self.ctx, load_choices(self.ctx.db, self.ctx.actor), v,
                                 sessions.series(self.ctx.db, self.ctx.actor, v.series_id),
                                 notes=True)

    @property
    def detail(self) -> MemberDetail:
        return members.get_member(self.ctx.db, self.ctx.actor, self.member.id,
                                  purpose=Read.REFRESH)


def _vault(w: World):  # type: ignore[no-untyped-def]
    return sqlite_vault(w.tmp, "other.db")


DIALOGS: dict[str, Callable[[World], QDialog]] = {
    "LoginDialog": lambda w: LoginDialog(_vault(w)),
    "LoginDialog (plain)": lambda w: LoginDialog(_vault(w), plain=True),
    "SetupDialog": lambda w: SetupDialog(_vault(w)),
    "RecoveryKeyDialog": lambda w: RecoveryKeyDialog("ABCD-EFGH", "Hope House"),
    "RecoverDialog": lambda w: RecoverDialog(_vault(w)),
    "RestoreInPlaceDialog": lambda w: RestoreInPlaceDialog(_vault(w)),
    "RestoreDialog": lambda w: RestoreDialog(w.tmp / "backup.db"),
    "NewUserDialog": lambda w: NewUserDialog(w.ctx),
    "RoleDialog": lambda w: RoleDialog(w.ctx, w.account),
    "ChangePasswordDialog": lambda w: ChangePasswordDialog(w.ctx.db, w.ctx.actor),
    "TemporaryPasswordDialog": lambda w: TemporaryPasswordDialog(w.ctx, w.account),
    "TemporaryPasswordDialog (enable)": lambda w: TemporaryPasswordDialog(
        w.ctx, w.account, enable=True),
    "MemberForm": lambda w: MemberForm(w.ctx),
    "MemberForm (edit)": lambda w: MemberForm(w.ctx, w.detail),
    "StatusDialog": lambda w: StatusDialog(w.ctx, w.detail),
    "PurgeDialog": lambda w: PurgeDialog(w.ctx, w.detail),
    "EraseManyDialog": lambda w: EraseManyDialog(w.ctx, [w.member.id]),
    "AddToHouseholdDialog": lambda w: AddToHouseholdDialog(w.ctx, w.household.id),
    "RelationDialog": lambda w: RelationDialog(w.ctx, w.member.id, "head", "M-0001"),
    "KeepAwayDialog": lambda w: KeepAwayDialog(w.ctx, w.member.id),
    "KeepAwayDialog (edit)": lambda w: KeepAwayDialog(w.ctx, w.member.id, w.entry),
    "AssignDialog": lambda w: AssignDialog(w.ctx, date(2025, 6, 1)),
    "MoveDialog": lambda w: MoveDialog(w.ctx, w.stay, date(2025, 6, 1)),
    "MoveOutDialog": lambda w: MoveOutDialog(w.ctx, w.stay, date(2025, 6, 1)),
    "HistoryDialog": lambda w: HistoryDialog(w.ctx, w.stay),
    "RoomDialog": lambda w: RoomDialog(w.ctx),
    "ImportMembersDialog": lambda w: ImportMembersDialog(w.ctx, w.csv),
    "GoalDialog": lambda w: GoalDialog(w.ctx),
    "EventDialog": lambda w: EventDialog(w.ctx),
    "CareGoalDialog": lambda w: CareGoalDialog(w.ctx, w.member.id),
    "CareGoalDialog (edit)": lambda w: CareGoalDialog(w.ctx, w.member.id, w.goal),
    "CareUpdateDialog": lambda w: CareUpdateDialog(w.ctx, w.goal),
    "ResponseDialog": lambda w: ResponseDialog(w.ctx),
    "ImportSurveysDialog": lambda w: ImportSurveysDialog(w.ctx, w.surveys),
    "ImportEventsDialog": lambda w: ImportEventsDialog(w.ctx, w.events),
    "AcknowledgeDialog": lambda w: AcknowledgeDialog(w.ctx, w.alert),
    "ResponseDialog (member chosen)": lambda w: ResponseDialog(w.ctx, member_id=w.member.id),
    "BookingDialog": lambda w: BookingDialog(w.ctx, load_choices(w.ctx.db, w.ctx.actor),
                                             date(2025, 6, 2)),
    "EditSessionDialog": lambda w: w.edit_dialog(),
    "CancelDialog": lambda w: CancelDialog(w.ctx, w.session),
    "NotesDialog": lambda w: NotesDialog(w.ctx, w.session),
    "CounselorDialog": lambda w: CounselorDialog(w.ctx),
    "CounselorDialog (edit)": lambda w: CounselorDialog(w.ctx, w.counselor),
    "PlaceDialog": lambda w: PlaceDialog(w.ctx),
    "ExportSessionsDialog": lambda w: ExportSessionsDialog(w.ctx),
}


def _dialog_classes() -> set[str]:
    for info in pkgutil.walk_packages(safehouse.ui.__path__, "safehouse.ui."):
        importlib.import_module(info.name)
    found: set[str] = set()
    todo: list[type] = [FormDialog, CsvImportDialog]
    while todo:
        cls = todo.pop()
        if not cls.__name__.startswith("_") and cls not in (FormDialog, CsvImportDialog):
            found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return {name for name in found if not name.endswith("Form") or name == "MemberForm"}


def test_every_dialog_is_walked():
    named = {key.split(" ")[0] for key in DIALOGS}
    missing = _dialog_classes() - named
    assert not missing, f"add these dialogs to DIALOGS: {sorted(missing)}"


@pytest.mark.parametrize("language", ["en", "ko"])
def test_no_two_alt_keys_are_the_same_in_any_dialog(qtbot, sqlite_ctx, tmp_path, request,
                                                     language):
    if language == "ko":
        request.getfixturevalue("korean")
    world = World(sqlite_ctx, tmp_path)
    found = {}
    for name, make in DIALOGS.items():
        dialog = make(world)
        qtbot.addWidget(dialog)
        dialog.show()
        problems = clashes(dialog)
        if problems:
            found[name] = problems
        dialog.reject()
    assert found == {}, "\n".join(f"{name}: {problems}" for name, problems in found.items())


def test_the_walk_finds_a_clash(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QPushButton, QVBoxLayout
    layout = QVBoxLayout(dialog)
    layout.addWidget(QPushButton("&Log in", dialog))
    layout.addWidget(QPushButton("Every password &lost?", dialog))
    layout.addWidget(QPushButton("Fish && chips", dialog))
    dialog.show()
    assert clashes(dialog) == {"l": ["&Log in", "Every password &lost?"]}
