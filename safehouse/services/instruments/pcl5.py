"""PCL-5, the PTSD Checklist for DSM-5 (past-month version, without the criterion A
part).

Source: Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD
Checklist for DSM-5 (PCL-5). National Center for PTSD, 2013 (public domain): 20 items,
0-4 scale, total 0-80. Cut-point: "a PCL-5 cutoff score between 31-33 is indicative of
probable PTSD across samples" (National Center for PTSD, "Using the PTSD Checklist for
DSM-5 (PCL-5)", 2018, after Bovin et al., Psychological Assessment 2016;28:1379-1391).
This program uses the lower end, 31, so that a screening errs toward a second look:
0-30 below the cut-point, 31-80 probable PTSD (a provisional result, to be confirmed
by a clinician).

Korean wording: our own careful translation of the English items (the validated
K-PCL-5 of Park et al., Psychiatry Investig 2022;19:661, was not at hand to copy); to
be replaced by the published K-PCL-5 wording where the organisation has it.

Alert: a score at or above the cut-point (the top band).
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
    ("Not at all", "전혀 아니다"),
    ("A little bit", "약간 그렇다"),
    ("Moderately", "보통이다"),
    ("Quite a bit", "꽤 그렇다"),
    ("Extremely", "매우 그렇다"),
)

CUT_POINT = 31

ITEMS = items("pcl5_", (
    ("Repeated, disturbing, and unwanted memories of the stressful experience?",
     "스트레스를 준 경험에 대해 반복되고 괴로우며 원치 않는 기억이 떠오른다."),
    ("Repeated, disturbing dreams of the stressful experience?",
     "스트레스를 준 경험에 대해 반복적으로 괴로운 꿈을 꾼다."),
    ("Suddenly feeling or acting as if the stressful experience were actually happening "
     "again (as if you were actually back there reliving it)?",
     "스트레스를 준 경험이 실제로 다시 일어나는 것처럼 갑자기 느끼거나 행동한다(마치 "
     "그 자리로 돌아가 그 일을 다시 겪는 것처럼)."),
    ("Feeling very upset when something reminded you of the stressful experience?",
     "무언가가 스트레스를 준 경험을 떠올리게 할 때 매우 괴롭다."),
    ("Having strong physical reactions when something reminded you of the stressful "
     "experience (for example, heart pounding, trouble breathing, sweating)?",
     "무언가가 스트레스를 준 경험을 떠올리게 할 때 강한 신체 반응이 나타난다(예: "
     "심장이 두근거림, 숨쉬기 어려움, 땀이 남)."),
    ("Avoiding memories, thoughts, or feelings related to the stressful experience?",
     "스트레스를 준 경험과 관련된 기억, 생각, 감정을 피한다."),
    ("Avoiding external reminders of the stressful experience (for example, people, "
     "places, conversations, activities, objects, or situations)?",
     "스트레스를 준 경험을 떠올리게 하는 외부의 것들(예: 사람, 장소, 대화, 활동, "
     "물건, 상황)을 피한다."),
    ("Trouble remembering important parts of the stressful experience?",
     "스트레스를 준 경험의 중요한 부분이 잘 기억나지 않는다."),
    ("Having strong negative beliefs about yourself, other people, or the world (for "
     "example, having thoughts such as: I am bad, there is something seriously wrong "
     "with me, no one can be trusted, the world is completely dangerous)?",
     "자신, 다른 사람 또는 세상에 대해 강한 부정적 믿음을 가진다(예: '나는 나쁘다', "
     "'나에게 심각한 문제가 있다', '아무도 믿을 수 없다', '세상은 완전히 위험하다'와 "
     "같은 생각)."),
    ("Blaming yourself or someone else for the stressful experience or what happened "
     "after it?",
     "스트레스를 준 경험이나 그 후에 일어난 일에 대해 자신이나 다른 사람을 탓한다."),
    ("Having strong negative feelings such as fear, horror, anger, guilt, or shame?",
     "두려움, 공포, 분노, 죄책감, 수치심과 같은 강한 부정적 감정을 느낀다."),
    ("Loss of interest in activities that you used to enjoy?",
     "예전에 즐기던 활동에 흥미를 잃었다."),
    ("Feeling distant or cut off from other people?",
     "다른 사람들과 멀어지거나 단절된 느낌이 든다."),
    ("Trouble experiencing positive feelings (for example, being unable to feel "
     "happiness or have loving feelings for people close to you)?",
     "긍정적인 감정을 느끼기 어렵다(예: 행복을 느끼지 못하거나 가까운 사람들에게 "
     "사랑하는 마음을 느끼지 못함)."),
    ("Irritable behavior, angry outbursts, or acting aggressively?",
     "짜증스럽게 행동하거나, 화를 터뜨리거나, 공격적으로 행동한다."),
    ("Taking too many risks or doing things that could cause you harm?",
     "지나치게 위험한 일을 하거나 자신을 해칠 수 있는 일을 한다."),
    ("Being \u201csuperalert\u201d or watchful or on guard?",
     "지나치게 경계하거나 주위를 살피거나 늘 조심한다."),
    ("Feeling jumpy or easily startled?",
     "신경이 곤두서 있거나 쉽게 깜짝 놀란다."),
    ("Having difficulty concentrating?",
     "집중하기 어렵다."),
    ("Trouble falling or staying asleep?",
     "잠들기 어렵거나 자다가 자주 깬다."),
), SCALE)

BANDS = (
    Band("below_cut_point", 0, CUT_POINT - 1,
         Text("Below the cut-point", "절단점 미만")),
    Band("probable_ptsd", CUT_POINT, 80,
         Text("Probable PTSD", "PTSD 가능성 높음"), alert=True),
)

INSTRUMENT = Instrument(
    code=InstrumentCode.PCL5,
    name=Text("PTSD Checklist for DSM-5 (PCL-5)",
              "DSM-5 외상 후 스트레스 장애 체크리스트 (PCL-5)"),
    short_name=Text("PCL-5", "PCL-5"),
    instructions=Text(
        "Below is a list of problems that people sometimes have in response to a very "
        "stressful experience. Please read each problem carefully and then choose one "
        "of the answers to indicate how much you have been bothered by that problem "
        "in the past month. In the past month, how much were you bothered by:",
        "다음은 사람들이 매우 스트레스를 준 경험 뒤에 때때로 겪는 문제들입니다. 각 "
        "문제를 주의 깊게 읽고, 지난 한 달 동안 그 문제로 얼마나 괴로웠는지 답 하나를 "
        "고르십시오. 지난 한 달 동안 다음 문제로 얼마나 괴로웠습니까?"),
    items=ITEMS,
    bands=BANDS,
    alert_rules=(),
    source="Weathers et al. 2013, National Center for PTSD (public domain); "
           "cut-point 31 of the published 31-33 (NCPTSD 2018; Bovin et al. 2016)",
)
