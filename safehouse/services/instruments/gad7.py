"""GAD-7, the Generalized Anxiety Disorder scale.

Source: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing
generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092-1097 (items, 0-3
scale, total 0-21, bands 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe). Free to
use (Pfizer; phqscreeners.com). Korean wording: after the Korean version distributed
with the PHQ screeners (Seo JG, Park SP 2015, J Headache Pain 16:97, validated it); the
answer scale is worded as in the Korean PHQ-9 used here, so the two forms read alike.

Alert: a score in the top band (severe).
"""

from __future__ import annotations

from safehouse.services.instruments.base import (
    Band,
    Instrument,
    InstrumentCode,
    Text,
    items,
    scale,
)

SCALE = scale(
    ("Not at all", "전혀 방해받지 않았다"),
    ("Several days", "며칠 동안 방해받았다"),
    ("More than half the days", "2주 중 절반 이상 방해받았다"),
    ("Nearly every day", "거의 매일 방해받았다"),
)

ITEMS = items("gad7_", (
    ("Feeling nervous, anxious, or on edge",
     "초조하거나 불안하거나 조마조마하게 느낀다"),
    ("Not being able to stop or control worrying",
     "걱정하는 것을 멈추거나 조절할 수가 없다"),
    ("Worrying too much about different things",
     "여러 가지 것들에 대해 걱정을 너무 많이 한다"),
    ("Trouble relaxing",
     "편하게 있기가 어렵다"),
    ("Being so restless that it is hard to sit still",
     "너무 안절부절못해서 가만히 있기가 힘들다"),
    ("Becoming easily annoyed or irritable",
     "쉽게 짜증이 나거나 쉽게 성을 내게 된다"),
    ("Feeling afraid, as if something awful might happen",
     "마치 끔찍한 일이 생길 것처럼 두렵게 느껴진다"),
), SCALE)

BANDS = (
    Band("minimal", 0, 4, Text("Minimal", "최소")),
    Band("mild", 5, 9, Text("Mild", "경미")),
    Band("moderate", 10, 14, Text("Moderate", "중등도"), follow_up=True),
    Band("severe", 15, 21, Text("Severe", "심함"), follow_up=True, alert=True),
)

INSTRUMENT = Instrument(
    code=InstrumentCode.GAD7,
    name=Text("Generalized Anxiety Disorder scale (GAD-7)", "범불안장애 척도 (GAD-7)"),
    short_name=Text("GAD-7", "GAD-7"),
    instructions=Text(
        "Over the last 2 weeks, how often have you been bothered by the following "
        "problems?",
        "지난 2주 동안, 당신은 다음의 문제들로 인해서 얼마나 자주 방해를 받았습니까?"),
    items=ITEMS,
    bands=BANDS,
    alert_rules=(),
    source="Spitzer, Kroenke, Williams & Löwe 2006 (Arch Intern Med 166:1092)",
)
