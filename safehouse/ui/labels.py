"""Translated labels for stored values (statuses, relations, roles, sex)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "labels"

_LABELS: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as object
    # member status
    "enquiry": QT_TRANSLATE_NOOP("labels", "Enquiry"),
    "active": QT_TRANSLATE_NOOP("labels", "Active"),
    "alumni": QT_TRANSLATE_NOOP("labels", "Alumni"),
    "exited": QT_TRANSLATE_NOOP("labels", "Exited"),
    # sex
    "female": QT_TRANSLATE_NOOP("labels", "Female"),
    "male": QT_TRANSLATE_NOOP("labels", "Male"),
    # household relation
    "head": QT_TRANSLATE_NOOP("labels", "Head"),
    "spouse": QT_TRANSLATE_NOOP("labels", "Spouse"),
    "child": QT_TRANSLATE_NOOP("labels", "Child"),
    "parent": QT_TRANSLATE_NOOP("labels", "Parent"),
    "sibling": QT_TRANSLATE_NOOP("labels", "Sibling"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
    # keep-away relation
    "former_partner": QT_TRANSLATE_NOOP("labels", "Former partner"),
    "broker": QT_TRANSLATE_NOOP("labels", "Broker"),
    "family": QT_TRANSLATE_NOOP("labels", "Family member"),
    # roles
    "administrator": QT_TRANSLATE_NOOP("labels", "Administrator"),
    "manager": QT_TRANSLATE_NOOP("labels", "Manager"),
    "counselor": QT_TRANSLATE_NOOP("labels", "Counselor"),
    "staff": QT_TRANSLATE_NOOP("labels", "Staff"),
}


def label(value: str | None) -> str:
    """The translated label of a stored value; the value itself when unknown."""
    if not value:
        return ""
    source = _LABELS.get(value)
    if source is None:
        return value
    return QCoreApplication.translate(_CONTEXT, str(source))
