"""What an instrument is, as data: its items and answer scales in English and Korean,
how it is scored, its severity bands and what raises an alert. No Qt, no database.

An instrument's wording is part of the instrument (a validated questionnaire is not
re-worded by a translator), so it lives here in both languages as :class:`Text`, and
:meth:`Text.text` gives it in the language messages are given in
(:func:`safehouse.i18n.language`, which the window and ``--lang`` set). Only the
validation messages go through the translation catalogue.

Answers are a sequence with one entry per item, in item order: the chosen
:attr:`Choice.value`, or ``None`` for an item not answered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from safehouse import i18n
from safehouse.errors import ValidationError, ValidationErrors, translate
from safehouse.models.wellbeing import AlertKind as AlertKind
from safehouse.models.wellbeing import InstrumentCode as InstrumentCode


@dataclass(frozen=True)
class Text:
    """Wording in both languages."""

    en: str
    ko: str

    def text(self, lang: str | None = None) -> str:
        """The wording in ``lang``, or else in the language messages are given in."""
        return self.ko if (lang or i18n.language()) == "ko" else self.en


@dataclass(frozen=True)
class Choice:
    """One answer on an item's scale: the value stored and scored, and its label."""

    value: int
    label: Text


@dataclass(frozen=True)
class Item:
    """One question. ``number`` counts from 1; ``key`` names it in errors and fields."""

    number: int
    key: str
    text: Text
    choices: tuple[Choice, ...]

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(c.value for c in self.choices)

    def label(self, value: int, lang: str | None = None) -> str:
        """The label of the answer ``value`` (which must be one of :attr:`values`)."""
        for choice in self.choices:
            if choice.value == value:
                return choice.label.text(lang)
        raise ValueError(f"{value} is not an answer to item {self.number}")


@dataclass(frozen=True)
class Band:
    """A severity band: scores ``low`` to ``high``, both included.

    ``follow_up``: a score in this band (moderate or above, on PHQ-9 and GAD-7) makes
    the member due for another screening once the setting's weeks have passed.
    ``alert``: a score in this band (the top band) raises an alert.
    """

    code: str
    low: int
    high: int
    label: Text
    follow_up: bool = False
    alert: bool = False

    def holds(self, score: int) -> bool:
        return self.low <= score <= self.high


@dataclass(frozen=True)
class Result:
    """A complete, valid response scored: its total (None where the instrument has
    none), its band (None where it has no bands) and the alerts it raises."""

    score: int | None
    band: Band | None
    alerts: tuple[AlertKind, ...]


# An alert an instrument raises from its answers (beyond its top band's): the kind, or
# None. Given the valid answers in item order.
AlertRule = Callable[[tuple[int, ...]], AlertKind | None]


@dataclass(frozen=True)
class Instrument:
    """An instrument as data. ``scored``: whether the items' values add up to a total
    (the yearly check-in has no total; its trend is the health answer). ``source``:
    where the items, scale, scoring and bands were published."""

    code: InstrumentCode
    name: Text
    short_name: Text
    instructions: Text
    items: tuple[Item, ...]
    bands: tuple[Band, ...]
    alert_rules: tuple[AlertRule, ...]
    source: str
    scored: bool = True
    screening: bool = True  # answers and score sealed under the confidential key

    @property
    def min_score(self) -> int:
        return sum(min(i.values) for i in self.items)

    @property
    def max_score(self) -> int:
        return sum(max(i.values) for i in self.items)

    @property
    def trend_range(self) -> tuple[int, int]:
        """The lowest and highest value of :meth:`trend_value`: the score's, or (for an
        instrument without a total) the first item's answers'."""
        if self.scored:
            return self.min_score, self.max_score
        return min(self.items[0].values), max(self.items[0].values)

    def trend_value(self, answers: Sequence[int]) -> int:
        """What a trend charts for a valid response: its score, or (for an instrument
        without a total, the yearly check-in) its first answer (health)."""
        return sum(answers) if self.scored else answers[0]

    @property
    def top_band(self) -> Band | None:
        return self.bands[-1] if self.bands else None

    def item(self, key: str) -> Item:
        for item in self.items:
            if item.key == key:
                return item
        raise KeyError(key)

    def band_for(self, score: int) -> Band | None:
        """The band holding ``score`` (None if the instrument has no bands)."""
        for band in self.bands:
            if band.holds(score):
                return band
        if self.bands:
            raise ValueError(f"{self.code}: no band holds {score}")
        return None

    def problems(self, answers: Sequence[int | None],
                 row: int | None = None) -> list[ValidationError]:
        """Every reason ``answers`` are not a complete response, each naming its item
        (``field`` is the item's key); empty if they are."""
        if len(answers) != len(self.items):
            return [ValidationError(translate(
                "errors", "{instrument} has {expected} questions, but {given} answers "
                "were given.").format(instrument=self.short_name.text(),
                                      expected=len(self.items), given=len(answers)),
                field="answers", row=row)]
        found = []
        for item, answer in zip(self.items, answers, strict=True):
            if answer is None:
                found.append(ValidationError(translate(
                    "errors", "Question {number} is not answered.").format(
                        number=item.number), field=item.key, row=row))
            elif (isinstance(answer, bool) or not isinstance(answer, int)
                  or answer not in item.values):
                found.append(ValidationError(translate(
                    "errors", "Question {number}: {answer} is not one of the answers "
                    "({low}–{high}).").format(
                        number=item.number, answer=answer,
                        low=min(item.values), high=max(item.values)),
                    field=item.key, row=row))
        return found

    def check(self, answers: Sequence[int | None]) -> tuple[int, ...]:
        """``answers`` as a tuple of ints; raises ValidationErrors naming each item at
        fault."""
        found = self.problems(answers)
        if found:
            raise ValidationErrors(found)
        return tuple(a for a in answers if a is not None)

    def score(self, answers: Sequence[int | None]) -> Result:
        """Score a response; raises ValidationErrors if it is not complete and valid."""
        return self.score_valid(self.check(answers))

    def score_valid(self, valid: tuple[int, ...]) -> Result:
        """:meth:`score` of answers known to be complete and valid (checked already, or
        made from the items' values)."""
        total = sum(valid) if self.scored else None
        band = None if total is None else self.band_for(total)
        alerts = [AlertKind.TOP_BAND] if band is not None and band.alert else []
        for rule in self.alert_rules:
            kind = rule(valid)
            if kind is not None and kind not in alerts:
                alerts.append(kind)
        return Result(total, band, tuple(alerts))


def scale(*labels: tuple[str, str], start: int = 0) -> tuple[Choice, ...]:
    """Choices valued ``start``, ``start + 1``, … with these (English, Korean) labels."""
    return tuple(Choice(start + i, Text(en, ko)) for i, (en, ko) in enumerate(labels))


def items(prefix: str, wording: Sequence[tuple[str, str]],
          choices: tuple[Choice, ...]) -> tuple[Item, ...]:
    """Items numbered from 1, keyed ``<prefix><number>``, all on one scale."""
    return tuple(Item(n, f"{prefix}{n}", Text(en, ko), choices)
                 for n, (en, ko) in enumerate(wording, start=1))
