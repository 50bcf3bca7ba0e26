<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Safehouse</source>
        <translation>Safehouse</translation>
    </message>
    <message>
        <source>Korean font</source>
        <translation>한글 글꼴</translation>
    </message>
    <message>
        <source>Navigation icons</source>
        <translation>메뉴 아이콘</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>프로그램 아이콘</translation>
    </message>
    <message>
        <source>About Safehouse</source>
        <translation>Safehouse 정보</translation>
    </message>
    <message>
        <source>Records, rooms and care for a safehouse community.</source>
        <translation>쉼터 공동체를 위한 기록, 방 관리, 돌봄 프로그램입니다.</translation>
    </message>
    <message>
        <source>none (no schema yet)</source>
        <translation>없음 (아직 스키마가 없습니다)</translation>
    </message>
    <message>
        <source>No licence is stated for this copy.</source>
        <translation>이 사본에는 라이선스가 명시되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>데이터베이스 스키마:</translation>
    </message>
    <message>
        <source>Program licence:</source>
        <translation>프로그램 라이선스:</translation>
    </message>
    <message>
        <source>{work} — {licence}</source>
        <translation>{work} — {licence}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>라이선스(&amp;L)…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>Qt 정보(&amp;Q)…</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt 정보</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>확인(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge an alert</source>
        <translation>경보 확인</translation>
    </message>
    <message>
        <source>{alert}

Say in a few words what was done (for example: &quot;Talked with her today; safety plan made&quot;). The note, your name and the time are kept with the alert, which then leaves the dashboard.</source>
        <translation>{alert}

어떤 조치를 했는지 짧게 적으십시오(예: &quot;오늘 본인과 이야기함, 안전 계획을 세움&quot;). 메모와 확인한 사람, 시각이 경보와 함께 보관되고, 경보는 대시보드에서 사라집니다.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Write a short note of what was done.</source>
        <translation>어떤 조치를 했는지 짧은 메모를 적으십시오.</translation>
    </message>
    <message>
        <source>The note is too long: at most {limit} characters.</source>
        <translation>메모가 너무 깁니다. 최대 글자 수: {limit}.</translation>
    </message>
</context>
<context>
    <name>AddToHouseholdDialog</name>
    <message>
        <source>&amp;Add to household</source>
        <translation>가구에 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add a member to the household</source>
        <translation>가구에 구성원 추가</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>회원(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>관계(&amp;R):</translation>
    </message>
    <message>
        <source>No member without a household matches this.</source>
        <translation>가구가 없는 회원 중 일치하는 사람이 없습니다.</translation>
    </message>
    <message>
        <source>Choose a member.</source>
        <translation>회원을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>&amp;Users</source>
        <translation>사용자(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>감사 기록(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>백업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>AlertsSection</name>
    <message>
        <source>Open alerts</source>
        <translation>확인하지 않은 경보</translation>
    </message>
    <message>
        <source>A&amp;cknowledge…</source>
        <translation>확인(&amp;C)…</translation>
    </message>
    <message>
        <source>Open her chec&amp;k-ins</source>
        <translation>이 회원의 점검 열기(&amp;K)</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>확인하지 않은 경보가 없습니다.</translation>
    </message>
    <message>
        <source>{count} open: each stays here until someone acknowledges it with a note.</source>
        <translation>확인하지 않은 경보 {count}건: 누군가 메모와 함께 확인할 때까지 여기에 남습니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
</context>
<context>
    <name>AnswerGrid</name>
    <message>
        <source>{key} is not an answer to question {number}: press {keys}.</source>
        <translation>{key} 키는 {number}번 질문의 답이 아닙니다. 다음 키를 누르십시오: {keys}.</translation>
    </message>
    <message>
        <source>Question {number} of {count}: press {keys} to answer; Backspace goes back.</source>
        <translation>질문 {number}/{count}: 답은 {keys} 키, 이전 질문은 Backspace 키.</translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답</translation>
    </message>
    <message>
        <source>{questionnaire} of {day}</source>
        <translation>{questionnaire} ({day})</translation>
    </message>
    <message>
        <source>recorded by {name}</source>
        <translation>기록한 사람: {name}</translation>
    </message>
    <message>
        <source>Score: {score} of {high}.</source>
        <translation>점수: {score}/{high}.</translation>
    </message>
    <message>
        <source>Band: {band}.</source>
        <translation>단계: {band}.</translation>
    </message>
    <message>
        <source>Alert: {reasons}.</source>
        <translation>경보: {reasons}.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>&amp;Assign</source>
        <translation>배정(&amp;A)</translation>
    </message>
    <message>
        <source>Assign a bed</source>
        <translation>침대 배정</translation>
    </message>
    <message>
        <source>optional, e.g. A or window</source>
        <translation>선택 사항, 예: A 또는 창가</translation>
    </message>
    <message>
        <source>Moves &amp;out on:</source>
        <translation>퇴실일(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>회원(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>방(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Bed:</source>
        <translation>침대(&amp;B):</translation>
    </message>
    <message>
        <source>Moves &amp;in:</source>
        <translation>입실일(&amp;I):</translation>
    </message>
    <message>
        <source>{code} already has a room on {date}. Choose another day, or another member.</source>
        <translation>{code} 회원은 {date}에 이미 방이 있습니다. 다른 날짜나 다른 회원을 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose a member from the list.</source>
        <translation>목록에서 회원을 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose a room.</source>
        <translation>방을 선택하십시오.</translation>
    </message>
    <message>
        <source>Assign &amp;anyway</source>
        <translation>그래도 배정(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AttendancePicker</name>
    <message>
        <source>Search by name or code</source>
        <translation>이름이나 코드로 찾기</translation>
    </message>
    <message>
        <source>{count} members chosen</source>
        <translation>회원 {count}명 선택</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>User filter</source>
        <translation>사용자 필터</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>작업 필터</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>회원 코드</translation>
    </message>
    <message>
        <source>Member code filter</source>
        <translation>회원 코드 필터</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>종료 날짜</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>체인 검증(&amp;V)</translation>
    </message>
    <message>
        <source>Check that no entry of the log was changed, removed or slipped in</source>
        <translation>기록 항목이 변경·삭제되거나 끼워 넣어지지 않았는지 확인합니다</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>사용자:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>작업:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>회원:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>시작일:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>종료일:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>모든 사용자</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>시작 날짜가 종료 날짜보다 늦습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n entries checked.</source>
        <translation>
            <numerusform>체인에 이상이 없습니다: 항목 %n개를 검증했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n were written before the chain began and cannot be checked.</source>
        <translation>
            <numerusform>처음 %n개 항목은 체인이 시작되기 전에 기록되어 검증할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were written before the database was encrypted and are checked without its key.</source>
        <translation>
            <numerusform>%n건은 데이터베이스를 암호화하기 전에 기록되어 키 없이 검증합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry {entry}: it was changed, or an entry before it was removed or slipped in. Tell whoever looks after the computer.</source>
        <translation>항목 {entry}에서 체인이 끊어졌습니다: 이 항목이 변경되었거나, 그 앞의 항목이 삭제되거나 끼워 넣어졌습니다. 컴퓨터 관리 담당자에게 알려 주십시오.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {file}.</source>
        <translation>
            <numerusform>항목 %n개를 {file} 파일로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>감사 기록 내보내기</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>This member has been erased</source>
        <translation>삭제된 회원입니다</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>필드</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Made on</source>
        <translation>생성 일시</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>검증 결과</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>선택한 백업 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Kept in {folder}: the newest of each of the last 7 days, 4 weeks and 12 months.</source>
        <translation>백업은 {folder}에 보관됩니다. 최근 7일은 하루에 하나, 최근 4주는 한 주에 하나, 최근 12개월은 한 달에 하나씩 가장 최신 백업이 남습니다.</translation>
    </message>
    <message>
        <source>Made just before a restore</source>
        <translation>복원 직전에 만든 백업</translation>
    </message>
    <message>
        <source>The database as it was before a restore: restoring this backup undoes that restore.</source>
        <translation>복원하기 전의 데이터베이스입니다. 이 백업을 복원하면 그 복원을 되돌립니다.</translation>
    </message>
    <message>
        <source>earlier keys</source>
        <translation>이전 키</translation>
    </message>
    <message>
        <source>Backed up to {file} ({size}); it opens and passed the integrity checks.</source>
        <translation>{file}에 백업했습니다({size}). 백업 파일이 정상적으로 열리며 무결성 검사를 통과했습니다.</translation>
    </message>
    <message>
        <source>opens, intact</source>
        <translation>열림, 손상 없음</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>지금 백업(&amp;N)</translation>
    </message>
    <message>
        <source>Restore from a fi&amp;le…</source>
        <translation>파일에서 복원(&amp;L)…</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>백업 중…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Safehouse backups (*.db *.pgdump);;All files (*)</source>
        <translation>Safehouse 백업 (*.db *.pgdump);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>백업을 검사하고 복원하는 중…</translation>
    </message>
</context>
<context>
    <name>BedLine</name>
    <message>
        <source>Free bed</source>
        <translation>빈 침대</translation>
    </message>
    <message>
        <source>Double-click to give this bed to someone</source>
        <translation>두 번 클릭하면 이 침대를 배정할 수 있습니다</translation>
    </message>
    <message>
        <source>Keep apart (keep-away list):</source>
        <translation>떨어뜨려 두어야 할 사람(접근 금지 목록):</translation>
    </message>
    <message>
        <source>{code} {name}, in this room</source>
        <translation>{code} {name}, 같은 방</translation>
    </message>
    <message>
        <source>{code} {name}, on this floor in room {room}</source>
        <translation>{code} {name}, 같은 층의 방 {room}</translation>
    </message>
    <message>
        <source>bed {bed}</source>
        <translation>침대 {bed}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>{date}부터</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>{date}까지</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>&amp;Book</source>
        <translation>예약(&amp;B)</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>상담 예약</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>M&amp;embers:</source>
        <translation>회원(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Counselor:</source>
        <translation>상담사(&amp;C):</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>날짜(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>시작(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>길이(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>장소(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>반복(&amp;R):</translation>
    </message>
    <message>
        <source>Choose the counselor.</source>
        <translation>상담사를 선택하세요.</translation>
    </message>
    <message>
        <source>No single member matches what is typed: choose one from the list.</source>
        <translation>입력한 내용과 맞는 회원이 한 명으로 정해지지 않습니다. 목록에서 선택하세요.</translation>
    </message>
    <message>
        <source>This would clash with another session:</source>
        <translation>다른 상담과 겹칩니다:</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions would clash with others:</source>
        <translation>
            <numerusform>상담 %n건이 다른 상담과 겹칩니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… 외 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Book &amp;anyway</source>
        <translation>그래도 예약(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel the &amp;session</source>
        <translation>상담 취소(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel a session</source>
        <translation>상담 취소</translation>
    </message>
    <message>
        <source>Who cancelled?</source>
        <translation>누가 취소했나요?</translation>
    </message>
    <message>
        <source>The &amp;member</source>
        <translation>회원(&amp;M)</translation>
    </message>
    <message>
        <source>The &amp;counselor</source>
        <translation>상담사(&amp;C)</translation>
    </message>
    <message>
        <source>The &amp;house</source>
        <translation>쉼터(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>취소하지 않음(&amp;K)</translation>
    </message>
    <message>
        <source>Someone else changed this session after you opened this form ({changes}), so it was not cancelled. The form now shows it as it is: cancel it again if you still mean to.</source>
        <translation>이 창을 연 뒤에 다른 사람이 이 상담을 변경했기 때문에({changes}) 취소하지 않았습니다. 창에 지금 상태를 다시 불러왔습니다. 그래도 취소하려면 다시 취소하십시오.</translation>
    </message>
</context>
<context>
    <name>CareGoalDialog</name>
    <message>
        <source>&amp;Add goal</source>
        <translation>목표 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save goal</source>
        <translation>목표 저장(&amp;S)</translation>
    </message>
    <message>
        <source>New care-plan goal</source>
        <translation>새 돌봄 계획 목표</translation>
    </message>
    <message>
        <source>Correct the goal</source>
        <translation>목표 고치기</translation>
    </message>
    <message>
        <source>What she wants to reach, in which area of her life, and by when. Its status changes with its updates.</source>
        <translation>무엇을, 삶의 어느 영역에서, 언제까지 이루고 싶은지 적습니다. 상태는 경과 기록으로 바뀝니다.</translation>
    </message>
    <message>
        <source>e.g. Find a flat of her own</source>
        <translation>예: 혼자 살 집 구하기</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>영역(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>목표(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>목표일(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
</context>
<context>
    <name>CarePlanGoals</name>
    <message>
        <source>{day} · overdue</source>
        <translation>{day} · 기한 지남</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>목표일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>최근 경과 기록</translation>
    </message>
</context>
<context>
    <name>CarePlanSection</name>
    <message>
        <source>Overdue care-plan goals</source>
        <translation>기한이 지난 돌봄 계획 목표</translation>
    </message>
    <message>
        <source>Opens the goals past their target date</source>
        <translation>목표일이 지난 목표를 엽니다</translation>
    </message>
    <message>
        <source>none shown: you are not on the counselors&apos; list (ask a manager)</source>
        <translation>표시할 목표 없음: 상담사 목록에 없습니다(운영 관리자에게 문의하십시오)</translation>
    </message>
    <message>
        <source>of the members you counsel (sessions in the last year or booked)</source>
        <translation>내가 상담하는 회원의 목표(지난 1년 동안의 상담 또는 예약된 상담)</translation>
    </message>
    <message>
        <source>past their target date, neither achieved nor set aside</source>
        <translation>목표일이 지났고 달성하지도 보류하지도 않은 목표</translation>
    </message>
    <message>
        <source>due {day}, {days} days ago</source>
        <translation>기한 {day}, {days}일 지남</translation>
    </message>
    <message>
        <source>The longest overdue first. Open a line to see the member&apos;s care plan.</source>
        <translation>가장 오래 지난 것부터 보입니다. 줄을 열면 회원의 돌봄 계획이 보입니다.</translation>
    </message>
    <message>
        <source>No goal is overdue.</source>
        <translation>기한이 지난 목표가 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Open the care plan</source>
        <translation>돌봄 계획 열기(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CarePlanTab</name>
    <message>
        <source>(not shown for your role)</source>
        <translation>(현재 역할로는 볼 수 없음)</translation>
    </message>
    <message>
        <source>&amp;Add goal…</source>
        <translation>목표 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Correc&amp;t goal…</source>
        <translation>목표 고치기(&amp;T)…</translation>
    </message>
    <message>
        <source>Add &amp;update…</source>
        <translation>경과 기록 추가(&amp;U)…</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>아직 목표가 없습니다.</translation>
    </message>
    <message>
        <source>Goals: {count} · overdue: {overdue}</source>
        <translation>목표 {count}개 · 기한 지남 {overdue}개</translation>
    </message>
    <message>
        <source>The notes of updates are confidential; opening this plan is recorded.</source>
        <translation>경과 기록의 메모는 기밀입니다. 이 계획을 열면 기록이 남습니다.</translation>
    </message>
    <message>
        <source>The notes of updates are confidential: your role sees the goals, their statuses and the dates of their updates.</source>
        <translation>경과 기록의 메모는 기밀입니다. 현재 역할로는 목표와 상태, 경과 기록의 날짜만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Updates of “{goal}”: {count}</source>
        <translation>“{goal}”의 경과 기록: {count}건</translation>
    </message>
    <message>
        <source>Choose a goal to see its updates.</source>
        <translation>목표를 고르면 경과 기록이 보입니다.</translation>
    </message>
</context>
<context>
    <name>CarePlanUpdates</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>By</source>
        <translation>작성자</translation>
    </message>
</context>
<context>
    <name>CareUpdateDialog</name>
    <message>
        <source>&amp;Add update</source>
        <translation>경과 기록 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Update of a goal</source>
        <translation>목표의 경과 기록</translation>
    </message>
    <message>
        <source>{area}: {goal}</source>
        <translation>{area}: {goal}</translation>
    </message>
    <message>
        <source>What happened, what comes next</source>
        <translation>무슨 일이 있었는지, 다음에 무엇을 할지</translation>
    </message>
    <message>
        <source>The note is confidential: staff do not see it.</source>
        <translation>메모는 기밀입니다. 직원은 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>새 비밀번호 설정</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>내 비밀번호 변경</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own before you go on: at least {length} characters that only you know.</source>
        <translation>현재 비밀번호는 시스템 관리자가 설정한 것입니다. 계속하기 전에 본인만 아는 {length}자 이상의 비밀번호를 직접 정하십시오.</translation>
    </message>
    <message>
        <source>Your new password: at least {length} characters.</source>
        <translation>새 비밀번호는 {length}자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>새 비밀번호(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <source>Changing your password, and the keys it opens…</source>
        <translation>비밀번호와 그 비밀번호로 여는 키를 바꾸는 중…</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>비밀번호 변경(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>현재 비밀번호(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>로그아웃(&amp;L)</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>현재 비밀번호를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>CheckinsTab</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>설문지</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>경보</translation>
    </message>
    <message>
        <source>&amp;Record a response…</source>
        <translation>응답 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>삭제(&amp;V)…</translation>
    </message>
    <message>
        <source>Remove the chosen response, recorded by mistake, with any alert it raised</source>
        <translation>잘못 기록한 응답을, 그 응답으로 생긴 경보와 함께 삭제합니다</translation>
    </message>
    <message>
        <source>No check-ins or screenings recorded yet.</source>
        <translation>아직 기록된 점검이나 선별검사가 없습니다.</translation>
    </message>
    <message>
        <source>{count} recorded; the latest on {day}.</source>
        <translation>기록 {count}건, 가장 최근: {day}.</translation>
    </message>
    <message>
        <source>Remove a response</source>
        <translation>응답 삭제</translation>
    </message>
    <message>
        <source>Remove the {questionnaire} of {day}? Its answers, score and any alert it raised go with it. Do this only for a response recorded by mistake.</source>
        <translation>{day} {questionnaire} 응답을 삭제하시겠습니까? 답, 점수, 그 응답으로 생긴 경보가 함께 삭제됩니다. 잘못 기록한 응답일 때만 삭제하십시오.</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <source>&amp;Goal and growth</source>
        <translation>목표와 성장(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Who reached whom</source>
        <translation>누가 누구를 이끌었나(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Events and attendance</source>
        <translation>행사와 참석(&amp;E)</translation>
    </message>
</context>
<context>
    <name>CommunitySection</name>
    <message>
        <source>Community size</source>
        <translation>공동체 규모</translation>
    </message>
    <message>
        <source>Opens the community&apos;s goal and growth</source>
        <translation>공동체의 목표와 성장을 엽니다</translation>
    </message>
    <message>
        <source>Goal: {low} to {high} members by {due}.</source>
        <translation>목표: {due}까지 {low}~{high}명.</translation>
    </message>
    <message>
        <source>No goal is set yet.</source>
        <translation>아직 목표가 정해지지 않았습니다.</translation>
    </message>
    <message>
        <source>At this rate ({rate} a month): {low}; {high}.</source>
        <translation>이 속도라면(한 달에 {rate}명): {low}, {high}.</translation>
    </message>
    <message>
        <source>{target} reached</source>
        <translation>{target}명 도달</translation>
    </message>
    <message>
        <source>{target} not reached</source>
        <translation>{target}명 도달 못 함</translation>
    </message>
    <message>
        <source>{target} about {day}</source>
        <translation>{target}명 {day}쯤</translation>
    </message>
</context>
<context>
    <name>CommunityTab</name>
    <message>
        <source>Days</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Referred by {member}.</source>
        <translation>추천한 사람: {member}.</translation>
    </message>
    <message>
        <source>Referred by no one on record.</source>
        <translation>기록된 추천인이 없습니다.</translation>
    </message>
    <message>
        <source>She referred: {members}.</source>
        <translation>이 회원이 추천한 사람: {members}.</translation>
    </message>
    <message>
        <source>She has referred no one yet.</source>
        <translation>아직 추천한 사람이 없습니다.</translation>
    </message>
    <message>
        <source>Events she came to: {count}</source>
        <translation>참석한 행사: {count}회</translation>
    </message>
</context>
<context>
    <name>CounselorDialog</name>
    <message>
        <source>&amp;Add counselor</source>
        <translation>상담사 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>New counselor</source>
        <translation>새 상담사</translation>
    </message>
    <message>
        <source>Edit counselor</source>
        <translation>상담사 정보 수정</translation>
    </message>
    <message>
        <source>Someone from outside (not an account here)</source>
        <translation>외부 상담사(이 프로그램의 계정 없음)</translation>
    </message>
    <message>
        <source>Account: {name} ({username})</source>
        <translation>계정: {name}({username})</translation>
    </message>
    <message>
        <source>A counselor who logs in here is chosen by her account (the counselor role); anyone else is from outside</source>
        <translation>이 프로그램에 로그인하는 상담사는 계정(상담사 역할)으로 고르고, 그 밖의 상담사는 외부 상담사입니다</translation>
    </message>
    <message>
        <source>e.g. Korean, English</source>
        <translation>예: 한국어, 영어</translation>
    </message>
    <message>
        <source>Active (can be booked for sessions)</source>
        <translation>활동 중(상담을 예약할 수 있음)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>누구(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>소속 기관(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>사용 언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>전화(&amp;P):</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <source>The account&apos;s name (changed under Admin → Users)</source>
        <translation>계정의 이름입니다(관리 → 사용자에서 바꿉니다)</translation>
    </message>
    <message>
        <source>Enter the counselor&apos;s name.</source>
        <translation>상담사 이름을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>CounselorsDialog</name>
    <message>
        <source>active</source>
        <translation>활동 중</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>from outside</source>
        <translation>외부</translation>
    </message>
    <message>
        <source>account {username}</source>
        <translation>계정: {username}</translation>
    </message>
    <message>
        <source>Counselors and meeting places</source>
        <translation>상담사와 상담 장소</translation>
    </message>
    <message>
        <source>Search by name, organisation, language, phone (Ctrl+F)</source>
        <translation>이름, 소속 기관, 언어, 전화로 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search counselors</source>
        <translation>상담사 검색</translation>
    </message>
    <message>
        <source>&amp;Add counselor…</source>
        <translation>상담사 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>수정(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>비활성화(&amp;D)…</translation>
    </message>
    <message>
        <source>Add &amp;place…</source>
        <translation>장소 추가(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>사용 중지(&amp;C)…</translation>
    </message>
    <message>
        <source>Coun&amp;selors</source>
        <translation>상담사(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Meeting places</source>
        <translation>상담 장소(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>다시 활성화(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>다시 사용(&amp;O)</translation>
    </message>
    <message>
        <source>{name} is on the list.</source>
        <translation>{name} 상담사를 목록에 올렸습니다.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>{name} is added.</source>
        <translation>{name} 장소를 추가했습니다.</translation>
    </message>
    <message>
        <source>Deactivate counselor</source>
        <translation>상담사 비활성화</translation>
    </message>
    <message>
        <source>Deactivate {name}? Her sessions stay as they are, but she can no longer be booked for new ones. You can reactivate her later.</source>
        <translation>{name} 상담사를 비활성화할까요? 이미 있는 상담은 그대로 두지만, 새 상담에는 더 이상 예약할 수 없습니다. 나중에 다시 활성화할 수 있습니다.</translation>
    </message>
    <message>
        <source>{name} is inactive.</source>
        <translation>{name} 상담사는 이제 비활성입니다.</translation>
    </message>
    <message>
        <source>{name} is active again.</source>
        <translation>{name} 상담사가 다시 활동 중입니다.</translation>
    </message>
    <message>
        <source>Close meeting place</source>
        <translation>상담 장소 사용 중지</translation>
    </message>
    <message>
        <source>Close {name}? Sessions already booked there stay, but no new session can be booked there. You can reopen it later.</source>
        <translation>{name} 장소의 사용을 중지할까요? 이미 예약된 상담은 그대로 두지만, 새 상담은 그곳에 예약할 수 없습니다. 나중에 다시 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>{name} is closed.</source>
        <translation>{name} 장소의 사용을 중지했습니다.</translation>
    </message>
    <message>
        <source>{name} is open again.</source>
        <translation>{name} 장소를 다시 사용합니다.</translation>
    </message>
</context>
<context>
    <name>CounselorsModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>사용 언어</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>File: {file}</source>
        <translation>파일: {file}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>모든 행을 검사하는 중…</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>파일에 가져올 행이 없습니다.</translation>
    </message>
    <message>
        <source>{ready}: {created}, {updated}. Nothing has been written yet.</source>
        <translation>{ready}: {created}, {updated}. 아직 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Imported: {created}, {updated}.</source>
        <translation>가져오기 완료: {created}, {updated}.</translation>
    </message>
    <message>
        <source>Writing… {done} of {total} rows.</source>
        <translation>저장하는 중… {total}행 중 {done}행.</translation>
    </message>
    <message>
        <source>Checking every row… {done} read so far.</source>
        <translation>모든 행을 확인하는 중… 지금까지 {done}행을 읽었습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>{file} 파일을 읽을 수 없습니다: {reason}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Moving in or out this week</source>
        <translation>이번 주 입실·퇴실</translation>
    </message>
    <message>
        <source>Who moves in, out or to another room, and when</source>
        <translation>누가 언제 입실, 퇴실하거나 방을 옮기는지</translation>
    </message>
    <message>
        <source>Active members without a bed</source>
        <translation>침대가 없는 활동 중인 회원</translation>
    </message>
    <message>
        <source>Members in the community today with no bed today</source>
        <translation>오늘 공동체에 속해 있지만 오늘 침대가 없는 회원</translation>
    </message>
    <message>
        <source>Open enquiries</source>
        <translation>처리 중인 문의</translation>
    </message>
    <message>
        <source>Opens the members whose status is enquiry</source>
        <translation>상태가 문의인 회원 목록을 엽니다</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>활동 중인 회원</translation>
    </message>
    <message>
        <source>Opens the members whose status is active</source>
        <translation>상태가 활동 중인 회원 목록을 엽니다</translation>
    </message>
    <message>
        <source>Beds free today</source>
        <translation>오늘 빈 침대</translation>
    </message>
    <message>
        <source>Opens the rooms board for today</source>
        <translation>오늘의 방 현황판을 엽니다</translation>
    </message>
    <message>
        <source>Living in the house</source>
        <translation>거주 인원</translation>
    </message>
    <message>
        <source>This week: {first} to {last}</source>
        <translation>이번 주: {first}부터 {last}까지</translation>
    </message>
    <message>
        <source>in: {moving_in} · out: {moving_out} · between rooms: {changing}</source>
        <translation>입실 {moving_in} · 퇴실 {moving_out} · 방 이동 {changing}</translation>
    </message>
    <message>
        <source>in the community today, with no bed</source>
        <translation>오늘 공동체에 속해 있으나 침대 없음</translation>
    </message>
    <message>
        <source>people who asked to join</source>
        <translation>입소를 문의한 사람</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) recorded in all</source>
        <translation>
            <numerusform>전체 등록 회원 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>of {beds} beds in {rooms} rooms</source>
        <translation>방 {rooms}개, 침대 {beds}개 중</translation>
    </message>
    <message>
        <source>people with a bed today</source>
        <translation>오늘 침대를 배정받은 인원</translation>
    </message>
    <message>
        <source>moves into room {room}</source>
        <translation>방 {room} 입실</translation>
    </message>
    <message>
        <source>moves out of room {room}</source>
        <translation>방 {room} 퇴실</translation>
    </message>
    <message>
        <source>moves from room {old} to room {new}</source>
        <translation>방 이동: {old} → {new}</translation>
    </message>
    <message>
        <source>Open a line to see the rooms board on that day.</source>
        <translation>줄을 열면 그날의 방 현황판을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Nobody moves in or out this week.</source>
        <translation>이번 주에는 입실하거나 퇴실하는 사람이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Show the board</source>
        <translation>현황판 보기(&amp;S)</translation>
    </message>
    <message>
        <source>Members in the community today who have no bed today. Open a line to see the member; give her a bed on the Rooms page.</source>
        <translation>오늘 공동체에 속해 있지만 오늘 침대가 없는 회원입니다. 줄을 열면 회원 정보를 볼 수 있습니다. 침대는 방 페이지에서 배정하십시오.</translation>
    </message>
    <message>
        <source>Every active member has a bed today.</source>
        <translation>오늘 활동 중인 회원 모두에게 침대가 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Open the member</source>
        <translation>회원 열기(&amp;O)</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <source>Sessions of the day</source>
        <translation>그날의 상담</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>이 날에는 상담이 없습니다.</translation>
    </message>
    <message>
        <source>Sessions on {day}</source>
        <translation>{day}의 상담</translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>회원</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>moderate or above on {day}: time for another</source>
        <translation>{day} 검사 결과 중등도 이상: 다시 검사할 때</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>none this year (the last: {day})</source>
        <translation>올해 없음 (마지막: {day})</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>DueSection</name>
    <message>
        <source>Check-ins due</source>
        <translation>해야 할 점검</translation>
    </message>
    <message>
        <source>Opens the list of who is due a check-in or a screening</source>
        <translation>점검이나 선별검사를 할 사람의 목록을 엽니다</translation>
    </message>
    <message>
        <source>yearly check-ins: {yearly} · screenings to repeat: {screenings}</source>
        <translation>연례 점검: {yearly} · 다시 할 선별검사: {screenings}</translation>
    </message>
    <message>
        <source>Open a line to see her check-ins and record one.</source>
        <translation>줄을 열면 그 회원의 점검을 보고 새로 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>Nobody is due a check-in or a screening.</source>
        <translation>점검이나 선별검사를 할 사람이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Open her check-ins</source>
        <translation>이 회원의 점검 열기(&amp;O)</translation>
    </message>
</context>
<context>
    <name>EditSessionDialog</name>
    <message>
        <source>Sa&amp;ve</source>
        <translation>저장(&amp;V)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>상담</translation>
    </message>
    <message>
        <source>Change a session</source>
        <translation>상담 변경</translation>
    </message>
    <message>
        <source>&amp;How it went:</source>
        <translation>진행 결과(&amp;H):</translation>
    </message>
    <message>
        <source>Confidential &amp;notes…</source>
        <translation>비밀 상담 기록(&amp;N)…</translation>
    </message>
    <message>
        <source>Change a repeating session</source>
        <translation>반복 상담 변경</translation>
    </message>
    <message>
        <source>This session is part of a series. Which sessions should change?</source>
        <translation>이 상담은 반복 일정의 일부입니다. 어느 상담을 바꿀까요?</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>변경(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>그래도 저장(&amp;A)</translation>
    </message>
    <message>
        <source>Close this form and open the session again to see it as it is now.</source>
        <translation>지금 상태를 보려면 이 창을 닫고 상담을 다시 여십시오.</translation>
    </message>
</context>
<context>
    <name>EraseManyDialog</name>
    <message numerus="yes">
        <source>Erase %n people for good</source>
        <translation>
            <numerusform>%n명 영구 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This removes %n people and everything about them from the database: their profiles, keep-away lists, room histories and places in households. The audit log keeps only that member records were erased, by whom and when. This cannot be undone.</source>
        <translation>
            <numerusform>%n명과 이들에 관한 모든 정보가 데이터베이스에서 삭제됩니다: 프로필, 접근 금지 목록, 방 이력, 가구 소속. 감사 기록에는 회원 기록이 삭제되었다는 사실과 삭제한 사람, 삭제 시각만 남습니다. 이 작업은 되돌릴 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>확인하려면 {word} 문구를 입력하십시오:</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>새 행사</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>첫날(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>마지막 날(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>장소(&amp;P):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Members who came:</source>
        <translation>참석한 회원(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Guests (not members):</source>
        <translation>손님, 회원 아님(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Children (not members):</source>
        <translation>어린이, 회원 아님(&amp;C):</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>인원:</translation>
    </message>
    <message>
        <source>{count} people in all</source>
        <translation>모두 {count}명</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Days</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>회원</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>손님</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>어린이</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인원</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Search events by name, place or kind (Ctrl+F)</source>
        <translation>이름, 장소, 종류로 행사 찾기 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>새 행사(&amp;N)…</translation>
    </message>
    <message>
        <source>Add an event (Ctrl+N)</source>
        <translation>행사를 추가합니다 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>참석 기록(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove event…</source>
        <translation>행사 삭제(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import events…</source>
        <translation>행사 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport events…</source>
        <translation>행사 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Events and attendance by year</source>
        <translation>연도별 행사와 참석</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>모든 연도</translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation>아직 기록된 행사가 없습니다.</translation>
    </message>
    <message>
        <source>{events} events, {people} people in all.</source>
        <translation>행사 {events}개, 모두 {people}명.</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>행사 삭제</translation>
    </message>
    <message>
        <source>Remove {name} ({days}) and its attendance? This cannot be undone.</source>
        <translation>{name}({days}) 행사와 참석 기록을 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>행사 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting events…</source>
        <translation>행사를 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows of events to {file}.</source>
        <translation>
            <numerusform>행사 %n행을 {file} 파일로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>행사 내보내기</translation>
    </message>
</context>
<context>
    <name>ExportSessionsDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export sessions as a calendar</source>
        <translation>상담 일정을 달력 파일로 내보내기</translation>
    </message>
    <message>
        <source>A calendar file (.ics) that calendar programs open: each session with its time, kind, counselor and place. Notes are never exported; a repeating series is one event with its rule.</source>
        <translation>달력 프로그램이 여는 달력 파일(.ics)입니다. 상담마다 시간, 종류, 상담사, 장소가 들어갑니다. 상담 기록은 내보내지 않으며, 반복 상담은 반복 규칙을 가진 일정 하나가 됩니다.</translation>
    </message>
    <message>
        <source>All counselors</source>
        <translation>모든 상담사</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name}(비활성)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Show members&apos; &amp;names (not only their codes)</source>
        <translation>회원 이름 표시(코드만이 아니라)(&amp;N)</translation>
    </message>
    <message>
        <source>The file will hold the names of the members in these sessions. Anyone who gets it — or the calendar or phone it is opened in, and that calendar&apos;s online account — can read who comes to counseling, when and where. Keep it on this computer, and delete it when it has been used.</source>
        <translation>파일에 이 상담들에 참여하는 회원의 이름이 들어갑니다. 파일을 얻는 사람은 누구나 — 파일을 연 달력이나 휴대전화, 그 달력의 온라인 계정도 — 누가 언제 어디서 상담을 받는지 읽을 수 있습니다. 파일은 이 컴퓨터에만 두고, 다 쓴 뒤에는 지우십시오.</translation>
    </message>
    <message>
        <source>&amp;Counselor:</source>
        <translation>상담사(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Days from:</source>
        <translation>기간(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Export with names…</source>
        <translation>이름과 함께 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>The last day ({end}) is before the first ({start}).</source>
        <translation>마지막 날({end})이 첫날({start})보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>상담 일정 내보내기</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>달력 파일 (*.ics)</translation>
    </message>
    <message>
        <source>No session from {start} to {end}: the calendar written to {file} is empty.</source>
        <translation>{start}부터 {end}까지 상담이 없습니다. {file} 파일에 쓴 달력은 비어 있습니다.</translation>
    </message>
    <message>
        <source>Sessions exported: {count}. The calendar is in {file}.</source>
        <translation>상담 {count}건을 내보냈습니다. 달력 파일: {file}</translation>
    </message>
    <message>
        <source>Your role may not export. Ask a manager.</source>
        <translation>내 역할로는 내보낼 수 없습니다. 운영 관리자에게 요청하십시오.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Throw away what you typed in this form? It has not been saved.</source>
        <translation>이 양식에 입력한 내용을 버리시겠습니까? 아직 저장되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>&amp;Save goal</source>
        <translation>목표 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Community goal</source>
        <translation>공동체 목표</translation>
    </message>
    <message>
        <source>Correct the community goal</source>
        <translation>공동체 목표 고치기</translation>
    </message>
    <message>
        <source>How many members the community aims for, and by when. Earlier goals are kept.</source>
        <translation>공동체가 언제까지 몇 명의 회원을 목표로 하는지 정합니다. 이전 목표는 그대로 보관됩니다.</translation>
    </message>
    <message>
        <source> members</source>
        <translation>명</translation>
    </message>
    <message>
        <source>Why this goal, what it stands for</source>
        <translation>이 목표를 세운 이유, 그 의미</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>시작(&amp;T):</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>최소(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Up to:</source>
        <translation>최대(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>기한(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <source>Community size over time</source>
        <translation>시간에 따른 공동체 규모</translation>
    </message>
    <message>
        <source>No figures to show yet.</source>
        <translation>아직 보여 줄 수치가 없습니다.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>회원 수</translation>
    </message>
    <message>
        <source>Path to the goal</source>
        <translation>목표까지의 경로</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>추세</translation>
    </message>
    <message>
        <source>Target band</source>
        <translation>목표 범위</translation>
    </message>
</context>
<context>
    <name>GrowthPanel</name>
    <message>
        <source>Set goa&amp;l…</source>
        <translation>목표 설정(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Correct goal…</source>
        <translation>목표 고치기(&amp;C)…</translation>
    </message>
    <message>
        <source>Correct the current goal (a new goal keeps the earlier ones; a correction changes it)</source>
        <translation>지금 목표를 고칩니다(새 목표는 이전 목표를 남기고, 고치기는 지금 목표를 바꿉니다)</translation>
    </message>
    <message>
        <source>last {months} months</source>
        <translation>최근 {months}개월</translation>
    </message>
    <message>
        <source>Trend over the</source>
        <translation>추세 기간:</translation>
    </message>
    <message>
        <source>Joined and left from</source>
        <translation>가입·퇴소 기간:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <source>{joined} joined or came back, {left} left</source>
        <translation>가입 또는 복귀 {joined}명, 퇴소 {left}명</translation>
    </message>
    <message>
        <source>{size} members today. No goal is set yet.</source>
        <translation>오늘 회원 {size}명. 아직 목표가 없습니다.</translation>
    </message>
    <message>
        <source>{size} members today; the goal: {low} to {high} members by {due} (from {start}).</source>
        <translation>오늘 회원 {size}명. 목표: {due}까지 {low}~{high}명 ({start}부터).</translation>
    </message>
    <message>
        <source>Trend from {start} to {end} (a least-squares line through the size on each day): {rate} members a month.</source>
        <translation>{start}~{end}의 추세(날마다의 회원 수에 맞춘 최소제곱 직선): 한 달에 {rate}명.</translation>
    </message>
    <message>
        <source>{target} members: reached.</source>
        <translation>{target}명: 도달했습니다.</translation>
    </message>
    <message>
        <source>{target} members: not reached at this rate.</source>
        <translation>{target}명: 이 속도로는 도달하지 못합니다.</translation>
    </message>
    <message>
        <source>{target} members: about {day}.</source>
        <translation>{target}명: {day}쯤.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Room history</source>
        <translation>방 이력</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>방</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>침대</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Change the &amp;move-out date…</source>
        <translation>퇴실일 변경(&amp;M)…</translation>
    </message>
    <message>
        <source>She has not had a room yet.</source>
        <translation>아직 배정받은 방이 없습니다.</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>{count} sessions held</source>
        <translation>상담 {count}건</translation>
    </message>
    <message>
        <source>Hours of counseling</source>
        <translation>상담 시간</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>시작 달</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>끝 달</translation>
    </message>
    <message>
        <source>Hours of the sessions held (marked completed) by each counselor, month by month. Hover over a figure to see how many sessions made it.</source>
        <translation>상담사별로 달마다 진행한(완료로 기록한) 상담의 시간입니다. 숫자 위에 마우스를 올리면 몇 건의 상담인지 보입니다.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>시작(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>끝(&amp;T)</translation>
    </message>
    <message>
        <source>The last month is before the first.</source>
        <translation>끝 달이 시작 달보다 앞섭니다.</translation>
    </message>
    <message>
        <source>In all: {hours} hours in {count} sessions held, {start} to {end}.</source>
        <translation>모두 {hours}시간, 상담 {count}건 ({start} ~ {end}).</translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>S&amp;tart a household</source>
        <translation>가구 만들기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>구성원 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;relationship…</source>
        <translation>관계 변경(&amp;R)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve from household</source>
        <translation>가구에서 제외(&amp;V)</translation>
    </message>
    <message>
        <source>Not in a household.</source>
        <translation>가구에 속해 있지 않습니다.</translation>
    </message>
    <message>
        <source>Household: {household}</source>
        <translation>가구: {household}</translation>
    </message>
    <message>
        <source>Take {name} out of this household? Her own record is kept.</source>
        <translation>{name} 회원을 이 가구에서 제외하시겠습니까? 본인의 회원 기록은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Remove from household</source>
        <translation>가구에서 제외</translation>
    </message>
</context>
<context>
    <name>ImpactForm</name>
    <message>
        <source>Always de-identified: no names, and no figure drawn from fewer than 5 people.</source>
        <translation>항상 비식별: 이름이 없고, 5명 미만에서 나온 수치는 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>From &amp;year:</source>
        <translation>시작 연도(&amp;Y):</translation>
    </message>
    <message>
        <source>To y&amp;ear:</source>
        <translation>마지막 연도(&amp;E):</translation>
    </message>
    <message>
        <source>The first year must not come after the last.</source>
        <translation>시작 연도가 마지막 연도보다 뒤일 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ImportEventsDialog</name>
    <message>
        <source>Import events</source>
        <translation>행사 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>%n new events</source>
        <translation>
            <numerusform>새 행사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrected</source>
        <translation>
            <numerusform>수정 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are ready</source>
        <translation>
            <numerusform>가져올 준비가 된 행 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems were found. Nothing was imported: correct the file and try again.</source>
        <translation>
            <numerusform>문제가 %n개 발견되었습니다. 아무것도 가져오지 않았습니다: 파일을 수정한 후 다시 시도하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows checked: every event is already as the file says. There is nothing to import.</source>
        <translation>
            <numerusform>%n개 행을 검사했습니다: 모든 행사가 이미 파일 내용과 같습니다. 가져올 내용이 없습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMembersDialog</name>
    <message>
        <source>Import members</source>
        <translation>회원 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>%n rows are ready</source>
        <translation>
            <numerusform>가져올 준비가 된 행 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems were found. Nothing was imported: correct the file and try again.</source>
        <translation>
            <numerusform>문제가 %n개 발견되었습니다. 아무것도 가져오지 않았습니다: 파일을 수정한 후 다시 시도하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows checked: every member is already as the file says. There is nothing to import.</source>
        <translation>
            <numerusform>%n개 행을 검사했습니다: 모든 회원 정보가 이미 파일 내용과 같습니다. 가져올 내용이 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new members</source>
        <translation>
            <numerusform>새 회원 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>정보 수정 %n명</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>ImportSurveysDialog</name>
    <message>
        <source>Import surveys</source>
        <translation>연례 점검 설문 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>%n new responses</source>
        <translation>
            <numerusform>새 응답 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrected</source>
        <translation>
            <numerusform>수정 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are ready</source>
        <translation>
            <numerusform>가져올 준비가 된 행 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems were found. Nothing was imported: correct the file and try again.</source>
        <translation>
            <numerusform>문제가 %n개 발견되었습니다. 아무것도 가져오지 않았습니다: 파일을 수정한 후 다시 시도하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows checked: every response is already recorded. There is nothing to import.</source>
        <translation>
            <numerusform>%n개 행을 검사했습니다: 모든 응답이 이미 기록되어 있습니다. 가져올 내용이 없습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>Safehouse is already open for this database; its window has been brought forward.</source>
        <translation>이 데이터베이스는 이미 Safehouse에서 열려 있습니다. 열려 있는 창을 앞으로 가져왔습니다.</translation>
    </message>
</context>
<context>
    <name>KeepAwayDialog</name>
    <message>
        <source>Add a person to keep away</source>
        <translation>접근 금지 대상 추가</translation>
    </message>
    <message>
        <source>Edit keep-away entry</source>
        <translation>접근 금지 대상 수정</translation>
    </message>
    <message>
        <source>Name, or a description of the person</source>
        <translation>이름 또는 인상착의 등 설명</translation>
    </message>
    <message>
        <source>What staff should know: appearance, car, places to avoid…</source>
        <translation>직원이 알아야 할 내용: 외모, 차량, 피해야 할 장소…</translation>
    </message>
    <message>
        <source>When the person is also a member here</source>
        <translation>이 사람도 이곳의 회원인 경우</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>대상(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>관계(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Linked member:</source>
        <translation>연결된 회원(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (or a description of them).</source>
        <translation>대상의 이름(또는 설명)을 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose a member from the list, or leave this empty.</source>
        <translation>목록에서 회원을 선택하거나 비워 두십시오.</translation>
    </message>
</context>
<context>
    <name>KeepAwayTab</name>
    <message>
        <source>Person</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Linked member</source>
        <translation>연결된 회원</translation>
    </message>
    <message>
        <source>Confidential. Opening this list is recorded.</source>
        <translation>기밀 정보입니다. 이 목록을 열람하면 기록이 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>수정(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Remove keep-away entry</source>
        <translation>접근 금지 대상 삭제</translation>
    </message>
    <message>
        <source>Remove {name} from this member&apos;s keep-away list?</source>
        <translation>이 회원의 접근 금지 목록에서 {name} 대상을 삭제하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>{what} ({licence})</source>
        <translation>{what} ({licence})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Safehouse</source>
        <translation>Safehouse</translation>
    </message>
    <message>
        <source>Locked — {name}</source>
        <translation>잠금 — {name}</translation>
    </message>
    <message>
        <source>Enter your password to go on, or log out.</source>
        <translation>계속하려면 비밀번호를 입력하거나 로그아웃하십시오.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>로그아웃(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Safehouse — log in</source>
        <translation>Safehouse — 로그인</translation>
    </message>
    <message>
        <source>Safehouse</source>
        <translation>Safehouse</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>데이터베이스: {database}</translation>
    </message>
    <message>
        <source>This database was made before Safehouse encrypted its data. Log in as an administrator to encrypt it now; a copy is kept until it is done.</source>
        <translation>이 데이터베이스는 Safehouse가 데이터를 암호화하기 전에 만들어졌습니다. 지금 암호화하려면 시스템 관리자로 로그인하십시오. 암호화가 끝날 때까지 사본이 보관됩니다.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Every password l&amp;ost?</source>
        <translation>비밀번호를 모두 잊어버렸습니까(&amp;O)?</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>로그인(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Encrypt and log in</source>
        <translation>암호화하고 로그인(&amp;E)</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>백업에서 복원(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>자세히(&amp;D)</translation>
    </message>
    <message>
        <source>The database could not be encrypted; nothing was changed.</source>
        <translation>데이터베이스를 암호화하지 못했습니다. 변경된 내용은 없습니다.</translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message numerus="yes">
        <source>The database is now encrypted. The other %n account(s) must have their passwords reset by an administrator (Admin → Users) before they can log in.</source>
        <translation>
            <numerusform>데이터베이스가 이제 암호화되었습니다. 다른 계정 %n개는 시스템 관리자가 비밀번호를 다시 설정해야(관리 → 사용자) 로그인할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the daily backup…</source>
        <translation>오늘의 백업을 확인하는 중…</translation>
    </message>
    <message>
        <source>The daily backup is made.</source>
        <translation>오늘의 백업을 만들었습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Safehouse</source>
        <translation>Safehouse</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>회원</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>방</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>웰빙</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>공동체</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>관리</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation>회원 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export members…</source>
        <translation>회원 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>인쇄(&amp;R)…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>잠금(&amp;K)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>내 비밀번호 변경(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>로그아웃(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Safehouse</source>
        <translation>Safehouse 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>로그인: {name} ({role})</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>데이터베이스: {database}</translation>
    </message>
    <message>
        <source>The language will change the next time you log in.</source>
        <translation>다음에 로그인할 때부터 이 언어로 표시됩니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>About Safehouse</source>
        <translation>Safehouse 정보</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>복원 완료</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>로그아웃됨</translation>
    </message>
    <message>
        <source>Safehouse logs you out now.</source>
        <translation>이제 Safehouse에서 로그아웃합니다.</translation>
    </message>
</context>
<context>
    <name>MemberCombo</name>
    <message>
        <source>Type a code or a name</source>
        <translation>코드 또는 이름 입력</translation>
    </message>
</context>
<context>
    <name>MemberFiles</name>
    <message>
        <source>Import members</source>
        <translation>회원 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>회원 내보내기</translation>
    </message>
    <message>
        <source>Exporting members…</source>
        <translation>회원을 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n members to {file}.</source>
        <translation>
            <numerusform>회원 %n명을 {file} 파일로 내보냈습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Admit a new member</source>
        <translation>새 회원 등록</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>등록(&amp;A)</translation>
    </message>
    <message>
        <source>Edit member {code}</source>
        <translation>회원 정보 수정: {code}</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(기록 없음)</translation>
    </message>
    <message>
        <source>e.g. 1990</source>
        <translation>예: 1990</translation>
    </message>
    <message>
        <source>The member code is given when you save.</source>
        <translation>회원 코드는 저장할 때 부여됩니다.</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>코드:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>성별(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>출생 연도(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>전화번호(&amp;P):</translation>
    </message>
    <message>
        <source>Arrival in &amp;Korea:</source>
        <translation>한국 입국일(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Hanawon completed:</source>
        <translation>하나원 수료일(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>등록일(&amp;J):</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>퇴소일(&amp;L):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>추천인(&amp;R):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <source>Use “Change status…” on the member&apos;s profile to change the status.</source>
        <translation>상태는 회원 프로필의 “상태 변경…”에서 바꾸십시오.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Al&amp;ias:</source>
        <translation>가명(&amp;I):</translation>
    </message>
    <message>
        <source>The birth year must be a number.</source>
        <translation>출생 연도는 숫자로 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose a member from the list, or leave this empty.</source>
        <translation>목록에서 회원을 선택하거나 비워 두십시오.</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>Search by code, name or alias (Ctrl+F)</source>
        <translation>코드, 이름 또는 가명으로 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>회원 검색</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>&amp;Show her</source>
        <translation>이 회원 보기(&amp;S)</translation>
    </message>
    <message>
        <source>{code} is now {status} and is no longer shown with the filter {filter}.</source>
        <translation>{code} 회원의 상태가 이제 ‘{status}’입니다. ‘{filter}’ 필터에서는 더 이상 보이지 않습니다.</translation>
    </message>
    <message>
        <source>{code} is now {status} and is no longer shown with the search {filter}.</source>
        <translation>{code} 회원의 상태가 이제 ‘{status}’입니다. 검색 결과에 더 이상 나오지 않습니다(검색어: {filter}).</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>회원 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} members</source>
        <translation>회원 {total}명 중 {shown}명</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Type a code or a name</source>
        <translation>코드 또는 이름 입력</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>가명</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>방</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>등록일</translation>
    </message>
    <message>
        <source>No room today</source>
        <translation>오늘 배정된 방 없음</translation>
    </message>
</context>
<context>
    <name>MembersField</name>
    <message>
        <source>A&amp;dd</source>
        <translation>추가(&amp;D)</translation>
    </message>
    <message>
        <source>Members of the session</source>
        <translation>상담에 참여하는 회원</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>빼기(&amp;M)</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>&amp;New member…</source>
        <translation>새 회원(&amp;N)…</translation>
    </message>
    <message>
        <source>Admit a new member (Ctrl+N)</source>
        <translation>새 회원을 등록합니다 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Print progress su&amp;mmaries…</source>
        <translation>경과 요약 인쇄(&amp;M)…</translation>
    </message>
    <message>
        <source>The progress summary of each member selected, in one document to preview and print (Ctrl+P). Select several with Shift or Ctrl.</source>
        <translation>선택한 각 회원의 경과 요약을 한 문서로 미리 보고 인쇄합니다(Ctrl+P). 여러 명은 Shift나 Ctrl로 선택하세요.</translation>
    </message>
    <message>
        <source>Choose a member on the left, or press Ctrl+N to admit a new one.</source>
        <translation>왼쪽에서 회원을 선택하거나 Ctrl+N을 눌러 새 회원을 등록하십시오.</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>프로필(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>가구(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keep-away</source>
        <translation>접근 금지(&amp;K)</translation>
    </message>
    <message>
        <source>Room hist&amp;ory</source>
        <translation>방 이력(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;ferrals and events</source>
        <translation>추천과 행사(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Care plan</source>
        <translation>돌봄 계획(&amp;C)</translation>
    </message>
    <message>
        <source>Check-&amp;ins</source>
        <translation>점검(&amp;I)</translation>
    </message>
    <message>
        <source>Counse&amp;ling</source>
        <translation>상담(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>&amp;Move</source>
        <translation>이동(&amp;M)</translation>
    </message>
    <message>
        <source>Move to another room</source>
        <translation>다른 방으로 이동</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>{date}부터</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>회원:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>현재:</translation>
    </message>
    <message>
        <source>&amp;New room:</source>
        <translation>새 방(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Bed:</source>
        <translation>침대(&amp;B):</translation>
    </message>
    <message>
        <source>Moves &amp;on:</source>
        <translation>이동일(&amp;O):</translation>
    </message>
    <message>
        <source>Choose a room.</source>
        <translation>방을 선택하십시오.</translation>
    </message>
    <message>
        <source>Move &amp;anyway</source>
        <translation>그래도 이동(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <source>&amp;Move out</source>
        <translation>퇴실(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Move out</source>
        <translation>퇴실</translation>
    </message>
    <message>
        <source>Change the move-out date</source>
        <translation>퇴실일 변경</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>{date}부터</translation>
    </message>
    <message>
        <source>She stays on: &amp;no move-out date</source>
        <translation>계속 머묾: 퇴실일 없음(&amp;N)</translation>
    </message>
    <message>
        <source>Planned move-out:</source>
        <translation>예정된 퇴실일:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>회원:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>현재:</translation>
    </message>
    <message>
        <source>Moves &amp;out on:</source>
        <translation>퇴실일(&amp;O):</translation>
    </message>
    <message>
        <source>Cancel the planned move-out of {member} from room {room}? She then stays with no move-out date.</source>
        <translation>{member} 회원의 방 {room} 퇴실 예정을 취소하시겠습니까? 퇴실일 없이 계속 머물게 됩니다.</translation>
    </message>
    <message>
        <source>Change the day {member} moves out of room {room} from {old} to {date}?</source>
        <translation>{member} 회원의 방 {room} 퇴실일을 바꾸시겠습니까? ({old} → {date})</translation>
    </message>
    <message>
        <source>Move {member} out of room {room} on {date}? Her stay there is kept in the history.</source>
        <translation>{member} 회원을 {date}에 방 {room}에서 퇴실 처리하시겠습니까? 이 방에 머문 기록은 이력에 남습니다.</translation>
    </message>
    <message>
        <source>Move out &amp;anyway</source>
        <translation>그래도 퇴실(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MovementsModel</name>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>복귀</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>가입</translation>
    </message>
    <message>
        <source>left ({how})</source>
        <translation>퇴소 ({how})</translation>
    </message>
    <message>
        <source>left</source>
        <translation>퇴소</translation>
    </message>
</context>
<context>
    <name>MovementsSection</name>
    <message>
        <source>Joined or left this month</source>
        <translation>이번 달 가입·퇴소</translation>
    </message>
    <message>
        <source>Opens the list of who joined, came back or left</source>
        <translation>가입, 복귀, 퇴소한 사람의 목록을 엽니다</translation>
    </message>
    <message>
        <source>joined or came back: {joined} · left: {left} (since {first})</source>
        <translation>가입·복귀 {joined}명 · 퇴소 {left}명 ({first}부터)</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>복귀</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>가입</translation>
    </message>
    <message>
        <source>left</source>
        <translation>퇴소</translation>
    </message>
    <message>
        <source>Open a line to see the member.</source>
        <translation>줄을 열면 회원 정보를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Nobody joined or left this month.</source>
        <translation>이번 달에는 가입하거나 퇴소한 사람이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Open the member</source>
        <translation>회원 열기(&amp;O)</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>&amp;Create account</source>
        <translation>계정 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>새 사용자</translation>
    </message>
    <message>
        <source>She chooses her own password at her first login</source>
        <translation>첫 로그인 때 본인이 비밀번호를 직접 정함</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>성명(&amp;F):</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>역할(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>비밀번호 확인(&amp;R):</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <source>&amp;Save notes</source>
        <translation>기록 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>비밀 상담 기록</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Confidential: only the session&apos;s counselor, managers and administrators can open these notes. Each opening is recorded in the audit log.</source>
        <translation>비밀: 이 기록은 해당 상담의 상담사, 운영 관리자, 시스템 관리자만 열 수 있습니다. 열 때마다 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>기록(&amp;N):</translation>
    </message>
    <message>
        <source>No notes written yet.</source>
        <translation>아직 작성된 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Last written by {name} on {when}.</source>
        <translation>마지막 작성: {name}, {when}.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Tick to enter a date; untick to leave it empty</source>
        <translation>날짜를 입력하려면 체크하고, 비워 두려면 체크를 해제하십시오</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>날짜 입력</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Report preview</source>
        <translation>보고서 미리 보기</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>너비 맞춤</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>쪽 전체</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>이전 쪽</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>다음 쪽</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>쪽</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>of {pages}</source>
        <translation>/ {pages}</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>&amp;Add place</source>
        <translation>장소 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>New meeting place</source>
        <translation>새 상담 장소</translation>
    </message>
    <message>
        <source>Rename meeting place</source>
        <translation>상담 장소 이름 바꾸기</translation>
    </message>
    <message>
        <source>A room of the house where sessions are held (a counseling room, the living room), kept apart from the bedrooms.</source>
        <translation>공동체 안에서 상담을 하는 방(상담실, 거실 등)입니다. 침실과는 따로 관리합니다.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Enter the meeting place&apos;s name.</source>
        <translation>상담 장소의 이름을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>PlaceField</name>
    <message>
        <source>Outside the house…</source>
        <translation>쉼터 밖…</translation>
    </message>
    <message>
        <source>No place</source>
        <translation>장소 없음</translation>
    </message>
    <message>
        <source>Where: e.g. Hope Clinic, Seoul</source>
        <translation>장소: 예) 서울 희망클리닉</translation>
    </message>
</context>
<context>
    <name>PlacesModel</name>
    <message>
        <source>Meeting place</source>
        <translation>상담 장소</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>open</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>사용 중지</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Code:</source>
        <translation>코드:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation>가명:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>성별:</translation>
    </message>
    <message>
        <source>Birth year:</source>
        <translation>출생 연도:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>전화번호:</translation>
    </message>
    <message>
        <source>Arrival in Korea:</source>
        <translation>한국 입국일:</translation>
    </message>
    <message>
        <source>Hanawon completed:</source>
        <translation>하나원 수료일:</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>등록일:</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>퇴소일:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>추천인:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>수정(&amp;D)…</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>상태 변경(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>삭제(&amp;R)…</translation>
    </message>
    <message>
        <source>Erase &amp;everything about her…</source>
        <translation>모든 정보 영구 삭제(&amp;E)…</translation>
    </message>
    <message>
        <source>Erase only her &amp;notes…</source>
        <translation>메모만 삭제(&amp;N)…</translation>
    </message>
    <message>
        <source>Periods in the community</source>
        <translation>공동체 활동 기간</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To (last day)</source>
        <translation>종료일 (마지막 날)</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>종료 사유</translation>
    </message>
    <message>
        <source>Not yet a member of the community.</source>
        <translation>아직 공동체 구성원이 아닙니다.</translation>
    </message>
    <message>
        <source>(not shown for your role)</source>
        <translation>(현재 역할로는 볼 수 없음)</translation>
    </message>
    <message>
        <source>Still a member</source>
        <translation>활동 중</translation>
    </message>
</context>
<context>
    <name>ProgressForm</name>
    <message>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <source>Choose &amp;one member instead</source>
        <translation>한 명만 선택(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;De-identified (code and alias only, no name)</source>
        <translation>비식별(&amp;D) (코드와 가명만, 이름 없음)</translation>
    </message>
    <message>
        <source>For a copy that leaves the office: the member appears by code and alias.</source>
        <translation>사무실 밖으로 나가는 사본용: 회원이 코드와 가명으로만 나옵니다.</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>회원(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>종료일(&amp;T):</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), one after another: {codes}</source>
        <translation>
            <numerusform>회원 %n명, 차례로: {codes}</numerusform>
        </translation>
    </message>
    <message>
        <source>The period must start on or before its last day.</source>
        <translation>기간의 시작일은 종료일과 같거나 그 전이어야 합니다.</translation>
    </message>
    <message>
        <source>Choose a member: type part of her code or name.</source>
        <translation>회원을 선택하세요. 코드나 이름의 일부를 입력하면 됩니다.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Erase {code} for good</source>
        <translation>{code} 회원 영구 삭제</translation>
    </message>
    <message>
        <source>This removes {code} and everything about her from the database: her profile (name, alias, phone, dates, case notes), her keep-away list, her room history and her place in a household (a household left empty is removed). Members she referred, and members whose keep-away list names her, keep their own records without the link to her.

The audit log keeps only that a member record was erased, by whom and when. This cannot be undone. Backups made before now still contain her until they are rotated out.</source>
        <translation>{code} 회원과 이 회원에 관한 모든 정보가 데이터베이스에서 삭제됩니다: 프로필(이름, 가명, 전화번호, 날짜, 상담 메모), 접근 금지 목록, 방 이력, 가구 소속(구성원이 남지 않은 가구는 삭제됨). 이 회원이 추천한 회원과 접근 금지 목록에 이 회원이 올라 있는 회원은 이 회원과의 연결만 빠진 채 각자의 기록이 유지됩니다.

감사 기록에는 회원 기록이 삭제되었다는 사실과 삭제한 사람, 삭제 시각만 남습니다. 이 작업은 되돌릴 수 없습니다. 지금까지 만든 백업에는 그 백업이 순차적으로 정리되어 없어질 때까지 이 회원의 정보가 남아 있습니다.</translation>
    </message>
    <message>
        <source>Erase the notes of {code}</source>
        <translation>{code} 회원의 메모 삭제</translation>
    </message>
    <message>
        <source>This removes the case notes of {code} and the descriptions in her keep-away list from the database. Her profile, the names on her keep-away list, her household and her room history stay.

The audit log keeps only that her notes were erased, by whom and when. This cannot be undone. Backups made before now still contain the notes until they are rotated out.</source>
        <translation>{code} 회원의 상담 메모와 접근 금지 목록의 설명이 데이터베이스에서 삭제됩니다. 프로필, 접근 금지 목록의 이름, 가구, 방 이력은 그대로 남습니다.

감사 기록에는 메모가 삭제되었다는 사실과 삭제한 사람, 삭제 시각만 남습니다. 이 작업은 되돌릴 수 없습니다. 지금까지 만든 백업에는 그 백업이 순차적으로 정리되어 없어질 때까지 메모가 남아 있습니다.</translation>
    </message>
    <message>
        <source>Type her code, {code}, to confirm:</source>
        <translation>확인하려면 회원 코드({code})를 입력하십시오:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>다음에서 찾기(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Safehouse — recovery</source>
        <translation>Safehouse — 복구</translation>
    </message>
    <message>
        <source>Type the recovery key that was shown when the database was made, the user name of an administrator, and a new password for her.</source>
        <translation>데이터베이스를 만들 때 표시된 복구 키, 시스템 관리자의 사용자 이름, 그 계정의 새 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>복구 키(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>시스템 관리자(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>새 비밀번호(&amp;N):</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>비밀번호 확인(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Set password and log in</source>
        <translation>비밀번호 설정 후 로그인(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Safehouse — recovery key</source>
        <translation>Safehouse — 복구 키</translation>
    </message>
    <message>
        <source>This is the database&apos;s recovery key. With it, an administrator can set a new password when every password is lost. Without it, and without a password, nobody can open the data — not even us.

Write it down or print it now, and keep it somewhere safe away from this computer. It will not be shown again.</source>
        <translation>이것은 이 데이터베이스의 복구 키입니다. 모든 비밀번호를 잃어버렸을 때 이 키가 있으면 시스템 관리자가 새 비밀번호를 설정할 수 있습니다. 이 키도 비밀번호도 없으면 누구도 데이터를 열 수 없습니다. 저희 개발자도 마찬가지입니다.

지금 적어 두거나 인쇄하여 이 컴퓨터와 떨어진 안전한 곳에 보관하십시오. 이 키는 다시 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>복구 키를 적어 두었거나 인쇄했습니다(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>계속(&amp;C)</translation>
    </message>
    <message>
        <source>Safehouse recovery key</source>
        <translation>Safehouse 복구 키</translation>
    </message>
    <message>
        <source>Keep this page locked away from the office computer.</source>
        <translation>이 종이는 사무실 컴퓨터와 떨어진 곳에 잠가서 보관하십시오.</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Find in the tree by name or code</source>
        <translation>이름이나 코드로 트리에서 찾기</translation>
    </message>
    <message>
        <source>New members from</source>
        <translation>새 회원 기간:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <source>No new members in this period.</source>
        <translation>이 기간에는 새 회원이 없습니다.</translation>
    </message>
    <message>
        <source>{referred} of {new} new members ({percent}%) were referred by existing members.</source>
        <translation>새 회원 {new}명 중 {referred}명({percent}%)이 기존 회원의 추천으로 왔습니다.</translation>
    </message>
    <message>
        <source>{code} ({direct}; {total} in all)</source>
        <translation>{code} ({direct}명, 모두 {total}명)</translation>
    </message>
    <message>
        <source>Reached the most people: {list}.</source>
        <translation>가장 많은 사람을 이끈 회원: {list}.</translation>
    </message>
    <message>
        <source>Longest chain: {count} people ({chain}).</source>
        <translation>가장 긴 추천 사슬: {count}명 ({chain}).</translation>
    </message>
</context>
<context>
    <name>ReferralTreeModel</name>
    <message>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <source>In the community</source>
        <translation>공동체에 있음</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>이끈 사람</translation>
    </message>
    <message>
        <source>The records say her referrers lead back to her; correct who referred whom on the members&apos; pages.</source>
        <translation>기록상 추천인을 따라가면 이 회원에게로 되돌아옵니다. 회원 화면에서 누가 누구를 추천했는지 바로잡으십시오.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>left</source>
        <translation>떠남</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>&amp;Change</source>
        <translation>변경(&amp;C)</translation>
    </message>
    <message>
        <source>Change relationship</source>
        <translation>관계 변경</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>회원:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>관계(&amp;R):</translation>
    </message>
</context>
<context>
    <name>RepeatField</name>
    <message>
        <source>&amp;Until</source>
        <translation>종료일(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>횟수(&amp;T):</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>반복 안 함</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>격주</translation>
    </message>
    <message>
        <source>Monthly, on the {nth} {weekday}</source>
        <translation>매월 {nth} {weekday}</translation>
    </message>
    <message>
        <source>Monthly, on day {day}</source>
        <translation>매월 {day}일</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>첫째</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>둘째</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>셋째</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>넷째</translation>
    </message>
    <message>
        <source>last</source>
        <translation>마지막</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Progress summary</source>
        <translation>경과 요약</translation>
    </message>
    <message>
        <source>Impact report</source>
        <translation>성과 보고서</translation>
    </message>
    <message>
        <source>Room roster</source>
        <translation>방 배정 명단</translation>
    </message>
    <message>
        <source>Week&apos;s schedule</source>
        <translation>주간 상담 일정</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>The language the report is written in.</source>
        <translation>보고서를 작성할 언어입니다.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>보고서(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Make the report and show its pages (Ctrl+Enter)</source>
        <translation>보고서를 만들고 쪽을 보여 줍니다(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>보고서를 만드는 중…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>취소(&amp;N)</translation>
    </message>
    <message>
        <source>Stop making the report (Esc)</source>
        <translation>보고서 만들기를 멈춥니다(Esc)</translation>
    </message>
    <message>
        <source>Choose a report and its options, then press Generate: its pages appear here.</source>
        <translation>보고서와 옵션을 고른 뒤 만들기를 누르세요. 여기에 쪽이 나타납니다.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the pages shown (Ctrl+P)</source>
        <translation>보이는 쪽을 인쇄합니다(Ctrl+P)</translation>
    </message>
    <message>
        <source>Gener&amp;ate</source>
        <translation>만들기(&amp;A)</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>PDF로 저장(&amp;V)…</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>보고서 인쇄</translation>
    </message>
    <message>
        <source>Printing was stopped.</source>
        <translation>인쇄를 멈췄습니다.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>프린터로 보냈습니다.</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>보고서를 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>저장했습니다: {file}</translation>
    </message>
    <message>
        <source>The options have changed: press Generate to see them in the preview.</source>
        <translation>옵션이 바뀌었습니다. 미리 보기에 반영하려면 만들기를 누르세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n쪽.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>취소했습니다. 보고서를 만들지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Record a response</source>
        <translation>응답 기록</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>회원(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>설문지(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>답(&amp;A):</translation>
    </message>
    <message>
        <source>Answered {done} of {count}.</source>
        <translation>답한 질문: {done}/{count}.</translation>
    </message>
    <message>
        <source>Score: {score} of {high}.</source>
        <translation>점수: {score}/{high}.</translation>
    </message>
    <message>
        <source>Score: {score} of {high} — {band}.</source>
        <translation>점수: {score}/{high} — {band}.</translation>
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation>모든 질문에 답했습니다.</translation>
    </message>
    <message>
        <source>No member has this code or name.</source>
        <translation>이 코드나 이름의 회원이 없습니다.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>날짜는 미래일 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>only for a backup of another database</source>
        <translation>다른 데이터베이스의 백업인 경우에만</translation>
    </message>
    <message>
        <source>This replaces the whole database with the backup {file}. The database as it is now is backed up first, so this can be undone. Everyone is logged out afterwards and logs in with the passwords of the day the backup was made.</source>
        <translation>데이터베이스 전체를 {file} 백업의 내용으로 바꿉니다. 현재 데이터베이스를 먼저 백업하므로 이 작업은 되돌릴 수 있습니다. 복원한 뒤에는 모든 사용자가 로그아웃되며, 백업을 만든 날의 비밀번호로 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>Type {word} to continue:</source>
        <translation>계속하려면 {word} 문구를 입력하십시오:</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>내 비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RestoreInPlaceDialog</name>
    <message>
        <source>Safehouse — restore a backup</source>
        <translation>Safehouse — 백업 복원</translation>
    </message>
    <message>
        <source>Choose a backup (a safehouse-….db file with its .keys file beside it) and log in with an administrator&apos;s user name and password as they were on the day the backup was made. A damaged database here is kept aside, not deleted.</source>
        <translation>백업(옆에 .keys 파일이 함께 있는 safehouse-….db 파일)을 선택하고, 백업을 만든 날의 시스템 관리자 사용자 이름과 비밀번호로 로그인하십시오. 이곳의 손상된 데이터베이스는 삭제하지 않고 따로 보관합니다.</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>백업(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>시스템 관리자(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Restore and log in</source>
        <translation>복원하고 로그인(&amp;R)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>백업 선택</translation>
    </message>
    <message>
        <source>Safehouse backups (*.db)</source>
        <translation>Safehouse 백업 (*.db)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>백업 파일을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change the role of {user}</source>
        <translation>{user} 역할 변경</translation>
    </message>
    <message>
        <source>The new role takes effect at the next login.</source>
        <translation>새 역할은 다음 로그인부터 적용됩니다.</translation>
    </message>
    <message>
        <source>This is your own account: if you give up the administrator role, you can no longer manage users.</source>
        <translation>본인 계정입니다. 시스템 관리자 역할을 내려놓으면 더 이상 사용자를 관리할 수 없습니다.</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>역할(&amp;O):</translation>
    </message>
    <message>
        <source>Changing the role, and the keys it holds…</source>
        <translation>역할과 그 역할이 가진 키를 바꾸는 중…</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>역할 변경(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RoomBoard</name>
    <message>
        <source>Floor {floor}</source>
        <translation>{floor}층</translation>
    </message>
    <message>
        <source>There are no rooms yet. Add one with “New room…”.</source>
        <translation>아직 방이 없습니다. “새 방…”으로 방을 추가하십시오.</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <source>{room} (closed)</source>
        <translation>{room} (사용 중지)</translation>
    </message>
    <message>
        <source>{taken} / {capacity} beds</source>
        <translation>침대 {taken} / {capacity}</translation>
    </message>
</context>
<context>
    <name>RoomCombo</name>
    <message>
        <source>full</source>
        <translation>만실</translation>
    </message>
    <message numerus="yes">
        <source>%n free bed(s)</source>
        <translation>
            <numerusform>빈 침대 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>{room} · floor {floor} · {state}</source>
        <translation>{room} · {floor}층 · {state}</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>&amp;Add room</source>
        <translation>방 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>새 방</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>방 수정</translation>
    </message>
    <message>
        <source> beds</source>
        <translation>개</translation>
    </message>
    <message>
        <source>Open (people can be given beds here)</source>
        <translation>사용 중 (이 방의 침대를 배정할 수 있음)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>층(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>정원(&amp;C):</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>사용 여부(&amp;T):</translation>
    </message>
    <message>
        <source>A room needs a name.</source>
        <translation>방 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>닫힘</translation>
    </message>
    <message numerus="yes">
        <source>%n bed(s)</source>
        <translation>
            <numerusform>침대 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomHistory</name>
    <message>
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>no move-out date</source>
        <translation>퇴실일 없음</translation>
    </message>
</context>
<context>
    <name>RoomHistoryTab</name>
    <message>
        <source>Room</source>
        <translation>방</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>침대</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>숙박 일수</translation>
    </message>
    <message>
        <source>No stays in a room here yet.</source>
        <translation>아직 방에 머문 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Now in room {room}.</source>
        <translation>현재 방 {room}에 있습니다.</translation>
    </message>
    <message>
        <source>No room today.</source>
        <translation>오늘은 배정된 방이 없습니다.</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>Show who was in which bed on this day</source>
        <translation>이 날짜에 누가 어느 침대를 썼는지 보여 줍니다</translation>
    </message>
    <message>
        <source>Filter by name or room (Ctrl+F)</source>
        <translation>이름 또는 방으로 필터 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>오늘(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Assign a bed…</source>
        <translation>침대 배정(&amp;A)…</translation>
    </message>
    <message>
        <source>Assign a bed (Ctrl+N); or double-click a free bed</source>
        <translation>침대 배정 (Ctrl+N). 빈 침대를 두 번 클릭해도 됩니다</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>방 이동(&amp;V)…</translation>
    </message>
    <message>
        <source>Move &amp;out…</source>
        <translation>퇴실(&amp;O)…</translation>
    </message>
    <message>
        <source>Room histor&amp;y…</source>
        <translation>방 이력(&amp;Y)…</translation>
    </message>
    <message>
        <source>Ne&amp;w room…</source>
        <translation>새 방(&amp;W)…</translation>
    </message>
    <message>
        <source>Edit &amp;room…</source>
        <translation>방 수정(&amp;R)…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>방 이동…</translation>
    </message>
    <message>
        <source>Move out…</source>
        <translation>퇴실…</translation>
    </message>
    <message>
        <source>Room history…</source>
        <translation>방 이력…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>{taken} of {total} beds taken on {date}</source>
        <translation>{date} 기준 침대 {total}개 중 {taken}개 사용 중</translation>
    </message>
</context>
<context>
    <name>RosterForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
</context>
<context>
    <name>ScheduleFilters</name>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>C&amp;ounselor:</source>
        <translation>상담사(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>회원(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>장소(&amp;P):</translation>
    </message>
    <message>
        <source>All counselors</source>
        <translation>모든 상담사</translation>
    </message>
    <message>
        <source>{name} (not active)</source>
        <translation>{name} (비활성)</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>모든 장소</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <source>Any day of the week to print; the week starts on Monday.</source>
        <translation>인쇄할 주의 아무 날이나 고르세요. 한 주는 월요일에 시작합니다.</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>주(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Counselor:</source>
        <translation>상담사(&amp;C):</translation>
    </message>
    <message>
        <source>All counselors</source>
        <translation>모든 상담사</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>&amp;Book a session…</source>
        <translation>상담 예약(&amp;B)…</translation>
    </message>
    <message>
        <source>Book a session (Ctrl+N); or click an empty time in the week</source>
        <translation>상담 예약 (Ctrl+N). 주간 일정의 빈 시간을 눌러도 됩니다</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>변경(&amp;C)…</translation>
    </message>
    <message>
        <source>Ope&amp;n…</source>
        <translation>열기(&amp;N)…</translation>
    </message>
    <message>
        <source>Cance&amp;l session…</source>
        <translation>상담 취소(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>No&amp;tes…</source>
        <translation>기록(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>ScheduleTools</name>
    <message>
        <source>Save &amp;week as PDF…</source>
        <translation>주간 일정 PDF 저장(&amp;W)…</translation>
    </message>
    <message>
        <source>The week shown (the counselor chosen, or everyone), as a printable PDF without notes</source>
        <translation>보이는 주의 일정 (선택한 상담사 또는 전체)을 인쇄용 PDF로 저장합니다 (상담 기록 제외)</translation>
    </message>
    <message>
        <source>Co&amp;unselors and places…</source>
        <translation>상담사와 장소(&amp;U)…</translation>
    </message>
    <message>
        <source>Hou&amp;rs…</source>
        <translation>상담 시간(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>캘린더 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Hours of counseling per counselor and month</source>
        <translation>상담사별, 월별 상담 시간</translation>
    </message>
    <message>
        <source>Save the sessions as an .ics file for a calendar program (without notes)</source>
        <translation>상담 일정을 캘린더 프로그램용 .ics 파일로 저장합니다 (상담 기록 제외)</translation>
    </message>
</context>
<context>
    <name>ScopeChoice</name>
    <message>
        <source>Which sessions?</source>
        <translation>어느 상담인가요?</translation>
    </message>
    <message>
        <source>&amp;This session only</source>
        <translation>이 상담만(&amp;T)</translation>
    </message>
    <message>
        <source>This and the &amp;following ones</source>
        <translation>이 상담과 이후 상담(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;All sessions in the series</source>
        <translation>반복 일정의 모든 상담(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>변경…</translation>
    </message>
    <message>
        <source>Confidential notes…</source>
        <translation>비밀 상담 기록…</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>결과 표시</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>취소…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Delete a session</source>
        <translation>상담 삭제</translation>
    </message>
    <message>
        <source>Delete this session ({what})? It cannot be undone; to keep it in the attendance figures, cancel it instead.</source>
        <translation>이 상담({what})을 삭제할까요? 되돌릴 수 없습니다. 출석 통계에 남기려면 삭제 대신 취소하세요.</translation>
    </message>
    <message>
        <source>Delete {what}? It is part of a series: which sessions should go? Sessions held or missed stay.</source>
        <translation>{what} 상담을 삭제할까요? 반복 일정의 일부입니다. 어느 상담을 삭제할까요? 이미 진행했거나 불참한 상담은 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Someone else changed this session after it was shown here ({changes}), so it was not deleted. The schedule now shows it as it is: delete it again if you still mean to.</source>
        <translation>이 상담이 여기에 표시된 뒤에 다른 사람이 변경했기 때문에({changes}) 삭제하지 않았습니다. 일정에 지금 상태를 다시 불러왔습니다. 그래도 삭제하려면 다시 삭제하십시오.</translation>
    </message>
    <message>
        <source>Someone else changed this session after it was shown here ({changes}), so it was not marked. The schedule now shows it as it is: mark it again if you still mean to.</source>
        <translation>이 상담이 여기에 표시된 뒤에 다른 사람이 변경했기 때문에({changes}) 표시하지 않았습니다. 일정에 지금 상태를 다시 불러왔습니다. 그래도 표시하려면 다시 표시하십시오.</translation>
    </message>
    <message>
        <source>Someone else changed this session after it was shown here ({changes}), so it was not moved. The schedule now shows it as it is: move it again if you still mean to.</source>
        <translation>이 상담이 여기에 표시된 뒤에 다른 사람이 변경했기 때문에({changes}) 옮기지 않았습니다. 일정에 지금 상태를 다시 불러왔습니다. 그래도 옮기려면 다시 옮기십시오.</translation>
    </message>
    <message>
        <source>Mark a session</source>
        <translation>상담 결과 표시</translation>
    </message>
    <message>
        <source>Move a session</source>
        <translation>상담 옮기기</translation>
    </message>
    <message>
        <source>Move &amp;anyway</source>
        <translation>그래도 옮기기(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SessionLines</name>
    <message>
        <source>{place} (outside)</source>
        <translation>{place}(외부)</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>+{count} more</source>
        <translation>외 {count}명</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>장소 없음</translation>
    </message>
    <message>
        <source>{place} (outside)</source>
        <translation>{place} (외부)</translation>
    </message>
    <message>
        <source>{status} ({by})</source>
        <translation>{status} ({by})</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}분</translation>
    </message>
    <message>
        <source>Part of a repeating series</source>
        <translation>반복 일정의 일부</translation>
    </message>
    <message>
        <source>Changed on its own: departs from its series</source>
        <translation>따로 변경됨: 반복 규칙과 다름</translation>
    </message>
    <message>
        <source>(the series had it on {when})</source>
        <translation>(원래 일정: {when})</translation>
    </message>
    <message>
        <source>Counselor: {name}</source>
        <translation>상담사: {name}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>장소: {place}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>상태: {status}</translation>
    </message>
</context>
<context>
    <name>SessionsSection</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>오늘의 상담</translation>
    </message>
    <message>
        <source>Opens the list of today&apos;s counseling sessions</source>
        <translation>오늘의 상담 목록을 엽니다</translation>
    </message>
    <message>
        <source>no session booked today</source>
        <translation>오늘 예약된 상담이 없습니다</translation>
    </message>
    <message>
        <source>next at {time} with {counselor}</source>
        <translation>다음 상담: {time}, {counselor} 상담사</translation>
    </message>
    <message>
        <source>none left to begin today</source>
        <translation>오늘 시작할 상담이 더 없습니다</translation>
    </message>
    <message>
        <source>yours: {count}</source>
        <translation>내 상담: {count}</translation>
    </message>
    <message>
        <source>By time. Open a line to see the session on the Schedule page.</source>
        <translation>시간순입니다. 줄을 열면 일정 페이지에서 그 상담을 봅니다.</translation>
    </message>
    <message>
        <source>No session is booked today.</source>
        <translation>오늘 예약된 상담이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Open in the schedule</source>
        <translation>일정에서 열기(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Attendance from</source>
        <translation>출석 기간 시작</translation>
    </message>
    <message>
        <source>Attendance to</source>
        <translation>출석 기간 끝</translation>
    </message>
    <message>
        <source>Double-click a session, or press Enter on it, to see it on the Schedule page</source>
        <translation>상담을 두 번 클릭하거나 Enter 키를 누르면 일정 페이지에서 봅니다</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Coming sessions: {count}</source>
        <translation>예정된 상담: {count}건</translation>
    </message>
    <message>
        <source>Coming sessions: none booked.</source>
        <translation>예정된 상담: 예약 없음.</translation>
    </message>
    <message>
        <source>Past sessions: {count}</source>
        <translation>지난 상담: {count}건</translation>
    </message>
    <message>
        <source>Past sessions: none yet.</source>
        <translation>지난 상담: 아직 없음.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Attended {attended} · missed {missed} · cancelled {cancelled}</source>
        <translation>출석 {attended} · 불참 {missed} · 취소 {cancelled}</translation>
    </message>
    <message>
        <source>not marked yet {count}</source>
        <translation>아직 기록 안 함 {count}</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>The organisation&apos;s time zone: it decides which day is today for the calendar, alerts, reports and backups, whatever this computer&apos;s clock says.</source>
        <translation>기관의 시간대: 이 컴퓨터의 시계와 상관없이 일정, 알림, 보고서와 백업에서 오늘이 며칠인지를 정합니다.</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Years after leaving when a person&apos;s record is offered for erasure; leave empty to never offer it.</source>
        <translation>퇴소 후 몇 년이 지나면 기록 삭제를 제안할지 정합니다. 비워 두면 제안하지 않습니다.</translation>
    </message>
    <message>
        <source>Separate rooms; warn when they are on the same floor</source>
        <translation>다른 방에 배정하고, 같은 층이면 경고</translation>
    </message>
    <message>
        <source>Separate rooms only</source>
        <translation>다른 방에 배정하는 것만 확인</translation>
    </message>
    <message>
        <source>Two people on each other&apos;s keep-away list are never given the same room. With the first choice, housing them on the same floor asks first.</source>
        <translation>서로의 접근 금지 목록에 있는 두 사람은 같은 방에 배정할 수 없습니다. 첫 번째를 고르면 두 사람을 같은 층에 배정할 때 먼저 확인을 받습니다.</translation>
    </message>
    <message>
        <source>A member whose latest PHQ-9 or GAD-7 was moderate or above is listed as due for another this many weeks later.</source>
        <translation>가장 최근 PHQ-9 또는 GAD-7 결과가 중등도 이상인 회원은 이 주 수가 지나면 다시 검사할 사람으로 표시됩니다.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Letter (미국)</translation>
    </message>
    <message>
        <source>The paper reports are laid out and printed on.</source>
        <translation>보고서를 배치하고 인쇄할 용지입니다.</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>기관 이름(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>시간대(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Lock the window after (minutes idle):</source>
        <translation>사용하지 않을 때 창 잠금까지 시간(분)(&amp;L):</translation>
    </message>
    <message>
        <source>Offer to &amp;erase records (years after leaving):</source>
        <translation>퇴소 후 기록 삭제 제안까지 기간(년)(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Keep-away pairs:</source>
        <translation>접근 금지 관계(&amp;K):</translation>
    </message>
    <message>
        <source>Screening due again after (&amp;weeks):</source>
        <translation>선별검사 재실시 간격, 주(&amp;W):</translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>설정 저장(&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;rase these…</source>
        <translation>선택한 사람 삭제(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>Fin&amp;d people who left more than %n year(s) ago…</source>
        <translation>
            <numerusform>%n년보다 오래전에 퇴소한 사람 찾기(&amp;D)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fin&amp;d people who left longer ago than the years above…</source>
        <translation>위의 기간(년)보다 오래전에 퇴소한 사람 찾기(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>용지 크기(&amp;P):</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>퇴소일</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>보존 기간</translation>
    </message>
    <message>
        <source>Enter a whole number of years, or leave it empty.</source>
        <translation>연수를 정수로 입력하거나 비워 두십시오.</translation>
    </message>
    <message>
        <source>Enter a whole number of minutes.</source>
        <translation>분을 정수로 입력하십시오.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>변경된 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Enter the number of years first.</source>
        <translation>먼저 연수를 입력하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) left more than {years} years ago.</source>
        <translation>
            <numerusform>{years}년보다 오래전에 퇴소한 사람이 %n명 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody left more than {years} years ago.</source>
        <translation>{years}년보다 오래전에 퇴소한 사람이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>%n명을 삭제했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Safehouse — first start</source>
        <translation>Safehouse — 처음 시작</translation>
    </message>
    <message>
        <source>Welcome. This computer has no Safehouse database yet.
Name your organisation and create the first administrator&apos;s account. You will log in with it; other accounts can be added later.</source>
        <translation>환영합니다. 이 컴퓨터에는 아직 Safehouse 데이터베이스가 없습니다.
기관 이름을 입력하고 첫 시스템 관리자 계정을 만드십시오. 이 계정으로 로그인하며, 다른 계정은 나중에 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>e.g. Hope House</source>
        <translation>예: 희망의 집</translation>
    </message>
    <message>
        <source>letters, digits, . _ -</source>
        <translation>영문자, 숫자, . _ -</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>%n자 이상</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>기관 이름(&amp;O):</translation>
    </message>
    <message>
        <source>Your &amp;full name:</source>
        <translation>성명(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation>만들고 로그인(&amp;C)</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup instead…</source>
        <translation>대신 백업에서 복원(&amp;B)…</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>기관 이름을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>StaleDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Someone else changed this record</source>
        <translation>다른 사람이 이 기록을 바꾸었습니다</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it, so your changes were not saved. This is what they changed:</source>
        <translation>이 기록을 연 뒤에 다른 사람이 저장했기 때문에 내 변경 내용은 저장되지 않았습니다. 그 사람이 바꾼 내용은 다음과 같습니다:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>지금 저장된 값</translation>
    </message>
    <message>
        <source>In your form</source>
        <translation>내 양식의 값</translation>
    </message>
    <message>
        <source>(nothing you can see here)</source>
        <translation>(여기서 볼 수 있는 변경 없음)</translation>
    </message>
    <message>
        <source>Reload shows what is saved now and throws away your changes. Reapply puts your changes over what is saved now, for you to check and save again.</source>
        <translation>다시 불러오기는 지금 저장된 내용을 보여 주고 내 변경 내용을 버립니다. 내 변경 다시 적용은 지금 저장된 내용 위에 내 변경 내용을 넣어, 확인한 뒤 다시 저장하게 합니다.</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;apply mine</source>
        <translation>내 변경 다시 적용(&amp;A)</translation>
    </message>
    <message>
        <source>Your changes are now over what the other person saved. Check them, then save again.</source>
        <translation>다른 사람이 저장한 내용 위에 내 변경 내용을 넣었습니다. 확인한 뒤 다시 저장하십시오.</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Nothing is recorded yet. Start with these steps.</source>
        <translation>아직 기록된 내용이 없습니다. 다음 단계부터 시작하십시오.</translation>
    </message>
    <message>
        <source>1. Add the rooms of the house, each with its floor and its number of beds.</source>
        <translation>1. 쉼터의 방을 층과 침대 수와 함께 추가합니다.</translation>
    </message>
    <message>
        <source>2. Admit the first member; then give her a bed on the Rooms page.</source>
        <translation>2. 첫 회원을 등록한 뒤 방 페이지에서 침대를 배정합니다.</translation>
    </message>
    <message>
        <source>Add a &amp;room…</source>
        <translation>방 추가(&amp;R)…</translation>
    </message>
    <message>
        <source>Ad&amp;mit a member…</source>
        <translation>회원 등록(&amp;M)…</translation>
    </message>
    <message>
        <source>Ask a manager to add the rooms and admit the first members.</source>
        <translation>방 추가와 첫 회원 등록은 운영 관리자에게 요청하십시오.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change the status of {code}</source>
        <translation>{code} 상태 변경</translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation>현재 상태:</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>새 상태(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>적용일(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>상태 변경(&amp;C)</translation>
    </message>
    <message>
        <source>She leaves on this date, her last day in the community, and moves out of her room if she has one.</source>
        <translation>이 날짜가 공동체에서의 마지막 날이 되며, 방이 있으면 이 날 퇴실합니다.</translation>
    </message>
    <message>
        <source>Her leaving date stays {day}; only how her period ended changes.</source>
        <translation>떠난 날짜는 {day} 그대로이며, 기간의 종료 사유만 바뀝니다.</translation>
    </message>
    <message>
        <source>Her period in the community since {day} will be removed.</source>
        <translation>{day}부터의 공동체 활동 기간이 삭제됩니다.</translation>
    </message>
    <message>
        <source>She comes back: a new period in the community starts on this date. Her earlier periods are kept.</source>
        <translation>다시 돌아옵니다: 이 날짜부터 새 활동 기간이 시작됩니다. 이전 기간은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>This date becomes her joining date.</source>
        <translation>이 날짜가 등록일이 됩니다.</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>&amp;Enable</source>
        <translation>사용(&amp;E)</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>비밀번호 재설정(&amp;P)</translation>
    </message>
    <message>
        <source>Enable {user}</source>
        <translation>{user} 계정 다시 사용</translation>
    </message>
    <message>
        <source>{name} can log in again with this temporary password. She must choose a new password of her own at her next login.</source>
        <translation>{name} 사용자는 이 임시 비밀번호로 다시 로그인할 수 있습니다. 다음 로그인 때 본인의 새 비밀번호를 정해야 합니다.</translation>
    </message>
    <message>
        <source>Reset the password of {user}</source>
        <translation>{user} 비밀번호 재설정</translation>
    </message>
    <message>
        <source>{name}&apos;s password is replaced by this temporary one, which you tell her in person. She must choose a new password of her own at her next login. Her old password will no longer open the database.</source>
        <translation>{name} 사용자의 비밀번호가 이 임시 비밀번호로 바뀝니다. 임시 비밀번호는 본인에게 직접 알려 주십시오. 다음 로그인 때 본인의 새 비밀번호를 정해야 합니다. 이전 비밀번호로는 더 이상 데이터베이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Resetting the password, and the keys it opens…</source>
        <translation>비밀번호와 그 비밀번호로 여는 키를 재설정하는 중…</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>임시 비밀번호(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>비밀번호 확인(&amp;R):</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Scores over time</source>
        <translation>시간에 따른 점수</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;New user…</source>
        <translation>새 사용자(&amp;N)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>역할 변경(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>비밀번호 재설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>사용 중지(&amp;D)…</translation>
    </message>
    <message>
        <source>Enab&amp;le…</source>
        <translation>사용(&amp;L)…</translation>
    </message>
    <message>
        <source>Lift l&amp;ock</source>
        <translation>잠금 해제(&amp;O)</translation>
    </message>
    <message>
        <source>Let a person locked out after too many failed logins try again at once</source>
        <translation>로그인에 여러 번 실패해 잠긴 사용자가 바로 다시 시도할 수 있게 합니다</translation>
    </message>
    <message>
        <source>&amp;Counselors and meeting places…</source>
        <translation>상담사와 상담 장소(&amp;C)…</translation>
    </message>
    <message>
        <source>Only administrators can change accounts.</source>
        <translation>계정은 시스템 관리자만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Her password does not open the key to the confidential fields yet: reset her password to give it.</source>
        <translation>이 사용자의 비밀번호로는 아직 기밀 항목의 키를 열 수 없습니다. 키를 주려면 비밀번호를 재설정하세요.</translation>
    </message>
    <message>
        <source>The account was created.</source>
        <translation>계정을 만들었습니다.</translation>
    </message>
    <message>
        <source>The role was changed; it takes effect at the next login.</source>
        <translation>역할을 변경했습니다. 다음 로그인부터 적용됩니다.</translation>
    </message>
    <message>
        <source>The password was reset; a new one must be chosen at the next login.</source>
        <translation>비밀번호를 재설정했습니다. 다음 로그인 때 새 비밀번호를 정해야 합니다.</translation>
    </message>
    <message>
        <source>The account is enabled; a new password must be chosen at the next login.</source>
        <translation>계정을 다시 사용할 수 있게 했습니다. 다음 로그인 때 새 비밀번호를 정해야 합니다.</translation>
    </message>
    <message>
        <source>Disable an account</source>
        <translation>계정 사용 중지</translation>
    </message>
    <message>
        <source>Disable {name}&apos;s account? She can no longer log in, and her password no longer opens the database. You can enable the account again later with a temporary password.</source>
        <translation>{name} 계정을 사용 중지하시겠습니까? 이 사용자는 더 이상 로그인할 수 없으며, 이 사용자의 비밀번호로는 데이터베이스를 열 수 없게 됩니다. 나중에 임시 비밀번호를 지정하여 계정을 다시 사용하게 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Disabling the account and replacing the keys it held…</source>
        <translation>계정을 비활성화하고 그 계정이 가진 키를 교체하는 중…</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>계정을 사용 중지했습니다.</translation>
    </message>
    <message>
        <source>The lock is lifted: the account can log in now.</source>
        <translation>잠금을 해제했습니다. 이제 이 계정으로 로그인할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Needs a reset</source>
        <translation>재설정 필요</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 여부</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>This password cannot open the database: reset it.</source>
        <translation>이 비밀번호로는 데이터베이스를 열 수 없습니다. 비밀번호를 재설정하십시오.</translation>
    </message>
    <message>
        <source>Her role may see the confidential fields, but her password does not open their key: reset her password to give it.</source>
        <translation>이 역할은 기밀 항목을 볼 수 있지만, 이 사용자의 비밀번호로는 그 키를 열 수 없습니다. 키를 주려면 비밀번호를 재설정하세요.</translation>
    </message>
    <message>
        <source>Must change</source>
        <translation>변경 필요</translation>
    </message>
</context>
<context>
    <name>WeekNav</name>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>이전 주 (Alt+Left)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>이전 주</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>오늘(&amp;Y)</translation>
    </message>
    <message>
        <source>This week, today (Alt+Home)</source>
        <translation>이번 주, 오늘 (Alt+Home)</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>다음 주 (Alt+Right)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>다음 주</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>날짜로 이동</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>{first} ~ {last} 주간</translation>
    </message>
</context>
<context>
    <name>WeekPdf</name>
    <message>
        <source>Save the week as PDF</source>
        <translation>주간 일정 PDF 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>The week&apos;s schedule was saved to {path}.</source>
        <translation>주간 일정을 {path}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week of sessions</source>
        <translation>주간 상담 일정</translation>
    </message>
</context>
<context>
    <name>WellbeingAlerts</name>
    <message>
        <source>she feels an immediate threat of repatriation</source>
        <translation>본인이 당장 강제 북송될 위협을 느낌</translation>
    </message>
    <message>
        <source>{instrument} question 9 (thoughts of being better off dead or of self-harm) was answered above 0</source>
        <translation>{instrument} 9번 질문(죽는 것이 더 낫다는 생각이나 자해 생각)의 답이 0보다 큼</translation>
    </message>
    <message>
        <source>the {instrument} score is in its top band ({band})</source>
        <translation>{instrument} 점수가 가장 높은 단계({band})에 해당함</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Saving this raises an alert for managers and counselors: {reasons}.</source>
        <translation>저장하면 운영 관리자와 상담사에게 경보가 표시됩니다: {reasons}.</translation>
    </message>
    <message>
        <source>Saved. This response raised an alert: {reasons}. Managers and counselors see it on the dashboard until one of them acknowledges it with a note.</source>
        <translation>저장했습니다. 이 응답으로 경보가 생겼습니다: {reasons}. 운영 관리자나 상담사 중 한 사람이 메모와 함께 확인할 때까지 대시보드에 표시됩니다.</translation>
    </message>
    <message>
        <source>{instrument}: top band ({band})</source>
        <translation>{instrument}: 가장 높은 단계({band})</translation>
    </message>
    <message>
        <source>{member}, {questionnaire} of {day}: {reason}.</source>
        <translation>{member}, {day} {questionnaire}: {reason}.</translation>
    </message>
</context>
<context>
    <name>WellbeingPage</name>
    <message>
        <source>&amp;Record a response…</source>
        <translation>응답 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Import surveys…</source>
        <translation>설문 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport surveys…</source>
        <translation>설문 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Only the latest yearly check-in of each member in a year counts. A year with fewer than 5 respondents shows no figures.</source>
        <translation>한 해에 회원마다 가장 최근의 연례 점검 하나만 셉니다. 응답자가 5명 미만인 해는 수치를 보여 주지 않습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yearly figures&lt;/b&gt;</source>
        <translation>&lt;b&gt;연도별 수치&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-ins and screenings to record&lt;/b&gt;</source>
        <translation>&lt;b&gt;기록할 점검과 선별검사&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nobody is due a check-in or a screening.</source>
        <translation>점검이나 선별검사를 할 사람이 없습니다.</translation>
    </message>
    <message>
        <source>Open a line (double-click or Enter) to record that response.</source>
        <translation>줄을 열면(두 번 클릭 또는 Enter) 그 응답을 기록합니다.</translation>
    </message>
    <message>
        <source>Import surveys</source>
        <translation>설문 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Export surveys</source>
        <translation>설문 내보내기</translation>
    </message>
    <message>
        <source>Exporting surveys…</source>
        <translation>설문을 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n survey responses to {file}.</source>
        <translation>
            <numerusform>설문 응답 %n건을 다음 파일로 내보냈습니다: {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearFiguresModel</name>
    <message>
        <source>fewer than 5</source>
        <translation>5명 미만</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>응답자</translation>
    </message>
    <message>
        <source>Mean health (1–5)</source>
        <translation>평균 건강 (1–5)</translation>
    </message>
    <message>
        <source>Felt a threat of repatriation</source>
        <translation>강제 북송 위협을 느낌</translation>
    </message>
</context>
<context>
    <name>YearlyChart</name>
    <message>
        <source>Yearly wellbeing figures</source>
        <translation>연도별 웰빙 수치</translation>
    </message>
    <message>
        <source>Mean health (1–5)</source>
        <translation>평균 건강 (1–5)</translation>
    </message>
    <message>
        <source>Felt a threat of repatriation (%)</source>
        <translation>강제 북송 위협을 느낌 (%)</translation>
    </message>
    <message>
        <source>Yearly wellbeing check-in</source>
        <translation>연례 웰빙 점검</translation>
    </message>
    <message>
        <source>No yearly check-ins recorded yet.</source>
        <translation>아직 기록된 연례 점검이 없습니다.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
</context>
<context>
    <name>YearsModel</name>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>Retreats</source>
        <translation>수련회</translation>
    </message>
    <message>
        <source>People at events</source>
        <translation>행사 참석 인원</translation>
    </message>
    <message>
        <source>Different members</source>
        <translation>참석한 회원 수</translation>
    </message>
    <message>
        <source>Largest retreat</source>
        <translation>가장 큰 수련회</translation>
    </message>
</context>
<context>
    <name>_TypedConfirmDialog</name>
    <message>
        <source>Confirmation</source>
        <translation>확인 입력</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>영구 삭제(&amp;E)</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Database set up</source>
        <translation>데이터베이스 설정</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <source>Login refused: account locked</source>
        <translation>로그인 거부: 계정 잠김</translation>
    </message>
    <message>
        <source>Login refused: account disabled</source>
        <translation>로그인 거부: 계정 사용 중지</translation>
    </message>
    <message>
        <source>Login refused: too soon</source>
        <translation>로그인 거부: 너무 이름</translation>
    </message>
    <message>
        <source>Key file&apos;s records changed outside the program</source>
        <translation>키 파일의 기록이 프로그램 밖에서 변경됨</translation>
    </message>
    <message>
        <source>Key file&apos;s records authenticated from now on</source>
        <translation>이제부터 키 파일의 기록을 인증함</translation>
    </message>
    <message>
        <source>Window unlocked</source>
        <translation>창 잠금 해제</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>잠금 해제 실패</translation>
    </message>
    <message>
        <source>Unlock refused: too soon</source>
        <translation>잠금 해제 거부: 너무 이름</translation>
    </message>
    <message>
        <source>Password set with the recovery key</source>
        <translation>복구 키로 비밀번호 설정</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>데이터베이스 암호화</translation>
    </message>
    <message>
        <source>Confidential key made</source>
        <translation>기밀 키 생성</translation>
    </message>
    <message>
        <source>Keys replaced</source>
        <translation>키 교체</translation>
    </message>
    <message>
        <source>Member admitted</source>
        <translation>회원 등록</translation>
    </message>
    <message>
        <source>Member changed</source>
        <translation>회원 정보 수정</translation>
    </message>
    <message>
        <source>Member status changed</source>
        <translation>회원 상태 변경</translation>
    </message>
    <message>
        <source>Member profile viewed</source>
        <translation>회원 프로필 열람</translation>
    </message>
    <message>
        <source>Members imported</source>
        <translation>회원 가져오기</translation>
    </message>
    <message>
        <source>Members exported</source>
        <translation>회원 내보내기</translation>
    </message>
    <message>
        <source>Member erased</source>
        <translation>회원 영구 삭제</translation>
    </message>
    <message>
        <source>Member&apos;s notes erased</source>
        <translation>회원 메모 영구 삭제</translation>
    </message>
    <message>
        <source>Household started</source>
        <translation>가구 생성</translation>
    </message>
    <message>
        <source>Added to a household</source>
        <translation>가구에 추가</translation>
    </message>
    <message>
        <source>Household relationship changed</source>
        <translation>가구 관계 변경</translation>
    </message>
    <message>
        <source>Household renamed</source>
        <translation>가구 이름 변경</translation>
    </message>
    <message>
        <source>Removed from a household</source>
        <translation>가구에서 제외</translation>
    </message>
    <message>
        <source>Keep-away list viewed</source>
        <translation>접근 금지 목록 열람</translation>
    </message>
    <message>
        <source>Keep-away entry added</source>
        <translation>접근 금지 항목 추가</translation>
    </message>
    <message>
        <source>Keep-away entry changed</source>
        <translation>접근 금지 항목 수정</translation>
    </message>
    <message>
        <source>Keep-away entry removed</source>
        <translation>접근 금지 항목 삭제</translation>
    </message>
    <message>
        <source>Room added</source>
        <translation>방 추가</translation>
    </message>
    <message>
        <source>Room changed</source>
        <translation>방 정보 수정</translation>
    </message>
    <message>
        <source>Bed assigned</source>
        <translation>침대 배정</translation>
    </message>
    <message>
        <source>Moved to another room</source>
        <translation>다른 방으로 이동</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>퇴실</translation>
    </message>
    <message>
        <source>Housing warning accepted</source>
        <translation>숙소 배정 경고를 확인하고 진행</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>설정 변경</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <source>User&apos;s role changed</source>
        <translation>사용자 역할 변경</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>Failed password change</source>
        <translation>비밀번호 변경 실패</translation>
    </message>
    <message>
        <source>Password change refused: account locked</source>
        <translation>비밀번호 변경 거부: 계정 잠김</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>사용자 사용 중지</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>사용자 다시 사용</translation>
    </message>
    <message>
        <source>Lock lifted</source>
        <translation>잠금 해제(시스템 관리자)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>백업 생성</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>감사 기록 내보내기</translation>
    </message>
    <message>
        <source>Demo data made</source>
        <translation>데모 데이터 생성</translation>
    </message>
    <message>
        <source>Community goal saved</source>
        <translation>공동체 목표 저장</translation>
    </message>
    <message>
        <source>Event added</source>
        <translation>행사 추가</translation>
    </message>
    <message>
        <source>Event changed</source>
        <translation>행사 수정</translation>
    </message>
    <message>
        <source>Event removed</source>
        <translation>행사 삭제</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>참석 기록</translation>
    </message>
    <message>
        <source>Events imported</source>
        <translation>행사 가져오기</translation>
    </message>
    <message>
        <source>Events exported</source>
        <translation>행사 내보내기</translation>
    </message>
    <message>
        <source>Check-in or screening recorded</source>
        <translation>점검 또는 선별검사 기록</translation>
    </message>
    <message>
        <source>Check-ins and screenings viewed</source>
        <translation>점검 및 선별검사 열람</translation>
    </message>
    <message>
        <source>Check-in or screening removed</source>
        <translation>점검 또는 선별검사 삭제</translation>
    </message>
    <message>
        <source>Wellbeing alert acknowledged</source>
        <translation>웰빙 경보 확인</translation>
    </message>
    <message>
        <source>Yearly check-ins imported</source>
        <translation>연례 점검 가져오기</translation>
    </message>
    <message>
        <source>Yearly check-ins exported</source>
        <translation>연례 점검 내보내기</translation>
    </message>
    <message>
        <source>Care-plan goal added</source>
        <translation>돌봄 계획 목표 추가</translation>
    </message>
    <message>
        <source>Care-plan goal changed</source>
        <translation>돌봄 계획 목표 변경</translation>
    </message>
    <message>
        <source>Care-plan update added</source>
        <translation>돌봄 계획 경과 기록 추가</translation>
    </message>
    <message>
        <source>Care-plan notes viewed</source>
        <translation>돌봄 계획 메모 열람</translation>
    </message>
    <message>
        <source>Counselor added</source>
        <translation>상담사 추가</translation>
    </message>
    <message>
        <source>Counselor changed</source>
        <translation>상담사 정보 수정</translation>
    </message>
    <message>
        <source>Meeting place added</source>
        <translation>상담 장소 추가</translation>
    </message>
    <message>
        <source>Meeting place changed</source>
        <translation>상담 장소 수정</translation>
    </message>
    <message>
        <source>Counseling session booked</source>
        <translation>상담 예약</translation>
    </message>
    <message>
        <source>Counseling session changed</source>
        <translation>상담 변경</translation>
    </message>
    <message>
        <source>Counseling session moved</source>
        <translation>상담 시간 이동</translation>
    </message>
    <message>
        <source>Counseling session cancelled</source>
        <translation>상담 취소</translation>
    </message>
    <message>
        <source>Counseling session deleted</source>
        <translation>상담 삭제</translation>
    </message>
    <message>
        <source>Session attendance marked</source>
        <translation>상담 출석 기록</translation>
    </message>
    <message>
        <source>Session notes opened</source>
        <translation>상담 기록 열람</translation>
    </message>
    <message>
        <source>Session notes written</source>
        <translation>상담 기록 작성</translation>
    </message>
    <message>
        <source>Sessions exported</source>
        <translation>상담 일정 내보내기</translation>
    </message>
    <message>
        <source>Report saved as PDF</source>
        <translation>보고서를 PDF로 저장함</translation>
    </message>
    <message>
        <source>Report printed</source>
        <translation>보고서를 인쇄함</translation>
    </message>
    <message>
        <source>The database refuses to change or delete audit entries (its append-only triggers are in place).</source>
        <translation>데이터베이스가 감사 항목의 변경과 삭제를 거부합니다(추가 전용 트리거가 있습니다).</translation>
    </message>
    <message>
        <source>The audit trail&apos;s append-only triggers are missing, disabled or changed: someone with the database could change or delete entries. Tell whoever looks after the computer or the server; restoring a backup puts them back.</source>
        <translation>감사 기록의 추가 전용 트리거가 없거나, 꺼져 있거나, 변경되었습니다: 데이터베이스에 접근할 수 있는 사람이 항목을 변경하거나 삭제할 수 있습니다. 컴퓨터나 서버 관리 담당자에게 알려 주십시오. 백업을 복원하면 트리거가 되살아납니다.</translation>
    </message>
    <message>
        <source>The database has no key, so the trail has no anchors.</source>
        <translation>데이터베이스에 키가 없어 감사 기록에 앵커가 없습니다.</translation>
    </message>
    <message>
        <source>The key file&apos;s records were changed outside the program: its anchor cannot be trusted (administrators are told at the next login).</source>
        <translation>키 파일의 기록이 프로그램 밖에서 변경되었습니다: 그 앵커는 믿을 수 없습니다(다음 로그인 때 시스템 관리자에게 알립니다).</translation>
    </message>
    <message>
        <source>the key file</source>
        <translation>키 파일</translation>
    </message>
    <message>
        <source>The anchor beside the backup {file} was changed, or belongs to another backup or database.</source>
        <translation>백업 {file} 옆의 앵커가 변경되었거나, 다른 백업이나 데이터베이스의 것입니다.</translation>
    </message>
    <message>
        <source>the backup {file}</source>
        <translation>백업 {file}</translation>
    </message>
    <message>
        <source>Backups without an anchor (made before anchors were kept, or it was removed): {count}.</source>
        <translation>앵커가 없는 백업(앵커를 남기기 전에 만들었거나 앵커가 삭제됨): {count}개.</translation>
    </message>
    <message>
        <source>No anchor holds the trail yet: its newest entries could be removed unseen until the next login, logout or backup.</source>
        <translation>아직 감사 기록을 고정하는 앵커가 없습니다: 다음 로그인, 로그아웃 또는 백업 때까지는 최신 항목이 삭제되어도 알아챌 수 없습니다.</translation>
    </message>
    <message>
        <source>Anchors checked: {count}. The newest ({when}) covers the trail up to entry {entry}.</source>
        <translation>검사한 앵커: {count}개. 가장 최근 앵커({when})는 항목 {entry}까지의 감사 기록을 보증합니다.</translation>
    </message>
    <message>
        <source>Entries written since the newest anchor: {count}. Until the next login, logout or backup, removing them would not be seen.</source>
        <translation>가장 최근 앵커 이후에 기록된 항목: {count}개. 다음 로그인, 로그아웃 또는 백업 때까지는 이 항목이 삭제되어도 알아챌 수 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was written after the newest anchor.</source>
        <translation>가장 최근 앵커 이후에 기록된 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The audit trail was cut back: at {when} ({source}) it had {entries} entries up to entry {entry}; now it has {now}. At least {missing} entries were removed.</source>
        <translation>감사 기록이 잘려 나갔습니다: {when}({source})에는 항목 {entry}까지 {entries}개의 항목이 있었으나 지금은 {now}개입니다. 적어도 {missing}개의 항목이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>The audit trail was rewritten: entry {entry}, anchored at {when} ({source}), is no longer the entry written then; entries were removed and others written in their place.</source>
        <translation>감사 기록이 다시 쓰였습니다: {when}({source})에 고정된 {entry}번 항목이 그때 기록된 항목이 아닙니다. 항목이 삭제되고 그 자리에 다른 항목이 기록되었습니다.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>가구</translation>
    </message>
    <message>
        <source>Keep-away entry</source>
        <translation>접근 금지 대상</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>방</translation>
    </message>
    <message>
        <source>Stay in a room</source>
        <translation>방 배정</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>사용자 계정</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>Community goal</source>
        <translation>공동체 목표</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>Check-in or screening</source>
        <translation>점검 또는 선별검사</translation>
    </message>
    <message>
        <source>Wellbeing alert</source>
        <translation>웰빙 경보</translation>
    </message>
    <message>
        <source>Care-plan goal</source>
        <translation>돌봄 계획 목표</translation>
    </message>
    <message>
        <source>Care-plan update</source>
        <translation>돌봄 계획 경과 기록</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>상담 장소</translation>
    </message>
    <message>
        <source>Counseling session</source>
        <translation>상담</translation>
    </message>
    <message>
        <source>Series of sessions</source>
        <translation>반복 상담</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>가명</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>출생 연도</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>arrival in Korea</source>
        <translation>한국 입국일</translation>
    </message>
    <message>
        <source>Hanawon completed</source>
        <translation>하나원 수료일</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>등록일</translation>
    </message>
    <message>
        <source>left</source>
        <translation>퇴소일</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>추천인</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>person&apos;s name</source>
        <translation>대상 이름</translation>
    </message>
    <message>
        <source>description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>linked member</source>
        <translation>연결된 회원</translation>
    </message>
    <message>
        <source>keep-away descriptions</source>
        <translation>접근 금지 대상 설명</translation>
    </message>
    <message>
        <source>area</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>목표일</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>care-plan notes</source>
        <translation>돌봄 계획 메모</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>층</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>정원</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>사용 여부</translation>
    </message>
    <message>
        <source>move-out date</source>
        <translation>퇴실일</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>new password asked for</source>
        <translation>새 비밀번호 설정 요청</translation>
    </message>
    <message>
        <source>database key</source>
        <translation>데이터베이스 키</translation>
    </message>
    <message>
        <source>confidential key</source>
        <translation>기밀 키</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <source>failed logins</source>
        <translation>로그인 실패 횟수</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>잠금 해제 시각</translation>
    </message>
    <message>
        <source>organisation&apos;s name</source>
        <translation>기관 이름</translation>
    </message>
    <message>
        <source>minutes before the lock</source>
        <translation>자동 잠금까지의 시간(분)</translation>
    </message>
    <message>
        <source>years records are kept</source>
        <translation>기록 보존 기간(년)</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>how far keep-away pairs are kept apart</source>
        <translation>접근 금지 대상을 떨어뜨리는 범위</translation>
    </message>
    <message>
        <source>weeks before a screening is due again</source>
        <translation>선별검사를 다시 할 때까지의 주 수</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>warning accepted: a child without an adult</source>
        <translation>경고 확인 후 진행: 어른 없이 지내는 아동</translation>
    </message>
    <message>
        <source>warning accepted: keep-away pair on one floor</source>
        <translation>경고 확인 후 진행: 같은 층의 접근 금지 대상</translation>
    </message>
    <message>
        <source>reported by the key file</source>
        <translation>키 파일이 알림</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>사용 언어</translation>
    </message>
    <message>
        <source>account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>참여자</translation>
    </message>
    <message>
        <source>repeating rule</source>
        <translation>반복 규칙</translation>
    </message>
    <message>
        <source>warning accepted: keep-away pair in the meeting rooms at one time</source>
        <translation>경고 확인 후 진행: 같은 시간 상담실에 있는 접근 금지 대상</translation>
    </message>
    <message>
        <source>with names</source>
        <translation>이름 포함</translation>
    </message>
    <message>
        <source>counselor filter</source>
        <translation>상담사 필터</translation>
    </message>
    <message>
        <source>action filter</source>
        <translation>작업 필터</translation>
    </message>
    <message>
        <source>member filter</source>
        <translation>회원 필터</translation>
    </message>
    <message>
        <source>from date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>year filter</source>
        <translation>연도 필터</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>made before a restore</source>
        <translation>복원 직전 백업</translation>
    </message>
    <message>
        <source>restored without logging in</source>
        <translation>로그인 없이 복원</translation>
    </message>
    <message>
        <source>role: {value}</source>
        <translation>역할: {value}</translation>
    </message>
    <message>
        <source>from {value}</source>
        <translation>변경 전: {value}</translation>
    </message>
    <message>
        <source>to {value}</source>
        <translation>변경 후: {value}</translation>
    </message>
    <message>
        <source>rows: {value}</source>
        <translation>행 수: {value}</translation>
    </message>
    <message>
        <source>file: {value}</source>
        <translation>파일: {value}</translation>
    </message>
    <message>
        <source>to undo: {value}</source>
        <translation>되돌리기용 백업: {value}</translation>
    </message>
    <message>
        <source>attempted at {value}</source>
        <translation>시도 시각: {value}</translation>
    </message>
    <message>
        <source>found at {value}</source>
        <translation>발견 시각: {value}</translation>
    </message>
    <message>
        <source>problem: {value}</source>
        <translation>문제: {value}</translation>
    </message>
    <message>
        <source>members who came: {value}</source>
        <translation>참석한 회원: {value}명</translation>
    </message>
    <message>
        <source>events: {value}</source>
        <translation>행사: {value}개</translation>
    </message>
    <message>
        <source>sessions: {value}</source>
        <translation>상담 수: {value}</translation>
    </message>
    <message>
        <source>which: {value}</source>
        <translation>범위: {value}</translation>
    </message>
    <message>
        <source>marked: {value}</source>
        <translation>기록: {value}</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>RESTORE</source>
        <translation>복원</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>data rules</source>
        <translation>데이터 규칙</translation>
    </message>
    <message>
        <source>The data could not be read ({error}).</source>
        <translation>데이터를 읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>{shown} and {more} more</source>
        <translation>{shown} 외 {more}건</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>현재까지</translation>
    </message>
    <message>
        <source>database integrity</source>
        <translation>데이터베이스 무결성</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>서버가 응답합니다.</translation>
    </message>
    <message>
        <source>The database file is damaged: {problems}. Restore a backup.</source>
        <translation>데이터베이스 파일이 손상되었습니다: {problems}. 백업을 복원하십시오.</translation>
    </message>
    <message>
        <source>The database cannot be read ({error}).</source>
        <translation>데이터베이스를 읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>Rows refer to rows that are gone: {tables}.</source>
        <translation>없어진 행을 가리키는 행이 있습니다: {tables}.</translation>
    </message>
    <message>
        <source>The file is sound and every reference holds.</source>
        <translation>파일에 이상이 없고 모든 참조가 유효합니다.</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>스키마 버전</translation>
    </message>
    <message>
        <source>The schema version cannot be read ({error}).</source>
        <translation>스키마 버전을 읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>The database has no schema yet; run safehouse init.</source>
        <translation>데이터베이스에 아직 스키마가 없습니다. safehouse init을 실행하십시오.</translation>
    </message>
    <message>
        <source>Schema {current}; migrations to reach {head} are pending: {count}.</source>
        <translation>스키마 {current}: {head}까지 남은 마이그레이션 {count}개.</translation>
    </message>
    <message>
        <source>Schema {current} is the latest.</source>
        <translation>스키마 {current} 버전이 최신입니다.</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>The audit trail cannot be read ({error}).</source>
        <translation>감사 기록을 읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>audit triggers</source>
        <translation>감사 트리거</translation>
    </message>
    <message>
        <source>audit anchors</source>
        <translation>감사 앵커</translation>
    </message>
    <message>
        <source>member codes</source>
        <translation>회원 코드</translation>
    </message>
    <message>
        <source>Member codes not like M-0001: {codes}.</source>
        <translation>M-0001 형식이 아닌 회원 코드: {codes}.</translation>
    </message>
    <message>
        <source>Member codes used twice (also when written differently, like M-0102 and M-00102): {codes}.</source>
        <translation>두 번 쓰인 회원 코드(M-0102와 M-00102처럼 다르게 적힌 것 포함): {codes}.</translation>
    </message>
    <message>
        <source>The member code counter stands at {counter}, beyond the highest code {highest}: no new member can be given a code.</source>
        <translation>회원 코드 카운터 값({counter})이 가장 높은 코드({highest})를 넘었습니다. 새 회원에게 코드를 줄 수 없습니다.</translation>
    </message>
    <message>
        <source>The member code counter stands at {counter}, below the highest code {highest}, so a code could be handed out twice.</source>
        <translation>회원 코드 카운터 값({counter})이 가장 높은 코드 {highest}보다 낮아서 같은 코드가 두 번 주어질 수 있습니다.</translation>
    </message>
    <message>
        <source>Member codes: {count}, each well-formed and unique.</source>
        <translation>회원 코드 {count}개, 모두 형식이 맞고 중복이 없습니다.</translation>
    </message>
    <message>
        <source>membership periods</source>
        <translation>공동체 활동 기간</translation>
    </message>
    <message>
        <source>Periods in the community that break a rule: {members}.</source>
        <translation>규칙에 어긋나는 공동체 활동 기간: {members}.</translation>
    </message>
    <message>
        <source>Every member&apos;s periods in the community are in order, and agree with her status.</source>
        <translation>모든 구성원의 공동체 활동 기간이 올바르고 상태와 일치합니다.</translation>
    </message>
    <message>
        <source>room stays</source>
        <translation>방 배정 기간</translation>
    </message>
    <message>
        <source>{code} ({span})</source>
        <translation>{code} ({span})</translation>
    </message>
    <message>
        <source>{code} ({first} and {second})</source>
        <translation>{code} ({first}, {second})</translation>
    </message>
    <message>
        <source>Members in two rooms at once: {which}.</source>
        <translation>동시에 두 방에 배정된 회원: {which}.</translation>
    </message>
    <message>
        <source>Members moving out before moving in: {which}.</source>
        <translation>입실보다 퇴실이 앞서는 회원: {which}.</translation>
    </message>
    <message>
        <source>Room stays: {count}; no member is in two rooms at once.</source>
        <translation>방 배정 {count}건, 동시에 두 방에 있는 회원은 없습니다.</translation>
    </message>
    <message>
        <source>room capacity</source>
        <translation>방 정원</translation>
    </message>
    <message>
        <source>{room} holds {peak} on {day} with {beds} beds</source>
        <translation>{room}호: {day}에 침대 {beds}개에 {peak}명</translation>
    </message>
    <message>
        <source>Rooms over capacity: {rooms}.</source>
        <translation>정원을 넘은 방: {rooms}.</translation>
    </message>
    <message>
        <source>Rooms: {count}; none ever holds more people than it has beds.</source>
        <translation>방 {count}개, 침대 수보다 많은 사람이 있었던 방은 없습니다.</translation>
    </message>
    <message>
        <source>beds</source>
        <translation>침대</translation>
    </message>
    <message>
        <source>room {room} bed {bed} ({day})</source>
        <translation>{room}호 침대 {bed} ({day})</translation>
    </message>
    <message>
        <source>Beds given to two people at once: {beds}.</source>
        <translation>동시에 두 사람에게 배정된 침대: {beds}.</translation>
    </message>
    <message>
        <source>No bed is given to two people at once.</source>
        <translation>동시에 두 사람에게 배정된 침대는 없습니다.</translation>
    </message>
    <message>
        <source>period from {start} ends before it starts</source>
        <translation>{start}부터의 기간이 시작 전에 끝남</translation>
    </message>
    <message>
        <source>periods from {first} and from {second} overlap</source>
        <translation>{first}부터의 기간과 {second}부터의 기간이 겹침</translation>
    </message>
    <message>
        <source>active without an open period</source>
        <translation>활동 중이지만 진행 중인 기간이 없음</translation>
    </message>
    <message>
        <source>{status} with an open period</source>
        <translation>{status} 상태인데 진행 중인 기간이 있음</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Safehouse stopped because of an error in the program ({error}). Nothing was shown of your data; please report this, with the lines below.</source>
        <translation>프로그램 오류로 Safehouse가 멈췄습니다({error}). 데이터는 아무것도 표시되지 않았습니다. 아래 줄과 함께 이 문제를 알려 주십시오.</translation>
    </message>
    <message>
        <source>safehouse: error: {message}</source>
        <translation>safehouse: 오류: {message}</translation>
    </message>
    <message>
        <source>Cannot open the database: {reason}.</source>
        <translation>데이터베이스를 열 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지했습니다.</translation>
    </message>
    <message>
        <source>Name the user with --user NAME (or set {env}).</source>
        <translation>--user NAME 옵션으로 사용자를 지정하십시오(환경 변수 {env}에 설정해도 됩니다).</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>{user}의 비밀번호: </translation>
    </message>
    <message>
        <source>New password for {user}: </source>
        <translation>{user}의 새 비밀번호: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>같은 비밀번호를 한 번 더: </translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>비밀번호가 입력되지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no database at {where} yet; create one with &apos;safehouse init&apos; (or open the application).</source>
        <translation>{where}에 아직 데이터베이스가 없습니다. &apos;safehouse init&apos;으로 만드십시오(또는 프로그램을 여십시오).</translation>
    </message>
    <message>
        <source>This database is not encrypted yet. Open it once in the application as an administrator to encrypt it.</source>
        <translation>이 데이터베이스는 아직 암호화되지 않았습니다. 암호화하려면 시스템 관리자로 프로그램에서 한 번 여십시오.</translation>
    </message>
    <message>
        <source>An administrator has asked {user} to choose a new password. Choose it first with &apos;safehouse passwd&apos; (or in the application), then run this command again.</source>
        <translation>시스템 관리자가 {user}에게 새 비밀번호를 정하도록 요청했습니다. 먼저 &apos;safehouse passwd&apos;(또는 프로그램)에서 새 비밀번호를 정한 뒤 이 명령을 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>This database now has a key for its confidential fields, and a new recovery key: the old one no longer works.</source>
        <translation>이제 이 데이터베이스에는 기밀 항목의 키와 새 복구 키가 있습니다. 이전 복구 키는 더 이상 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>{file} 파일을 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>{path}: {count} more problem(s), not listed; correct the ones above and check the file again.</source>
        <translation>{path}: 문제가 {count}개 더 있으나 표시하지 않았습니다. 위의 문제를 고친 뒤 파일을 다시 확인하십시오.</translation>
    </message>
    <message>
        <source>Nothing was imported: {problems} problem(s) on {lines} line(s). Correct the file and run the import again.</source>
        <translation>아무것도 가져오지 않았습니다: {lines}개 행에서 문제 {problems}개. 파일을 고친 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>This was a dry run: nothing was written.</source>
        <translation>시험 실행이었습니다: 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Exported 1 member to {file}.</source>
        <translation>회원 1명을 {file} 파일로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Exported {count} members to {file}.</source>
        <translation>회원 {count}명을 {file} 파일로 내보냈습니다.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>일부 점검에 실패했습니다.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>Backed up to {file} ({size}); it opens and passed the integrity checks.</source>
        <translation>{file}에 백업했습니다({size}). 백업 파일이 정상적으로 열리며 무결성 검사를 통과했습니다.</translation>
    </message>
    <message>
        <source>Keep the .keys file beside it: the backup opens only with the two together.</source>
        <translation>옆의 .keys 파일도 함께 보관하십시오. 백업은 두 파일이 함께 있어야만 열립니다.</translation>
    </message>
    <message>
        <source>Type {word} to continue: </source>
        <translation>계속하려면 {word} 문구를 입력하십시오: </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>This replaces the database {where} with the backup {file}.</source>
        <translation>{where} 데이터베이스의 내용을 {file} 백업의 내용으로 바꿉니다.</translation>
    </message>
    <message>
        <source>The database as it is now is backed up first, so this can be undone.</source>
        <translation>지금의 데이터베이스를 먼저 백업하므로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>No database opens at {where}: {reason}</source>
        <translation>{where}에서 데이터베이스가 열리지 않습니다: {reason}</translation>
    </message>
    <message>
        <source>The backup {file} can be put in its place (a damaged file is kept aside).</source>
        <translation>그 자리에 {file} 백업을 넣을 수 있습니다(손상된 파일은 따로 보관합니다).</translation>
    </message>
    <message>
        <source>The database was restored from {file}; log in with the passwords of the day the backup was made.</source>
        <translation>{file}에서 데이터베이스를 복원했습니다. 백업한 날의 비밀번호로 로그인하십시오.</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once):</source>
        <translation>복구 키(이번 한 번만 표시됩니다):</translation>
    </message>
    <message>
        <source>Write it down and keep it somewhere safe, away from this computer. With it an administrator can set a new password when every password is lost; without it and without a password, nobody can open this database.</source>
        <translation>적어서 이 컴퓨터와 떨어진 안전한 곳에 보관하십시오. 모든 비밀번호를 잃었을 때 시스템 관리자가 이 키로 새 비밀번호를 정할 수 있습니다. 이 키도 비밀번호도 없으면 누구도 이 데이터베이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The database {where} has been set up already; log in instead.</source>
        <translation>{where} 데이터베이스는 이미 설정되어 있습니다. 로그인하십시오.</translation>
    </message>
    <message>
        <source>Created the encrypted database {where} for {organisation}, with the administrator {user}.</source>
        <translation>{organisation}의 암호화된 데이터베이스를 만들었습니다: {where}. 시스템 관리자: {user}.</translation>
    </message>
    <message>
        <source>The user name {user} is kept for a demo account; choose another.</source>
        <translation>{user} 사용자 이름은 데모 계정용입니다. 다른 이름을 고르십시오.</translation>
    </message>
    <message>
        <source>The database {where} already exists; the demo needs a new database (choose one with --db).</source>
        <translation>{where} 데이터베이스가 이미 있습니다. 데모에는 새 데이터베이스가 필요합니다(--db 옵션으로 고르십시오).</translation>
    </message>
    <message>
        <source>Created the demo database {where}: {members} fictional members ({children} children) in {households} households, {rooms} rooms with {beds} beds ({taken} taken today), {referrals} referrals.</source>
        <translation>데모 데이터베이스를 만들었습니다({where}): 가상의 회원 {members}명(어린이 {children}명), 가구 {households}개, 방 {rooms}개와 침대 {beds}개(오늘 {taken}개 사용 중), 추천 {referrals}건.</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>계정:</translation>
    </message>
    <message>
        <source>(your password)</source>
        <translation>(본인 비밀번호)</translation>
    </message>
    <message>
        <source>The password of {user} has been changed; use the new one from now on.</source>
        <translation>{user}의 비밀번호가 변경되었습니다. 이제부터 새 비밀번호를 사용하십시오.</translation>
    </message>
    <message>
        <source>Exported {count} rows of events to {file}.</source>
        <translation>행사 {count}행을 {file} 파일로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Exported 1 yearly check-in to {file}.</source>
        <translation>연례 점검 1건을 다음 파일로 내보냈습니다: {file}.</translation>
    </message>
    <message>
        <source>Exported {count} yearly check-ins to {file}.</source>
        <translation>연례 점검 {count}건을 다음 파일로 내보냈습니다: {file}.</translation>
    </message>
    <message>
        <source>{option} takes a date as YYYY-MM-DD, not {text}.</source>
        <translation>{option} 옵션에는 YYYY-MM-DD 형식의 날짜를 주십시오. {text} 값은 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>There is no counselor called {name}.</source>
        <translation>{name} 이름의 상담사가 없습니다.</translation>
    </message>
    <message>
        <source>Several counselors are called {name}; use the user name.</source>
        <translation>{name} 이름의 상담사가 여럿입니다. 사용자 이름을 쓰십시오.</translation>
    </message>
    <message>
        <source>Exported 1 session to {file}.</source>
        <translation>상담 1건을 {file} 파일로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Exported {count} sessions to {file}.</source>
        <translation>상담 {count}건을 {file} 파일로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Wrote {report} to {file}.</source>
        <translation>{report}: {file}에 저장했습니다.</translation>
    </message>
    <message>
        <source>A year is written like 2024, not {text}.</source>
        <translation>연도는 2024처럼 씁니다 (입력한 값: {text}).</translation>
    </message>
</context>
<context>
    <name>csv columns</name>
    <message>
        <source>code</source>
        <translation>코드(code)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름(name)</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>가명(alias)</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>성별(sex)</translation>
    </message>
    <message>
        <source>birth_year</source>
        <translation>출생 연도(birth_year)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태(status)</translation>
    </message>
    <message>
        <source>joined_on</source>
        <translation>등록일(joined_on)</translation>
    </message>
    <message>
        <source>left_on</source>
        <translation>퇴소일(left_on)</translation>
    </message>
    <message>
        <source>referred_by</source>
        <translation>추천인(referred_by)</translation>
    </message>
    <message>
        <source>event</source>
        <translation>행사(event)</translation>
    </message>
    <message>
        <source>starts_on</source>
        <translation>첫날(starts_on)</translation>
    </message>
    <message>
        <source>ends_on</source>
        <translation>마지막 날(ends_on)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류(kind)</translation>
    </message>
    <message>
        <source>place</source>
        <translation>장소(place)</translation>
    </message>
    <message>
        <source>member_code</source>
        <translation>회원 코드(member_code)</translation>
    </message>
    <message>
        <source>guests</source>
        <translation>손님(guests)</translation>
    </message>
    <message>
        <source>children</source>
        <translation>어린이(children)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(빈 칸)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>line {row}</source>
        <translation>{row}행</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <extracomment>Offered first in the window; any other zone this computer knows may be typed.</extracomment>
        <translation>기관 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>This database has no administrator who can log in: it may have been restored from an incomplete backup. An administrator can put a good backup in its place (Restore from a backup… at the login, or &apos;safehouse restore FILE&apos;).</source>
        <translation>이 데이터베이스에는 로그인할 수 있는 시스템 관리자가 없습니다. 불완전한 백업에서 복원되었을 수 있습니다. 시스템 관리자가 온전한 백업으로 대신할 수 있습니다(로그인 화면의 &apos;백업에서 복원…&apos; 또는 &apos;safehouse restore FILE&apos;).</translation>
    </message>
    <message>
        <source>The recovery key resets an administrator&apos;s password: give the user name of an administrator.</source>
        <translation>복구 키로는 시스템 관리자의 비밀번호만 재설정할 수 있습니다. 시스템 관리자의 사용자 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>This database is not encrypted yet. An administrator must log in once to encrypt it.</source>
        <translation>이 데이터베이스는 아직 암호화되지 않았습니다. 암호화하려면 시스템 관리자가 한 번 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>Entry {entry} does not follow the entry before it: an entry was removed or inserted before it.</source>
        <translation>{entry}번 항목이 바로 앞 항목과 이어지지 않습니다: 그 앞에서 항목이 삭제되었거나 끼워 넣어졌습니다.</translation>
    </message>
    <message>
        <source>Entry {entry} was changed after it was written.</source>
        <translation>{entry}번 항목이 기록된 뒤에 변경되었습니다.</translation>
    </message>
    <message>
        <source>No entry of the audit trail is keyed with this database&apos;s key, though the database has one: the trail was rewritten from entry {entry} on by someone without the key.</source>
        <translation>데이터베이스에 키가 있는데도 감사 기록의 어떤 항목도 이 데이터베이스의 키로 서명되어 있지 않습니다. 키가 없는 누군가가 항목 {entry}부터 기록을 다시 썼습니다.</translation>
    </message>
    <message>
        <source>The audit trail is intact: {checked} entries checked. The first {unchained} were written before the chain began and cannot be checked.</source>
        <translation>감사 기록에 이상이 없습니다: 항목 {checked}개를 검증했습니다. 처음 {unchained}개 항목은 체인이 시작되기 전에 기록되어 검증할 수 없습니다.</translation>
    </message>
    <message>
        <source>The audit trail is intact: {checked} entries checked.</source>
        <translation>감사 기록에 이상이 없습니다: 항목 {checked}개를 검증했습니다.</translation>
    </message>
    <message>
        <source>Entries written before the database was encrypted: {unkeyed}. They are checked without the database&apos;s key, which proves less about them.</source>
        <translation>데이터베이스가 암호화되기 전에 기록된 항목: {unkeyed}개. 이 항목들은 데이터베이스의 키 없이 검증하므로 증명력이 더 약합니다.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>비밀번호는 {count}자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>두 비밀번호가 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>사용자 이름은 영문자, 숫자, 마침표(.), 하이픈(-), 밑줄(_)로 된 2~64자여야 합니다.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>이 계정은 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>시스템 관리자의 성명을 입력하십시오.</translation>
    </message>
    <message>
        <source>This database has been set up already; log in instead.</source>
        <translation>이 데이터베이스는 이미 설정되어 있습니다. 로그인하십시오.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>사용자 이름 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins. Try again in {minutes} minute, or ask an administrator.</source>
        <translation>로그인에 여러 번 실패하여 이 계정이 잠겼습니다. {minutes}분 후에 다시 시도하거나 시스템 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins. Try again in {minutes} minutes, or ask an administrator.</source>
        <translation>로그인에 여러 번 실패하여 이 계정이 잠겼습니다. {minutes}분 후에 다시 시도하거나 시스템 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>이 계정은 사용 중지되었습니다. 시스템 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>사용자의 성명을 입력하십시오.</translation>
    </message>
    <message>
        <source>Unknown role {role}.</source>
        <translation>알 수 없는 역할입니다: {role}.</translation>
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <translation>{username} 사용자 이름은 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>새 비밀번호는 현재 비밀번호와 달라야 합니다.</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>현재 계정은 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Log out, or try again later.</source>
        <translation>실패한 시도가 너무 많아 이 계정이 잠겼습니다. 로그아웃하거나 나중에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>현재 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>This account is disabled. Log out and ask an administrator.</source>
        <translation>이 계정은 사용 중지되었습니다. 로그아웃한 후 시스템 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins. Log out, or try again later.</source>
        <translation>로그인에 여러 번 실패하여 이 계정이 잠겼습니다. 로그아웃하거나 나중에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {seconds} second before trying again.</source>
        <translation>실패한 시도가 너무 많습니다. {seconds}초 후에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {seconds} seconds before trying again.</source>
        <translation>실패한 시도가 너무 많습니다. {seconds}초 후에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Made before the keys were last replaced (an account was disabled or a password changed): it opens with its own key file and an administrator&apos;s password of its day.</source>
        <translation>마지막으로 키를 교체하기 전에(계정 비활성화 또는 비밀번호 변경) 만든 백업입니다. 함께 있는 키 파일과 그날의 시스템 관리자 비밀번호로 열립니다.</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>{problem} If it is a backup of another database, give your password to open it with its own key file. Nothing was changed.</source>
        <translation>{problem} 다른 데이터베이스의 백업이라면 비밀번호를 입력하여 그 백업의 키 파일로 여십시오. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>The backup {file} does not open with this database&apos;s key nor with your password and its key file. Nothing was changed.</source>
        <translation>{file} 백업은 이 데이터베이스의 키로도, 입력한 비밀번호와 백업의 키 파일로도 열리지 않습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>Only an encrypted database can be restored from a backup.</source>
        <translation>암호화된 데이터베이스만 백업에서 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>{problem} The backup made just before is {undo}.</source>
        <translation>{problem} 직전에 만든 백업은 {undo}입니다.</translation>
    </message>
    <message>
        <source>The database was restored from {file}. Everyone must log in again: administrators with their passwords of the day the backup was made (a backup keeps only theirs); the other accounts get new passwords from an administrator. To undo, restore {undo}.</source>
        <translation>{file} 백업에서 데이터베이스를 복원했습니다. 모두 다시 로그인해야 합니다. 시스템 관리자는 백업을 만든 날의 비밀번호로 로그인하고(백업에는 시스템 관리자의 키 슬롯만 들어 있습니다), 다른 계정은 시스템 관리자에게서 새 비밀번호를 받아야 합니다. 되돌리려면 {undo} 백업을 복원하십시오.</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored by an administrator after logging in (Admin → Backups).</source>
        <translation>PostgreSQL 데이터베이스는 시스템 관리자가 로그인한 뒤 복원합니다(관리 → 백업).</translation>
    </message>
    <message>
        <source>The database here opens: log in and restore from Admin → Backups, which first backs up what is there.</source>
        <translation>이곳의 데이터베이스는 열립니다. 로그인한 뒤 관리 → 백업에서 복원하십시오. 그러면 현재 데이터를 먼저 백업합니다.</translation>
    </message>
    <message>
        <source>The backup {file} and its key file {keys} must lie side by side.</source>
        <translation>{file} 백업과 그 키 파일({keys})이 같은 폴더에 함께 있어야 합니다.</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation>시스템 관리자만 백업을 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>The relationship must be one of {choices}.</source>
        <translation>관계는 {choices} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>This household already has a head, {code}. Give {code} another relationship first, or choose another relationship here.</source>
        <translation>이 가구에는 이미 가구주({code} 회원)가 있습니다. 먼저 {code} 회원의 관계를 바꾸거나, 여기서 다른 관계를 선택하십시오.</translation>
    </message>
    <message>
        <source>{code} already belongs to a household.</source>
        <translation>{code} 회원은 이미 가구에 속해 있습니다.</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>이 가구는 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{code} is already in this household.</source>
        <translation>{code} 회원은 이미 이 가구에 속해 있습니다.</translation>
    </message>
    <message>
        <source>{code} already belongs to another household; remove her from it first.</source>
        <translation>{code} 회원은 이미 다른 가구에 속해 있습니다. 먼저 그 가구에서 제외하십시오.</translation>
    </message>
    <message>
        <source>This member is not in a household.</source>
        <translation>이 회원은 가구에 속해 있지 않습니다.</translation>
    </message>
    <message>
        <source>A household needs a name.</source>
        <translation>가구 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The keep-away lists of these members are sealed, and your account does not hold their key: the program cannot check that they may share a room. Ask an administrator to give you the key (a new password).</source>
        <translation>이 회원들의 접근 금지 목록은 봉인되어 있고 계정에 그 키가 없어, 같은 방을 써도 되는지 확인할 수 없습니다. 시스템 관리자에게 키(새 비밀번호)를 받으십시오.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (or a description of them).</source>
        <translation>대상의 이름(또는 설명)을 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose what kind of event this is.</source>
        <translation>행사 종류를 고르십시오.</translation>
    </message>
    <message>
        <source>The event needs a name.</source>
        <translation>행사 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Enter the counselor&apos;s name.</source>
        <translation>상담사 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>This is longer than {count} characters.</source>
        <translation>{count}자보다 깁니다.</translation>
    </message>
    <message>
        <source>Choose an account with the counselor role.</source>
        <translation>상담사 역할의 계정을 고르십시오.</translation>
    </message>
    <message>
        <source>{name} is on the counselors&apos; list already.</source>
        <translation>{name} 님은 이미 상담사 목록에 있습니다.</translation>
    </message>
    <message>
        <source>This counselor is not on the list.</source>
        <translation>이 상담사는 목록에 없습니다.</translation>
    </message>
    <message>
        <source>Enter the meeting place&apos;s name.</source>
        <translation>상담 장소 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The name is longer than {count} characters.</source>
        <translation>이름이 {count}자를 넘습니다.</translation>
    </message>
    <message>
        <source>There is a meeting place called {name} already.</source>
        <translation>{name} 이름의 상담 장소가 이미 있습니다.</translation>
    </message>
    <message>
        <source>This meeting place no longer exists.</source>
        <translation>이 상담 장소는 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The place is longer than {count} characters.</source>
        <translation>장소가 {count}자보다 깁니다.</translation>
    </message>
    <message>
        <source>The event ends before it starts ({start}).</source>
        <translation>행사가 시작일({start})보다 먼저 끝납니다.</translation>
    </message>
    <message>
        <source>An event lasts at most {days} days.</source>
        <translation>행사는 최대 {days}일까지입니다.</translation>
    </message>
    <message>
        <source>The number must be from 0 to {most}.</source>
        <translation>숫자는 0부터 {most}까지여야 합니다.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>이 행사는 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>There is already an event called {name} starting on {day}; open that one, or give this one another name.</source>
        <translation>{day}에 시작하는 같은 이름의 행사가 이미 있습니다: {name}. 그 행사를 여시거나 이 행사에 다른 이름을 붙이십시오.</translation>
    </message>
    <message>
        <source>A member on the list no longer exists. Open the event again and choose again.</source>
        <translation>목록의 회원 중 더 이상 없는 사람이 있습니다. 행사를 다시 열어 다시 고르십시오.</translation>
    </message>
    <message>
        <source>The relation must be one of {choices}.</source>
        <translation>관계는 {choices} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>The description is longer than {count} characters.</source>
        <translation>설명이 {count}자를 넘습니다.</translation>
    </message>
    <message>
        <source>There is no member {code}.</source>
        <translation>{code} 회원이 없습니다.</translation>
    </message>
    <message>
        <source>A member cannot be kept away from herself.</source>
        <translation>회원 본인을 자신의 접근 금지 대상으로 지정할 수 없습니다.</translation>
    </message>
    <message>
        <source>This keep-away entry no longer exists.</source>
        <translation>이 접근 금지 대상은 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The alias is longer than {count} characters.</source>
        <translation>가명이 {count}자를 넘습니다.</translation>
    </message>
    <message>
        <source>Sex must be one of {choices} (or empty).</source>
        <translation>성별은 {choices} 중 하나이거나 비어 있어야 합니다.</translation>
    </message>
    <message>
        <source>The birth year must be between {low} and {high}.</source>
        <translation>출생 연도는 {low}~{high} 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The phone number is longer than {count} characters.</source>
        <translation>전화번호가 {count}자를 넘습니다.</translation>
    </message>
    <message>
        <source>Choose the goal&apos;s area (one of {choices}).</source>
        <translation>목표의 영역을 고르십시오({choices} 중 하나).</translation>
    </message>
    <message>
        <source>Write the goal: what she wants to reach.</source>
        <translation>이루고 싶은 것을 목표로 적으십시오.</translation>
    </message>
    <message>
        <source>The goal is longer than {count} characters.</source>
        <translation>목표가 {count}자를 넘습니다.</translation>
    </message>
    <message>
        <source>The status must be one of {choices}.</source>
        <translation>상태는 {choices} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>The update&apos;s date ({day}) is after today.</source>
        <translation>경과 기록의 날짜({day})가 오늘보다 뒤입니다.</translation>
    </message>
    <message>
        <source>The status can change only with the latest update: this goal has one of {latest}. Date this update {latest} or later, or keep the status.</source>
        <translation>상태는 가장 최근의 경과 기록으로만 바꿀 수 있습니다(이 목표의 가장 최근 기록: {latest}). 날짜를 {latest} 또는 그 뒤로 하거나 상태를 그대로 두십시오.</translation>
    </message>
    <message>
        <source>Write a note, or choose the goal&apos;s new status.</source>
        <translation>메모를 적거나 목표의 새 상태를 고르십시오.</translation>
    </message>
    <message>
        <source>The date {day} is in the future.</source>
        <translation>{day} 날짜는 아직 오지 않았습니다.</translation>
    </message>
    <message>
        <source>The leaving date {left} is before the joining date {joined}.</source>
        <translation>퇴소일({left})이 등록일({joined})보다 이릅니다.</translation>
    </message>
    <message>
        <source>A member who is alumni or exited needs a leaving date.</source>
        <translation>수료 또는 퇴소 상태인 회원은 퇴소일이 있어야 합니다.</translation>
    </message>
    <message>
        <source>An active member needs a joining date.</source>
        <translation>활동 중인 회원은 등록일이 있어야 합니다.</translation>
    </message>
    <message>
        <source>A leaving date needs the joining date of the same period.</source>
        <translation>떠난 날짜에는 같은 기간의 가입일이 필요합니다.</translation>
    </message>
    <message>
        <source>An active member has no leaving date; change her status to alumni or exited when she leaves.</source>
        <translation>활동 중인 구성원에게는 떠난 날짜가 없습니다. 떠날 때 상태를 수료 또는 퇴소로 바꾸세요.</translation>
    </message>
    <message>
        <source>An enquiry is not in the community: clear the joining date, or make her active.</source>
        <translation>문의 상태인 사람은 공동체 구성원이 아닙니다. 가입일을 지우거나 상태를 활동으로 바꾸세요.</translation>
    </message>
    <message>
        <source>{code} is not a member code like M-0001.</source>
        <translation>{code} 값은 M-0001과 같은 형식의 회원 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>A member code has at most 6 digits; the highest is {highest}.</source>
        <translation>회원 코드의 숫자는 최대 6자리입니다. 가장 높은 코드는 {highest}입니다.</translation>
    </message>
    <message>
        <source>The arrival in Korea is before the birth year.</source>
        <translation>한국 입국일이 출생 연도보다 이릅니다.</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>이 회원은 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Another import or another new member is being saved at this moment. Try again when it has finished; nothing was changed.</source>
        <translation>지금 다른 가져오기나 새 회원 저장이 진행 중입니다. 끝난 뒤 다시 시도하세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Every member code up to {highest} has been handed out; no new member can be given a code. Run safehouse check and ask for help.</source>
        <translation>{highest}까지의 회원 코드가 모두 사용되어 새 회원에게 코드를 줄 수 없습니다. safehouse check를 실행하고 도움을 요청하세요.</translation>
    </message>
    <message>
        <source>There is no member {code} to have referred this one.</source>
        <translation>추천인으로 지정할 {code} 회원이 없습니다.</translation>
    </message>
    <message>
        <source>A member cannot refer herself.</source>
        <translation>회원 본인을 자신의 추천인으로 지정할 수 없습니다.</translation>
    </message>
    <message>
        <source>{code} was herself reached through this member, directly or through others; referrals cannot go round in a circle.</source>
        <translation>{code} 회원은 직접 또는 다른 사람을 거쳐 이 회원을 통해 온 사람입니다. 추천은 돌고 도는 고리가 될 수 없습니다.</translation>
    </message>
    <message>
        <source>The member moved into her room on {moved_in}, which is not before the leaving date {left}. Correct the room history first.</source>
        <translation>이 회원의 입실일({moved_in})이 퇴소일({left})보다 앞서지 않습니다. 먼저 방 이력을 바로잡으십시오.</translation>
    </message>
    <message>
        <source>administrator</source>
        <extracomment>The fields sealed under the confidential key (storage.sealed): all but the yearly check-in&apos;s answers (plain, so that the yearly figures are one SQL aggregate, and only blanked for staff). An account holds the key only while its role may see every one.</extracomment>
        <translation>시스템 관리자</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>운영 관리자</translation>
    </message>
    <message>
        <source>counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Your account has been disabled since you logged in. Ask an administrator.</source>
        <translation>로그인한 뒤 계정이 사용 중지되었습니다. 시스템 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>An administrator has asked you to choose a new password. Log in again to choose it.</source>
        <translation>시스템 관리자가 새 비밀번호를 정하도록 요청했습니다. 다시 로그인하여 새 비밀번호를 정하세요.</translation>
    </message>
    <message>
        <source>Your role is now {role}, which does not allow this ({action}). Log in again to work with your new role.</source>
        <translation>역할이 바뀌어({role}) 이 작업({action})을 할 수 없습니다. 새 역할로 일하려면 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this ({action}).</source>
        <translation>현재 역할({role})로는 이 작업({action})을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Type the member&apos;s code, {code}, exactly to confirm.</source>
        <translation>확인하려면 회원 코드({code})를 정확히 입력하십시오.</translation>
    </message>
    <message>
        <source>Nobody is chosen to be erased.</source>
        <translation>삭제할 사람을 선택하지 않았습니다.</translation>
    </message>
    <message>
        <source>Type {expected} exactly to confirm.</source>
        <translation>확인하려면 {expected} 문구를 정확히 입력하십시오.</translation>
    </message>
    <message>
        <source>The retention period must be between {low} and {high} years.</source>
        <translation>보존 기간은 {low}~{high}년 사이여야 합니다.</translation>
    </message>
    <message>
        <source>{start} – open</source>
        <translation>{start} – 종료일 없음</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>{child} is a child and stays in room {room}. Once {code} leaves on {day}, no adult of her household is in the room with her.</source>
        <translation>{child} 회원은 아동이며 방 {room}에 머뭅니다. {code} 회원이 {day}에 떠나면 이 방에 아동과 함께 지내는 같은 가구의 성인이 없습니다.</translation>
    </message>
    <message>
        <source>{code} is a child, and from {day} no adult of her household stays in room {room} with her.</source>
        <translation>{code} 회원은 아동인데 {day}부터 방 {room}에서 함께 지내는 같은 가구의 성인이 없습니다.</translation>
    </message>
    <message>
        <source>{code} cannot stay in room {room} for {span}: {other} stays there then, and one of them is on the other&apos;s keep-away list. Choose another room.</source>
        <translation>{code} 회원을 {span} 기간에 방 {room}에 배정할 수 없습니다. 그 기간에 {other} 회원이 그 방에 머물고, 두 사람 중 한 명이 다른 사람의 접근 금지 목록에 있습니다. 다른 방을 고르십시오.</translation>
    </message>
    <message>
        <source>{code} cannot stay in room {room} for {span}: a safety rule keeps her apart from someone who stays there then. Choose another room.</source>
        <translation>{code} 회원을 {span} 기간에 방 {room}에 배정할 수 없습니다. 안전 규칙에 따라 그 기간에 그 방에 머무는 사람과 떨어져 있어야 합니다. 다른 방을 고르십시오.</translation>
    </message>
    <message>
        <source>{other} stays in room {other_room}, on the same floor ({floor}) as room {room}, for {span}, and one of {code} and {other} is on the other&apos;s keep-away list.</source>
        <translation>{span} 기간에 {other} 회원이 {floor}층 방 {other_room}에 머무는데, 배정하려는 방 {room}도 같은 층입니다. {code} 회원과 {other} 회원 중 한 명이 다른 사람의 접근 금지 목록에 있습니다.</translation>
    </message>
    <message>
        <source>A safety rule asks to keep {code} away from someone who stays on floor {floor} for {span}.</source>
        <translation>안전 규칙에 따라 {code} 회원은 {span} 기간에 {floor}층에 머무는 사람과 떨어져 있어야 합니다.</translation>
    </message>
    <message>
        <source>{other} stays in the same room ({room}) for {span}. Move one of them to another room.</source>
        <translation>{span} 기간에 {other} 회원이 같은 방(방 {room})에 머뭅니다. 두 사람 중 한 명을 다른 방으로 옮기십시오.</translation>
    </message>
    <message>
        <source>{other} stays on the same floor (room {room}, floor {floor}) for {span}.</source>
        <translation>{span} 기간에 {other} 회원이 같은 층({floor}층, 방 {room})에 머뭅니다.</translation>
    </message>
    <message>
        <source>Bed {bed} in room {room} is taken by {member} for {span}. Choose another bed, or leave the bed empty.</source>
        <translation>방 {room}의 침대 {bed}: {span} 기간에 {member} 회원이 쓰고 있습니다. 다른 침대를 고르거나 침대 칸을 비워 두십시오.</translation>
    </message>
    <message>
        <source>{code} is booked into room {room} from {booked}. Give this stay a move-out date on or before {booked}, or change the planned stay first.</source>
        <translation>{code} 회원은 {booked}부터 방 {room}에 입실할 예정입니다. 이번 입실의 퇴실일을 {booked} 당일이나 그 전으로 정하거나, 먼저 예정된 입실을 변경하십시오.</translation>
    </message>
    <message>
        <source>{code} is booked into room {room} for {span}, which overlaps {wanted}. Change that planned stay instead of adding another.</source>
        <translation>{code} 회원은 {span} 기간에 방 {room}에 입실할 예정이며, 요청한 기간({wanted})과 겹칩니다. 입실을 새로 추가하지 말고 예정된 입실을 변경하십시오.</translation>
    </message>
    <message>
        <source>{code} is in room {room} for {span}, which overlaps {wanted}. She can be given a bed from {free} on, the day she moves out.</source>
        <translation>{code} 회원은 {span} 기간에 방 {room}에 있으며, 요청한 기간({wanted})과 겹칩니다. 퇴실일인 {free}부터 침대를 배정할 수 있습니다.</translation>
    </message>
    <message>
        <source>A room needs a name.</source>
        <translation>방 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The room&apos;s name is longer than {count} characters.</source>
        <translation>방 이름이 {count}자를 넘습니다.</translation>
    </message>
    <message>
        <source>The floor must be between {low} and {high}.</source>
        <translation>층은 {low}~{high} 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The capacity must be between 1 and {high} beds.</source>
        <translation>정원은 침대 1~{high}개 사이여야 합니다.</translation>
    </message>
    <message>
        <source>There is already a room called {name}.</source>
        <translation>같은 이름의 방이 이미 있습니다: {name}.</translation>
    </message>
    <message>
        <source>Room {room} holds {peak} people on {day}; its capacity cannot go down to {capacity}.</source>
        <translation>{day}에 방 {room}에 {peak}명이 머뭅니다. 정원을 침대 {capacity}개로 줄일 수 없습니다.</translation>
    </message>
    <message>
        <source>Room {room} has people in it today or booked for later; move them out before closing the room.</source>
        <translation>방 {room}에 오늘 머무는 사람이나 이후로 배정된 사람이 있습니다. 방을 사용 중지하기 전에 먼저 퇴실 처리하십시오.</translation>
    </message>
    <message>
        <source>This room no longer exists.</source>
        <translation>이 방은 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The move-out date {end} must be after the move-in date {start}.</source>
        <translation>퇴실일({end})은 입실일({start})보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>{code} is already in room {room} for {span}, which overlaps {wanted}. A member stays in one room at a time: use Move instead.</source>
        <translation>{code} 회원은 이미 {span} 기간에 방 {room}에 배정되어 있어 {wanted} 기간과 겹칩니다. 회원은 한 번에 한 방에만 머물 수 있으므로 “방 이동”을 사용하십시오.</translation>
    </message>
    <message>
        <source>Room {room} is closed.</source>
        <translation>{room} 방은 사용 중지 상태입니다.</translation>
    </message>
    <message>
        <source>Room {room} is full on {day}: {taken} of {capacity} beds are taken. Choose another room or another date.</source>
        <translation>{day}에 {room} 방은 만실입니다: 침대 {capacity}개 중 {taken}개가 사용 중입니다. 다른 방이나 다른 날짜를 선택하십시오.</translation>
    </message>
    <message>
        <source>The bed label is longer than {count} characters.</source>
        <translation>침대 이름이 {count}자를 넘습니다.</translation>
    </message>
    <message>
        <source>{code} has no room at the moment.</source>
        <translation>{code} 회원은 현재 배정된 방이 없습니다.</translation>
    </message>
    <message>
        <source>{code} is already in room {room}.</source>
        <translation>{code} 회원은 이미 방 {room}에 있습니다.</translation>
    </message>
    <message>
        <source>The move date {day} must be after she moved into room {room} on {moved_in}.</source>
        <translation>이동일({day})은 {room} 방에 입실한 날짜({moved_in})보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>The move date {day} must be before she moves out of room {room} on {end}. Change her move-out date first if she stays longer.</source>
        <translation>이동일({day})은 방 {room}에서 퇴실하는 날({end})보다 앞서야 합니다. 더 오래 머문다면 먼저 퇴실일을 바꾸십시오.</translation>
    </message>
    <message>
        <source>This stay no longer exists.</source>
        <translation>이 숙박 기록은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>This stay ended on {end}; a past stay is kept as it was.</source>
        <translation>이 숙박은 {end}에 끝났습니다. 지난 숙박 기록은 그대로 보관됩니다.</translation>
    </message>
    <message>
        <source>The idle lock must be between {low} and {high} minutes.</source>
        <translation>자동 잠금 시간은 {low}~{high}분 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The retention period must be between {low} and {high} years, or none.</source>
        <translation>보존 기간은 {low}~{high}년 사이이거나 비어 있어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;{zone}&quot; is not a time zone this computer knows. Choose one from the list, or type a name such as Asia/Seoul.</source>
        <translation>&quot;{zone}&quot; 시간대는 이 컴퓨터에서 찾을 수 없습니다. 목록에서 고르거나 Asia/Seoul 같은 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose whether keep-away pairs are kept to separate rooms or to separate floors.</source>
        <translation>접근 금지 관계인 사람들을 다른 방에만 둘지, 다른 층에 둘지 고르십시오.</translation>
    </message>
    <message>
        <source>The weeks before a screening is due again must be between {low} and {high}.</source>
        <translation>선별검사를 다시 할 때까지의 주 수는 {low}–{high} 범위여야 합니다.</translation>
    </message>
    <message>
        <source>Choose A4 or Letter as the paper size.</source>
        <translation>용지 크기는 A4 또는 Letter 중에서 고르세요.</translation>
    </message>
    <message>
        <source>This is the last active administrator. Make another account an administrator first: somebody must be able to manage the users.</source>
        <translation>사용 중인 마지막 시스템 관리자 계정입니다. 사용자를 관리할 사람이 있어야 하므로 먼저 다른 계정을 시스템 관리자로 지정하십시오.</translation>
    </message>
    <message>
        <source>Change your own password with “Change my password”: it asks for your current one.</source>
        <translation>본인의 비밀번호는 “내 비밀번호 변경”에서 바꾸십시오. 그곳에서 현재 비밀번호를 확인합니다.</translation>
    </message>
    <message>
        <source>This account is disabled. Enable it instead: that sets a temporary password too.</source>
        <translation>이 계정은 사용 중지되었습니다. 대신 계정을 다시 사용하게 하십시오. 이때 임시 비밀번호도 함께 설정됩니다.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>본인 계정은 사용 중지할 수 없습니다.</translation>
    </message>
    <message>
        <source>This account is disabled already.</source>
        <translation>이 계정은 이미 사용 중지되었습니다.</translation>
    </message>
    <message>
        <source>This account is active already.</source>
        <translation>이 계정은 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>The backup {file} is not whole: its tables do not hold the rows the database held when it was copied.</source>
        <translation>{file} 백업이 온전하지 않습니다. 복사할 때 데이터베이스에 있던 행이 백업의 표에 모두 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>{path}에 백업 파일이 없습니다.</translation>
    </message>
    <message>
        <source>The backup {file} cannot be opened.</source>
        <translation>{file} 백업을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The backup {file} does not open with this database&apos;s key: it is damaged, or it belongs to another database.</source>
        <translation>{file} 백업이 이 데이터베이스의 키로 열리지 않습니다. 파일이 손상되었거나 다른 데이터베이스의 백업입니다.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged.</source>
        <translation>{file} 백업이 손상되었습니다.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged (its integrity check failed).</source>
        <translation>{file} 백업이 손상되었습니다(무결성 검사 실패).</translation>
    </message>
    <message>
        <source>The file {file} is not a Safehouse database.</source>
        <translation>{file} 파일은 Safehouse 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>The backup {file} was written by a newer version of Safehouse; install that version or newer to restore it.</source>
        <translation>{file} 백업은 더 새로운 버전의 Safehouse에서 만들어졌습니다. 복원하려면 그 버전 이상을 설치하십시오.</translation>
    </message>
    <message>
        <source>A PostgreSQL backup needs the database key.</source>
        <translation>PostgreSQL 백업에는 데이터베이스 키가 필요합니다.</translation>
    </message>
    <message>
        <source>The backup {file} has no active administrator: after restoring it, nobody could manage the database or restore another backup. Choose another backup.</source>
        <translation>백업 {file}에는 활성 시스템 관리자가 없습니다. 이 백업을 복원하면 아무도 데이터베이스를 관리하거나 다른 백업을 복원할 수 없습니다. 다른 백업을 고르십시오.</translation>
    </message>
    <message>
        <source>{path} exists already; choose another name.</source>
        <translation>{path} 파일이 이미 있습니다. 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>The database key is needed to encrypt the backup.</source>
        <translation>백업을 암호화하려면 데이터베이스 키가 필요합니다.</translation>
    </message>
    <message>
        <source>The backup is damaged, or it was made of another database.</source>
        <translation>백업이 손상되었거나 다른 데이터베이스의 백업입니다.</translation>
    </message>
    <message>
        <source>This file is not a Safehouse PostgreSQL backup.</source>
        <translation>이 파일은 Safehouse PostgreSQL 백업이 아닙니다.</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Safehouse.</source>
        <translation>이 백업은 더 새로운 버전의 Safehouse에서 만들어졌습니다.</translation>
    </message>
    <message>
        <source>The database cannot be used ({cause}). Check that the file or server is there, readable, and not in use by another program.</source>
        <translation>데이터베이스를 사용할 수 없습니다({cause}). 파일이나 서버가 있는지, 읽을 수 있는지, 다른 프로그램이 사용하고 있지 않은지 확인하십시오.</translation>
    </message>
    <message>
        <source>Someone else saved this record at the same moment, so nothing of yours was saved. Open it again and repeat your change.</source>
        <translation>같은 순간에 다른 사람이 이 기록을 저장했기 때문에 내 변경 내용은 저장되지 않았습니다. 다시 열어서 변경을 한 번 더 하십시오.</translation>
    </message>
    <message>
        <source>This database has no recovery key.</source>
        <translation>이 데이터베이스에는 복구 키가 없습니다.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>복구 키가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The key file for this database is damaged: it is not in the form Safehouse writes. Restore the database with its key file from a backup.</source>
        <translation>이 데이터베이스의 키 파일이 손상되었습니다. Safehouse가 쓰는 형식이 아닙니다. 백업에서 데이터베이스와 키 파일을 복원하세요.</translation>
    </message>
    <message>
        <source>The key file for this database is missing; without it the database cannot be opened. Restore it from a backup.</source>
        <translation>이 데이터베이스의 키 파일이 없습니다. 키 파일이 없으면 데이터베이스를 열 수 없습니다. 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>The key file for this database cannot be read.</source>
        <translation>이 데이터베이스의 키 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of Safehouse.</source>
        <translation>키 파일이 더 새로운 버전의 Safehouse에서 만들어졌습니다.</translation>
    </message>
    <message>
        <source>The key file is busy: another Safehouse has been changing it for too long. Try again in a moment.</source>
        <translation>키 파일을 사용 중입니다: 다른 Safehouse가 너무 오랫동안 키 파일을 변경하고 있습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Safehouse (schema {schema}). Install that version or newer to open it; nothing has been changed.</source>
        <translation>이 데이터베이스는 더 새로운 버전의 Safehouse에서 만들어졌습니다(스키마 {schema}). 열려면 그 버전 이상을 설치하십시오. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>The schema upgrade would break links between records; nothing has been changed.</source>
        <translation>스키마 업그레이드가 기록 사이의 연결을 깨뜨리게 됩니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>{tool} was not found. Install the PostgreSQL client programs (the same major version as the server, or newer) and make sure {tool} is on the PATH.</source>
        <translation>{tool} 프로그램을 찾을 수 없습니다. PostgreSQL 클라이언트 프로그램(서버와 같은 주 버전 이상)을 설치하고 {tool} 프로그램이 PATH에 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>{tool} failed{detail}</source>
        <translation>{tool} 실행 실패{detail}</translation>
    </message>
    <message>
        <source>The backup {file} is damaged ({why}).</source>
        <translation>{file} 백업이 손상되었습니다({why}).</translation>
    </message>
    <message>
        <source>The backup {file} is not of a Safehouse database.</source>
        <translation>{file} 파일은 Safehouse 데이터베이스의 백업이 아닙니다.</translation>
    </message>
    <message>
        <source>A record in the database is damaged or was moved from elsewhere ({table}.{column}, row {row}): it does not open with this database&apos;s key.</source>
        <translation>데이터베이스의 레코드가 손상되었거나 다른 곳에서 옮겨 왔습니다({table}.{column}, {row}행). 이 데이터베이스의 키로 열리지 않습니다.</translation>
    </message>
    <message>
        <source>There is a database here already; log in instead.</source>
        <translation>이곳에는 이미 데이터베이스가 있습니다. 로그인하십시오.</translation>
    </message>
    <message>
        <source>The key file {keys} is there, but its database {database} is missing. If the database was moved or lost, put it back beside its key file, or restore a backup (&apos;safehouse restore FILE&apos;, or Restore from a backup… in the window). To start a new database here, first move the key file somewhere else: nothing was changed.</source>
        <translation>키 파일({keys})은 있지만 그 데이터베이스 파일({database})이 없습니다. 데이터베이스를 옮겼거나 잃어버렸다면 키 파일 옆에 다시 두거나 백업을 복원하십시오(&apos;safehouse restore FILE&apos; 또는 프로그램의 &apos;백업에서 복원…&apos;). 이곳에서 새 데이터베이스를 시작하려면 먼저 키 파일을 다른 곳으로 옮기십시오. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Too many failed logins. Wait {seconds} second before trying again.</source>
        <translation>로그인 실패가 너무 많습니다. {seconds}초 후에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Too many failed logins. Wait {seconds} seconds before trying again.</source>
        <translation>로그인 실패가 너무 많습니다. {seconds}초 후에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The key file does not belong to this database (or the file is damaged). Restore both from the same backup.</source>
        <translation>키 파일이 이 데이터베이스의 것이 아닙니다(또는 파일이 손상되었습니다). 같은 백업에서 둘 다 복원하십시오.</translation>
    </message>
    <message>
        <source>This database is not an unencrypted one.</source>
        <translation>이 데이터베이스는 암호화되지 않은 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>The encrypted copy did not check out; nothing was changed.</source>
        <translation>암호화된 사본이 검사를 통과하지 못했습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Choose another folder or file name.</source>
        <translation>{path}에 쓸 수 없습니다: {reason}. 다른 폴더나 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <source>The joining date {day} falls in her earlier period in the community ({start} to {end}); periods cannot overlap. She can come back from {next} on.</source>
        <translation>가입일({day})이 이전 공동체 활동 기간({start} ~ {end}) 안에 있습니다. 기간은 겹칠 수 없습니다. {next}부터 다시 가입할 수 있습니다.</translation>
    </message>
    <message>
        <source>This contains an invisible control character ({char}), which cannot be stored. Retype the text or remove the character.</source>
        <translation>보이지 않는 제어 문자({char})가 들어 있어 저장할 수 없습니다. 내용을 다시 입력하거나 그 문자를 지우세요.</translation>
    </message>
    <message>
        <source>The date {day} is not between {earliest} and {latest}.</source>
        <translation>{day} 날짜는 {earliest}부터 {latest} 사이가 아닙니다.</translation>
    </message>
    <message>
        <source>The key file&apos;s records were changed outside Safehouse. As a precaution every account is locked for {minutes} minutes; administrators are told at their next login.</source>
        <translation>키 파일의 기록이 Safehouse 밖에서 변경되었습니다. 예방 조치로 모든 계정이 {minutes}분 동안 잠깁니다. 시스템 관리자에게는 다음 로그인 때 알립니다.</translation>
    </message>
    <message>
        <source>{path} is the database or one of its files (its key file or journal). Choose another file name.</source>
        <translation>{path} 파일은 데이터베이스이거나 그 파일(키 파일, 저널) 중 하나입니다. 다른 파일 이름을 고르십시오.</translation>
    </message>
    <message>
        <source>{path} is a database, backup or key file; Safehouse does not write over one. Choose another file name.</source>
        <translation>{path} 파일은 데이터베이스, 백업 또는 키 파일입니다. Safehouse는 이런 파일에 덮어쓰지 않습니다. 다른 파일 이름을 고르십시오.</translation>
    </message>
    <message>
        <source>{path} has other names (hard links) that writing it would change too. Choose another file name.</source>
        <translation>{path}에는 다른 이름(하드 링크)이 있어, 이 파일에 쓰면 그 이름의 파일도 함께 바뀝니다. 다른 파일 이름을 고르십시오.</translation>
    </message>
    <message>
        <source>The lower target must be between 1 and {most} members.</source>
        <translation>최소 목표는 1명에서 {most}명 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The upper target must be at least the lower target ({low}).</source>
        <translation>최대 목표는 최소 목표({low}명) 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The goal must be due after its start ({start}).</source>
        <translation>목표 기한은 시작일({start}) 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>This goal no longer exists.</source>
        <translation>이 목표는 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The trend&apos;s window must be from 1 to 120 months.</source>
        <translation>추세 기간은 1개월에서 120개월 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>기간의 끝({end})이 시작({start})보다 앞섭니다.</translation>
    </message>
    <message>
        <source>The key file is damaged or was changed by hand: a key given to your account does not open. Restore the key file from a backup, or ask an administrator for a new password.</source>
        <translation>키 파일이 손상되었거나 누군가 직접 고쳤습니다. 계정에 주어진 키가 열리지 않습니다. 백업에서 키 파일을 복원하거나 시스템 관리자에게 새 비밀번호를 요청하십시오.</translation>
    </message>
    <message>
        <source>Your account has no key to this database. Ask an administrator for a new password.</source>
        <translation>계정에 이 데이터베이스의 키가 없습니다. 시스템 관리자에게 새 비밀번호를 요청하십시오.</translation>
    </message>
    <message>
        <source>An earlier change of keys is not finished. Log in again to finish it, then try again.</source>
        <translation>이전의 키 교체가 끝나지 않았습니다. 다시 로그인하여 마무리한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Your account does not hold the key to the confidential fields, so it cannot change them. Ask an administrator to give it to you.</source>
        <extracomment>The sealed columns, by model: attribute names. One line per model.</extracomment>
        <translation>계정에 기밀 항목의 키가 없어 이 항목을 바꿀 수 없습니다. 시스템 관리자에게 키를 받으십시오.</translation>
    </message>
    <message>
        <source>There is no questionnaire called {code}.</source>
        <translation>다음 설문지는 없습니다: {code}.</translation>
    </message>
    <message>
        <source>{instrument} has {expected} questions, but {given} answers were given.</source>
        <translation>{instrument} 문항 수는 {expected}개인데 답은 {given}개입니다.</translation>
    </message>
    <message>
        <source>Question {number} is not answered.</source>
        <translation>{number}번 문항에 답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Question {number}: {answer} is not one of the answers ({low}–{high}).</source>
        <translation>{number}번 문항: {answer} 값은 가능한 답({low}–{high})이 아닙니다.</translation>
    </message>
    <message>
        <source>This check-in no longer exists.</source>
        <translation>이 점검 기록은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Your account does not hold the key to the screenings&apos; answers, so it cannot show their scores. Ask an administrator to give it to you.</source>
        <translation>계정에 선별검사 답변의 열쇠가 없어 점수를 보여 줄 수 없습니다. 시스템 관리자에게 열쇠를 요청하십시오.</translation>
    </message>
    <message>
        <source>Write a short note on what was done.</source>
        <translation>어떤 조치를 했는지 짧은 메모를 쓰십시오.</translation>
    </message>
    <message>
        <source>The note is longer than {count} characters.</source>
        <translation>메모가 {count}자보다 깁니다.</translation>
    </message>
    <message>
        <source>This alert no longer exists.</source>
        <translation>이 경보는 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>This alert was acknowledged already, by someone else or in another window.</source>
        <translation>이 경보는 다른 사람이나 다른 창에서 이미 확인되었습니다.</translation>
    </message>
    <message>
        <source>This care-plan goal no longer exists.</source>
        <translation>이 돌봄 계획 목표는 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Repeat every 1 to {most} weeks or months.</source>
        <translation>반복 간격은 1에서 {most} 사이(주 또는 개월)입니다.</translation>
    </message>
    <message>
        <source>Say until which day the sessions repeat, or how many times.</source>
        <translation>언제까지 반복할지, 또는 몇 번 반복할지 정하십시오.</translation>
    </message>
    <message>
        <source>A series has 1 to {most} sessions.</source>
        <translation>반복 상담은 1회에서 {most}회까지입니다.</translation>
    </message>
    <message>
        <source>The last day ({until}) is before the first session ({first}).</source>
        <translation>마지막 날({until})이 첫 상담({first})보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Choose how the session went.</source>
        <translation>상담 결과를 고르십시오.</translation>
    </message>
    <message>
        <source>Say who cancelled: the member, the counselor or the house.</source>
        <translation>누가 취소했는지 고르십시오: 회원, 상담사 또는 공동체.</translation>
    </message>
    <message>
        <source>Only the session&apos;s counselor, managers and administrators may open its notes.</source>
        <translation>상담 기록은 그 상담의 상담사, 운영 관리자, 시스템 관리자만 열 수 있습니다.</translation>
    </message>
    <message>
        <source>The notes are longer than {count} characters.</source>
        <translation>기록이 {count}자보다 깁니다.</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>장소 없음</translation>
    </message>
    <message>
        <source>{day}: {counselor} already has a session then ({when}, {place}).</source>
        <translation>{day}: {counselor} 상담사는 그 시간에 이미 상담이 있습니다({when}, {place}).</translation>
    </message>
    <message>
        <source>{day}: {code} is already in a session then ({when}, with {counselor}, {place}).</source>
        <translation>{day}: {code} 회원은 그 시간에 이미 상담이 있습니다({when}, {counselor} 상담사, {place}).</translation>
    </message>
    <message>
        <source>{day}: {place} is taken then ({when}, a session with {counselor}).</source>
        <translation>{day}: {place} 장소는 그 시간에 이미 쓰입니다({when}, {counselor} 상담사의 상담).</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… 그 밖에 {count}건.</translation>
    </message>
    <message>
        <source>This session clashes with another:</source>
        <translation>이 상담은 다른 상담과 시간이 겹칩니다:</translation>
    </message>
    <message>
        <source>{count} sessions clash with others:</source>
        <translation>상담 {count}건이 다른 상담과 시간이 겹칩니다:</translation>
    </message>
    <message>
        <source>This booking is not allowed; ask a manager.</source>
        <translation>이 예약은 할 수 없습니다. 운영 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>{first} and {second} are on each other&apos;s keep-away list: they are never booked into one session.</source>
        <translation>{first} 회원과 {second} 회원은 서로의 접근 금지 목록에 있습니다. 한 상담에 함께 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>On {days} this session would bring people who must be kept apart into the house&apos;s meeting rooms at the same time; ask a manager.</source>
        <translation>{days}: 이 상담으로 서로 떨어져 있어야 하는 사람들이 같은 시간에 공동체의 상담실에 있게 됩니다. 운영 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>{ours} and {other} are on each other&apos;s keep-away list and would both be in the house&apos;s meeting rooms on {days}.</source>
        <translation>{ours} 회원과 {other} 회원은 서로의 접근 금지 목록에 있는데, {days} 같은 시간에 둘 다 공동체의 상담실에 있게 됩니다.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>이 상담은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>A counselor books, changes and marks only her own sessions. Ask a manager for this one.</source>
        <translation>상담사는 자신의 상담만 예약하고 바꾸고 기록할 수 있습니다. 이 상담은 운영 관리자에게 부탁하십시오.</translation>
    </message>
    <message>
        <source>Choose what kind of session this is.</source>
        <translation>상담 종류를 고르십시오.</translation>
    </message>
    <message>
        <source>Choose the member or members the session is for.</source>
        <translation>상담할 회원을 고르십시오.</translation>
    </message>
    <message>
        <source>A session lasts from {least} minutes to {most} hours.</source>
        <translation>상담 시간은 {least}분에서 {most}시간까지입니다.</translation>
    </message>
    <message>
        <source>{name} no longer takes sessions (not active).</source>
        <translation>{name} 상담사는 더 이상 상담하지 않습니다(비활성).</translation>
    </message>
    <message>
        <source>A member chosen no longer exists.</source>
        <translation>고른 회원 중 더 이상 없는 회원이 있습니다.</translation>
    </message>
    <message>
        <source>This meeting place is not in use.</source>
        <translation>이 상담 장소는 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>This series no longer exists.</source>
        <translation>이 반복 상담은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: nothing was saved, and the data are as they were. Ask whoever looks after the server to free some space, then try again.</source>
        <translation>데이터베이스 서버의 디스크가 가득 찼습니다: 아무것도 저장되지 않았고 데이터는 그대로입니다. 서버 담당자에게 공간을 확보해 달라고 한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full: nothing was saved, and the data are as they were. Free some space on that disk, then try again.</source>
        <translation>데이터베이스가 있는 디스크가 가득 찼습니다: 아무것도 저장되지 않았고 데이터는 그대로입니다. 그 디스크의 공간을 확보한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written, and nothing of it was left there. Free some space or choose another place, then try again.</source>
        <translation>디스크가 가득 찼습니다: {path}에 쓰지 못했고, 쓰다 만 파일은 남기지 않았습니다. 공간을 확보하거나 다른 위치를 선택한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full: its key file could not be written and is as it was. Free some space on that disk, then try again.</source>
        <translation>데이터베이스가 있는 디스크가 가득 찼습니다: 키 파일을 쓰지 못했으며 키 파일은 그대로입니다. 그 디스크의 공간을 확보한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Another computer is saving at this moment. Try again in a moment; nothing was changed.</source>
        <translation>지금 다른 컴퓨터가 저장하고 있습니다. 잠시 후 다시 시도하십시오. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it, so nothing of yours was saved. Open it again and repeat your change.</source>
        <translation>이 기록을 연 뒤에 다른 사람이 저장했기 때문에 내 변경 내용은 저장되지 않았습니다. 다시 열어서 변경을 한 번 더 하십시오.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it, so nothing of yours was saved. They changed: {fields}.</source>
        <translation>이 기록을 연 뒤에 다른 사람이 저장했기 때문에 내 변경 내용은 저장되지 않았습니다. 그 사람이 바꾼 항목: {fields}.</translation>
    </message>
    <message>
        <source>The database file {path} is on a network share ({kind}). An SQLite database there can be damaged when two computers use it, so it is not opened. Keep the file on this computer&apos;s own disk; for several workstations use a PostgreSQL server (see &quot;PostgreSQL server&quot; in the README), e.g. --db postgresql://user@server/safehouse.</source>
        <translation>데이터베이스 파일이 네트워크 공유({kind})에 있습니다: {path}. 그곳의 SQLite 데이터베이스는 두 컴퓨터가 함께 쓰면 손상될 수 있으므로 열지 않습니다. 파일을 이 컴퓨터의 자체 디스크에 두십시오. 여러 컴퓨터에서 쓰려면 PostgreSQL 서버를 사용하십시오 (README의 &quot;PostgreSQL server&quot; 참고). 예: --db postgresql://user@server/safehouse.</translation>
    </message>
    <message>
        <source>The keys were changed on another workstation. Log in again to go on.</source>
        <translation>다른 컴퓨터에서 키가 바뀌었습니다. 계속하려면 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>The keys are being changed on another workstation at this moment. Try again in a moment; nothing was changed.</source>
        <translation>지금 다른 컴퓨터에서 키를 바꾸는 중입니다. 잠시 후 다시 시도하십시오. 아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>line {line}: {reason}</source>
        <translation>{line}행: {reason}</translation>
    </message>
    <message>
        <source>line {line}, {column}: {reason}</source>
        <translation>{line}행, {column}: {reason}</translation>
    </message>
    <message>
        <source>Unknown column; the columns are {columns}.</source>
        <translation>알 수 없는 열입니다. 열은 {columns}입니다.</translation>
    </message>
    <message>
        <source>This column is missing.</source>
        <translation>이 열이 없습니다.</translation>
    </message>
    <message>
        <source>This column appears more than once.</source>
        <translation>이 열이 두 번 이상 나옵니다.</translation>
    </message>
    <message>
        <source>This line is not UTF-8 text, and read as Korean (CP949) its letters would turn into other letters. Save the file as CSV UTF-8 and try again.</source>
        <translation>이 줄은 UTF-8 텍스트가 아니며, 한국어(CP949)로 읽으면 글자가 다른 글자로 바뀝니다. 파일을 CSV UTF-8로 저장한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>A cell starting on this line runs on over thousands of lines: look for a stray quote (&quot;) in it. Nothing after it could be read.</source>
        <translation>이 줄에서 시작하는 칸이 수천 줄에 걸쳐 이어집니다. 그 안에 잘못 들어간 따옴표(&quot;)를 찾으세요. 그 뒤의 내용은 읽을 수 없었습니다.</translation>
    </message>
    <message>
        <source>The cell is longer than {count} characters; look for a stray quote (&quot;) on this line.</source>
        <translation>칸이 {count}자보다 깁니다. 이 줄에 잘못 들어간 따옴표(&quot;)가 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The cell holds an invisible control character ({char}), which cannot be stored. Remove it and try again.</source>
        <translation>칸에 보이지 않는 제어 문자({char})가 있어 저장할 수 없습니다. 그 문자를 지우고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>{value} is not a date written like 2024-03-01.</source>
        <translation>{value} 값은 2024-03-01 형식의 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} 값은 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>Leave it empty for a new member.</source>
        <translation>새 회원이면 비워 두세요.</translation>
    </message>
    <message>
        <source>A member cannot refer herself.</source>
        <translation>회원이 자기 자신을 추천할 수는 없습니다.</translation>
    </message>
    <message>
        <source>The event&apos;s first day is missing.</source>
        <translation>행사 첫날이 없습니다.</translation>
    </message>
    <message>
        <source>{value} is not a kind of event; the kinds are {kinds}.</source>
        <translation>값 {value} 항목은 행사 종류가 아닙니다. 종류는 {kinds}입니다.</translation>
    </message>
    <message>
        <source>The number must be from 0 to {most}.</source>
        <translation>숫자는 0부터 {most}까지여야 합니다.</translation>
    </message>
    <message>
        <source>This event is also on line {line} with other days, kind or place; an event&apos;s rows must agree.</source>
        <translation>이 행사가 {line}행에도 다른 날짜, 종류 또는 장소로 나옵니다. 한 행사의 행들은 서로 같아야 합니다.</translation>
    </message>
    <message>
        <source>{code} is also on line {line} for this event; each member comes once.</source>
        <translation>{code} 회원이 이 행사의 {line}행에도 있습니다. 회원은 한 번만 적습니다.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row: {columns}</source>
        <translation>파일이 비어 있습니다. 머리글 행이 필요합니다: {columns}</translation>
    </message>
    <message>
        <source>The row has {cells} cells; the header has {columns}. Check for a stray comma or quote.</source>
        <translation>이 행은 칸이 {cells}개인데 머리글은 {columns}개입니다. 잘못 들어간 쉼표나 따옴표가 없는지 확인하십시오.</translation>
    </message>
    <message>
        <source>There is no member {code}.</source>
        <translation>{code} 회원이 없습니다.</translation>
    </message>
    <message>
        <source>{rows} rows checked: {created} new events would be added, {updated} would be corrected.</source>
        <translation>{rows}행 확인: 새 행사 {created}개가 추가되고, {updated}개가 수정됩니다.</translation>
    </message>
    <message>
        <source>{rows} rows checked: {created} new events were added, {updated} were corrected.</source>
        <translation>{rows}행 확인: 새 행사 {created}개를 추가하고, {updated}개를 수정했습니다.</translation>
    </message>
    <message>
        <source>{code} is also on line {line}; each member may appear once.</source>
        <translation>{code} 회원이 {line}행에도 있습니다. 회원은 한 번만 나올 수 있습니다.</translation>
    </message>
    <message>
        <source>There is no member {code}, in the database or in this file.</source>
        <translation>{code} 회원이 데이터베이스에도 이 파일에도 없습니다.</translation>
    </message>
    <message>
        <source>{code} was given to a member who has been removed; codes are never reused. Leave the code empty for a new member.</source>
        <translation>{code} 코드는 삭제된 회원에게 주어졌던 코드입니다. 코드는 다시 쓰지 않습니다. 새 회원이면 코드를 비워 두십시오.</translation>
    </message>
    <message>
        <source>{code} moved into her room on {since}, which is not before the leaving date {left}. Correct the room history first.</source>
        <translation>{code} 회원은 {since}에 방에 입실했는데, 이 날짜가 퇴소일({left})보다 앞서지 않습니다. 먼저 방 기록을 고치십시오.</translation>
    </message>
    <message>
        <source>This is not a file that can be imported (it is a folder, a device or a pipe). Choose the CSV file itself.</source>
        <translation>가져올 수 있는 파일이 아닙니다(폴더, 장치 또는 파이프입니다). CSV 파일 자체를 선택하십시오.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported. Nothing was imported; try again.</source>
        <translation>가져오는 동안 파일이 바뀌었습니다. 아무것도 가져오지 않았습니다. 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This line is neither UTF-8 nor CP949 text. Save the file as CSV UTF-8 and try again.</source>
        <translation>이 행은 UTF-8도 CP949도 아닌 텍스트입니다. 파일을 CSV UTF-8로 저장한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>1 row checked: {created} new would be created, {updated} would be updated, {unchanged} unchanged.</source>
        <translation>1개 행 확인: 새로 만들 회원 {created}명, 바뀔 회원 {updated}명, 그대로인 회원 {unchanged}명.</translation>
    </message>
    <message>
        <source>{rows} rows checked: {created} new would be created, {updated} would be updated, {unchanged} unchanged.</source>
        <translation>{rows}개 행 확인: 새로 만들 회원 {created}명, 바뀔 회원 {updated}명, 그대로인 회원 {unchanged}명.</translation>
    </message>
    <message>
        <source>1 row checked: {created} new were created, {updated} were updated, {unchanged} unchanged.</source>
        <translation>1개 행 확인: 새 회원 {created}명을 만들고 {updated}명을 바꿨습니다. 그대로인 회원 {unchanged}명.</translation>
    </message>
    <message>
        <source>{rows} rows checked: {created} new were created, {updated} were updated, {unchanged} unchanged.</source>
        <translation>{rows}개 행 확인: 새 회원 {created}명을 만들고 {updated}명을 바꿨습니다. 그대로인 회원 {unchanged}명.</translation>
    </message>
    <message>
        <source>The member code is missing.</source>
        <translation>회원 코드가 없습니다.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>날짜가 없습니다.</translation>
    </message>
    <message>
        <source>{day} is in the future.</source>
        <translation>{day} 날짜는 미래입니다.</translation>
    </message>
    <message>
        <source>{value} is not an answer to the health question: write a whole number from 1 (extremely unhealthy) to 5 (extremely healthy).</source>
        <translation>{value} 값은 건강 질문의 답이 아닙니다: 1(매우 건강하지 않다)부터 5(매우 건강하다)까지의 정수를 쓰십시오.</translation>
    </message>
    <message>
        <source>{value} is not yes or no; write yes, no, 예 or 아니요 (or true, false, 1, 0).</source>
        <translation>{value} 값은 예나 아니요가 아닙니다. yes, no, 예, 아니요(또는 true, false, 1, 0)를 쓰십시오.</translation>
    </message>
    <message>
        <source>{code} has another response on {day} on line {line}; a member answers once a day.</source>
        <translation>{line}행에 {code} 회원의 {day} 응답이 또 있습니다. 회원은 하루에 한 번 답합니다.</translation>
    </message>
    <message>
        <source>{rows} rows checked: {created} responses would be added, {updated} would be corrected.</source>
        <translation>{rows}행 확인: 응답 {created}건이 추가되고 {updated}건이 수정됩니다.</translation>
    </message>
    <message>
        <source>{rows} rows checked: {created} responses were added, {updated} were corrected.</source>
        <translation>{rows}행 확인: 응답 {created}건이 추가되고 {updated}건이 수정되었습니다.</translation>
    </message>
</context>
<context>
    <name>keyfile</name>
    <message>
        <source>records removed</source>
        <translation>기록 삭제</translation>
    </message>
    <message>
        <source>records altered</source>
        <translation>기록 변조</translation>
    </message>
    <message>
        <source>failed logins removed or reordered</source>
        <translation>로그인 실패 기록의 삭제 또는 순서 변경</translation>
    </message>
    <message>
        <source>audit lines a failed login cannot owe</source>
        <translation>로그인 실패로는 생길 수 없는 감사 항목</translation>
    </message>
    <message>
        <source>records in no known form</source>
        <translation>알 수 없는 형식의 기록</translation>
    </message>
    <message>
        <source>On {when} Safehouse found that the key file&apos;s records had been changed outside the program ({what}). Every account was locked for a while as a precaution, and the audit log has a line for it. Find out who could write to the database&apos;s folder (or, on a server, to its key_slots table).</source>
        <translation>{when}에 Safehouse가 키 파일의 기록이 프로그램 밖에서 변경된 것을 발견했습니다({what}). 예방 조치로 모든 계정을 한동안 잠갔으며, 감사 로그에 이 일이 기록되어 있습니다. 데이터베이스 폴더(서버라면 key_slots 테이블)에 쓸 수 있는 사람이 누구인지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Enquiry</source>
        <translation>문의</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활동 중</translation>
    </message>
    <message>
        <source>Alumni</source>
        <translation>수료</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>퇴소</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>가구주</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>배우자</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>자녀</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>부모</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>형제자매</translation>
    </message>
    <message>
        <source>Retreat</source>
        <translation>수련회</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>모임</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>교육</translation>
    </message>
    <message>
        <source>Worship</source>
        <translation>예배</translation>
    </message>
    <message>
        <source>Celebration</source>
        <translation>잔치</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>안전</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>신체 건강</translation>
    </message>
    <message>
        <source>Emotional health</source>
        <translation>정서 건강</translation>
    </message>
    <message>
        <source>Spiritual life</source>
        <translation>신앙 생활</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>주거</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>일자리</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>교육</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>가족 관계</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>법률</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>재정</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>개인</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>부부</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>집단</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>불참</translation>
    </message>
    <message>
        <source>By the member</source>
        <translation>회원이 취소</translation>
    </message>
    <message>
        <source>By the counselor</source>
        <translation>상담사가 취소</translation>
    </message>
    <message>
        <source>By the house</source>
        <translation>공동체가 취소</translation>
    </message>
    <message>
        <source>Feels an immediate threat of repatriation</source>
        <translation>당장 강제 북송될 위협을 느낌</translation>
    </message>
    <message>
        <source>Thoughts of death or self-harm (PHQ-9 question 9)</source>
        <translation>죽음이나 자해에 대한 생각 (PHQ-9 9번 문항)</translation>
    </message>
    <message>
        <source>Score in the highest band</source>
        <translation>가장 높은 구간의 점수</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Former partner</source>
        <translation>전 배우자/연인</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>브로커</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>가족</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>시스템 관리자</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>운영 관리자</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Something went wrong that the program did not expect. Your last change may not have been saved. If it happens again, tell the administrator.</source>
        <translation>예기치 않은 오류가 발생했습니다. 마지막 변경 내용이 저장되지 않았을 수 있습니다. 같은 문제가 다시 생기면 시스템 관리자에게 알려 주십시오.</translation>
    </message>
    <message>
        <source>Safehouse</source>
        <translation>Safehouse</translation>
    </message>
    <message>
        <source>Please read this before you go ahead.</source>
        <translation>진행하기 전에 아래 내용을 읽어 주십시오.</translation>
    </message>
    <message>
        <source>Going ahead is recorded in the audit log.</source>
        <translation>그래도 진행하면 그 사실이 감사 기록에 남습니다.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Printing…</source>
        <translation>인쇄하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Confidential</source>
        <translation>대외비</translation>
    </message>
    <message>
        <source>Printed by {name} on {moment}</source>
        <translation>인쇄: {name}, {moment}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{pages}쪽 중 {page}쪽</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>경과 요약</translation>
    </message>
    <message>
        <source>Impact report</source>
        <translation>성과 보고서</translation>
    </message>
    <message>
        <source>Room roster</source>
        <translation>방 배정 명단</translation>
    </message>
    <message>
        <source>Counseling schedule</source>
        <translation>상담 일정</translation>
    </message>
    <message>
        <source>There is no report called {kind}.</source>
        <translation>없는 보고서입니다: {kind}</translation>
    </message>
    <message>
        <source>Reports are made in English (en) or Korean (ko).</source>
        <translation>보고서는 영어(en) 또는 한국어(ko)로 만듭니다.</translation>
    </message>
    <message>
        <source>The paper is A4 or Letter.</source>
        <translation>용지는 A4 또는 Letter입니다.</translation>
    </message>
    <message>
        <source>Choose the member (or members) whose progress summary to print.</source>
        <translation>경과 요약을 인쇄할 회원을 선택하세요.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <source>The last year comes before the first.</source>
        <translation>마지막 연도가 첫 연도보다 앞섭니다.</translation>
    </message>
    <message>
        <source>The impact report covers at most 30 years.</source>
        <translation>성과 보고서는 최대 30년을 다룹니다.</translation>
    </message>
    <message>
        <source>A report is saved or printed.</source>
        <translation>보고서는 저장하거나 인쇄합니다.</translation>
    </message>
    <message>
        <source>Room roster for {day}</source>
        <translation>{day} 방 배정 명단</translation>
    </message>
    <message>
        <source>For use in the house only: this roster names the residents.</source>
        <translation>쉼터 내부용: 이 명단에는 입소자 이름이 있습니다.</translation>
    </message>
    <message>
        <source>{rooms} rooms, {beds} beds: {taken} taken, {free} free.</source>
        <translation>방 {rooms}개, 침대 {beds}개: 사용 {taken}, 빈 침대 {free}.</translation>
    </message>
    <message>
        <source>{room} (floor {floor})</source>
        <translation>{room} ({floor}층)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>free bed</source>
        <translation>빈 침대</translation>
    </message>
    <message>
        <source>Rooms and beds</source>
        <translation>방과 침대</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>회원</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Room today</source>
        <translation>오늘의 방</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>가명</translation>
    </message>
    <message>
        <source>Progress summary: {who}</source>
        <translation>경과 요약: {who}</translation>
    </message>
    <message>
        <source>De-identified: she is named by her code and alias only.</source>
        <translation>비식별: 코드와 가명으로만 표시합니다.</translation>
    </message>
    <message>
        <source>Rooms in the period</source>
        <translation>기간 중 머문 방</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>방</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>No room in the period.</source>
        <translation>기간 중 배정된 방이 없습니다.</translation>
    </message>
    <message>
        <source>Care-plan goals</source>
        <translation>돌봄 계획 목표</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>목표일</translation>
    </message>
    <message>
        <source>Latest update</source>
        <translation>최근 갱신</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <source>No care-plan goals yet.</source>
        <translation>아직 돌봄 계획 목표가 없습니다.</translation>
    </message>
    <message>
        <source>Counseling sessions in the period</source>
        <translation>기간 중 상담</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>참석</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>불참</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Events attended</source>
        <translation>참석한 행사</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>No events in the period.</source>
        <translation>기간 중 참석한 행사가 없습니다.</translation>
    </message>
    <message>
        <source>Wellbeing check-ins and screenings</source>
        <translation>웰빙 점검과 선별 검사</translation>
    </message>
    <message>
        <source>Not shown: the role of the person printing does not see scores.</source>
        <translation>표시하지 않음: 인쇄하는 사람의 역할로는 점수를 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>No check-ins or screenings in the period.</source>
        <translation>기간 중 점검이나 선별 검사가 없습니다.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>설문</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>구간</translation>
    </message>
    <message>
        <source>Staff member&apos;s signature</source>
        <translation>직원 서명</translation>
    </message>
    <message>
        <source>Resident&apos;s signature</source>
        <translation>입소자 서명</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>침대 수</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>침대</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>누구</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>입실일</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>퇴실 예정</translation>
    </message>
    <message>
        <source>There are no rooms yet.</source>
        <translation>아직 방이 없습니다.</translation>
    </message>
    <message>
        <source>Moving in and out, {period}</source>
        <translation>입실과 퇴실, {period}</translation>
    </message>
    <message>
        <source>Nobody moves in or out this week.</source>
        <translation>이번 주에 입실하거나 퇴실하는 사람이 없습니다.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>in</source>
        <translation>입실</translation>
    </message>
    <message>
        <source>out</source>
        <translation>퇴실</translation>
    </message>
    <message>
        <source>Sessions of {counselor}</source>
        <translation>{counselor} 상담사의 상담</translation>
    </message>
    <message>
        <source>All counselors&apos; sessions</source>
        <translation>모든 상담사의 상담</translation>
    </message>
    <message>
        <source>{count} sessions in the week</source>
        <translation>이번 주 상담 {count}건</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>상담 없음.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>5명 미만</translation>
    </message>
    <message>
        <source>Impact report {first}–{last}</source>
        <translation>성과 보고서 {first}–{last}</translation>
    </message>
    <message>
        <source>No member is named in this report. A figure drawn from fewer than five people reads &quot;fewer than 5&quot;; a year without responses has no figure.</source>
        <translation>이 보고서에는 회원 이름이 없습니다. 5명 미만에서 나온 수치는 &quot;5명 미만&quot;으로 표시하고, 응답이 없는 해에는 수치를 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>Community size and goal</source>
        <translation>공동체 규모와 목표</translation>
    </message>
    <message>
        <source>Members in the community today: {size}.</source>
        <translation>오늘 공동체 회원 수: {size}.</translation>
    </message>
    <message>
        <source>Goal: {low}–{high} members by {due}.</source>
        <translation>목표: {due}까지 회원 {low}–{high}명.</translation>
    </message>
    <message>
        <source>Members at the year&apos;s end</source>
        <translation>연말 회원 수</translation>
    </message>
    <message>
        <source>Goal (low)</source>
        <translation>목표 (하한)</translation>
    </message>
    <message>
        <source>Goal (high)</source>
        <translation>목표 (상한)</translation>
    </message>
    <message>
        <source>Members at the end of each year</source>
        <translation>해마다 연말의 회원 수</translation>
    </message>
    <message>
        <source>Yearly wellbeing check-in</source>
        <translation>연례 웰빙 점검</translation>
    </message>
    <message>
        <source>no responses</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>응답자</translation>
    </message>
    <message>
        <source>Mean health (1–5)</source>
        <translation>평균 건강 (1–5)</translation>
    </message>
    <message>
        <source>Felt a threat of repatriation</source>
        <translation>강제 북송 위협을 느낌</translation>
    </message>
    <message>
        <source>Mean self-rated health (1–5)</source>
        <translation>자가 평가 건강 평균 (1–5)</translation>
    </message>
    <message>
        <source>Retreats and events</source>
        <translation>수련회와 행사</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>Retreats</source>
        <translation>수련회</translation>
    </message>
    <message>
        <source>People who came</source>
        <translation>참석 인원</translation>
    </message>
    <message>
        <source>Different members</source>
        <translation>참석한 회원 수</translation>
    </message>
    <message>
        <source>Counseling and reach</source>
        <translation>상담과 연결</translation>
    </message>
    <message>
        <source>Counseling hours</source>
        <translation>상담 시간</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>새 회원</translation>
    </message>
    <message>
        <source>Reached by a member</source>
        <translation>회원을 통해 온 비율</translation>
    </message>
</context>
</TS>
