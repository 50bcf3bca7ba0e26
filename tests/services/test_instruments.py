"""The instruments score as published: every band boundary, the alert rules, and every
kind of invalid answer named by its item. Pure data: no database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from safehouse import i18n
from safehouse.errors import NotFound, ValidationErrors
from safehouse.services.instruments import (
    INSTRUMENTS,
    SCREENINGS,
    AlertKind,
    Instrument,
    InstrumentCode,
    instrument,
)

PHQ9 = instrument("phq9")
GAD7 = instrument("gad7")
PCL5 = instrument("pcl5")
YEARLY = instrument("yearly")


def answers_for(inst: Instrument, total: int, *, spare_last: bool = False) -> list[int]:
    """Answers adding up to ``total``, filled from the first item (the last item left
    at 0 when ``spare_last``, for PHQ-9's item 9)."""
    out = []
    left = total
    top = max(inst.items[0].values)
    for n, _ in enumerate(inst.items):
        if spare_last and n == len(inst.items) - 1:
            out.append(0)
            continue
        take = min(top, left)
        out.append(take)
        left -= take
    assert left == 0, f"{inst.code} cannot reach {total}"
    return out


@pytest.fixture
def korean() -> Iterator[None]:
    i18n.set_language("ko")
    try:
        yield
    finally:
        i18n.set_language("en")


def test_the_registry_lists_every_instrument_and_which_are_screenings() -> None:
    assert list(INSTRUMENTS) == [InstrumentCode.YEARLY, InstrumentCode.PHQ9,
                                 InstrumentCode.GAD7, InstrumentCode.PCL5]
    assert SCREENINGS == (InstrumentCode.PHQ9, InstrumentCode.GAD7, InstrumentCode.PCL5)
    with pytest.raises(NotFound):
        instrument("beck")


@pytest.mark.parametrize(("inst", "count", "values", "top"), [
    (PHQ9, 9, (0, 1, 2, 3), 27),
    (GAD7, 7, (0, 1, 2, 3), 21),
    (PCL5, 20, (0, 1, 2, 3, 4), 80),
])
def test_items_and_scales_are_as_published(inst, count, values, top) -> None:
    assert len(inst.items) == count
    assert [i.number for i in inst.items] == list(range(1, count + 1))
    assert all(i.values == values for i in inst.items)
    assert (inst.min_score, inst.max_score) == (0, top)
    # the bands cover every score once, in order
    covered = [s for b in inst.bands for s in range(b.low, b.high + 1)]
    assert covered == list(range(top + 1))


@pytest.mark.parametrize(("inst", "boundaries"), [
    (PHQ9, [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
            (14, "moderate"), (15, "moderately_severe"), (19, "moderately_severe"),
            (20, "severe"), (27, "severe")]),
    (GAD7, [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"),
            (14, "moderate"), (15, "severe"), (21, "severe")]),
    (PCL5, [(0, "below_cut_point"), (30, "below_cut_point"), (31, "probable_ptsd"),
            (80, "probable_ptsd")]),
])
def test_every_band_boundary_scores_into_its_band(inst, boundaries) -> None:
    for total, band in boundaries:
        result = inst.score(answers_for(inst, total, spare_last=inst is PHQ9 and total < 25))
        assert (result.score, result.band and result.band.code) == (total, band), total


@pytest.mark.parametrize(("inst", "top_low"), [(PHQ9, 20), (GAD7, 15), (PCL5, 31)])
def test_the_top_band_raises_an_alert_and_the_one_below_does_not(inst, top_low) -> None:
    below = inst.score(answers_for(inst, top_low - 1, spare_last=inst is PHQ9))
    top = inst.score(answers_for(inst, top_low, spare_last=inst is PHQ9))
    assert below.alerts == ()
    assert top.alerts == (AlertKind.TOP_BAND,)


def test_phq9_item_9_above_0_raises_an_alert_whatever_the_score() -> None:
    for answer in (1, 2, 3):
        result = PHQ9.score([0] * 8 + [answer])
        assert result.score == answer
        assert result.band is not None and result.band.code == "minimal"
        assert result.alerts == (AlertKind.SELF_HARM,)
    assert PHQ9.score([1] * 8 + [0]).alerts == ()
    both = PHQ9.score([3] * 9)
    assert set(both.alerts) == {AlertKind.SELF_HARM, AlertKind.TOP_BAND}


def test_moderate_and_above_call_for_a_follow_up_on_phq9_and_gad7() -> None:
    assert [b.code for b in PHQ9.bands if b.follow_up] == [
        "moderate", "moderately_severe", "severe"]
    assert [b.code for b in GAD7.bands if b.follow_up] == ["moderate", "severe"]


def test_the_yearly_check_in_has_no_total_and_alerts_on_a_yes() -> None:
    assert YEARLY.score([3, 0]).alerts == ()
    result = YEARLY.score([1, 1])
    assert (result.score, result.band, result.alerts) == (
        None, None, (AlertKind.REPATRIATION_THREAT,))
    assert YEARLY.trend_value((4, 0)) == 4
    assert YEARLY.trend_range == (1, 5)
    assert PHQ9.trend_value((1,) * 9) == 9
    assert [c.label.text("en") for c in YEARLY.items[0].choices][::4] == [
        "Extremely unhealthy", "Extremely healthy"]
    assert not YEARLY.screening


@pytest.mark.parametrize("inst", [YEARLY, PHQ9, GAD7, PCL5], ids=lambda i: i.code)
def test_a_wrong_number_of_answers_is_refused(inst) -> None:
    for count in (0, len(inst.items) - 1, len(inst.items) + 1):
        with pytest.raises(ValidationErrors) as info:
            inst.score([min(inst.items[0].values)] * count)
        (error,) = info.value.errors
        assert error.field == "answers"
        assert f"{len(inst.items)} questions, but {count} answers" in error.message


def test_missing_and_out_of_range_answers_are_each_named_by_their_item() -> None:
    answers: list[int | None] = [0] * 9
    answers[2] = None
    answers[5] = 4
    answers[8] = -1
    with pytest.raises(ValidationErrors) as info:
        PHQ9.score(answers)
    assert [(e.field, e.message) for e in info.value.errors] == [
        ("phq9_3", "Question 3 is not answered."),
        ("phq9_6", "Question 6: 4 is not one of the answers (0–3)."),
        ("phq9_9", "Question 9: -1 is not one of the answers (0–3)."),
    ]


@pytest.mark.parametrize("bad", [0, 6, True, 2.5, "3"])
def test_the_yearly_health_answer_is_1_to_5(bad) -> None:
    errors = YEARLY.problems([bad, 0])  # type: ignore[list-item]
    assert [e.field for e in errors] == ["health"]
    assert [e.field for e in YEARLY.problems([3, 2])] == ["repatriation_threat"]
    assert [e.field for e in PCL5.problems([0] * 19 + [5], row=7)] == ["pcl5_20"]
    assert PCL5.problems([0] * 19 + [5], row=7)[0].row == 7


def test_the_wording_and_the_errors_follow_the_language(korean) -> None:
    assert PHQ9.items[0].text.text() == "일 또는 여가 활동을 하는 데 흥미나 즐거움을 느끼지 못함"
    assert YEARLY.items[1].label(1) == "예"
    assert YEARLY.items[1].label(0, "en") == "No"
    assert PHQ9.band_for(12) is not None
    assert PHQ9.band_for(12).label.text() == "중등도"  # type: ignore[union-attr]
    (error,) = PHQ9.problems([0] * 8 + [None])
    assert error.message == "9번 문항에 답하지 않았습니다."


@pytest.mark.parametrize("inst", list(INSTRUMENTS.values()), ids=lambda i: i.code)
def test_every_text_is_given_in_both_languages(inst) -> None:
    texts = [inst.name, inst.short_name, inst.instructions]
    texts += [i.text for i in inst.items] + [c.label for i in inst.items for c in i.choices]
    texts += [b.label for b in inst.bands]
    for text in texts:
        assert text.en.strip() and text.ko.strip(), text
        assert any("\uac00" <= ch <= "\ud7a3" for ch in text.ko) or text.ko == text.en, text
    keys = [i.key for i in inst.items]
    assert len(set(keys)) == len(keys)
