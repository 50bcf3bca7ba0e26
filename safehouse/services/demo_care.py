"""The demo's care plans: for most adults in the community today, two to four goals
from their first months (safety first, then health, housing, work …), with dated updates
that moved them along; a few are past their target date. All fictional. Its own random
stream, so the rest of the demo stays as it was for a seed."""

from __future__ import annotations

import random
from datetime import date, timedelta

from safehouse import clock
from safehouse.models import CareArea, CareGoal, CareGoalUpdate, GoalStatus
from safehouse.services import membership
from safehouse.services.demo_rows import DemoMember, Rows

# (area, goal, notes of its updates in order)
GOALS: tuple[tuple[CareArea, str, tuple[str, ...]], ...] = (
    (CareArea.SAFETY, "새 휴대전화 번호로 바꾸고 옛 연락처 정리하기",
     ("담당 경찰관과 함께 신변보호 절차를 확인함.", "새 번호로 바꿈. 옛 번호는 해지함.")),
    (CareArea.PHYSICAL_HEALTH, "치과 치료 마치기",
     ("보건소 연계로 첫 진료를 받음.", "두 번째 치료. 통증이 줄었다고 함.")),
    (CareArea.EMOTIONAL_HEALTH, "매주 상담에 나오기",
     ("첫 상담. 잠을 잘 못 잔다고 함.", "세 번 연속 참석. 표정이 밝아짐.")),
    (CareArea.SPIRITUAL_LIFE, "주일 예배와 소그룹 모임에 함께하기",
     ("소그룹에 처음 나옴.", "성경 읽기 모임에도 나오기 시작함.")),
    (CareArea.HOUSING, "임대주택 입주 준비하기",
     ("LH 임대주택 신청서를 함께 작성함.", "입주 날짜가 정해짐.")),
    (CareArea.WORK, "바리스타 자격증 따기",
     ("직업훈련 과정에 등록함.", "실기 시험 연습 중.", "필기 시험에 합격함.")),
    (CareArea.EDUCATION, "검정고시 준비하기",
     ("야간 학습반에 등록함.", "국어와 수학 모의고사를 봄.")),
    (CareArea.FAMILY, "중국에 있는 딸과 안전하게 연락하기",
     ("연락 방법을 함께 의논함.",)),
    (CareArea.LEGAL, "가족관계등록 정정 신청하기",
     ("법률구조공단 상담 예약함.", "서류를 제출함.")),
    (CareArea.FINANCES, "희망저축계좌 만들고 매달 저축하기",
     ("은행에 함께 가서 계좌를 만듦.", "석 달째 빠짐없이 저축함.")),
)


def add_care_plans(rows: Rows, members: list[DemoMember], author_id: int, today: date,
                   seed: int) -> tuple[int, int]:
    """Add the plans of the adults in the community today; (goals, updates)."""
    rng = random.Random(seed * 37 + 5)
    goals = updates = 0
    now = clock.utcnow()
    for m in members:
        if m.birth_year is None or today.year - m.birth_year < 18 or rng.random() < 0.2:
            continue
        period = next((p for p in m.memberships
                       if membership.covers(p.start_on, p.end_on, today)), None)
        if period is None:
            continue
        chosen = [GOALS[0], *rng.sample(GOALS[1:], rng.randint(1, 3))]
        for area, text, notes in chosen:
            began = period.start_on + timedelta(days=rng.randint(3, 30))
            if began >= today:
                continue
            target = began + timedelta(days=rng.choice((60, 120, 180, 270, 365)))
            # most goals past their date were reached or set aside by then
            closes = target < today and rng.random() < 0.7
            end = min(today, target if closes else target + timedelta(days=60))
            steps = rng.randint(1, len(notes))
            days = sorted(began + timedelta(days=rng.randint(1, max(1, (end - began).days)))
                          for _ in range(steps))
            goal_id = rows.new_id(CareGoal)
            status = GoalStatus.NOT_STARTED.value
            made: list[dict[str, object]] = []
            for i, (day, note) in enumerate(zip(days, notes, strict=False)):
                before = status
                if i == steps - 1 and closes:
                    status = rng.choice((GoalStatus.ACHIEVED, GoalStatus.ACHIEVED,
                                         GoalStatus.ACHIEVED, GoalStatus.SET_ASIDE)).value
                else:
                    status = GoalStatus.IN_PROGRESS.value
                update_id = rows.new_id(CareGoalUpdate)
                made.append({"id": update_id, "goal_id": goal_id, "day": min(day, today),
                             "status": status, "status_before": before,
                             "note": rows.seal(CareGoalUpdate, "note", update_id, note),
                             "author_id": author_id, "recorded_at": now})
                updates += 1
            rows.add(CareGoal, {"id": goal_id, "member_id": m.id, "area": area.value,
                                "text": text, "target_on": target, "status": status,
                                "created_at": now, "created_by_id": author_id})
            for update in made:
                rows.add(CareGoalUpdate, update)
            goals += 1
    return goals, updates
