"""Fictional Korean names for the demo database: Hangul with a romanised form.

Common family names and given names, combined at random: any resemblance to a real
person is chance. Given names include ones common among women from the North.
"""

from __future__ import annotations

FAMILY_NAMES: tuple[tuple[str, str], ...] = (
    ("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"),
    ("강", "Kang"), ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"),
    ("한", "Han"), ("오", "Oh"), ("서", "Seo"), ("신", "Shin"), ("권", "Kwon"),
    ("황", "Hwang"), ("안", "Ahn"), ("송", "Song"), ("류", "Ryu"), ("홍", "Hong"),
    ("전", "Jeon"), ("고", "Ko"), ("문", "Moon"), ("양", "Yang"), ("손", "Son"),
    ("배", "Bae"), ("백", "Baek"), ("허", "Heo"), ("남", "Nam"), ("리", "Ri"),
)

WOMEN_GIVEN: tuple[tuple[str, str], ...] = (
    ("하나", "Hana"), ("은비", "Eunbi"), ("수진", "Sujin"), ("미영", "Miyoung"),
    ("지은", "Jieun"), ("영희", "Younghee"), ("순희", "Sunhee"), ("명희", "Myunghee"),
    ("금순", "Geumsun"), ("옥희", "Okhee"), ("정숙", "Jungsook"), ("경희", "Kyunghee"),
    ("현주", "Hyunju"), ("은정", "Eunjung"), ("혜진", "Hyejin"), ("소연", "Soyeon"),
    ("유진", "Yujin"), ("지혜", "Jihye"), ("선영", "Sunyoung"), ("춘화", "Chunhwa"),
    ("향미", "Hyangmi"), ("설화", "Seolhwa"), ("은향", "Eunhyang"), ("미란", "Miran"),
    ("옥순", "Oksoon"), ("련희", "Ryunhee"), ("혜란", "Hyeran"), ("성미", "Sungmi"),
    ("복순", "Boksoon"), ("명옥", "Myungok"), ("은희", "Eunhee"), ("금화", "Kumhwa"),
    ("국화", "Gukhwa"), ("진주", "Jinju"), ("봄이", "Bomi"), ("해순", "Haesoon"),
)

GIRLS_GIVEN: tuple[tuple[str, str], ...] = (
    ("서연", "Seoyeon"), ("지우", "Jiwoo"), ("하은", "Haeun"), ("수아", "Sua"),
    ("예린", "Yerin"), ("민서", "Minseo"), ("채원", "Chaewon"), ("다은", "Daeun"),
    ("지아", "Jia"), ("윤서", "Yoonseo"),
)

BOYS_GIVEN: tuple[tuple[str, str], ...] = (
    ("민준", "Minjun"), ("서준", "Seojun"), ("도윤", "Doyoon"), ("하준", "Hajun"),
    ("지호", "Jiho"), ("은우", "Eunwoo"), ("시우", "Siwoo"), ("건우", "Gunwoo"),
    ("현우", "Hyunwoo"), ("준서", "Junseo"),
)

# Written in Korean, as the house writes them (as the demo's care plans and events are);
# each marked 가상 인물 (a fictional person) and named by no one.
KEEP_AWAY_PEOPLE: tuple[tuple[str, str, str], ...] = (
    ("former_partner", "전 배우자 (이름 비공개)",
     "가상 인물. 예전 직장에 찾아와 그녀가 사는 곳을 물었음."),
    ("former_partner", "중국에 있는 전 남편 (이름 비공개)",
     "가상 인물. 전화로 묻는 사람에게 그녀가 여기 머문다고 확인해 주지 말 것."),
    ("broker", "브로커 (이름 비공개)",
     "가상 인물. 탈북 비용을 갚으라고 주장함."),
    ("broker", "브로커의 일행 (이름 비공개)",
     "가상 인물. 하나원 수료식 날 밖에서 기다린 적이 있음."),
    ("family", "브로커와 연락하는 친척 (이름 비공개)",
     "가상 인물. 중계 번호로 전화함."),
)
