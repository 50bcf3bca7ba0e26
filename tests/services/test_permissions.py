"""Every service function that acts for someone checks that person's role.

The table below says, for each public ``f(db, actor, ...)`` in ``safehouse.services``,
which action it needs. A function the table does not know fails the test: anything new
is denied until the table allows it. Each function is then called by every role with
plausible arguments: a role without the action gets PermissionDenied and nothing in the
database changes; a role with it gets through.
"""

from __future__ import annotations

import importlib
import inspect
import itertools
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import safehouse.services
from safehouse.errors import ConflictError, PermissionDenied, SafehouseError
from safehouse.models import Base, Counselor, Role, User
from safehouse.services import (
    audit,
    auth,
    backups,
    care_plans,
    counselors,
    events,
    households,
    keep_away,
    member_csv,
    members,
    rooms,
    sessions,
    users,
    wellbeing,
)
from safehouse.services.dto.accounts import AccountInfo, Actor
from safehouse.services.dto.care_plans import GoalInput as CareGoalInput
from safehouse.services.dto.care_plans import UpdateInput
from safehouse.services.dto.community import EventInput, GoalInput
from safehouse.services.dto.counseling import (
    CounselorInput,
    Frequency,
    Recurrence,
    SessionChange,
    SessionInput,
)
from safehouse.services.dto.member_list import MemberQuery
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.services.dto.wellbeing import ResponseInput
from safehouse.services.permissions import PERMISSIONS, Action
from safehouse.services.reading import Read
from safehouse.services.reports.requests import ReportRequest
from safehouse.storage.db import Database
from tests.conftest import TEST_PASSWORD

EVERYONE = None  # no action needed: every role that can log in may do it
Need = Action | tuple[Action, ...] | None

EXPECTED: dict[str, Need] = {
    "auth.create_user": Action.USER_MANAGE,
    "auth.change_password": EVERYONE,
    "auth.verify_password": EVERYONE,
    "settings.set_organisation_name": Action.SETTINGS_EDIT,
    "settings.set_idle_lock_minutes": Action.SETTINGS_EDIT,
    "settings.set_retention_years": Action.SETTINGS_EDIT,
    "settings.set_time_zone": Action.SETTINGS_EDIT,
    "settings.set_keep_away_scope": Action.SETTINGS_EDIT,
    "settings.set_paper_size": Action.SETTINGS_EDIT,
    "members.list_members": Action.MEMBER_VIEW,
    "members.get_member": Action.MEMBER_VIEW,
    "members.find_member": Action.MEMBER_VIEW,
    "members.create_member": Action.MEMBER_EDIT,
    "members.update_member": Action.MEMBER_EDIT,
    "members.set_status": Action.MEMBER_EDIT,
    "member_list.count": Action.MEMBER_VIEW,
    "member_list.page": Action.MEMBER_VIEW,
    "member_list.first_page": Action.MEMBER_VIEW,
    "member_list.rows": Action.MEMBER_VIEW,
    "member_list.position": Action.MEMBER_VIEW,
    "member_list.prepare_search": Action.MEMBER_VIEW,
    "households.members_without_household": Action.MEMBER_VIEW,
    "households.household_of": Action.MEMBER_VIEW,
    "households.list_households": Action.MEMBER_VIEW,
    "households.create_household": Action.HOUSEHOLD_EDIT,
    "households.add_to_household": Action.HOUSEHOLD_EDIT,
    "households.set_relation": Action.HOUSEHOLD_EDIT,
    "households.rename_household": Action.HOUSEHOLD_EDIT,
    "households.remove_from_household": Action.HOUSEHOLD_EDIT,
    "keep_away.list_keep_aways": Action.KEEPAWAY_VIEW,
    "keep_away.save_keep_away": Action.KEEPAWAY_EDIT,
    "keep_away.remove_keep_away": Action.KEEPAWAY_EDIT,
    "room_setup.list_rooms": Action.ROOM_VIEW,
    "rooms.board": Action.ROOM_VIEW,
    "rooms.room_history": Action.ROOM_VIEW,
    "rooms.room_of": Action.ROOM_VIEW,
    "rooms.members_without_room": Action.ROOM_VIEW,
    "room_setup.create_room": Action.ROOM_EDIT,
    "room_setup.update_room": Action.ROOM_EDIT,
    "rooms.assign": Action.ASSIGNMENT_EDIT,
    "rooms.move": Action.ASSIGNMENT_EDIT,
    "rooms.move_out": Action.ASSIGNMENT_EDIT,
    "rooms.change_end": Action.ASSIGNMENT_EDIT,
    "dashboard.figures": Action.MEMBER_VIEW,
    "dashboard.week": (Action.MEMBER_VIEW, Action.ROOM_VIEW),
    "housing_rules.keep_away_warnings": Action.KEEPAWAY_VIEW,
    "housing_rules.linked_member_warning": Action.KEEPAWAY_VIEW,
    "membership.community_size": Action.MEMBER_VIEW,
    "membership.is_active_on": Action.MEMBER_VIEW,
    "check.run_checks": Action.CHECK,
    "audit_log.list_entries": Action.AUDIT_VIEW,
    "audit_log.count_entries": Action.AUDIT_VIEW,
    "audit_log.actions": Action.AUDIT_VIEW,
    "audit_log.usernames": Action.AUDIT_VIEW,
    "audit_log.verify_chain": Action.AUDIT_VIEW,
    "audit_log.export_csv": Action.AUDIT_EXPORT,
    "member_csv.import_members": Action.IMPORT,
    "member_csv.export_members": Action.EXPORT,
    "exports.save": Action.EXPORT,  # for the members' export (the audit log's: AUDIT_EXPORT)
    "demo.build_demo": (Action.MEMBER_EDIT, Action.HOUSEHOLD_EDIT, Action.KEEPAWAY_EDIT,
                        Action.ROOM_EDIT, Action.ASSIGNMENT_EDIT, Action.GOAL_EDIT,
                        Action.EVENT_EDIT, Action.CARE_PLAN_EDIT, Action.COUNSELOR_EDIT,
                        Action.SESSION_BOOK),
    "purge.erase_member": Action.MEMBER_PURGE,
    "purge.erase_members": Action.MEMBER_PURGE,
    "purge.erase_notes": Action.MEMBER_PURGE,
    "purge.retention_candidates": Action.MEMBER_PURGE,
    "users.list_accounts": Action.USER_VIEW,
    "users.create_account": Action.USER_MANAGE,
    "users.change_role": Action.USER_MANAGE,
    "users.reset_password": Action.USER_MANAGE,
    "users.disable": Action.USER_MANAGE,
    "users.enable": Action.USER_MANAGE,
    "users.lift_lock": Action.USER_MANAGE,
    "backups.make_backup": Action.BACKUP_MAKE,
    "backups.list_backups": Action.BACKUP_MAKE,
    # the daily backup at start is the program's own routine, whoever logs in
    "backups.backup_if_due": EVERYONE,
    "backups.restore_backup": Action.BACKUP_RESTORE,
    "membership.sizes_on": Action.MEMBER_VIEW,
    "community.save_goal": Action.GOAL_EDIT,
    "community.list_goals": Action.COMMUNITY_VIEW,
    "community.current_goal": Action.COMMUNITY_VIEW,
    "community.growth": Action.COMMUNITY_VIEW,
    "community.joins_and_leaves": Action.COMMUNITY_VIEW,
    "referrals.referral_tree": Action.COMMUNITY_VIEW,
    "referrals.referral_figures": Action.COMMUNITY_VIEW,
    "referrals.yearly_referrals": Action.COMMUNITY_VIEW,
    "referrals.member_referrals": Action.MEMBER_VIEW,
    "events.list_events": Action.COMMUNITY_VIEW,
    "events.get_event": Action.COMMUNITY_VIEW,
    "events.events_of_member": Action.COMMUNITY_VIEW,
    "events.largest_retreat": Action.COMMUNITY_VIEW,
    "events.yearly_table": Action.COMMUNITY_VIEW,
    "events.save_event": Action.EVENT_EDIT,
    "events.delete_event": Action.EVENT_EDIT,
    # staff record who came to a retreat
    "events.set_attendance": Action.ATTENDANCE_EDIT,
    "events_csv.import_events": Action.IMPORT,
    "events_csv.export_events": Action.EXPORT,
    "settings.set_screening_follow_up_weeks": Action.SETTINGS_EDIT,
    "wellbeing.record_response": Action.WELLBEING_RECORD,
    "wellbeing.list_responses": Action.WELLBEING_VIEW,
    "wellbeing.get_response": Action.WELLBEING_VIEW,
    "wellbeing.remove_response": Action.WELLBEING_RECORD,
    "wellbeing.trends": Action.WELLBEING_RESULTS,
    "wellbeing_alerts.open_alerts": Action.WELLBEING_ALERTS,
    "wellbeing_alerts.member_alerts": Action.WELLBEING_ALERTS,
    "wellbeing_alerts.acknowledge": Action.WELLBEING_ALERTS,
    "wellbeing_figures.yearly_figures": Action.WELLBEING_VIEW,
    "wellbeing_figures.due_check_ins": Action.WELLBEING_VIEW,
    "survey_csv.import_surveys": (Action.IMPORT, Action.WELLBEING_RECORD),
    "survey_csv.export_surveys": Action.EXPORT,
    "care_plans.member_plan": Action.CARE_PLAN_VIEW,
    "care_plans.overdue_goals": Action.CARE_PLAN_VIEW,
    "care_plans.add_goal": Action.CARE_PLAN_EDIT,
    "care_plans.edit_goal": Action.CARE_PLAN_EDIT,
    "care_plans.add_update": Action.CARE_PLAN_EDIT,
    "counselors.list_counselors": Action.SESSION_VIEW,
    "counselors.counselor_accounts": Action.COUNSELOR_EDIT,
    "counselors.save_counselor": Action.COUNSELOR_EDIT,
    "counselors.list_places": Action.SESSION_VIEW,
    "counselors.save_place": Action.ROOM_EDIT,
    "sessions.conflicts": Action.SESSION_VIEW,
    "sessions.week": Action.SESSION_VIEW,
    "sessions.member_sessions": Action.SESSION_VIEW,
    "sessions.session": Action.SESSION_VIEW,
    "sessions.series": Action.SESSION_VIEW,
    # a counselor books, changes and marks her own sessions (the calls use hers)
    "sessions.book": Action.SESSION_BOOK,
    "session_marks.mark": Action.SESSION_MARK,
    "session_marks.member_attendance": Action.SESSION_VIEW,
    "session_marks.counselor_hours": Action.SESSION_VIEW,
    "session_marks.counseled_by_year": Action.SESSION_VIEW,
    "session_edits.change": Action.SESSION_BOOK,
    "session_edits.move": Action.SESSION_BOOK,
    "session_removal.cancel": Action.SESSION_BOOK,
    "session_removal.delete": Action.SESSION_BOOK,
    # a counselor her own sessions' notes only; staff never
    "session_notes.open_notes": Action.SESSION_NOTES,
    "session_notes.save_notes": Action.SESSION_NOTES,
    "session_ics.export_sessions": (Action.EXPORT, Action.SESSION_VIEW),
    "schedule_data.schedule_week": Action.SESSION_VIEW,
    # a report needs what its data needs (the roster: the rooms)
    "reports.roster_data.roster_data": Action.ROOM_VIEW,
    "reports.produce.produce": Action.ROOM_VIEW,
    "reports.produce.record_output": Action.ROOM_VIEW,
    "reports.produce.save": Action.ROOM_VIEW,
    "reports.progress_data.progress_data": (
        Action.MEMBER_VIEW, Action.ROOM_VIEW, Action.CARE_PLAN_VIEW, Action.SESSION_VIEW,
        Action.WELLBEING_VIEW, Action.COMMUNITY_VIEW),
    "reports.impact_data.impact_data": (Action.COMMUNITY_VIEW, Action.WELLBEING_VIEW,
                                        Action.MEMBER_VIEW, Action.SESSION_VIEW),
}


def acting_functions() -> Iterator[tuple[str, Callable[..., Any]]]:
    """Public functions ``f(db, actor, ...)`` defined in any module of safehouse.services."""
    for info in pkgutil.walk_packages(safehouse.services.__path__, "safehouse.services."):
        module = importlib.import_module(info.name)
        short = info.name.removeprefix("safehouse.services.")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            # (permissions.require is the gate itself, not a use case)
            if params[:2] == ["db", "actor"] and short != "permissions":
                yield f"{short}.{name}", fn


def needs(key: str) -> frozenset[Action]:
    need = EXPECTED[key]
    if need is None:
        return frozenset()
    return frozenset(need) if isinstance(need, tuple) else frozenset({need})


def test_every_acting_service_function_is_in_the_table():
    found = dict(acting_functions())
    unknown = sorted(set(found) - set(EXPECTED))
    assert not unknown, (
        f"{unknown}: new service functions are denied until EXPECTED in "
        "tests/services/test_permissions.py names the action each needs (and CALLS "
        "says how to call it)"
    )
    assert set(CALLS) == set(EXPECTED)


def test_the_table_names_no_function_that_is_gone():
    found = dict(acting_functions())
    for key in EXPECTED:
        module_name = "safehouse.services." + key.rsplit(".", 1)[0]
        if importlib.util.find_spec(module_name) is not None:
            assert key in found, f"{key} is in the table but not in the services"


# --- calling each function --------------------------------------------------------------


@dataclass
class Call:
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    tolerate: tuple[type[SafehouseError], ...] = ()  # an allowed call may meet these


class World:
    """Things to act on, made fresh by the administrator for each call."""

    def __init__(self, db: Database, admin: Actor, folder: Path) -> None:
        self.db, self.admin, self.folder = db, admin, folder
        self._n = itertools.count(1)

    def n(self) -> int:
        return next(self._n)

    def member(self) -> MemberDetail:
        return members.create_member(self.db, self.admin, MemberInput(
            name=f"김하나 {self.n()}", status="active", joined_on=date(2024, 1, 1)))

    def room(self) -> Any:
        return rooms.create_room(self.db, self.admin, name=f"Room {self.n()}", floor=1,
                                 capacity=4)

    def housed(self) -> tuple[MemberDetail, Any]:
        m, r = self.member(), self.room()
        rooms.assign(self.db, self.admin, m.id, r.id, date(2025, 1, 1))
        return m, r

    def household(self) -> tuple[MemberDetail, Any]:
        m = self.member()
        return m, households.create_household(self.db, self.admin, m.id)

    def event(self) -> int:
        return events.save_event(self.db, self.admin, EventInput(
            kind="retreat", name=f"수련회 {self.n()}", starts_on=date(2025, 7, 25))).summary.id

    def response(self) -> tuple[int, int, int]:
        """A member with a yearly check-in that raised an alert: (member, response,
        alert) ids."""
        m = self.member()
        made = wellbeing.record_response(self.db, self.admin, ResponseInput(
            m.id, "yearly", date(2025, 1, 1), (3, 1)))
        return m.id, made.response.id, made.alert_ids[0]
    def care_goal(self) -> tuple[int, int]:
        """A member with a goal: (member id, goal id)."""
        m = self.member()
        goal = care_plans.add_goal(self.db, self.admin, m.id, CareGoalInput(
            area="housing", text="Find a flat of her own", target_on=date(2025, 6, 1)))
        return m.id, goal.id
    def counselor(self) -> int:
        """The counselor who is the account of the counselor role acting in the test
        (a counselor may handle her own sessions only)."""
        with self.db.transaction() as s:
            user_id = s.scalar(select(User.id).where(User.username == "as-counselor"))
            found = s.scalar(select(Counselor.id).where(Counselor.user_id == user_id))
        if found is not None:
            return found
        return counselors.save_counselor(self.db, self.admin,
                                         CounselorInput(user_id=user_id)).id

    def session_input(self) -> SessionInput:
        n = self.n()
        return SessionInput(kind="individual", member_ids=(self.member().id,),
                            counselor_id=self.counselor(),
                            starts_at=datetime(2026, 3, 2, 9) + timedelta(days=n),
                            duration_minutes=50)

    def booked(self) -> int:
        return sessions.book(self.db, self.admin, self.session_input()).sessions[0].id

    def series(self) -> int:
        made = sessions.book(self.db, self.admin, self.session_input(),
                             Recurrence(Frequency.WEEKLY, count=3))
        assert made.series_id is not None
        return made.series_id

    def account(self, *, disabled: bool = False) -> AccountInfo:
        made = users.create_account(self.db, self.admin, username=f"acct{self.n()}",
                                    display_name="Lee Bom", role="staff",
                                    password=TEST_PASSWORD)
        return users.disable(self.db, self.admin, made.id) if disabled else made


NEW_PASSWORD = "a brand new passphrase"
CSV = (b"code,name,alias,sex,birth_year,status,joined_on,left_on,referred_by\n"
       b",Lee Bom,,female,1990,enquiry,,,\n")


def _csv_call(w: World) -> Call:
    return Call((CSV,))


def _code_call(m: MemberDetail) -> Call:
    return Call((m.id, m.code))


CALLS: dict[str, Callable[[World], Call]] = {
    "auth.create_user": lambda w: Call(kwargs={
        "username": f"bom{w.n()}", "display_name": "Lee Bom", "role": "staff",
        "password": TEST_PASSWORD}),
    "auth.change_password": lambda w: Call((TEST_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)),
    "auth.verify_password": lambda w: Call((TEST_PASSWORD,)),
    "settings.set_organisation_name": lambda w: Call(("새희망의 집",)),
    "settings.set_idle_lock_minutes": lambda w: Call((10,)),
    "settings.set_retention_years": lambda w: Call((7,)),
    "settings.set_time_zone": lambda w: Call(("UTC",)),
    "settings.set_keep_away_scope": lambda w: Call(("room",)),
    "settings.set_paper_size": lambda w: Call(("Letter",)),
    "members.list_members": lambda w: Call(),
    "member_list.count": lambda w: Call((MemberQuery(search="bom"),)),
    "member_list.page": lambda w: Call((MemberQuery(),)),
    "member_list.first_page": lambda w: Call((MemberQuery(search="bom"),)),
    "member_list.rows": lambda w: Call((MemberQuery(), [w.member().id])),
    "member_list.position": lambda w: Call((MemberQuery(), w.member().id)),
    "member_list.prepare_search": lambda w: Call((MemberQuery(search="bom"),)),
    "members.get_member": lambda w: Call((w.member().id,), {"purpose": Read.OPEN}),
    "members.find_member": lambda w: Call((w.member().code,), {"purpose": Read.OPEN}),
    "members.create_member": lambda w: Call((MemberInput(name="Lee Bom"),)),
    "members.update_member": lambda w: Call((w.member().id, MemberInput(name="Lee Bom"))),
    "members.set_status": lambda w: Call((w.member().id, "alumni"),
                                         {"on": date(2025, 1, 1)}),
    "households.members_without_household": lambda w: Call(),
    "households.household_of": lambda w: Call((w.household()[0].id,)),
    "households.list_households": lambda w: Call(),
    "households.create_household": lambda w: Call((w.member().id,)),
    "households.add_to_household": lambda w: Call((w.household()[1].id, w.member().id,
                                                   "child")),
    "households.set_relation": lambda w: Call((w.household()[0].id, "parent")),
    "households.rename_household": lambda w: Call((w.household()[1].id, "Kim family")),
    "households.remove_from_household": lambda w: Call((w.household()[0].id,)),
    "keep_away.list_keep_aways": lambda w: Call((w.member().id,), {"purpose": Read.OPEN}),
    "keep_away.save_keep_away": lambda w: Call((w.member().id,), {
        "person_name": "Broker Choi", "relation": "broker"}),
    "keep_away.remove_keep_away": lambda w: Call((keep_away.save_keep_away(
        w.db, w.admin, w.member().id, person_name="Broker Choi", relation="broker").id,)),
    "room_setup.list_rooms": lambda w: Call(),
    "rooms.board": lambda w: Call((date(2025, 2, 1),)),
    "rooms.room_history": lambda w: Call((w.housed()[0].id,)),
    "rooms.room_of": lambda w: Call((w.housed()[0].id,)),
    "rooms.members_without_room": lambda w: Call(),
    "room_setup.create_room": lambda w: Call(kwargs={"name": f"New {w.n()}", "floor": 2,
                                                "capacity": 2}),
    "room_setup.update_room": lambda w: Call((w.room().id,), {
        "name": f"Renamed {w.n()}", "floor": 3, "capacity": 5, "active": True}),
    "rooms.assign": lambda w: Call((w.member().id, w.room().id, date(2025, 1, 1))),
    "rooms.move": lambda w: Call((w.housed()[0].id, w.room().id, date(2025, 2, 1))),
    "rooms.move_out": lambda w: Call((w.housed()[0].id, date(2025, 2, 1))),
    "rooms.change_end": lambda w: Call((rooms.room_history(
        w.db, w.admin, w.housed()[0].id)[0].id, date(2025, 2, 1))),
    "dashboard.figures": lambda w: Call(),
    "dashboard.week": lambda w: Call(),
    "housing_rules.keep_away_warnings": lambda w: Call((w.housed()[0].id,)),
    "housing_rules.linked_member_warning": lambda w: Call((w.housed()[0].id,
                                                           w.member().code)),
    "membership.community_size": lambda w: Call(),
    "membership.is_active_on": lambda w: Call((w.member().id,)),
    "check.run_checks": lambda w: Call(),
    "audit_log.list_entries": lambda w: Call(kwargs={"member_code": w.member().code}),
    "audit_log.count_entries": lambda w: Call(kwargs={"member_code": w.member().code}),
    "audit_log.actions": lambda w: Call(),
    "audit_log.usernames": lambda w: Call(),
    "audit_log.verify_chain": lambda w: Call(),
    "audit_log.export_csv": lambda w: Call(kwargs={"action": "member.create"}),
    "member_csv.import_members": _csv_call,
    "member_csv.export_members": lambda w: Call(),
    "exports.save": lambda w: Call((member_csv.export_members(w.db, w.admin),
                                    w.folder / f"members-{w.n()}.csv")),
    # the demo fills an empty database only: a second allowed role finds it full
    "demo.build_demo": lambda w: Call(kwargs={"members": 2}, tolerate=(ConflictError,)),
    "purge.erase_member": lambda w: _code_call(w.member()),
    "purge.erase_members": lambda w: Call(([w.member().id], "ERASE 1")),
    "purge.erase_notes": lambda w: _code_call(w.member()),
    "purge.retention_candidates": lambda w: Call((5,)),
    "users.list_accounts": lambda w: Call(),
    "users.create_account": lambda w: Call(kwargs={
        "username": f"mirae{w.n()}", "display_name": "Park Mirae", "role": "counselor",
        "password": TEST_PASSWORD}),
    "users.change_role": lambda w: Call((w.account().id, "manager")),
    "users.reset_password": lambda w: Call((w.account().id, NEW_PASSWORD)),
    "users.disable": lambda w: Call((w.account().id,)),
    "users.enable": lambda w: Call((w.account(disabled=True).id, NEW_PASSWORD)),
    "users.lift_lock": lambda w: Call((w.account().id,)),
    "backups.make_backup": lambda w: Call(),
    "backups.list_backups": lambda w: Call(),
    "backups.backup_if_due": lambda w: Call(),
    "backups.restore_backup": lambda w: Call((backups.make_backup(w.db, w.admin).file,)),
    "membership.sizes_on": lambda w: Call(([date(2025, 1, 1)],)),
    "community.save_goal": lambda w: Call((GoalInput(start_on=date(2025, 1, 1)),)),
    "community.list_goals": lambda w: Call(),
    "community.current_goal": lambda w: Call(),
    "community.growth": lambda w: Call(),
    "community.joins_and_leaves": lambda w: Call((date(2024, 1, 1), date(2025, 1, 1))),
    "referrals.referral_tree": lambda w: Call(),
    "referrals.referral_figures": lambda w: Call((date(2024, 1, 1), date(2025, 1, 1))),
    "referrals.member_referrals": lambda w: Call((w.member().id,)),
    "events.list_events": lambda w: Call(),
    "events.get_event": lambda w: Call((w.event(),)),
    "events.events_of_member": lambda w: Call((w.member().id,)),
    "events.largest_retreat": lambda w: Call((2025,)),
    "events.yearly_table": lambda w: Call(),
    "events.save_event": lambda w: Call((EventInput(kind="worship", name=f"예배 {w.n()}",
                                                    starts_on=date(2025, 12, 25)),)),
    "events.delete_event": lambda w: Call((w.event(),)),
    "events.set_attendance": lambda w: Call((w.event(), [w.member().id]),
                                            {"guests": 1, "children": 2}),
    "events_csv.import_events": lambda w: Call((
        b"event,starts_on,ends_on,kind,place,member_code,guests,children\n"
        b"Retreat,2025-07-25,,retreat,,,4,7\n",)),
    "events_csv.export_events": lambda w: Call(),
    "settings.set_screening_follow_up_weeks": lambda w: Call((6,)),
    "wellbeing.record_response": lambda w: Call((ResponseInput(
        w.member().id, "phq9", date(2025, 1, 1), (0,) * 8 + (1,)),)),
    "wellbeing.list_responses": lambda w: Call((w.response()[0],), {"purpose": Read.OPEN}),
    "wellbeing.get_response": lambda w: Call((w.response()[1],), {"purpose": Read.OPEN}),
    "wellbeing.remove_response": lambda w: Call((w.response()[1],)),
    "wellbeing.trends": lambda w: Call((w.response()[0],), {"purpose": Read.OPEN}),
    "wellbeing_alerts.open_alerts": lambda w: Call(),
    "wellbeing_alerts.member_alerts": lambda w: Call((w.response()[0],)),
    "wellbeing_alerts.acknowledge": lambda w: Call((w.response()[2], "Called her.")),
    "wellbeing_figures.yearly_figures": lambda w: Call(),
    "wellbeing_figures.due_check_ins": lambda w: Call(),
    "survey_csv.import_surveys": lambda w: Call(((
        "member_code,taken_on,health,repatriation_threat\n"
        f"{w.member().code},2025-06-01,3,no\n").encode(),)),
    "survey_csv.export_surveys": lambda w: Call(),
    "care_plans.member_plan": lambda w: Call((w.care_goal()[0],), {"purpose": Read.OPEN}),
    "care_plans.overdue_goals": lambda w: Call(),
    "care_plans.add_goal": lambda w: Call((w.member().id, CareGoalInput(
        area="housing", text="Find a flat of her own"))),
    "care_plans.edit_goal": lambda w: Call((w.care_goal()[1], CareGoalInput(
        area="work", text="Keep the job at the bakery"))),
    "care_plans.add_update": lambda w: Call((w.care_goal()[1], UpdateInput(
        day=date(2025, 3, 1), note="Visited two flats", status="in_progress"))),
    "counselors.list_counselors": lambda w: Call(),
    "counselors.counselor_accounts": lambda w: Call(),
    "counselors.save_counselor": lambda w: Call((CounselorInput(name=f"Outside {w.n()}"),)),
    "counselors.list_places": lambda w: Call(),
    "counselors.save_place": lambda w: Call((f"Meeting room {w.n()}",)),
    "sessions.conflicts": lambda w: Call((w.session_input(),)),
    "sessions.week": lambda w: Call((date(2026, 3, 2),)),
    "sessions.member_sessions": lambda w: Call((w.member().id,)),
    "sessions.session": lambda w: Call((w.booked(),)),
    "sessions.series": lambda w: Call((w.series(),)),
    "sessions.book": lambda w: Call((w.session_input(),)),
    "session_marks.mark": lambda w: Call((w.booked(), "completed")),
    "session_marks.member_attendance": lambda w: Call((w.member().id, date(2026, 1, 1),
                                                       date(2026, 12, 31))),
    "session_marks.counselor_hours": lambda w: Call((date(2026, 1, 1), date(2026, 12, 31))),
    "session_marks.counseled_by_year": lambda w: Call(([2025, 2026],)),
    "session_edits.change": lambda w: Call((w.booked(), SessionChange(duration_minutes=40))),
    "session_edits.move": lambda w: Call((w.booked(), datetime(2027, 1, 4, 9)
                                          + timedelta(days=w.n()))),
    "session_removal.cancel": lambda w: Call((w.booked(), "house")),
    "session_removal.delete": lambda w: Call((w.booked(),)),
    "session_notes.open_notes": lambda w: Call((w.booked(),), {"purpose": Read.OPEN}),
    "session_notes.save_notes": lambda w: Call((w.booked(), "A fictional note.")),
    "session_ics.export_sessions": lambda w: Call(kwargs={"counselor_id": w.counselor()}),
    "schedule_data.schedule_week": lambda w: Call((date(2026, 3, 4),),
                                                  {"counselor_id": w.counselor()}),
    "reports.roster_data.roster_data": lambda w: Call((date(2025, 2, 1),)),
    "reports.produce.produce": lambda w: Call((ReportRequest("roster", on=date(2025, 2, 1)),)),
    "reports.produce.record_output": lambda w: Call((ReportRequest("roster"), "print")),
    "reports.produce.save": lambda w: Call((ReportRequest("roster"), b"%PDF-1.4\n",
                                            w.folder / f"roster-{w.n()}.pdf")),
    "reports.progress_data.progress_data": lambda w: Call((w.care_goal()[0],)),
    "referrals.yearly_referrals": lambda w: Call(([2024, 2025],)),
    "reports.impact_data.impact_data": lambda w: Call(kwargs={"first_year": 2024,
                                                             "last_year": 2025}),
}


@cache
def _password_hash() -> str:
    return auth.hash_password(TEST_PASSWORD)


def role_actors(db: Database, admin: Actor) -> dict[Role, Actor]:
    actors = {}
    with db.transaction() as s:
        for role in Role:
            user = User(username=f"as-{role.value}", display_name=role.value,
                        password_hash=_password_hash(), role=role.value, active=True,
                        failed_logins=0, must_change_password=False, created_at=audit.now())
            s.add(user)
            s.flush()
            actors[role] = Actor(id=user.id, username=user.username,
                                 display_name=user.display_name, role=role.value)
    return actors


def everything(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.transaction() as s:
        return {
            table.name: [tuple(row) for row in s.execute(
                select(table).order_by(*table.primary_key.columns))]
            for table in Base.metadata.sorted_tables
        }


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_each_role_may_do_only_what_the_table_allows(db, admin, key, tmp_path):
    module_name, func_name = key.rsplit(".", 1)
    if importlib.util.find_spec(f"safehouse.services.{module_name}") is None:
        pytest.skip(f"safehouse.services.{module_name} is not written yet")
    fn = getattr(importlib.import_module(f"safehouse.services.{module_name}"), func_name)
    world = World(db, admin, tmp_path)
    for role, actor in role_actors(db, admin).items():
        call = CALLS[key](world)
        if needs(key) <= PERMISSIONS[role]:
            try:
                fn(db, actor, *call.args, **call.kwargs)
            except PermissionDenied:  # pragma: no cover - the failure we look for
                pytest.fail(f"{role.value} was refused {key}, which the table allows")
            except call.tolerate:
                pass
        else:
            before = everything(db)
            with pytest.raises(PermissionDenied) as info:
                fn(db, actor, *call.args, **call.kwargs)
            assert role.value in info.value.message
            assert everything(db) == before, f"{key} wrote something for {role.value}"


def test_only_administrators_manage_users_and_see_the_audit_log():
    for role, granted in PERMISSIONS.items():
        assert (Action.USER_MANAGE in granted) == (role is Role.ADMINISTRATOR)
        assert (Action.AUDIT_VIEW in granted) == (role is Role.ADMINISTRATOR)
    assert Action.KEEPAWAY_VIEW not in PERMISSIONS[Role.STAFF]
    assert Action.MEMBER_CONTACT_VIEW not in PERMISSIONS[Role.STAFF]
