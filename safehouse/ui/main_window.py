"""The main window: navigation on the left, the page on the right, a status bar; the
idle lock covers it all."""

from __future__ import annotations

from typing import ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from safehouse.changes import ChangeKind
from safehouse.errors import AccountRevoked, SafehouseError
from safehouse.labels import label
from safehouse.services import auth, settings
from safehouse.services.permissions import Action
from safehouse.ui import account_settings, i18n, icons, idle_lock, messages, page_list, window_look
from safehouse.ui.context import AppContext
from safehouse.ui.first_paint import FirstPaint
from safehouse.ui.idle_lock import (
    IdleWatcher,
    LockKey,
    LockPanel,
    close_windows,
    hide_windows,
    other_windows,
    show_windows,
)
from safehouse.ui.member_files import MemberFiles
from safehouse.ui.page_slots import PageSlots
from safehouse.ui.pages import PageView
from safehouse.ui.password_dialog import ChangePasswordDialog


class MainWindow(QMainWindow):
    """``sig_closed(logout)``: the window closed; ``logout`` True when the user logged out
    (show the login again) rather than quit."""

    # the idle lock's minutes, the organisation's name (title and lock screen)
    RELOAD_ON: ClassVar[frozenset[ChangeKind]] = frozenset({ChangeKind.SETTING})

    sig_closed = Signal(bool)

    def __init__(self, ctx: AppContext, organisation: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._logging_out = False
        self._locked = False
        self.member_files = MemberFiles(self, ctx, self.is_locked)
        self._hidden_windows: list[QWidget] = []
        self._focus_before_lock: QWidget | None = None
        self._locked_actions: list[tuple[QAction, bool]] = []
        # the window, the tables and the language are remembered for this account
        account_settings.set_account(ctx.actor.username)
        self._set_title(organisation)
        self.setWindowIcon(icons.app_icon())

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(icons.NAV_ICON_SIZE)
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(240)
        self.stack = QStackedWidget()
        # each page made when first shown (nothing unseen is read before the window)
        self.pages = PageSlots(ctx, page_list.PAGES, self.nav, self.stack, self._on_page_made)
        self._views = self.pages.views

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1020])
        self.lock_panel = LockPanel(organisation, ctx.actor.display_name)
        self.central = QStackedWidget()
        self.central.addWidget(splitter)
        self.central.addWidget(self.lock_panel)
        self.setCentralWidget(self.central)

        self._build_menus()
        self._build_status_bar()
        self.idle_watcher = IdleWatcher(settings.idle_lock_minutes(ctx.db), self)
        self._connect_signals()
        self.nav.setCurrentRow(0)
        self._update_edit_actions()
        window_look.place(self)
        self.watches_due = FirstPaint(self, self._start_watching, idle_lock.WATCH_AT_LATEST_MS)

    # --- construction ------------------------------------------------------------------

    def _on_page_made(self, view: PageView) -> None:
        if view.sig_logout is not None:
            view.sig_logout.connect(self._on_backup_restored)
        if view.sig_go is not None:
            view.sig_go.connect(self._on_page_go)
        if self._locked and view.clear_personal_data is not None:
            view.clear_personal_data()  # made while locked: shows nothing until unlocked

    def _start_watching(self) -> None:
        """The idle time's watch and Ctrl+L's (see ``idle_lock.WATCH_AT_LATEST_MS``)."""
        self.lock_key.install()
        if not self._locked:
            self.idle_watcher.start()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        # Hidden without the right; disabled while locked like every menu command.
        self.action_import_members = QAction(self.tr("&Import members…"), self)
        self.action_export_members = QAction(self.tr("&Export members…"), self)
        for action, right in ((self.action_import_members, Action.IMPORT),
                              (self.action_export_members, Action.EXPORT)):
            action.setVisible(self.ctx.can(right))
            action.setEnabled(self.ctx.can(right))
            file_menu.addAction(action)
        self.action_print = QAction(self.tr("P&rint…"), self)
        self.action_print.setShortcut(QKeySequence.StandardKey.Print)
        file_menu.addAction(self.action_print)
        file_menu.addSeparator()
        self.action_lock = QAction(self.tr("Loc&k"), self)
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_key = LockKey(self, self.action_lock.shortcut())  # in dialogs too
        file_menu.addAction(self.action_lock)
        self.action_change_password = QAction(self.tr("Change my &password…"), self)
        file_menu.addAction(self.action_change_password)
        self.action_logout = QAction(self.tr("&Log out"), self)
        self.action_logout.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.action_logout)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.action_find = QAction(self.tr("&Find"), self)
        self.action_find.setShortcut(QKeySequence.StandardKey.Find)
        self.action_new = QAction(self.tr("&New…"), self)
        self.action_new.setShortcut(QKeySequence.StandardKey.New)
        edit_menu.addAction(self.action_find)
        edit_menu.addAction(self.action_new)

        go_menu = bar.addMenu(self.tr("&Go"))
        self.go_actions: list[QAction] = []
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            action = QAction(item.text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            go_menu.addAction(action)
            self.go_actions.append(action)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        lang_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = i18n.chosen_language()
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self._on_language_chosen(c))
            group.addAction(action)
            lang_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        self.action_about = QAction(self.tr("&About Safehouse"), self)
        self.action_about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(self.action_about)

    def _build_status_bar(self) -> None:
        actor = self.ctx.actor
        # Qt's catalogue, loaded: not the core's .ts, parsed here after a change of language
        role = label(actor.role, translator=QCoreApplication.translate)
        self.user_label = QLabel(
            self.tr("Logged in: {name} ({role})").format(name=actor.display_name, role=role))
        self.db_label = QLabel(self.tr("Database: {database}")
                               .format(database=self.ctx.db.description))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)

    def _connect_signals(self) -> None:
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self.action_logout.triggered.connect(self._on_logout_triggered)
        self.action_quit.triggered.connect(self.close)
        self.action_find.triggered.connect(self._on_find_triggered)
        self.action_new.triggered.connect(self._on_new_triggered)
        self.action_print.triggered.connect(self._on_print_triggered)
        self.action_lock.triggered.connect(self.lock)
        self.lock_key.sig_pressed.connect(self.lock)
        self.action_change_password.triggered.connect(self._on_change_password_triggered)
        self.action_import_members.triggered.connect(self.member_files.import_members)
        self.action_export_members.triggered.connect(self.member_files.export_members)
        self.idle_watcher.sig_idle.connect(self.lock)
        self.lock_panel.sig_unlock_requested.connect(self._on_lock_panel_unlock_requested)
        self.lock_panel.sig_logout_requested.connect(self._on_logout_triggered)
        self.ctx.hub.sig_changed.connect(self._on_hub_changed)
        messages.on_account_revoked(self._on_account_revoked)

    # --- slots -------------------------------------------------------------------------

    def current_page(self) -> QWidget:
        return self.current_view().widget

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.pages.row_of(key))

    def _on_page_go(self, key: str, target: object) -> None:
        """A page asked to show ``target`` on the page ``key`` (one this role sees)."""
        if key in self.pages:
            self.show_page(key)
            view = self.pages.view(key)
            if view.go_to is not None and target is not None:
                view.go_to(target)

    def _on_nav_row_changed(self, row: int) -> None:
        if row >= 0:
            self.pages.view(self.pages.key_at(row))
            self.stack.setCurrentIndex(row)
            self._update_edit_actions()

    def _update_edit_actions(self) -> None:
        """Edit → Find and New… are enabled only where they do something for this
        person: the page's own, or the Members page's (see ``PageView``); File → Print…
        only on a page that prints."""
        if self._locked or not self.pages:
            return
        # the fallback page (Members) is not made for this: what it offers is known
        fallback = page_list.FALLBACK in self.pages
        view = self.current_view()
        self.action_find.setEnabled(view.find is not None or fallback)
        self.action_new.setEnabled(view.new is not None or (
            fallback and self.ctx.can(page_list.FALLBACK_NEW)))
        self.action_print.setEnabled(view.print is not None)

    def current_view(self) -> PageView:
        return self.pages.view(self.pages.key_at(max(0, self.stack.currentIndex())))

    def _on_find_triggered(self) -> None:
        view = self.current_view()
        if view.find is None and page_list.FALLBACK in self.pages:
            self.show_page(page_list.FALLBACK)
            view = self.pages.view(page_list.FALLBACK)
        if view.find is not None:
            view.find()

    def _on_new_triggered(self) -> None:
        view = self.current_view()
        if view.new is None and page_list.FALLBACK in self.pages:
            self.show_page(page_list.FALLBACK)
            view = self.pages.view(page_list.FALLBACK)
        if view.new is not None:
            view.new()

    def _on_print_triggered(self) -> None:
        view = self.current_view()
        if view.print is not None:
            view.print()

    def _on_language_chosen(self, code: str) -> None:
        i18n.save_language(code)
        QMessageBox.information(
            self, self.tr("Language"),
            self.tr("The language will change the next time you log in."))

    def _on_about_triggered(self) -> None:
        from safehouse.services import about  # on use (Help menu), not at the start
        from safehouse.ui.about_dialog import AboutDialog

        try:
            facts = about.about(self.ctx.db)
        except SafehouseError as exc:
            QMessageBox.warning(self, self.tr("About Safehouse"), exc.message)
            return
        dialog = AboutDialog(facts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_change_password_triggered(self) -> None:
        dialog = ChangePasswordDialog(self.ctx.db, self.ctx.actor, forced=False, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_backup_restored(self, message: str) -> None:
        """The database was replaced by a backup: everyone logs in again."""
        QMessageBox.information(self, self.tr("Restored"), message)
        self._on_logout_triggered()

    def _on_logout_triggered(self) -> None:
        self._logging_out = True
        self.close()

    def _on_account_revoked(self, exc: AccountRevoked) -> None:
        """The account was disabled, its role lowered or a new password asked for since
        login: say so once, and log out (the login shows next). Narrowing the open
        window to a new role is not attempted: logging in again builds it anew."""
        if self._logging_out:
            return  # already on the way out (several views may be refused at once)
        self._logging_out = True
        QMessageBox.warning(
            self, self.tr("Logged out"),
            exc.message + "\n\n" + self.tr("Safehouse logs you out now."))
        self.close()

    def _set_title(self, organisation: str) -> None:
        title = self.tr("Safehouse")
        self.setWindowTitle(f"{organisation} — {title}" if organisation else title)

    def _on_hub_changed(self, kind: ChangeKind, _ids: list[int]) -> None:
        if kind in self.RELOAD_ON and not self._locked:
            self.idle_watcher.set_minutes(settings.idle_lock_minutes(self.ctx.db))
            organisation = settings.organisation_name(self.ctx.db)
            self._set_title(organisation)
            self.lock_panel.set_organisation(organisation)

    def clear_personal_data(self) -> None:
        for view in self._views.values():
            if view.clear_personal_data is not None:
                view.clear_personal_data()

    # --- the idle lock -----------------------------------------------------------------

    def is_locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Hide every personal datum until the same user's password is given (Ctrl+L, or
        after the idle time). Open dialogs are hidden, not closed: what was typed stays."""
        if self._locked:
            return
        self._locked = True
        self.idle_watcher.stop()
        self._focus_before_lock = QApplication.focusWidget()
        self._hidden_windows = hide_windows(self)
        self.clear_personal_data()
        self.statusBar().clearMessage()
        self._locked_actions = [(a, a.isEnabled()) for a in self._lockable_actions()]
        for action, _enabled in self._locked_actions:
            action.setEnabled(False)
        self.lock_panel.reset()
        self.central.setCurrentWidget(self.lock_panel)
        self.lock_panel.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _lockable_actions(self) -> list[QAction]:
        """Every menu command but log out and quit: while locked nothing else may run."""
        menus = self.menuBar().findChildren(QMenu)
        keep = [m.menuAction() for m in menus] + [self.action_logout, self.action_quit]
        return [a for m in menus for a in m.actions()
                if not a.isSeparator() and not any(a is k for k in keep)]

    def _on_lock_panel_unlock_requested(self, password: str) -> None:
        try:
            auth.verify_password(self.ctx.db, self.ctx.actor, password)
        except SafehouseError as exc:
            self.lock_panel.show_error(exc.message)
            return
        self._unlock()

    def _unlock(self) -> None:
        self._locked = False
        self.lock_panel.reset()
        for action, enabled in self._locked_actions:
            action.setEnabled(enabled)
        self._locked_actions = []
        self.central.setCurrentIndex(0)
        for view in self._views.values():
            if view.refresh is not None:
                view.refresh()
        windows, self._hidden_windows = self._hidden_windows, []
        focus, self._focus_before_lock = self._focus_before_lock, None
        if windows:
            show_windows(windows)
        elif focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.idle_watcher.set_minutes(settings.idle_lock_minutes(self.ctx.db))
        self.idle_watcher.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.watches_due.cancel()  # closed before its first paint: nothing to watch
        window_look.remember(self)
        account_settings.set_account(None)
        self.idle_watcher.stop()
        self.lock_key.remove()
        windows, self._hidden_windows = self._hidden_windows, []
        close_windows(windows + other_windows(self))
        self.clear_personal_data()
        self.ctx.hub.detach()
        messages.forget_account_revoked(self._on_account_revoked)
        event.accept()
        self.sig_closed.emit(self._logging_out)
