"""What a manager's walkthrough found (issue 13, items 19–23): refusals that say who and
what to do, dialogs that say what they do, a manager's words, settings per person, and
an icon and a calm face."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QLabel,
    QTableView,
    QWidget,
)

from safehouse.labels import label
from safehouse.models import Role
from safehouse.services import members, rooms
from safehouse.services.dto.accounts import AccountInfo
from safehouse.services.dto.maintenance import BackupInfo
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.ui import account_settings, icons, style
from safehouse.ui.admin import backups_tab
from safehouse.ui.admin.users_model import COL_PASSWORD, UsersTableModel
from safehouse.ui.context import AppContext
from safehouse.ui.dashboard_parts import Tile
from safehouse.ui.form_dialog import FormDialog
from safehouse.ui.i18n import chosen_language, save_language
from safehouse.ui.login_dialog import LoginDialog
from safehouse.ui.main_window import MainWindow
from safehouse.ui.members import MembersPage
from safehouse.ui.members.household_tab import AddToHouseholdDialog
from safehouse.ui.members.status_dialog import StatusDialog
from safehouse.ui.password_dialog import FIELD_CHARS, TemporaryPasswordDialog
from safehouse.ui.rooms.assign_dialog import AssignDialog
from safehouse.ui.rooms.fields import to_qdate
from safehouse.ui.rooms.move_dialog import MoveDialog
from safehouse.ui.rooms.move_out_dialog import MoveOutDialog
from safehouse.ui.rooms.room_dialog import RoomDialog
from safehouse.ui.table_model import setup_view
from tests.conftest import OnDay, make_admin, sqlite_vault

T = TypeVar("T", bound=QWidget)
TODAY = date(2026, 4, 15)
KO_TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "safehouse_ko.ts"

pytestmark = [pytest.mark.usefixtures("shown_errors"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


@pytest.fixture(autouse=True)
def _on_a_fixed_day(on_day: OnDay) -> None:
    on_day(TODAY)


def admit(ctx: AppContext, name: str, **fields: object) -> MemberDetail:
    fields.setdefault("status", "active")
    fields.setdefault("joined_on", date(2025, 1, 1))
    return members.create_member(ctx.db, ctx.actor, MemberInput(name=name, **fields))  # type: ignore[arg-type]


def shown(qtbot, widget: T) -> T:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def dialog_of(parent: QWidget, kind: type[T]) -> T:
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, f"expected one open {kind.__name__}, found {len(found)}"
    return found[0]


# --- 19: refusals say who and what to do ---------------------------------------------------


def test_a_taken_bed_names_the_member_who_holds_it(qtbot, sqlite_ctx):
    hana, somang = admit(sqlite_ctx, "김하나"), admit(sqlite_ctx, "박소망")
    room = rooms.create_room(sqlite_ctx.db, sqlite_ctx.actor, name="202", floor=2, capacity=2)
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, room.id, date(2026, 11, 3),
                 bed_label="A")
    dialog = shown(qtbot, AssignDialog(sqlite_ctx, date(2026, 11, 3), room.id))
    assert dialog.member_combo.select_member(somang.id)
    qtbot.keyClicks(dialog.bed_edit, "A")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    said = dialog.error_text()
    assert "Bed A in room 202 is taken by M-0001 김하나 for 2026-11-03 – open" in said
    assert "Choose another bed" in said
    assert dialog.isVisible()


def test_a_planned_stay_is_not_met_with_use_move(qtbot, sqlite_ctx):
    hana = admit(sqlite_ctx, "김하나")
    r101 = rooms.create_room(sqlite_ctx.db, sqlite_ctx.actor, name="101", floor=1, capacity=2)
    r102 = rooms.create_room(sqlite_ctx.db, sqlite_ctx.actor, name="102", floor=1, capacity=2)
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, r102.id, date(2026, 5, 1))
    dialog = shown(qtbot, AssignDialog(sqlite_ctx, TODAY, r101.id))
    assert dialog.member_combo.select_member(hana.id)  # no room today: she can be chosen
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    said = dialog.error_text()
    assert "Move" not in said
    assert "booked into room 102 from 2026-05-01" in said
    assert "move-out date on or before 2026-05-01" in said

    # what it suggests works: a stay that ends when the planned one begins
    dialog.end_check.setChecked(True)
    dialog.end_edit.setDate(to_qdate(date(2026, 5, 1)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result_info is not None and dialog.result_info.room_name == "101"


def test_a_status_change_hidden_by_the_filter_says_so(qtbot, sqlite_ctx):
    hana = admit(sqlite_ctx, "김하나")
    admit(sqlite_ctx, "박소망")
    page = shown(qtbot, MembersPage(sqlite_ctx))
    combo = page.member_list.status_filter
    combo.setCurrentIndex(combo.findData("active"))
    assert page.select_member(hana.id)
    assert not page.member_list.notice_row.isVisible()

    qtbot.mouseClick(page.profile.status_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(page, StatusDialog)
    assert dialog.new_status() == "alumni"  # the likely next one (item 20)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert page.member_list.notice_row.isVisible()
    assert page.member_list.notice.text() == (
        "M-0001 is now Alumni and is no longer shown with the filter Active.")
    qtbot.mouseClick(page.member_list.show_hidden_button, Qt.MouseButton.LeftButton)
    assert combo.currentData() is None  # all statuses
    assert page.current_member_id() == hana.id
    assert not page.member_list.notice_row.isVisible()


# --- 20: dialogs say what they do ---------------------------------------------------------


def form_labels(dialog: FormDialog) -> list[tuple[str, QWidget | None]]:
    """Each row's label text and its field."""
    rows = []
    for row in range(dialog.form.rowCount()):
        label_item = dialog.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = dialog.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        text = label_item.widget().text() if label_item and isinstance(
            label_item.widget(), QLabel) else ""
        rows.append((text, field_item.widget() if field_item else None))
    return rows


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def check_labels(dialog: FormDialog) -> None:
    keys = [mnemonic(dialog.ok_button.text())]
    for text, field in form_labels(dialog):
        if text:
            assert text.endswith(":"), f"{type(dialog).__name__}: {text!r} has no colon"
        editable = field is not None and any(field is e.parentWidget()
                                             for e in dialog.errors.values())
        boxes = field.findChildren(QAbstractButton) if field is not None else []
        if editable and not text:
            assert boxes and all(mnemonic(b.text()) for b in boxes), \
                f"{type(dialog).__name__}: a field with neither a label nor an Alt key"
            keys += [mnemonic(b.text()) for b in boxes]
        elif editable:
            assert mnemonic(text), f"{type(dialog).__name__}: {text!r} has no Alt key"
            keys.append(mnemonic(text))
    assert len(keys) == len(set(keys)), f"{type(dialog).__name__}: Alt keys twice: {keys}"


def test_room_dialogs_label_fields_with_colons_and_alt_keys(qtbot, sqlite_ctx):
    hana = admit(sqlite_ctx, "김하나")
    room = rooms.create_room(sqlite_ctx.db, sqlite_ctx.actor, name="101", floor=1, capacity=2)
    stay = rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, hana.id, room.id, date(2026, 1, 5))
    assign = shown(qtbot, AssignDialog(sqlite_ctx, TODAY, room.id))
    for dialog in (assign, shown(qtbot, MoveDialog(sqlite_ctx, stay, TODAY)),
                   shown(qtbot, MoveOutDialog(sqlite_ctx, stay, TODAY)),
                   shown(qtbot, RoomDialog(sqlite_ctx)),
                   shown(qtbot, RoomDialog(sqlite_ctx, room))):
        check_labels(dialog)
    # "Moves out ☐ Until" said the end twice; now the check box says it once
    texts = [text for text, _field in form_labels(assign)]
    assert not any("out" in t for t in texts)
    assert assign.end_check.text() == "Moves &out on:"


def test_buttons_are_named_for_what_they_do(qtbot, sqlite_ctx):
    assert shown(qtbot, RoomDialog(sqlite_ctx)).ok_button.text() == "&Add room"
    from safehouse.ui.admin.account_dialogs import NewUserDialog
    from safehouse.ui.members.keep_away_tab import KeepAwayDialog

    hana = admit(sqlite_ctx, "김하나")
    assert shown(qtbot, KeepAwayDialog(sqlite_ctx, hana.id)).ok_button.text() == "&Add"
    assert shown(qtbot, NewUserDialog(sqlite_ctx)).ok_button.text() == "&Create account"


@pytest.mark.parametrize(("now", "likely"), [("enquiry", "active"), ("active", "alumni"),
                                             ("alumni", "active")])
def test_the_status_dialog_starts_on_the_likely_next_status(qtbot, sqlite_ctx, now, likely):
    fields: dict[str, object] = {"status": now}
    if now == "enquiry":
        fields["joined_on"] = None
    elif now == "alumni":
        fields["left_on"] = date(2026, 1, 31)
    member = admit(sqlite_ctx, "김하나", **fields)
    dialog = shown(qtbot, StatusDialog(sqlite_ctx, member))
    assert dialog.new_status() == likely


def test_adding_to_a_household_guesses_the_relation_from_the_age(qtbot, sqlite_ctx):
    mother = admit(sqlite_ctx, "김하나", birth_year=1990)
    admit(sqlite_ctx, "김별", birth_year=2016)
    admit(sqlite_ctx, "박소망", birth_year=1988)
    from safehouse.services import households

    home = households.create_household(sqlite_ctx.db, sqlite_ctx.actor, mother.id)
    dialog = shown(qtbot, AddToHouseholdDialog(sqlite_ctx, home.id))
    qtbot.keyClicks(dialog.picker.lineEdit(), "M-0002")
    assert dialog.relation.currentData() == "child"  # 10 years old in 2026
    dialog.picker.lineEdit().clear()
    qtbot.keyClicks(dialog.picker.lineEdit(), "M-0003")
    assert dialog.relation.currentData() == "other"
    # once she chose one herself, picking another member leaves it alone
    dialog.relation.setFocus()
    qtbot.keyClick(dialog.relation, Qt.Key.Key_Up)
    chosen = dialog.relation.currentData()
    dialog.picker.lineEdit().clear()
    qtbot.keyClicks(dialog.picker.lineEdit(), "M-0002")
    assert dialog.relation.currentData() == chosen


def test_reset_password_fields_are_wide_enough(qtbot, sqlite_ctx):
    account = AccountInfo(id=sqlite_ctx.actor.id, username="admin",
                          display_name="Test Administrator", role="administrator",
                          active=True, locked=False, must_change_password=False,
                          has_key_slot=True)
    dialog = shown(qtbot, TemporaryPasswordDialog(sqlite_ctx, account))
    char = dialog.fontMetrics().averageCharWidth()
    assert dialog.password.width() >= FIELD_CHARS * char
    assert dialog.repeat.width() >= FIELD_CHARS * char


# --- 21: words a manager uses -------------------------------------------------------------


def test_the_users_list_has_no_key_slot_column_and_says_what_a_password_needs(qtbot):
    model = UsersTableModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in
               range(model.columnCount())]
    assert not any("key" in str(h).lower() for h in headers)
    old = AccountInfo(id=2, username="bom", display_name="Bom", role="staff", active=True,
                      locked=False, must_change_password=False, has_key_slot=False)
    model.set_rows([old])
    cell = model.index(0, COL_PASSWORD)
    assert cell.data() == "Needs a reset"
    assert "cannot open the database" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_the_login_shows_the_database_only_when_asked(qtbot, tmp_path):
    vault = sqlite_vault(tmp_path)
    database = vault.create()
    make_admin(database)
    database.dispose()
    dialog = shown(qtbot, LoginDialog(vault))
    visible = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    assert not any(str(tmp_path) in text for text in visible)
    qtbot.mouseClick(dialog.details, Qt.MouseButton.LeftButton)
    assert dialog.where.isVisible() and "test.db" in dialog.where.text()


def korean_translations() -> list[str]:
    root = ET.parse(KO_TS).getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        found += forms or [translation.text or ""]
    return found


def test_manager_and_administrator_are_clearly_different_in_korean(korean):
    assert label("manager", Role) == "운영 관리자"
    assert label("administrator", Role) == "시스템 관리자"
    for text in korean_translations():
        for at in re.finditer("관리자", text):
            before = text[:at.start()]
            assert before.endswith(("시스템 ", "운영 ")), f"관리자 without its kind: {text}"


def test_korean_messages_have_no_particles_in_brackets():
    bracketed = re.compile(r"\((은|는|이|가|을|를|으|와|과)\)")
    found = [text for text in korean_translations() if bracketed.search(text)]
    assert found == []
    # nor a particle right after a placeholder: its form depends on the word put there
    # ("{code}는" is wrong for M-0001); a noun comes between ("{code} 회원은")
    attached = re.compile(r"\}(은|는|이|가|을|를|와|과|로|으로)(?![상전후])")
    assert [text for text in korean_translations() if attached.search(text)] == []


def test_the_backup_made_before_a_restore_is_marked(qtbot, sqlite_ctx):
    tab = shown(qtbot, backups_tab.BackupsTab(sqlite_ctx))
    qtbot.waitUntil(lambda: not tab._busy)
    when = datetime(2026, 4, 15, 9, 30)
    tab._show([
        BackupInfo(file=Path("safehouse-2026-04-15-093000-before-restore.db"), taken_at=when,
                   size=4096, verified=True, before_restore=True),
        BackupInfo(file=Path("safehouse-2026-04-14-080000.db"), taken_at=when, size=4096,
                   verified=True),
    ])
    notes = {tab.table.item(r, backups_tab.COL_DATE).toolTip():
             tab.table.item(r, backups_tab.COL_NOTE).text() for r in range(2)}
    assert notes == {"safehouse-2026-04-15-093000-before-restore.db":
                     "Made just before a restore", "safehouse-2026-04-14-080000.db": ""}


# --- 22: per person, per computer ---------------------------------------------------------


def test_table_layouts_are_kept_for_each_account(qtbot):
    def view_as(user: str | None) -> QTableView:
        account_settings.set_account(user)
        from PySide6.QtGui import QStandardItemModel

        model = QStandardItemModel(0, 3)
        view = QTableView()
        view.setModel(model)
        qtbot.addWidget(view)
        setup_view(view, "members", widths_in_chars=(10, 10, 10))
        return view

    first = view_as("hana")
    default = first.horizontalHeader().sectionSize(0)
    first.horizontalHeader().resizeSection(0, default + 120)
    assert view_as("bom").horizontalHeader().sectionSize(0) == default
    assert view_as("hana").horizontalHeader().sectionSize(0) == default + 120
    assert view_as("Hana").horizontalHeader().sectionSize(0) == default + 120


def test_the_language_is_kept_for_each_account():
    account_settings.set_account("hana")
    save_language("ko")
    account_settings.set_account("bom")
    save_language("en")
    account_settings.set_account("hana")
    assert chosen_language() == "ko"
    account_settings.set_account("bom")
    assert chosen_language() == "en"
    assert chosen_language("ko") == "ko"  # --lang wins
    account_settings.set_account(None)
    assert chosen_language() == "en"  # the login: this computer's last choice


@pytest.mark.parametrize(("screen", "expected"), [
    (QRect(0, 0, 1280, 800), QRect(128, 60, 1024, 680)),
    (QRect(0, 0, 1920, 1080), QRect(192, 108, 1536, 864)),
    (QRect(0, 0, 1024, 700), QRect(0, 10, 1024, 680)),
])
def test_the_first_window_takes_a_sensible_share_of_the_screen(screen, expected):
    assert account_settings.first_geometry(screen) == expected


def test_the_window_comes_back_where_each_person_left_it(qtbot, sqlite_db):
    from safehouse.services import auth
    from safehouse.ui.context import ChangeHub
    from tests.conftest import TEST_PASSWORD

    admin = make_admin(sqlite_db)
    auth.create_user(sqlite_db, admin, username="bom", display_name="Bom", role="staff",
                     password=TEST_PASSWORD)
    bom = auth.login(sqlite_db, "bom", TEST_PASSWORD)

    def window(actor) -> MainWindow:  # type: ignore[no-untyped-def]
        w = MainWindow(AppContext(sqlite_db, actor, ChangeHub(sqlite_db)), "Test House")
        qtbot.addWidget(w)
        return w

    first = window(admin)
    screen = first.screen().availableGeometry()
    assert first.geometry() == account_settings.first_geometry(screen)
    first.setGeometry(QRect(40, 50, 640, 520))
    first.close()
    assert window(bom).geometry() == account_settings.first_geometry(screen)
    again = window(admin)
    assert again.geometry().size() == first.geometry().size()


# --- 23: an icon and a face ---------------------------------------------------------------


def test_the_window_has_an_icon_icons_in_the_navigation_and_page_headings(qtbot, sqlite_db):
    from safehouse.ui.context import ChangeHub

    window = MainWindow(AppContext(sqlite_db, make_admin(sqlite_db), ChangeHub(sqlite_db)),
                        "Test House")
    qtbot.addWidget(window)
    assert not window.windowIcon().isNull()
    assert window.nav.iconSize().width() >= 16
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        assert not item.icon().isNull(), f"{item.text()} has no icon"
    headings = [window.stack.widget(r).findChild(QLabel, "pageHeading").text()
                for r in range(window.stack.count())]
    assert headings == [window.nav.item(r).text() for r in range(window.nav.count())]
    window.show_page("rooms")
    assert window.current_page() is window.pages["rooms"]


def test_icons_and_style_are_resources_with_their_licences(qapp: QApplication):
    folder = resources.files("safehouse.resources").joinpath("icons")
    for name in [icons.APP_ICON, *icons.PAGE_ICONS.values()]:
        assert folder.joinpath(f"{name}.svg").is_file(), name
    assert "ISC License" in folder.joinpath("LICENSE-lucide.txt").read_text(encoding="utf-8")
    assert "CC0" in folder.joinpath("LICENSE-safehouse-icon.txt").read_text(encoding="utf-8")
    before = qapp.styleSheet()
    try:
        style.apply(qapp)
        assert "pageHeading" in qapp.styleSheet() and "navigation" in qapp.styleSheet()
        assert not qapp.windowIcon().isNull()
    finally:
        qapp.setStyleSheet(before)



def test_the_navigation_icons_are_drawn_at_the_navigations_size_only(qapp: QApplication):
    # every size is an SVG rendering before the window appears (48 for eight pages)
    size, ratio = icons.NAV_ICON_SIZE.width(), max(1.0, qapp.devicePixelRatio())
    icon = icons.page_icon("members")
    assert sorted(s.width() for s in icon.availableSizes()) == [
        round(size * ratio), round(2 * size * ratio)]
    assert not icon.pixmap(icons.NAV_ICON_SIZE).toImage().isNull()
    assert icons.page_icon("no such page").isNull()
    assert len(icons.app_icon().availableSizes()) == len(icons.SIZES)  # the window's own


def test_the_dashboards_tiles_look_as_the_applications_style_sheet_says(qtbot, qapp):
    # a style sheet of their own (two per tile, a dozen tiles) cost the window's start
    tile = Tile("Active members", "hint")
    qtbot.addWidget(tile)
    assert tile.styleSheet() == "" and tile.value.styleSheet() == ""
    sheet = style.style_sheet()
    assert f"QFrame#{tile.objectName()}" in sheet
    assert f"QFrame#{tile.objectName()}:focus" in sheet
    assert f"QLabel#{tile.value.objectName()}" in sheet
