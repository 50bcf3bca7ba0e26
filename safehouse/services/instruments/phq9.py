"""PHQ-9, the Patient Health Questionnaire's depression module.

Source: Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression
severity measure. J Gen Intern Med 2001;16:606-613 (items, 0-3 scale, total 0-27, bands
0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe). Free to
use (Pfizer; phqscreeners.com). Korean wording: the Korean version of Park S-J, Choi
H-R, Choi J-H, Kim K, Hong JP. Reliability and validity of the Korean version of the
PHQ-9. Anxiety and Mood 2010;6(2):119-124.

Alerts: any answer above 0 on item 9 (thoughts of being better off dead or of hurting
oneself), and a score in the top band (severe).
"""

from __future__ import annotations

from safehouse.services.instruments.base import (
    AlertKind,
    Band,
    Instrument,
    InstrumentCode,
    Text,
    items,
    scale,
)

SCALE = scale(
    ("Not at all", "없음"),
    ("Several days", "2–6일"),
    ("More than half the days", "7–12일"),
    ("Nearly every day", "거의 매일"),
)

ITEMS = items("phq9_", (
    ("Little interest or pleasure in doing things",
     "일 또는 여가 활동을 하는 데 흥미나 즐거움을 느끼지 못함"),
    ("Feeling down, depressed, or hopeless",
     "기분이 가라앉거나, 우울하거나, 희망이 없음"),
    ("Trouble falling or staying asleep, or sleeping too much",
     "잠이 들거나 계속 잠을 자는 것이 어려움, 또는 잠을 너무 많이 잠"),
    ("Feeling tired or having little energy",
     "피곤하다고 느끼거나 기운이 거의 없음"),
    ("Poor appetite or overeating",
     "입맛이 없거나 과식을 함"),
    ("Feeling bad about yourself — or that you are a failure or have let yourself or "
     "your family down",
     "자신을 부정적으로 봄 — 혹은 자신이 실패자라고 느끼거나 자신 또는 가족을 실망시킴"),
    ("Trouble concentrating on things, such as reading the newspaper or watching "
     "television",
     "신문을 읽거나 텔레비전 보는 것과 같은 일에 집중하는 것이 어려움"),
    ("Moving or speaking so slowly that other people could have noticed? Or the "
     "opposite — being so fidgety or restless that you have been moving around a lot "
     "more than usual",
     "다른 사람들이 주목할 정도로 너무 느리게 움직이거나 말을 함. 또는 반대로 평상시보다 "
     "많이 움직여서 너무 안절부절못하거나 들떠 있음"),
    ("Thoughts that you would be better off dead or of hurting yourself in some way",
     "자신이 죽는 것이 더 낫다고 생각하거나 어떤 식으로든 자신을 해칠 것이라고 생각함"),
), SCALE)

BANDS = (
    Band("minimal", 0, 4, Text("Minimal", "최소")),
    Band("mild", 5, 9, Text("Mild", "경미")),
    Band("moderate", 10, 14, Text("Moderate", "중등도"), follow_up=True),
    Band("moderately_severe", 15, 19, Text("Moderately severe", "약간 심함"),
         follow_up=True),
    Band("severe", 20, 27, Text("Severe", "심함"), follow_up=True, alert=True),
)

SELF_HARM_ITEM = 9


def self_harm(answers: tuple[int, ...]) -> AlertKind | None:
    """Any answer above 0 on item 9."""
    return AlertKind.SELF_HARM if answers[SELF_HARM_ITEM - 1] > 0 else None


INSTRUMENT = Instrument(
    code=InstrumentCode.PHQ9,
    name=Text("Patient Health Questionnaire (PHQ-9)", "우울증 선별도구 (PHQ-9)"),
    short_name=Text("PHQ-9", "PHQ-9"),
    instructions=Text(
        "Over the last 2 weeks, how often have you been bothered by any of the "
        "following problems?",
        "지난 2주간, 얼마나 자주 다음과 같은 문제들로 곤란을 겪으셨습니까?"),
    items=ITEMS,
    bands=BANDS,
    alert_rules=(self_harm,),
    source="Kroenke, Spitzer & Williams 2001 (J Gen Intern Med 16:606); Korean: "
           "Park et al. 2010 (Anxiety and Mood 6:119)",
)
