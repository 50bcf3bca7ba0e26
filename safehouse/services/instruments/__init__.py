"""The instruments, as data (one module each): the yearly wellbeing check-in, PHQ-9,
GAD-7 and PCL-5. Adding one is a new module and a line in :data:`INSTRUMENTS`.

>>> from safehouse.services.instruments import instrument
>>> phq9 = instrument("phq9")
>>> phq9.score([0, 1, 0, 0, 0, 0, 0, 0, 1]).alerts
(<AlertKind.SELF_HARM: 'self_harm'>,)
"""

from __future__ import annotations

from safehouse.errors import NotFound, translate
from safehouse.services.instruments import gad7, pcl5, phq9, yearly
from safehouse.services.instruments.base import (
    AlertKind,
    Band,
    Choice,
    Instrument,
    InstrumentCode,
    Item,
    Result,
    Text,
)

INSTRUMENTS: dict[InstrumentCode, Instrument] = {
    m.INSTRUMENT.code: m.INSTRUMENT for m in (yearly, phq9, gad7, pcl5)
}

SCREENINGS: tuple[InstrumentCode, ...] = tuple(
    code for code, inst in INSTRUMENTS.items() if inst.screening)


def instrument(code: str) -> Instrument:
    """The instrument stored as ``code``; NotFound if there is none."""
    try:
        return INSTRUMENTS[InstrumentCode(code)]
    except ValueError:
        raise NotFound(translate("errors", "There is no questionnaire called {code}.")
                       .format(code=code)) from None


__all__ = [
    "INSTRUMENTS", "SCREENINGS", "AlertKind", "Band", "Choice", "Instrument",
    "InstrumentCode", "Item", "Result", "Text", "instrument",
]
