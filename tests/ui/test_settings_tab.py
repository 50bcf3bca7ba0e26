"""The Settings tab of the Admin page: organisation, idle lock, retention, and erasing
the people who left longer ago than the retention period."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QWidget

from safehouse import clock
from safehouse.errors import ValidationError
from safehouse.services import members, settings
from safehouse.services.dto.people import MemberInput
from safehouse.ui.admin.settings_tab import SettingsTab
from safehouse.ui.context import AppContext
from safehouse.ui.members.purge_dialog import EraseManyDialog

pytestmark = pytest.mark.usefixtures("shown_errors")


def make_tab(qtbot, ctx: AppContext) -> SettingsTab:  # type: ignore[no-untyped-def]
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(700, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def retype(qtbot, edit: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def test_the_tab_shows_the_saved_settings(qtbot, ctx):
    tab = make_tab(qtbot, ctx)
    assert tab.organisation.text() == "Test House"
    assert tab.idle_minutes.text() == "5"
    assert tab.retention.text() == ""


def test_idle_minutes_and_organisation_are_saved(qtbot, ctx):
    tab = make_tab(qtbot, ctx)
    retype(qtbot, tab.idle_minutes, "15")
    retype(qtbot, tab.organisation, "Hope House")
    assert tab.save()
    assert tab.saved_label.text() == "Saved."
    assert settings.idle_lock_minutes(ctx.db) == 15
    assert settings.organisation_name(ctx.db) == "Hope House"
    fresh = make_tab(qtbot, ctx)
    assert fresh.idle_minutes.text() == "15"


def test_the_paper_size_is_a4_unless_letter_is_chosen(qtbot, sqlite_ctx):
    tab = make_tab(qtbot, sqlite_ctx)
    assert tab.paper_size.currentData() == "A4"
    assert settings.paper_size(sqlite_ctx.db) == "A4"
    tab.paper_size.setCurrentIndex(tab.paper_size.findData("Letter"))
    assert tab.save() and tab.saved_label.text() == "Saved."
    assert settings.paper_size(sqlite_ctx.db) == "Letter"
    assert make_tab(qtbot, sqlite_ctx).paper_size.currentData() == "Letter"
    with pytest.raises(ValidationError) as refused:
        settings.set_paper_size(sqlite_ctx.db, sqlite_ctx.actor, "A5")
    assert refused.value.field == "paper_size"
    assert settings.paper_size(sqlite_ctx.db) == "Letter"


def test_the_weeks_before_a_screening_is_due_again_are_saved(qtbot, sqlite_ctx):
    tab = make_tab(qtbot, sqlite_ctx)
    assert tab.follow_up_weeks.value() == 4
    tab.follow_up_weeks.setValue(6)
    assert tab.save() and tab.saved_label.text() == "Saved."
    assert settings.screening_follow_up_weeks(sqlite_ctx.db) == 6
    assert make_tab(qtbot, sqlite_ctx).follow_up_weeks.value() == 6


def test_out_of_range_minutes_show_a_message_next_to_the_field(qtbot, ctx):
    tab = make_tab(qtbot, ctx)
    retype(qtbot, tab.idle_minutes, "500")
    assert not tab.save()
    assert tab.idle_error.isVisible()
    assert "between 1 and 120 minutes" in tab.idle_error.text()
    assert settings.idle_lock_minutes(ctx.db) == 5

    retype(qtbot, tab.idle_minutes, "soon")
    assert not tab.idle_error.isVisible()  # typing clears the old message
    assert not tab.save()
    assert tab.idle_error.text() == "Enter a whole number of minutes."

    retype(qtbot, tab.retention, "99")
    assert not tab.save()
    assert "between 1 and 50 years" in tab.retention_error.text()
    assert settings.retention_years(ctx.db) is None


def test_retention_years_are_saved_and_can_be_cleared(qtbot, ctx):
    tab = make_tab(qtbot, ctx)
    retype(qtbot, tab.retention, "7")
    assert tab.save()
    assert settings.retention_years(ctx.db) == 7
    tab.retention.clear()
    assert tab.save()
    assert settings.retention_years(ctx.db) is None


def test_people_who_left_long_ago_are_listed_and_erased(qtbot, ctx, on_day):
    on_day(date(2026, 3, 15))

    def admit(name: str, left_on: date | None) -> None:
        members.create_member(ctx.db, ctx.actor, MemberInput(
            name=name, status="alumni" if left_on else "active",
            joined_on=date(2010, 1, 1), left_on=left_on))

    admit("김옛날", date(2012, 5, 1))
    admit("Park Past", date(2014, 8, 31))
    admit("Lee Recent", date(2026, 3, 1))
    admit("최지금", None)

    tab = make_tab(qtbot, ctx)
    assert tab.find_button.isVisible()
    assert not tab.erase_button.isEnabled()
    # the button names the years typed, not "N years" (nor a number when none is typed)
    assert tab.find_button.text() == "Fin&d people who left longer ago than the years above…"
    retype(qtbot, tab.retention, "5")
    assert tab.find_button.text() == "Fin&d people who left more than 5 years ago…"
    tab.find_button.click()
    assert tab.candidate_codes() == ["M-0001", "M-0002"]
    assert tab.candidates.rowCount() == 2
    assert tab.candidates.item(0, 1).text() == "2012-05-01"
    assert tab.candidates_label.text() == "2 people left more than 5 years ago."
    assert tab.erase_button.isEnabled()

    tab.erase_button.click()
    (dialog,) = [d for d in tab.findChildren(EraseManyDialog) if d.isVisible()]
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.confirmation, "ERASE 1")
    assert not dialog.ok_button.isEnabled()
    retype(qtbot, dialog.confirmation, "ERASE 2")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()

    assert tab.candidates.rowCount() == 0
    assert tab.candidates_label.text() == "2 people erased."
    assert [m.code for m in members.list_members(ctx.db, ctx.actor)] == [
        "M-0003", "M-0004"]


def test_finding_needs_a_number_of_years(qtbot, ctx):
    tab = make_tab(qtbot, ctx)
    tab.find_button.click()
    assert tab.retention_error.text() == "Enter the number of years first."
    assert tab.candidates.rowCount() == 0


def test_clearing_personal_data_empties_the_list(qtbot, ctx):
    members.create_member(ctx.db, ctx.actor, MemberInput(
        name="김옛날", status="alumni", joined_on=date(2010, 1, 1),
        left_on=date(2012, 5, 1)))
    tab = make_tab(qtbot, ctx)
    retype(qtbot, tab.retention, "5")
    tab.find_button.click()
    assert tab.candidates.rowCount() == 1
    tab.clear_personal_data()
    assert tab.candidates.rowCount() == 0
    assert not tab.erase_button.isEnabled()


def test_the_time_zone_is_chosen_checked_as_typed_and_moves_today(qtbot, ctx, on_day):
    on_day(datetime(2026, 3, 9, 23, 30, tzinfo=UTC))  # 10 March in Seoul, 9 in London
    tab = make_tab(qtbot, ctx)
    assert tab.time_zone.currentText() == "Asia/Seoul"
    assert tab.time_zone.itemText(0) == "Asia/Seoul"

    retype(qtbot, tab.time_zone.lineEdit(), "Europe/Londn")
    assert "not a time zone" in tab.time_zone_error.text()
    assert not tab.save()
    assert settings.time_zone(ctx.db) == "Asia/Seoul"
    assert clock.today() == date(2026, 3, 10)

    retype(qtbot, tab.time_zone.lineEdit(), "Europe/London")
    assert tab.time_zone_error.text() == ""
    assert tab.save()
    assert tab.saved_label.text() == "Saved."
    assert settings.time_zone(ctx.db) == "Europe/London"
    assert clock.today() == date(2026, 3, 9)

    tab.time_zone.setCurrentIndex(tab.time_zone.findText("UTC"))
    assert tab.save()
    assert settings.time_zone(ctx.db) == "UTC"
