"""The yearly figures reproduce DESIGN.md's table exactly, from responses built to
produce it, imported through the surveys CSV (BOM, CRLF, 예/아니요), on SQLite and on
PostgreSQL alike; one response per member per year (the latest); fewer than 5: no
figures; a year without responses is absent."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from safehouse.services import members, survey_csv, wellbeing_figures
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput
from safehouse.storage.db import Database

# DESIGN.md: 2014 1.80 / 50%, 2016 2.60 / 22%, 2017 2.64 / 88%, 2018 2.91 / 97%
# year: (respondents, health answers, how many threatened)
DESIGN = {
    2014: (10, [1] * 3 + [2] * 6 + [3], 5),  # 18 / 10 = 1.80; 5 / 10 = 50%
    2016: (50, [2] * 25 + [3] * 20 + [4] * 5, 11),  # 130 / 50 = 2.60; 11 / 50 = 22%
    2017: (25, [2] * 12 + [3] * 10 + [4] * 3, 22),  # 66 / 25 = 2.64; 22 / 25 = 88%
    2018: (33, [2] * 8 + [3] * 20 + [4] * 5, 32),  # 96 / 33 = 2.909; 32 / 33 = 96.97%
}
EXPECTED = [(2014, 10, Decimal("1.80"), 50), (2016, 50, Decimal("2.60"), 22),
            (2017, 25, Decimal("2.64"), 88), (2018, 33, Decimal("2.91"), 97)]


def design_csv() -> bytes:
    """The responses as a paper-records CSV: BOM, CRLF, 예/아니요; members M-0001 on. In
    2017 every member answered twice (the earlier answers, which must not count, are
    the opposite); 2019 has 3 respondents."""
    lines = ["member_code,taken_on,health,repatriation_threat"]
    for year, (count, healths, threatened) in DESIGN.items():
        assert len(healths) == count and sum(healths) > 0
        for n in range(count):
            code = f"M-{n + 1:04d}"
            yes = "예" if n < threatened else "아니요"
            if year == 2017:
                earlier = "아니요" if yes == "예" else "예"
                lines.append(f"{code},{year}-03-01,{6 - healths[n]},{earlier}")
            lines.append(f"{code},{year}-09-15,{healths[n]},{yes}")
    for n in range(3):
        lines.append(f"M-{n + 1:04d},2019-05-01,5,아니요")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


def add_members(db: Database, admin: Actor, count: int) -> None:
    for n in range(count):
        members.create_member(db, admin, MemberInput(
            name=f"Fictional {n}", status="active", joined_on=date(2013, 1, 1)))


@pytest.fixture(autouse=True)
def _on_day(on_day) -> None:
    on_day(date(2026, 3, 10))


def test_the_design_table_comes_out_of_the_imported_responses(db, admin) -> None:
    add_members(db, admin, 50)
    data = design_csv()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and "예".encode() in data
    result = survey_csv.import_surveys(db, admin, data)
    assert result.problems == ()
    assert result.created == 10 + 50 + 50 + 33 + 3
    table = wellbeing_figures.yearly_figures(db, admin)
    assert [(f.year, f.respondents, f.mean_health, f.threatened_percent)
            for f in table if not f.fewer_than_minimum] == EXPECTED
    assert [f.mean_health_text for f in table][:4] == ["1.80", "2.60", "2.64", "2.91"]
    # 2015: no responses, absent; 2019: 3 respondents, no figures
    assert [f.year for f in table] == [2014, 2016, 2017, 2018, 2019]
    last = table[-1]
    assert last.fewer_than_minimum
    assert (last.respondents, last.mean_health, last.threatened_percent) == (None, None, None)
    # the range
    only = wellbeing_figures.yearly_figures(db, admin, from_year=2016, to_year=2017)
    assert [f.year for f in only] == [2016, 2017]


def test_screenings_and_ties_on_one_day_follow_the_rule(db, admin) -> None:
    add_members(db, admin, 5)
    rows = ["member_code,taken_on,health,repatriation_threat"]
    rows += [f"M-000{n},2024-06-01,{n},no" for n in range(1, 6)]
    rows += ["M-0001,2024-12-31,5,yes"]  # the latest of 2024 for M-0001
    rows += ["M-0002,2025-01-01,1,yes"]  # another year
    survey_csv.import_surveys(db, admin, "\n".join(rows).encode())
    (y2024, y2025) = wellbeing_figures.yearly_figures(db, admin)
    assert (y2024.respondents, y2024.mean_health, y2024.threatened_percent) == (
        5, Decimal("3.80"), 20)  # (5+2+3+4+5) / 5; 1 of 5
    assert y2025.fewer_than_minimum


def test_rounding_is_half_up() -> None:
    assert wellbeing_figures.figures_of(2020, 8, 21, 1).mean_health == Decimal("2.63")
    assert wellbeing_figures.figures_of(2020, 8, 21, 1).threatened_percent == 13  # 12.5
    assert wellbeing_figures.figures_of(2020, 40, 101, 1).threatened_percent == 3  # 2.5
    assert wellbeing_figures.figures_of(2020, 4, 8, 0).fewer_than_minimum


def test_the_demo_has_years_of_check_ins_some_screenings_and_open_alerts(db, admin) -> None:
    from safehouse.services import demo, wellbeing_alerts
    summary = demo.build_demo(db, admin, members=30, seed=7, today=date(2026, 3, 10))
    assert summary.wellbeing_responses > 60 and summary.wellbeing_alerts > 0
    table = wellbeing_figures.yearly_figures(db, admin)
    assert len(table) >= 3 and any(not f.fewer_than_minimum for f in table)
    assert wellbeing_alerts.open_alerts(db, admin)
