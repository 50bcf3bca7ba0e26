"""The accounts as a table: user name, full name, role, and their state (active,
locked, what the password needs: a change at the next login, or a reset — also when
her role may see the confidential fields and her password does not open their key)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from safehouse.labels import label
from safehouse.models import Role
from safehouse.services.dto.accounts import AccountInfo
from safehouse.services.permissions import holds_confidential_key
from safehouse.ui.table_model import Column, RowTableModel

_CONTEXT = "UsersTableModel"

COL_USERNAME = 0
COL_NAME = 1
COL_ROLE = 2
COL_ACTIVE = 3
COL_LOCKED = 4
COL_PASSWORD = COL_MUST_CHANGE = 5


# Literal contexts and texts, so that lupdate finds every one of them.
def _active(a: AccountInfo) -> str:
    return (QCoreApplication.translate("UsersTableModel", "Yes") if a.active
            else QCoreApplication.translate("UsersTableModel", "Disabled"))


def _locked(a: AccountInfo) -> str:
    return QCoreApplication.translate("UsersTableModel", "Locked") if a.locked else ""


def _lacks_confidential_key(a: AccountInfo) -> bool:
    return (a.has_confidential_key is False and a.active
            and holds_confidential_key(a.role))


def _password(a: AccountInfo) -> str:
    """What the password needs, if anything: a reset when it cannot open the database
    (an account from before encryption) or not the confidential key her role may hold,
    a change at the next login after a reset."""
    if (a.has_key_slot is False and a.active) or _lacks_confidential_key(a):
        return QCoreApplication.translate("UsersTableModel", "Needs a reset")
    return (QCoreApplication.translate("UsersTableModel", "Must change")
            if a.must_change_password else "")


def _password_tooltip(a: AccountInfo) -> str | None:
    if a.has_key_slot is False and a.active:
        return QCoreApplication.translate(
            "UsersTableModel", "This password cannot open the database: reset it.")
    if _lacks_confidential_key(a):
        return QCoreApplication.translate(
            "UsersTableModel", "Her role may see the confidential fields, but her password "
            "does not open their key: reset her password to give it.")
    return None


COLUMNS: tuple[Column[AccountInfo], ...] = (
    Column(QT_TRANSLATE_NOOP("UsersTableModel", "User name"), lambda a: a.username),
    Column(QT_TRANSLATE_NOOP("UsersTableModel", "Full name"), lambda a: a.display_name),
    Column(QT_TRANSLATE_NOOP("UsersTableModel", "Role"), lambda a: label(a.role, Role)),
    Column(QT_TRANSLATE_NOOP("UsersTableModel", "Active"), _active),
    Column(QT_TRANSLATE_NOOP("UsersTableModel", "Locked"), _locked),
    Column(QT_TRANSLATE_NOOP("UsersTableModel", "Password"), _password,
           tooltip=_password_tooltip),
)


class UsersTableModel(RowTableModel[AccountInfo]):
    """Rows of :class:`AccountInfo`; replaced as a whole on every reload."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_CONTEXT, COLUMNS, parent)

    def key_of(self, row: AccountInfo) -> int:
        return row.id
