<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddToHouseholdDialog</name>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="89"/>
        <source>Add a member to the household</source>
        <translation>가구에 구성원 추가</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="95"/>
        <source>&amp;Member:</source>
        <translation>회원(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="96"/>
        <source>&amp;Relationship:</source>
        <translation>관계(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="97"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="104"/>
        <source>No member without a household matches this.</source>
        <translation>가구가 없는 회원 중 일치하는 사람이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="110"/>
        <source>Choose a member.</source>
        <translation>회원을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../safehouse/ui/rooms/assign_dialog.py" line="93"/>
        <source>Assign a bed</source>
        <translation>침대 배정</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/assign_dialog.py" line="100"/>
        <source>optional, e.g. A or window</source>
        <translation>선택 사항, 예: A 또는 창가</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/assign_dialog.py" line="102"/>
        <source>Until</source>
        <translation>날짜 지정</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/assign_dialog.py" line="111"/>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/assign_dialog.py" line="112"/>
        <source>Room</source>
        <translation>방</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/assign_dialog.py" line="113"/>
        <source>Bed</source>
        <translation>침대</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/assign_dialog.py" line="114"/>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/assign_dialog.py" line="115"/>
        <source>Moves out</source>
        <translation>퇴실일</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/assign_dialog.py" line="143"/>
        <source>Choose a member from the list.</source>
        <translation>목록에서 회원을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/assign_dialog.py" line="146"/>
        <source>Choose a room.</source>
        <translation>방을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>BedLine</name>
    <message>
        <location filename="../../safehouse/ui/rooms/room_card.py" line="43"/>
        <source>Free bed</source>
        <translation>빈 침대</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/room_card.py" line="52"/>
        <source>Double-click to give this bed to someone</source>
        <translation>두 번 클릭하면 이 침대를 배정할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/room_card.py" line="66"/>
        <source>bed {bed}</source>
        <translation>침대 {bed}</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/room_card.py" line="67"/>
        <source>since {date}</source>
        <translation>{date}부터</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/room_card.py" line="69"/>
        <source>until {date}</source>
        <translation>{date}까지</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../safehouse/ui/dashboard_page.py" line="33"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/dashboard_page.py" line="36"/>
        <source>Active members</source>
        <translation>활동 중인 회원</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/dashboard_page.py" line="37"/>
        <source>Beds free today</source>
        <translation>오늘 빈 침대</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/dashboard_page.py" line="38"/>
        <source>Living in the house</source>
        <translation>거주 인원</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/dashboard_page.py" line="44"/>
        <source>The community goal, today&apos;s sessions, open alerts and check-ins due will appear here as those parts of the program arrive.</source>
        <translation>공동체 목표, 오늘의 상담, 확인하지 않은 알림, 예정된 안부 확인은 해당 기능이 추가되면 여기에 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../safehouse/ui/dashboard_page.py" line="70"/>
        <source>%n member(s) recorded in all</source>
        <translation>
            <numerusform>전체 등록 회원 %n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/dashboard_page.py" line="73"/>
        <source>of %1 beds in %2 rooms</source>
        <translation>방 %2개, 침대 %1개 중</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/dashboard_page.py" line="76"/>
        <source>people with a bed today</source>
        <translation>오늘 침대를 배정받은 인원</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../safehouse/ui/rooms/history_dialog.py" line="28"/>
        <source>Room history</source>
        <translation>방 이력</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/history_dialog.py" line="35"/>
        <source>Room</source>
        <translation>방</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/history_dialog.py" line="35"/>
        <source>Bed</source>
        <translation>침대</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/history_dialog.py" line="35"/>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/history_dialog.py" line="35"/>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/history_dialog.py" line="41"/>
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/history_dialog.py" line="46"/>
        <source>She has not had a room yet.</source>
        <translation>아직 배정받은 방이 없습니다.</translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="31"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="32"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="33"/>
        <source>Relationship</source>
        <translation>관계</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="144"/>
        <source>S&amp;tart a household</source>
        <translation>가구 만들기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="145"/>
        <source>&amp;Add a member…</source>
        <translation>구성원 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="146"/>
        <source>Change &amp;relationship…</source>
        <translation>관계 변경(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="147"/>
        <source>Re&amp;move from household</source>
        <translation>가구에서 제외(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="197"/>
        <source>Not in a household.</source>
        <translation>가구에 속해 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="200"/>
        <source>Household: %1</source>
        <translation>가구: %1</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="270"/>
        <source>Remove from household</source>
        <translation>가구에서 제외</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="271"/>
        <source>Take %1 out of this household? Her own record is kept.</source>
        <translation>%1 회원을 이 가구에서 제외하시겠습니까? 본인의 회원 기록은 그대로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>KeepAwayDialog</name>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="58"/>
        <source>Add a person to keep away</source>
        <translation>접근 금지 대상 추가</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="59"/>
        <source>Edit keep-away entry</source>
        <translation>접근 금지 대상 수정</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="61"/>
        <source>Name, or a description of the person</source>
        <translation>이름 또는 인상착의 등 설명</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="68"/>
        <source>What staff should know: appearance, car, places to avoid…</source>
        <translation>직원이 알아야 할 내용: 외모, 차량, 피해야 할 장소…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="71"/>
        <source>When the person is also a member here</source>
        <translation>이 사람도 이곳의 회원인 경우</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="77"/>
        <source>&amp;Person:</source>
        <translation>대상(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="78"/>
        <source>&amp;Relation:</source>
        <translation>관계(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="79"/>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="80"/>
        <source>&amp;Linked member:</source>
        <translation>연결된 회원(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="93"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="121"/>
        <source>Enter the person&apos;s name (or a description of them).</source>
        <translation>대상의 이름(또는 설명)을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="125"/>
        <source>Choose a member from the list, or leave this empty.</source>
        <translation>목록에서 회원을 선택하거나 비워 두십시오.</translation>
    </message>
</context>
<context>
    <name>KeepAwayTab</name>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="39"/>
        <source>Person</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="40"/>
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="41"/>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="42"/>
        <source>Linked member</source>
        <translation>연결된 회원</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="163"/>
        <source>Confidential. Opening this list is recorded.</source>
        <translation>기밀 정보입니다. 이 목록을 열람하면 기록이 남습니다.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="167"/>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="168"/>
        <source>E&amp;dit…</source>
        <translation>수정(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="169"/>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="279"/>
        <source>Remove keep-away entry</source>
        <translation>접근 금지 대상 삭제</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/keep_away_tab.py" line="280"/>
        <source>Remove %1 from this member&apos;s keep-away list?</source>
        <translation>이 회원의 접근 금지 목록에서 %1 대상을 삭제하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../safehouse/ui/login_dialog.py" line="32"/>
        <source>Safehouse — log in</source>
        <translation>Safehouse — 로그인</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/login_dialog.py" line="35"/>
        <source>Safehouse</source>
        <translation>Safehouse</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/login_dialog.py" line="49"/>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/login_dialog.py" line="50"/>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/login_dialog.py" line="53"/>
        <source>&amp;Log in</source>
        <translation>로그인(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="41"/>
        <source>Safehouse</source>
        <translation>Safehouse</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="72"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="73"/>
        <source>Members</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="74"/>
        <source>Rooms</source>
        <translation>방</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="75"/>
        <location filename="../../safehouse/ui/main_window.py" line="76"/>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="77"/>
        <source>Coming next: a week of counseling sessions by counselor or member, with repeating sessions and no double bookings.</source>
        <translation>준비 중입니다: 상담사별·회원별 주간 상담 일정, 반복 상담, 중복 예약 방지.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="79"/>
        <location filename="../../safehouse/ui/main_window.py" line="80"/>
        <source>Wellbeing</source>
        <translation>웰빙</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="81"/>
        <source>Coming next: the yearly wellbeing check, PHQ-9, GAD-7 and PCL-5 screenings, trends and alerts.</source>
        <translation>준비 중입니다: 연간 웰빙 점검, PHQ-9·GAD-7·PCL-5 선별검사, 추이와 알림.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="83"/>
        <location filename="../../safehouse/ui/main_window.py" line="84"/>
        <source>Community</source>
        <translation>공동체</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="85"/>
        <source>Coming next: the community goal, growth over time, referrals, retreats and attendance.</source>
        <translation>준비 중입니다: 공동체 목표, 성장 추이, 추천, 수련회와 출석.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="87"/>
        <location filename="../../safehouse/ui/main_window.py" line="88"/>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="89"/>
        <source>Coming next: progress summaries, the room roster, the schedule and the impact report, previewed and printed in Korean or English.</source>
        <translation>준비 중입니다: 경과 요약, 방 배정표, 일정표, 성과 보고서 (한국어 또는 영어로 미리 보기 및 인쇄).</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="91"/>
        <location filename="../../safehouse/ui/main_window.py" line="92"/>
        <source>Admin</source>
        <translation>관리</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="93"/>
        <source>Coming next: users and roles, the audit log, backups and restore, and settings.</source>
        <translation>준비 중입니다: 사용자와 역할, 감사 기록, 백업과 복원, 설정.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="105"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="106"/>
        <source>&amp;Log out</source>
        <translation>로그아웃(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="108"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="114"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="115"/>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="117"/>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="122"/>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="132"/>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="133"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="145"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="146"/>
        <source>&amp;About Safehouse</source>
        <translation>Safehouse 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="153"/>
        <source>Logged in: %1 (%2)</source>
        <translation>로그인: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="155"/>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="198"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="199"/>
        <source>The language will change the next time Safehouse starts.</source>
        <translation>언어는 Safehouse를 다음에 시작할 때 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="203"/>
        <source>About Safehouse</source>
        <translation>Safehouse 정보</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/main_window.py" line="204"/>
        <source>Safehouse %1
Records, rooms and care for a safehouse community.
Korean font: Nanum Gothic (SIL Open Font License 1.1).</source>
        <translation>Safehouse %1
쉼터 공동체를 위한 기록, 방 관리, 돌봄 프로그램입니다.
한글 글꼴: 나눔고딕 (SIL Open Font License 1.1).</translation>
    </message>
</context>
<context>
    <name>MemberCombo</name>
    <message>
        <location filename="../../safehouse/ui/rooms/assign_dialog.py" line="45"/>
        <source>Type a code or a name</source>
        <translation>코드 또는 이름 입력</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="69"/>
        <source>Admit a new member</source>
        <translation>새 회원 등록</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="71"/>
        <source>Edit member %1</source>
        <translation>회원 정보 수정: %1</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="76"/>
        <source>(not recorded)</source>
        <translation>(기록 없음)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="80"/>
        <source>e.g. 1990</source>
        <translation>예: 1990</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="103"/>
        <source>The member code is given when you save.</source>
        <translation>회원 코드는 저장할 때 부여됩니다.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="105"/>
        <source>Code:</source>
        <translation>코드:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="107"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="108"/>
        <source>&amp;Alias:</source>
        <translation>가명(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="109"/>
        <source>Se&amp;x:</source>
        <translation>성별(&amp;X):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="110"/>
        <source>&amp;Birth year:</source>
        <translation>출생 연도(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="111"/>
        <source>&amp;Phone:</source>
        <translation>전화번호(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="112"/>
        <source>Arrival in &amp;Korea:</source>
        <translation>한국 입국일(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="113"/>
        <source>&amp;Hanawon completed:</source>
        <translation>하나원 수료일(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="115"/>
        <source>&amp;Joined:</source>
        <translation>등록일(&amp;J):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="116"/>
        <source>&amp;Left:</source>
        <translation>퇴소일(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="117"/>
        <source>S&amp;tatus:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="118"/>
        <source>&amp;Referred by:</source>
        <translation>추천인(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="119"/>
        <source>N&amp;otes:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="134"/>
        <source>Use “Change status…” on the member&apos;s profile to change the status.</source>
        <translation>상태는 회원 프로필의 “상태 변경…”에서 바꾸십시오.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="140"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="196"/>
        <source>The birth year must be a number.</source>
        <translation>출생 연도는 숫자로 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_form.py" line="201"/>
        <source>Choose a member from the list, or leave this empty.</source>
        <translation>목록에서 회원을 선택하거나 비워 두십시오.</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../../safehouse/ui/members/member_list.py" line="49"/>
        <source>Search by code, name or alias (Ctrl+F)</source>
        <translation>코드, 이름 또는 가명으로 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_list.py" line="51"/>
        <source>Search members</source>
        <translation>회원 검색</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_list.py" line="54"/>
        <source>Status filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_list.py" line="55"/>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message numerus="yes">
        <location filename="../../safehouse/ui/members/member_list.py" line="183"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>회원 %n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_list.py" line="185"/>
        <source>%1 of %2 members</source>
        <translation>회원 %2명 중 %1명</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../safehouse/ui/members/member_picker.py" line="44"/>
        <source>Type a code or a name</source>
        <translation>코드 또는 이름 입력</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../safehouse/ui/members/member_table_model.py" line="32"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_table_model.py" line="33"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_table_model.py" line="34"/>
        <source>Alias</source>
        <translation>가명</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_table_model.py" line="35"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_table_model.py" line="36"/>
        <source>Room</source>
        <translation>방</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_table_model.py" line="37"/>
        <source>Joined</source>
        <translation>등록일</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/member_table_model.py" line="123"/>
        <source>No room today</source>
        <translation>오늘 배정된 방 없음</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../safehouse/ui/members/page.py" line="54"/>
        <source>&amp;New member…</source>
        <translation>새 회원(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/page.py" line="55"/>
        <source>Admit a new member (Ctrl+N)</source>
        <translation>새 회원을 등록합니다 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/page.py" line="68"/>
        <source>Choose a member on the left, or press Ctrl+N to admit a new one.</source>
        <translation>왼쪽에서 회원을 선택하거나 Ctrl+N을 눌러 새 회원을 등록하십시오.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/page.py" line="84"/>
        <source>&amp;Profile</source>
        <translation>프로필(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/page.py" line="85"/>
        <source>&amp;Household</source>
        <translation>가구(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/page.py" line="88"/>
        <source>&amp;Keep-away</source>
        <translation>접근 금지(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/page.py" line="91"/>
        <source>Room hist&amp;ory</source>
        <translation>방 이력(&amp;O)</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../safehouse/ui/rooms/move_dialog.py" line="33"/>
        <source>Move to another room</source>
        <translation>다른 방으로 이동</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/move_dialog.py" line="39"/>
        <source>since {date}</source>
        <translation>{date}부터</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/move_dialog.py" line="43"/>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/move_dialog.py" line="46"/>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/move_dialog.py" line="47"/>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/move_dialog.py" line="48"/>
        <source>New room</source>
        <translation>새 방</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/move_dialog.py" line="49"/>
        <source>Bed</source>
        <translation>침대</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/move_dialog.py" line="50"/>
        <source>Moves on</source>
        <translation>이동일</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/move_dialog.py" line="63"/>
        <source>Choose a room.</source>
        <translation>방을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <location filename="../../safehouse/ui/rooms/move_out_dialog.py" line="28"/>
        <location filename="../../safehouse/ui/rooms/move_out_dialog.py" line="48"/>
        <source>Move out</source>
        <translation>퇴실</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/move_out_dialog.py" line="34"/>
        <source>since {date}</source>
        <translation>{date}부터</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/move_out_dialog.py" line="36"/>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/move_out_dialog.py" line="37"/>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/move_out_dialog.py" line="38"/>
        <source>Moves out on</source>
        <translation>퇴실일</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/move_out_dialog.py" line="44"/>
        <source>Move {member} out of room {room} on {date}? Her stay there is kept in the history.</source>
        <translation>{member} 회원을 {date}에 방 {room}에서 퇴실 처리하시겠습니까? 이 방에 머문 기록은 이력에 남습니다.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../safehouse/ui/date_field.py" line="29"/>
        <source>Tick to enter a date; untick to leave it empty</source>
        <translation>날짜를 입력하려면 체크하고, 비워 두려면 체크를 해제하십시오</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/date_field.py" line="30"/>
        <source>Date known</source>
        <translation>날짜 입력</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/date_field.py" line="35"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="47"/>
        <source>Code:</source>
        <translation>코드:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="48"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="49"/>
        <source>Alias:</source>
        <translation>가명:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="50"/>
        <source>Sex:</source>
        <translation>성별:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="51"/>
        <source>Birth year:</source>
        <translation>출생 연도:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="52"/>
        <source>Phone:</source>
        <translation>전화번호:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="53"/>
        <source>Arrival in Korea:</source>
        <translation>한국 입국일:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="54"/>
        <source>Hanawon completed:</source>
        <translation>하나원 수료일:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="55"/>
        <source>Joined:</source>
        <translation>등록일:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="56"/>
        <source>Left:</source>
        <translation>퇴소일:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="57"/>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="58"/>
        <source>Referred by:</source>
        <translation>추천인:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="59"/>
        <source>Notes:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="68"/>
        <source>E&amp;dit…</source>
        <translation>수정(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="69"/>
        <source>Change &amp;status…</source>
        <translation>상태 변경(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/profile_view.py" line="98"/>
        <source>(not shown for your role)</source>
        <translation>(현재 역할로는 볼 수 없음)</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="122"/>
        <source>Change relationship</source>
        <translation>관계 변경</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="124"/>
        <source>Member:</source>
        <translation>회원:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/household_tab.py" line="125"/>
        <source>&amp;Relationship:</source>
        <translation>관계(&amp;R):</translation>
    </message>
</context>
<context>
    <name>RoomBoard</name>
    <message>
        <location filename="../../safehouse/ui/rooms/board_widget.py" line="61"/>
        <source>Floor {floor}</source>
        <translation>{floor}층</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/board_widget.py" line="84"/>
        <source>There are no rooms yet. Add one with “New room…”.</source>
        <translation>아직 방이 없습니다. “새 방…”으로 방을 추가하십시오.</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <location filename="../../safehouse/ui/rooms/room_card.py" line="161"/>
        <source>{room} (closed)</source>
        <translation>{room} (사용 중지)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/room_card.py" line="169"/>
        <source>{taken} / {capacity} beds</source>
        <translation>침대 {taken} / {capacity}</translation>
    </message>
</context>
<context>
    <name>RoomCombo</name>
    <message>
        <location filename="../../safehouse/ui/rooms/_form.py" line="154"/>
        <source>full</source>
        <translation>만실</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/_form.py" line="156"/>
        <source>1 free bed</source>
        <translation>빈 침대 1개</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/_form.py" line="158"/>
        <source>{n} free beds</source>
        <translation>빈 침대 {n}개</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/_form.py" line="159"/>
        <source>{room} · floor {floor} · {state}</source>
        <translation>{room} · {floor}층 · {state}</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../safehouse/ui/rooms/room_dialog.py" line="24"/>
        <source>New room</source>
        <translation>새 방</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/room_dialog.py" line="24"/>
        <source>Edit room</source>
        <translation>방 수정</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/room_dialog.py" line="32"/>
        <source> beds</source>
        <translation>개</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/room_dialog.py" line="33"/>
        <source>Open (people can be given beds here)</source>
        <translation>사용 중 (이 방의 침대를 배정할 수 있음)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/room_dialog.py" line="35"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/room_dialog.py" line="36"/>
        <source>Floor</source>
        <translation>층</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/room_dialog.py" line="37"/>
        <source>Capacity</source>
        <translation>정원</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/room_dialog.py" line="39"/>
        <source>State</source>
        <translation>사용 여부</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/room_dialog.py" line="56"/>
        <source>A room needs a name.</source>
        <translation>방 이름을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>RoomHistoryTab</name>
    <message>
        <location filename="../../safehouse/ui/members/room_history_tab.py" line="19"/>
        <source>Room</source>
        <translation>방</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/room_history_tab.py" line="20"/>
        <source>Bed</source>
        <translation>침대</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/room_history_tab.py" line="21"/>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/room_history_tab.py" line="22"/>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/room_history_tab.py" line="23"/>
        <source>Nights</source>
        <translation>숙박 일수</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/room_history_tab.py" line="31"/>
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/room_history_tab.py" line="86"/>
        <source>No stays in a room here yet.</source>
        <translation>아직 방에 머문 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/room_history_tab.py" line="88"/>
        <source>Now in room %1.</source>
        <translation>현재 방 %1에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/room_history_tab.py" line="90"/>
        <source>No room today.</source>
        <translation>오늘은 배정된 방이 없습니다.</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../safehouse/ui/rooms/page.py" line="57"/>
        <source>Show who was in which bed on this day</source>
        <translation>이 날짜에 누가 어느 침대를 썼는지 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/page.py" line="58"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/page.py" line="62"/>
        <source>Filter by name or room (Ctrl+F)</source>
        <translation>이름 또는 방으로 필터 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/page.py" line="66"/>
        <source>Assign a bed…</source>
        <translation>침대 배정…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/page.py" line="67"/>
        <location filename="../../safehouse/ui/rooms/page.py" line="205"/>
        <source>Move…</source>
        <translation>방 이동…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/page.py" line="68"/>
        <location filename="../../safehouse/ui/rooms/page.py" line="208"/>
        <source>Move out…</source>
        <translation>퇴실…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/page.py" line="69"/>
        <location filename="../../safehouse/ui/rooms/page.py" line="214"/>
        <source>Room history…</source>
        <translation>방 이력…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/page.py" line="70"/>
        <source>New room…</source>
        <translation>새 방…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/page.py" line="71"/>
        <source>Edit room…</source>
        <translation>방 수정…</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/page.py" line="80"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/page.py" line="163"/>
        <source>The board could not be loaded.</source>
        <translation>방 현황을 불러오지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/rooms/page.py" line="168"/>
        <source>{taken} of {total} beds taken on {date}</source>
        <translation>{date} 기준 침대 {total}개 중 {taken}개 사용 중</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../safehouse/ui/rooms/_form.py" line="136"/>
        <source>Something went wrong that the program did not expect. Nothing was changed. If it happens again, tell the administrator.</source>
        <translation>예기치 않은 오류가 발생했습니다. 변경된 내용은 없습니다. 같은 문제가 다시 생기면 시스템 관리자에게 알려 주십시오.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../safehouse/ui/setup_dialog.py" line="29"/>
        <source>Safehouse — first start</source>
        <translation>Safehouse — 처음 시작</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/setup_dialog.py" line="33"/>
        <source>Welcome. This computer has no Safehouse database yet.
Name your organisation and create the first administrator&apos;s account. You will log in with it; other accounts can be added later.</source>
        <translation>환영합니다. 이 컴퓨터에는 아직 Safehouse 데이터베이스가 없습니다.
기관 이름을 입력하고 첫 시스템 관리자 계정을 만드십시오. 이 계정으로 로그인하며, 다른 계정은 나중에 추가할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/setup_dialog.py" line="39"/>
        <source>e.g. Hope House</source>
        <translation>예: 희망의 집</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/setup_dialog.py" line="42"/>
        <source>letters, digits, . _ -</source>
        <translation>영문자, 숫자, . _ -</translation>
    </message>
    <message numerus="yes">
        <location filename="../../safehouse/ui/setup_dialog.py" line="46"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>%n자 이상</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/setup_dialog.py" line="55"/>
        <source>&amp;Organisation:</source>
        <translation>기관 이름(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/setup_dialog.py" line="56"/>
        <source>Your &amp;full name:</source>
        <translation>성명(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/setup_dialog.py" line="57"/>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/setup_dialog.py" line="58"/>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/setup_dialog.py" line="59"/>
        <source>&amp;Repeat password:</source>
        <translation>비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/setup_dialog.py" line="64"/>
        <source>&amp;Create and log in</source>
        <translation>만들고 로그인(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/setup_dialog.py" line="86"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation>기관 이름을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/setup_dialog.py" line="88"/>
        <source>Enter your full name.</source>
        <translation>성명을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/setup_dialog.py" line="92"/>
        <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>사용자 이름은 영문자, 숫자, 마침표(.), 하이픈(-), 밑줄(_)로 된 2~64자여야 합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../safehouse/ui/setup_dialog.py" line="95"/>
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>비밀번호는 %n자 이상이어야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/setup_dialog.py" line="98"/>
        <source>The two passwords are not the same.</source>
        <translation>두 비밀번호가 일치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../safehouse/ui/members/status_dialog.py" line="49"/>
        <source>Change the status of %1</source>
        <translation>%1 상태 변경</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/status_dialog.py" line="66"/>
        <source>Current status:</source>
        <translation>현재 상태:</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/status_dialog.py" line="67"/>
        <source>&amp;New status:</source>
        <translation>새 상태(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/status_dialog.py" line="68"/>
        <source>&amp;As of:</source>
        <translation>적용일(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/status_dialog.py" line="73"/>
        <source>&amp;Change status</source>
        <translation>상태 변경(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/status_dialog.py" line="110"/>
        <source>She leaves on this date, and moves out of her room if she has one.</source>
        <translation>이 날짜에 퇴소하며, 쓰고 있는 방이 있으면 퇴실 처리됩니다.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/status_dialog.py" line="113"/>
        <source>This date becomes her joining date.</source>
        <translation>이 날짜가 등록일이 됩니다.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/members/status_dialog.py" line="115"/>
        <source>Her leaving date will be cleared.</source>
        <translation>퇴소일이 지워집니다.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../safehouse/app.py" line="36"/>
        <source>Something went wrong that the program did not expect. Your last change may not have been saved. If it happens again, tell the administrator.</source>
        <translation>예기치 않은 오류가 발생했습니다. 마지막 변경 내용이 저장되지 않았을 수 있습니다. 같은 문제가 다시 생기면 시스템 관리자에게 알려 주십시오.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="11"/>
        <source>Enquiry</source>
        <translation>문의</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="12"/>
        <source>Active</source>
        <translation>활동 중</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="13"/>
        <source>Alumni</source>
        <translation>수료</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="14"/>
        <source>Exited</source>
        <translation>퇴소</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="16"/>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="17"/>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="19"/>
        <source>Head</source>
        <translation>가구주</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="20"/>
        <source>Spouse</source>
        <translation>배우자</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="21"/>
        <source>Child</source>
        <translation>자녀</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="22"/>
        <source>Parent</source>
        <translation>부모</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="23"/>
        <source>Sibling</source>
        <translation>형제자매</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="24"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="26"/>
        <source>Former partner</source>
        <translation>전 배우자/연인</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="27"/>
        <source>Broker</source>
        <translation>브로커</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="28"/>
        <source>Family member</source>
        <translation>가족</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="30"/>
        <source>Administrator</source>
        <translation>시스템 관리자</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="31"/>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="32"/>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/labels.py" line="33"/>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../safehouse/ui/messages.py" line="22"/>
        <source>Something went wrong that the program did not expect. Nothing was changed. If it happens again, tell the administrator.</source>
        <translation>예기치 않은 오류가 발생했습니다. 변경된 내용은 없습니다. 같은 문제가 다시 생기면 시스템 관리자에게 알려 주십시오.</translation>
    </message>
    <message>
        <location filename="../../safehouse/ui/messages.py" line="26"/>
        <source>Safehouse</source>
        <translation>Safehouse</translation>
    </message>
</context>
</TS>
