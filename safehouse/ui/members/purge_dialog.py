"""Erasing for good: one member (everything, or only her notes) after typing her code,
or several people who left long ago after typing ``ERASE n``. Administrators only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from safehouse.errors import SafehouseError
from safehouse.services import purge
from safehouse.services.dto.people import MemberDetail
from safehouse.ui.context import AppContext
from safehouse.ui.form_dialog import FormDialog

ERASE_ALL = "all"
ERASE_NOTES = "notes"
MODES = (ERASE_ALL, ERASE_NOTES)


class _TypedConfirmDialog(FormDialog):
    """An explanation, a line to type the confirmation into, and an Erase button that
    is enabled only while the typed text matches. Cancel is the default button."""

    def __init__(self, expected: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, ok_text=self.tr("&Erase for good"))
        self._expected = expected
        self.explanation = self.intro
        self.confirmation = QLineEdit(self)
        self.confirmation.setAccessibleName(self.tr("Confirmation"))
        if self.cancel_button is not None:
            self.cancel_button.setDefault(True)
        self.setMinimumWidth(480)

    def _lay_out(self, prompt: str) -> None:
        self.add_field("confirmation", prompt, self.confirmation,
                       changed=self.confirmation.textChanged)
        self.check()

    def ready(self) -> bool:
        return purge.confirms(self._expected, self.confirmation.text())

    def submit(self) -> bool:
        self._erase()
        return True

    def _erase(self) -> None:
        raise NotImplementedError


class PurgeDialog(_TypedConfirmDialog):
    """Erase one member: everything about her (``ERASE_ALL``) or only her notes
    (``ERASE_NOTES``).

    ``sig_erasing(int)``: the erasure is about to start (views showing her let go of her
    first); ``sig_erase_failed(int)``: it did not happen after all; ``sig_erased(int)``:
    it is done. Each carries the member's id.
    """

    sig_erasing = Signal(int)
    sig_erase_failed = Signal(int)
    sig_erased = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        detail: MemberDetail,
        mode: str = ERASE_ALL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(detail.code, parent)
        if mode not in MODES:
            raise ValueError(mode)
        self._ctx = ctx
        self._member_id = detail.id
        self.mode = mode
        if mode == ERASE_ALL:
            self.setWindowTitle(self.tr("Erase {code} for good").format(code=detail.code))
            text = self.tr(
                "This removes {code} and everything about her from the database: her profile "
                "(name, alias, phone, dates, case notes), her keep-away list, her room "
                "history and her place in a household (a household left empty is "
                "removed). Members she referred, and members whose keep-away list names "
                "her, keep their own records without the link to her.\n\n"
                "The audit log keeps only that a member record was erased, by whom and "
                "when. This cannot be undone. Backups made before now still contain her "
                "until they are rotated out."
            )
        else:
            self.setWindowTitle(self.tr("Erase the notes of {code}").format(code=detail.code))
            text = self.tr(
                "This removes the case notes of {code} and the descriptions in her keep-away "
                "list from the database. Her profile, the names on her keep-away list, "
                "her household and her room history stay.\n\n"
                "The audit log keeps only that her notes were erased, by whom and when. "
                "This cannot be undone. Backups made before now still contain the notes "
                "until they are rotated out."
            )
        self.set_intro(text.format(code=detail.code))
        self._lay_out(self.tr("Type her code, {code}, to confirm:").format(code=detail.code))

    def _erase(self) -> None:
        erase = purge.erase_member if self.mode == ERASE_ALL else purge.erase_notes
        self.sig_erasing.emit(self._member_id)
        try:
            erase(self._ctx.db, self._ctx.actor, self._member_id, self.confirmation.text())
        except SafehouseError:
            self.sig_erase_failed.emit(self._member_id)
            raise
        self.sig_erased.emit(self._member_id)


class EraseManyDialog(_TypedConfirmDialog):
    """Erase several people at once (those who left longer ago than the retention
    period), after typing ``ERASE n``.

    ``sig_erased(int)``: the erasure is done (how many were erased).
    """

    sig_erased = Signal(int)

    def __init__(
        self, ctx: AppContext, member_ids: list[int], parent: QWidget | None = None
    ) -> None:
        count = len(dict.fromkeys(member_ids))
        expected = purge.confirmation_for(count)
        super().__init__(expected, parent)
        self._ctx = ctx
        self._member_ids = list(member_ids)
        self.setWindowTitle(self.tr("Erase %n people for good", "", count))
        self.set_intro(self.tr(
            "This removes %n people and everything about them from the database: their "
            "profiles, keep-away lists, room histories and places in households. The "
            "audit log keeps only that member records were erased, by whom and when. "
            "This cannot be undone.", "", count))
        self._lay_out(self.tr("Type {word} to confirm:").format(word=expected))

    def _erase(self) -> None:
        erased = purge.erase_members(self._ctx.db, self._ctx.actor, self._member_ids,
                                     self.confirmation.text())
        self.sig_erased.emit(erased)
