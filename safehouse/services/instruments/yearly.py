"""The yearly wellbeing check-in the organisation asks everyone in its network: "How
healthy do you feel?" (1 extremely unhealthy … 5 extremely healthy) and "Do you feel an
immediate threat of repatriation?" (yes/no). Its mean health and share threatened per
year are the figures the organisation reports (DESIGN.md, "wellbeing").

It is the organisation's own question set (no published source); the Korean wording is
ours. It has no total and no bands; its trend is the health answer. Its answers are not
a screening: they are kept under the database key alone, so that the yearly figures are
one SQL aggregate.

Alert: "yes" to the repatriation question.
"""

from __future__ import annotations

from safehouse.services.instruments.base import (
    AlertKind,
    Choice,
    Instrument,
    InstrumentCode,
    Item,
    Text,
    scale,
)

YES, NO = 1, 0

HEALTH_SCALE = scale(
    ("Extremely unhealthy", "매우 건강하지 않다"),
    ("Somewhat unhealthy", "조금 건강하지 않다"),
    ("Neither healthy nor unhealthy", "보통이다"),
    ("Somewhat healthy", "조금 건강하다"),
    ("Extremely healthy", "매우 건강하다"),
    start=1,
)

YES_NO = (Choice(YES, Text("Yes", "예")), Choice(NO, Text("No", "아니요")))

HEALTH = Item(1, "health", Text("How healthy do you feel?",
                                "지금 본인이 얼마나 건강하다고 느끼십니까?"),
              HEALTH_SCALE)
REPATRIATION_THREAT = Item(
    2, "repatriation_threat",
    Text("Do you feel an immediate threat of repatriation?",
         "당장 강제 북송될 위협을 느끼십니까?"),
    YES_NO)


def repatriation(answers: tuple[int, ...]) -> AlertKind | None:
    """A "yes" to the repatriation question."""
    return AlertKind.REPATRIATION_THREAT if answers[1] == YES else None


INSTRUMENT = Instrument(
    code=InstrumentCode.YEARLY,
    name=Text("Yearly wellbeing check-in", "연례 웰빙 점검"),
    short_name=Text("Yearly check-in", "연례 점검"),
    instructions=Text("Please answer both questions about how you feel now.",
                      "지금 느끼시는 대로 두 질문에 답해 주십시오."),
    items=(HEALTH, REPATRIATION_THREAT),
    bands=(),
    alert_rules=(repatriation,),
    source="the organisation's own yearly questions",
    scored=False,
    screening=False,
)
