"""Why an alert was raised, said plainly (the form before and after saving, the
dashboard)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from safehouse.labels import label
from safehouse.models.wellbeing import AlertKind, InstrumentCode

if TYPE_CHECKING:  # loaded with the dashboard's alerts, not with the window
    from safehouse.services.dto.wellbeing import AlertInfo
    from safehouse.services.instruments import Instrument


def reason(kind: AlertKind | str, instrument: Instrument) -> str:
    """One alert's reason: "PHQ-9 question 9 (thoughts of self-harm) answered above 0"."""
    name = instrument.short_name.text()
    if kind == AlertKind.REPATRIATION_THREAT:
        return QCoreApplication.translate(
            "WellbeingAlerts", "she feels an immediate threat of repatriation")
    if kind == AlertKind.SELF_HARM:
        return QCoreApplication.translate(
            "WellbeingAlerts", "{instrument} question 9 (thoughts of being better off dead or of "
            "self-harm) was answered above 0").format(instrument=name)
    band = instrument.top_band
    return QCoreApplication.translate(
        "WellbeingAlerts", "the {instrument} score is in its top band ({band})").format(
        instrument=name, band=band.label.text() if band else "")


def reasons(kinds: tuple[AlertKind | str, ...], instrument: Instrument) -> str:
    """Several reasons joined into one sentence's list."""
    return QCoreApplication.translate("WellbeingAlerts", "; ").join(
        reason(k, instrument) for k in kinds)


def before_saving(kinds: tuple[AlertKind | str, ...], instrument: Instrument) -> str:
    return QCoreApplication.translate(
        "WellbeingAlerts", "Saving this raises an alert for managers and counselors: {reasons}."
    ).format(reasons=reasons(kinds, instrument))


def after_saving(kinds: tuple[AlertKind | str, ...], instrument: Instrument) -> str:
    return QCoreApplication.translate(
        "WellbeingAlerts", "Saved. This response raised an alert: {reasons}. Managers and "
        "counselors see it on the dashboard until one of them acknowledges it with a "
        "note.").format(reasons=reasons(kinds, instrument))


def short_reason(kind: AlertKind | str, instrument: Instrument) -> str:
    """An alert kind in a few words (a table's cell)."""
    if kind == AlertKind.TOP_BAND:
        band = instrument.top_band
        return QCoreApplication.translate(
            "WellbeingAlerts", "{instrument}: top band ({band})").format(
            instrument=instrument.short_name.text(), band=band.label.text() if band else "")
    return label(kind, AlertKind)


def alert_reason(alert: AlertInfo) -> str:
    """Why ``alert`` was raised, in a few words."""
    from safehouse.services.instruments import INSTRUMENTS

    return short_reason(alert.kind, INSTRUMENTS[InstrumentCode(alert.instrument)])


def alert_line(alert: AlertInfo) -> str:
    """An alert in one sentence: whose, which response, and why."""
    from safehouse.services.instruments import INSTRUMENTS

    inst = INSTRUMENTS[InstrumentCode(alert.instrument)]
    return QCoreApplication.translate(
        "WellbeingAlerts", "{member}, {questionnaire} of {day}: {reason}.").format(
        member=f"{alert.member_code} {alert.member_name}",
        questionnaire=inst.short_name.text(), day=alert.taken_on.isoformat(),
        reason=reason(alert.kind, inst))
