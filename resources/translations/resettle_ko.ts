<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="108" />
        <source>Add a user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="117" />
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="118" />
        <source>&amp;Display name:</source>
        <translation>표시 이름(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="119" />
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="120" />
        <source>&amp;Password (12 characters or more):</source>
        <translation>비밀번호(12자 이상)(&amp;P):</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../resettle/gui/admin/page.py" line="78" />
        <source>&amp;Users</source>
        <translation>사용자(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/page.py" line="79" />
        <source>Se&amp;ttings</source>
        <translation>설정(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/page.py" line="80" />
        <source>&amp;Audit log</source>
        <translation>감사 기록(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/page.py" line="81" />
        <source>&amp;Backup</source>
        <translation>백업(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/page.py" line="83" />
        <source>Anon&amp;ymisation</source>
        <translation>익명처리(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="160" />
        <source>The first administrator</source>
        <translation>첫 관리자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="161" />
        <source>This account manages users, settings and backups.</source>
        <translation>이 계정으로 사용자, 설정, 백업을 관리합니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="166" />
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="167" />
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="168" />
        <source>Password a&amp;gain:</source>
        <translation>비밀번호 확인(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="169" />
        <source>The password must be at least 12 characters long. A sentence of several words is easy to remember.</source>
        <translation>비밀번호는 12자 이상이어야 합니다. 여러 단어로 된 문장이 기억하기 쉽습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="171" />
        <source>&amp;Create database</source>
        <translation>데이터베이스 만들기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="175" />
        <source>The password must be at least 12 characters long.</source>
        <translation>비밀번호는 12자 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="178" />
        <source>The two passwords are not the same.</source>
        <translation>두 비밀번호가 같지 않습니다.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="43" />
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="44" />
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="45" />
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="46" />
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="47" />
        <source>Record</source>
        <translation>기록 대상</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="48" />
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="137" />
        <source>any action</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="117" />
        <source>Ol&amp;der entries</source>
        <translation>이전 기록(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="119" />
        <source>Ve&amp;rify chain</source>
        <translation>감사 기록 검증(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="151" />
        <source>&amp;Who:</source>
        <translation>사용자(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="152" />
        <source>Acti&amp;on:</source>
        <translation>작업(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="153" />
        <source>&amp;Case:</source>
        <translation>사례(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="154" />
        <source>Fro&amp;m:</source>
        <translation>시작일(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="155" />
        <source>To:</source>
        <translation>종료일:</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="161" />
        <source>Show &amp;entries</source>
        <translation>기록 보기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="182" />
        <source>anyone</source>
        <translation>모든 사용자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="248" />
        <source>The chain is intact: %1 entries, head %2.</source>
        <translation>감사 기록이 온전합니다: %1건, 체인 헤드 %2.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/audit.py" line="252" />
        <source>The chain is broken at entry %1: %2</source>
        <translation>감사 기록이 %1번 기록에서 끊어졌습니다: %2</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../resettle/gui/admin/page.py" line="36" />
        <source>Back up &amp;now…</source>
        <translation>지금 백업(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/page.py" line="39" />
        <source>Backup and restore</source>
        <translation>백업과 복원</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/page.py" line="41" />
        <source>Backups are encrypted with the database key and verified after writing.</source>
        <translation>백업은 데이터베이스 키로 암호화되며, 저장한 뒤 검증합니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/page.py" line="45" />
        <source>To restore a backup, close Resettle and run 'resettle restore FILE': the current database is kept in the backups folder first.</source>
        <translation>백업을 복원하려면 Resettle을 닫고 'resettle restore 파일'을 실행하십시오. 현재 데이터베이스는 먼저 backups 폴더에 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/page.py" line="58" />
        <source>Back up to</source>
        <translation>백업 위치</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/page.py" line="67" />
        <source>Backup written and verified: %1</source>
        <translation>백업을 저장하고 검증했습니다: %1</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../resettle/gui/today/calendar.py" line="54" />
        <source>&amp;Month</source>
        <translation>월(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/calendar.py" line="55" />
        <source>&amp;Week</source>
        <translation>주(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/calendar.py" line="115" />
        <source>%1 hearings and deadlines</source>
        <translation>심문 기일 및 기한 %1건</translation>
    </message>
</context>
<context>
    <name>CaseDetailWindow</name>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="43" />
        <source>Case %1</source>
        <translation>사례 %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="78" />
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="93" />
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="126" />
        <source>&amp;Profile</source>
        <translation>인적 사항(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="126" />
        <source>&amp;Timeline</source>
        <translation>경과(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="127" />
        <source>C&amp;ustody</source>
        <translation>조사·임시보호(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="127" />
        <source>Pro&amp;gramme</source>
        <translation>정착지원교육(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="83" />
        <source>Print case summary…</source>
        <translation>사례 요약 보고서 인쇄…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="86" />
        <source>Change stage…</source>
        <translation>단계 변경…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="90" />
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="128" />
        <source>R&amp;elease and follow-up</source>
        <translation>거주지 전입·사후 관리(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="129" />
        <source>&amp;Family</source>
        <translation>가족(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="129" />
        <source>&amp;Legal</source>
        <translation>법률(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="130" />
        <source>Screening</source>
        <translation>조사</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="131" />
        <source>Re&amp;wards</source>
        <translation>보로금(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="131" />
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="132" />
        <source>&amp;Documents</source>
        <translation>문서(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="133" />
        <source>Consent and e&amp;xports</source>
        <translation>정보 제공 동의(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/window.py" line="134" />
        <source>&amp;History</source>
        <translation>이력(&amp;H)</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../resettle/gui/case_detail/header.py" line="90" />
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/header.py" line="90" />
        <source>No photo</source>
        <translation>사진 없음</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/header.py" line="97" />
        <source>Case %1 · arrived %2</source>
        <translation>사례 %1 · %2 입국</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/header.py" line="100" />
        <source>group %1</source>
        <translation>집단 %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/header.py" line="106" />
        <source>%1 since %2</source>
        <translation>%2부터 %1</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../resettle/gui/cases/list.py" line="62" />
        <source>Name, initials (ㄱㅈ), Latin or case no.</source>
        <translation>이름, 초성(ㄱㅈ), 로마자 또는 사례 번호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/list.py" line="63" />
        <source>Search cases</source>
        <translation>사례 검색</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/list.py" line="64" />
        <source>All stages</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/list.py" line="66" />
        <source>Any custody status</source>
        <translation>모든 보호기간 상태</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/list.py" line="68" />
        <source>All caseworkers</source>
        <translation>모든 담당자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/list.py" line="69" />
        <source>My cases</source>
        <translation>내 사례</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/list.py" line="70" />
        <source>Any flag</source>
        <translation>모든 위험 표시</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/list.py" line="73" />
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/list.py" line="77" />
        <source>S&amp;tage</source>
        <translation>단계(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/list.py" line="77" />
        <source>C&amp;ustody</source>
        <translation>조사·임시보호(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/list.py" line="78" />
        <source>Case&amp;worker</source>
        <translation>담당자(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/list.py" line="79" />
        <source>F&amp;lag</source>
        <translation>위험 표시(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/list.py" line="145" />
        <source>Counting cases…</source>
        <translation>사례 수를 세는 중…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/list.py" line="168" />
        <source>%1 cases</source>
        <translation>사례 %1건</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../resettle/gui/cases/model.py" line="63" />
        <source>Case no.</source>
        <translation>사례 번호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/model.py" line="64" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/model.py" line="65" />
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/model.py" line="66" />
        <source>Age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/model.py" line="67" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/model.py" line="68" />
        <source>Days in stage</source>
        <translation>단계 경과일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/model.py" line="69" />
        <source>Custody days</source>
        <translation>보호 일수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/model.py" line="70" />
        <source>Caseworker</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/model.py" line="71" />
        <source>Group</source>
        <translation>집단</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/model.py" line="72" />
        <source>Flags</source>
        <translation>위험 표시</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/model.py" line="227" />
        <source>Not sortable</source>
        <translation>정렬할 수 없음</translation>
    </message>
</context>
<context>
    <name>CodeLookup</name>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="7" />
        <source>None recorded yet.</source>
        <translation>아직 등록된 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="8" />
        <source>Nothing matches.</source>
        <translation>일치하는 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="9" />
        <source>Start of the code</source>
        <translation>코드 앞부분</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../resettle/gui/case_detail/conflict.py" line="34" />
        <source>Someone else saved first</source>
        <translation>다른 사람이 먼저 저장함</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/conflict.py" line="37" />
        <source>This record was changed by someone else after you opened it. Nothing was written. Compare the two versions: your edits are kept in the form until you choose.</source>
        <translation>이 기록을 연 뒤에 다른 사람이 바꿨습니다. 아무것도 저장되지 않았습니다. 두 버전을 비교하십시오. 선택할 때까지 편집 내용은 양식에 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/conflict.py" line="43" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/conflict.py" line="43" />
        <source>Your version</source>
        <translation>내 변경 내용</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/conflict.py" line="44" />
        <source>Their version (saved)</source>
        <translation>저장된 내용</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/conflict.py" line="57" />
        <source>&amp;Keep editing</source>
        <translation>계속 편집(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/conflict.py" line="58" />
        <source>&amp;Save mine over theirs</source>
        <translation>내 변경으로 덮어쓰기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/conflict.py" line="59" />
        <source>&amp;Discard mine, load theirs</source>
        <translation>내 변경을 버리고 저장된 내용 불러오기(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="61" />
        <source>Put on h&amp;old…</source>
        <translation>익명처리 보류(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="64" />
        <location filename="../../resettle/gui/case_detail/consent.py" line="68" />
        <source>Recipient</source>
        <translation>제공받는 자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="64" />
        <source>Name or office</source>
        <translation>성명 또는 기관</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="65" />
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="65" />
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="65" />
        <source>Withdrawn on</source>
        <translation>철회일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="66" />
        <source>In force</source>
        <translation>유효</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="68" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="68" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="69" />
        <source>By</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="71" />
        <source>&amp;Add consent…</source>
        <translation>동의 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="73" />
        <source>W&amp;ithdraw…</source>
        <translation>철회(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="80" />
        <source>Print for a re&amp;cipient…</source>
        <translation>제공받는 자용 인쇄(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="83" />
        <source>Copy for the pe&amp;rson…</source>
        <translation>본인 열람 사본(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="90" />
        <source>What the person agreed to share, with whom</source>
        <translation>본인이 누구에게 어떤 정보 제공에 동의했는지</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="93" />
        <source>Disclosures made</source>
        <translation>정보 제공 내역</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="106" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="133" />
        <source>Record a consent</source>
        <translation>정보 제공 동의 기록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="134" />
        <source>Record what the person signed: who may receive their data, from when, and until when. Attach the signed form in the Documents tab.</source>
        <translation>본인이 서명한 내용을 기록합니다: 정보를 제공받는 자, 동의 시작일과 종료일. 서명한 동의서는 문서 탭에 첨부하십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="136" />
        <location filename="../../resettle/gui/case_detail/consent.py" line="184" />
        <source>&amp;Recipient</source>
        <translation>제공받는 자(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="137" />
        <source>&amp;Name or office</source>
        <translation>성명 또는 기관(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="138" />
        <source>&amp;From</source>
        <translation>시작일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="139" />
        <source>&amp;Until (empty: no end)</source>
        <translation>종료일(&amp;U)(비우면 기한 없음)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="151" />
        <source>Withdraw a consent</source>
        <translation>동의 철회</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="152" />
        <source>&amp;Withdrawn on</source>
        <translation>철회일(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="165" />
        <source>Put anonymisation on hold</source>
        <translation>익명처리 보류</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="166" />
        <source>The case will not be anonymised until the end of the hold. Say why (for example a court case or an investigation).</source>
        <translation>보류가 끝날 때까지 이 사례는 익명처리되지 않습니다. 사유를 입력하십시오(예: 재판 또는 수사 중).</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="168" />
        <source>&amp;Until</source>
        <translation>종료일(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="169" />
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="181" />
        <source>Print the case summary for a recipient</source>
        <translation>제공받는 자에게 줄 사례 요약 보고서 인쇄</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="182" />
        <source>Only for a recipient the person agreed to share with; the print is recorded as a disclosure.</source>
        <translation>본인이 정보 제공에 동의한 상대에게만 인쇄할 수 있으며, 인쇄는 정보 제공으로 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/consent.py" line="204" />
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="277" />
        <source>Import people from a CSV file</source>
        <translation>CSV 파일에서 대상자 가져오기</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="278" />
        <source>A UTF-8 CSV file whose first line is exactly:</source>
        <translation>첫 줄이 정확히 다음과 같은 UTF-8 CSV 파일:</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="280" />
        <source>Either every row is imported, or none is.</source>
        <translation>모든 행을 가져오거나, 하나도 가져오지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="282" />
        <source>&amp;Choose file…</source>
        <translation>파일 선택(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="286" />
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="318" />
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="328" />
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="286" />
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="328" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="286" />
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="328" />
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="299" />
        <source>Choose a CSV file</source>
        <translation>CSV 파일 선택</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="300" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="314" />
        <source>The file could not be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="318" />
        <source>Case no.</source>
        <translation>사례 번호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="319" />
        <source>Possible duplicate of</source>
        <translation>중복 의심 대상</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="323" />
        <source>%1 new case(s) were created.</source>
        <translation>새 사례 %1건을 등록했습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="331" />
        <source>Nothing was imported: %1 row(s) need correcting. Fix them in the file and import it again.</source>
        <translation>%1개 행에 고칠 부분이 있어 아무것도 가져오지 않았습니다. 파일을 고친 뒤 다시 가져오십시오.</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <location filename="../../resettle/gui/custody/model.py" line="35" />
        <source>Case no.</source>
        <translation>사례 번호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/model.py" line="36" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/model.py" line="37" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/model.py" line="38" />
        <source>Days held / limit</source>
        <translation>보호 일수 / 한도</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/model.py" line="39" />
        <source>Days left</source>
        <translation>잔여 일수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/model.py" line="40" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/model.py" line="41" />
        <source>Caseworker</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/model.py" line="42" />
        <source>Flags</source>
        <translation>위험 표시</translation>
    </message>
</context>
<context>
    <name>CustodyReview</name>
    <message>
        <location filename="../../resettle/gui/custody/review.py" line="64" />
        <source>&amp;Extension…</source>
        <translation>기간 연장(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/review.py" line="65" />
        <source>Approve a requested extension, or extend the custody of the selected person (supervisors)</source>
        <translation>요청된 기간 연장을 승인하거나 선택한 사람의 보호 기간을 연장합니다(관리자)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/review.py" line="68" />
        <source>Custody &amp;report (PDF)…</source>
        <translation>보호기간 검토 보고서(PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/review.py" line="92" />
        <source>People held</source>
        <translation>보호 중인 사람</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/review.py" line="93" />
        <source>Extension requests</source>
        <translation>기간 연장 요청</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/review.py" line="99" />
        <source>Risk alerts (%1)</source>
        <translation>위험 알림(%1)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/review.py" line="100" />
        <source>Risk alerts</source>
        <translation>위험 알림</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/review.py" line="104" />
        <source>Extension requests (%1)</source>
        <translation>기간 연장 요청(%1)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/review.py" line="138" />
        <source>%1 people held · %2 overdue · %3 due within 14 days</source>
        <translation>보호 중 %1명 · 기한 초과 %2명 · 기한 임박(14일 이내) %3명</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/review.py" line="164" />
        <source>Custody review</source>
        <translation>보호기간 검토</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/review.py" line="165" />
        <source>Select a person in the list first.</source>
        <translation>먼저 목록에서 사람을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>CustodyTab</name>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="60" />
        <source>Arrival (day 1)</source>
        <translation>입국일(보호 1일차)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="61" />
        <source>Rule in force</source>
        <translation>적용 기준</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="61" />
        <source>Limit</source>
        <translation>한도</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="62" />
        <source>Days held</source>
        <translation>보호 일수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="62" />
        <location filename="../../resettle/gui/case_detail/custody.py" line="136" />
        <source>Days left</source>
        <translation>잔여 일수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="63" />
        <source>Last lawful day</source>
        <translation>보호 가능 최종일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="63" />
        <location filename="../../resettle/gui/case_detail/custody.py" line="78" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="74" />
        <source>Days held against the limit</source>
        <translation>한도 대비 보호 일수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="75" />
        <source>The custody clock has not started: it counts from the arrival date.</source>
        <translation>조사·임시보호 기간은 아직 시작되지 않았습니다. 입국일부터 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="77" />
        <source>Requested</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="77" />
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="77" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="78" />
        <source>Requested by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="79" />
        <source>Decided by</source>
        <translation>결정자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="79" />
        <source>Decision date</source>
        <translation>결정일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="80" />
        <source>Decision reason</source>
        <translation>결정 사유</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="83" />
        <source>&amp;Request extension…</source>
        <translation>기간 연장 요청(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="84" />
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="85" />
        <source>Refu&amp;se</source>
        <translation>불허(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="98" />
        <source>Extensions</source>
        <translation>기간 연장</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="128" />
        <source>stopped %1</source>
        <translation>%1 종료</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="129" />
        <source>%1 days (arrivals from %2)</source>
        <translation>%1일(%2 이후 입국자)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="132" />
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="133" />
        <source>(incl. %1 days extension)</source>
        <translation>(연장 %1일 포함)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="137" />
        <source>Days over the limit</source>
        <translation>한도 초과 일수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="144" />
        <source>%1 of %2 days</source>
        <translation>%2일 중 %1일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="166" />
        <source>Select a pending extension to approve or refuse it.</source>
        <translation>승인하거나 불허할 대기 중인 연장 요청을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="169" />
        <source>Only a supervisor may approve or refuse an extension.</source>
        <translation>기간 연장의 승인과 불허는 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="176" />
        <source>Request an extension</source>
        <translation>기간 연장 요청</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="191" />
        <source>Approve the extension</source>
        <translation>기간 연장 승인</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="191" />
        <source>Refuse the extension</source>
        <translation>기간 연장 불허</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../resettle/gui/widgets/date_field.py" line="40" />
        <source>Pick from a calendar</source>
        <translation>달력에서 선택</translation>
    </message>
</context>
<context>
    <name>DaysLeftChart</name>
    <message>
        <location filename="../../resettle/gui/custody/paint.py" line="51" />
        <source>over</source>
        <translation>초과</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/paint.py" line="65" />
        <source>Days left chart</source>
        <translation>잔여 일수 그래프</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/paint.py" line="83" />
        <source>Days left before the limit</source>
        <translation>한도까지 잔여 일수</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="219" />
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="221" />
        <source>Decision date</source>
        <translation>결정일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/custody.py" line="222" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../resettle/gui/case_detail/documents.py" line="51" />
        <location filename="../../resettle/gui/case_detail/documents.py" line="92" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/documents.py" line="51" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/documents.py" line="51" />
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/documents.py" line="52" />
        <location filename="../../resettle/gui/case_detail/documents.py" line="62" />
        <source>Restricted</source>
        <translation>열람 제한</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/documents.py" line="52" />
        <source>Added</source>
        <translation>추가일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/documents.py" line="52" />
        <source>By</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/documents.py" line="56" />
        <source>Documents are kept encrypted inside the database, never as loose files. Opening one writes a temporary copy under a random name, readable only by you, which is deleted when this case window closes. Every opening is recorded.</source>
        <translation>문서는 별도 파일이 아니라 데이터베이스 안에 암호화되어 보관됩니다. 문서를 열면 본인만 읽을 수 있는 임시 사본이 무작위 이름으로 만들어지고, 이 사례 창을 닫을 때 삭제됩니다. 열람할 때마다 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/documents.py" line="60" />
        <source>&amp;Attach file…</source>
        <translation>파일 첨부(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/documents.py" line="61" />
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/documents.py" line="86" />
        <source>Attach a document</source>
        <translation>문서 첨부</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/documents.py" line="87" />
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.txt)</source>
        <translation>문서 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.txt)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/documents.py" line="93" />
        <source>A title for the document:</source>
        <translation>문서 제목:</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/documents.py" line="103" />
        <source>The file could not be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="146" />
        <source>Edit user %1</source>
        <translation>사용자 %1 정보 변경</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="156" />
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="157" />
        <source>&amp;Display name:</source>
        <translation>표시 이름(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="158" />
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="161" />
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../resettle/gui/reports/export_dialog.py" line="50" />
        <source>Export a case list</source>
        <translation>사례 목록 내보내기</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/export_dialog.py" line="53" />
        <source>Statistics (no personal data)</source>
        <translation>통계 항목(개인정보 없음)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/export_dialog.py" line="54" />
        <source>Personal data (the file is encrypted)</source>
        <translation>개인정보 항목(파일을 암호화함)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/export_dialog.py" line="65" />
        <source>Add &amp;names and dates of birth</source>
        <translation>성명과 생년월일 포함(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/export_dialog.py" line="83" />
        <source>&amp;Save as…</source>
        <translation>다른 이름으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/export_dialog.py" line="84" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/export_dialog.py" line="98" />
        <source>Save the case list</source>
        <translation>사례 목록 저장</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/export_dialog.py" line="108" />
        <source>A file of that name exists; choose another.</source>
        <translation>같은 이름의 파일이 있습니다. 다른 이름을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/export_dialog.py" line="118" />
        <source>Written: %1 (%2 cases).</source>
        <translation>저장했습니다: %1 (사례 %2건).</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/export_dialog.py" line="121" />
        <source>The file is encrypted. Its password, shown only now; give it to the recipient by another way than the file: %1</source>
        <translation>파일을 암호화했습니다. 암호는 지금 한 번만 표시합니다. 파일과 다른 경로로 받는 사람에게 전하십시오: %1</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="53" />
        <source>Custody extension: %1</source>
        <translation>기간 연장: %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="74" />
        <source>Decision da&amp;te:</source>
        <translation>결정일(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="105" />
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="119" />
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="105" />
        <source>Person</source>
        <translation>사람</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="106" />
        <source>Days asked</source>
        <translation>요청 일수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="106" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="107" />
        <source>Requested by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="109" />
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="123" />
        <source>Days held / limit</source>
        <translation>보호 일수 / 한도</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="110" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="111" />
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="124" />
        <source>Last lawful day</source>
        <translation>보호 가능 최종일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="111" />
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="125" />
        <source>%1 → %2 if approved (limit %3)</source>
        <translation>%1 → 승인 시 %2(한도 %3일)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="115" />
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="128" />
        <source>%1 asked for %2 more days.</source>
        <translation>%1 님이 %2일 연장을 요청했습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="130" />
        <source>A new extension of %1 days, decided now.</source>
        <translation>%1일 연장을 지금 결정합니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="70" />
        <source>&amp;Days:</source>
        <translation>일수(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="71" />
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="73" />
        <source>Reason for the decisi&amp;on:</source>
        <translation>결정 사유(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="76" />
        <source>Only a supervisor may decide an extension; the rule in force on the day of entry sets how many days.</source>
        <translation>기간 연장은 관리자만 결정할 수 있습니다. 연장할 수 있는 일수는 입국일에 시행 중인 기준에 따릅니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="81" />
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/extension_dialog.py" line="85" />
        <source>Re&amp;fuse</source>
        <translation>불허(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ExtensionInbox</name>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="39" />
        <source>Case no.</source>
        <translation>사례 번호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="39" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="39" />
        <source>Days asked</source>
        <translation>요청 일수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="40" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="40" />
        <source>Requested by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="40" />
        <source>Requested on</source>
        <translation>요청일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="41" />
        <source>Held / limit</source>
        <translation>보호 일수 / 한도</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="41" />
        <source>Last lawful day</source>
        <translation>보호 가능 최종일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="41" />
        <source>If approved</source>
        <translation>승인 시</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="39" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="44" />
        <source>Extension requests</source>
        <translation>기간 연장 요청</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="47" />
        <source>Case no., name or requester</source>
        <translation>사례 번호, 이름 또는 요청자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="50" />
        <source>F&amp;ilter:</source>
        <translation>필터(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="53" />
        <source>&amp;Decide…</source>
        <translation>결정(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="54" />
        <source>Approve or refuse the selected request</source>
        <translation>선택한 요청을 승인하거나 불허합니다</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="56" />
        <source>&amp;Open case</source>
        <translation>사례 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="97" />
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="107" />
        <source>Lapsed on %1: left custody first</source>
        <translation>%1 소멸: 결정 전에 조사·임시보호가 종료됨</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="118" />
        <source>%1 pending · %2 lapsed in the last %3 days</source>
        <translation>대기 %1건 · 최근 %3일간 소멸 %2건</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/inbox.py" line="138" />
        <source>Select a pending request first.</source>
        <translation>먼저 대기 중인 요청을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="32" />
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="32" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="32" />
        <source>Born</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="33" />
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="33" />
        <source>At risk</source>
        <translation>신변 위험</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="33" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="34" />
        <source>Relatives in the North can be put in danger by any leak. Never print or copy this list without need.</source>
        <translation>정보가 새어 나가면 북한에 있는 가족이 위험해질 수 있습니다. 필요 없이 이 목록을 인쇄하거나 복사하지 마십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="37" />
        <source>&amp;Add relative…</source>
        <translation>가족 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="42" />
        <source>&amp;Void relative…</source>
        <translation>가족 기록 무효 처리(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="75" />
        <source>Add a relative</source>
        <translation>가족 추가</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="76" />
        <source>&amp;Relation</source>
        <translation>관계(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="78" />
        <source>&amp;Family name (Hangul)</source>
        <translation>성(한글)(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="79" />
        <source>&amp;Given name (Hangul)</source>
        <translation>이름(한글)(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="81" />
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM 또는 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="82" />
        <source>&amp;Born</source>
        <translation>생년월일(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="83" />
        <source>Lives &amp;in the North</source>
        <translation>북한 거주(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="84" />
        <source>At ris&amp;k (pressured, questioned or punished)</source>
        <translation>신변 위험(압박·조사·처벌)(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/family.py" line="86" />
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="77" />
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="84" />
        <source>Data folder</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="78" />
        <source>The encrypted database, its key file, backups and logs are kept in this folder. Keep it on this computer's own disk, not on a shared or removable drive.</source>
        <translation>암호화된 데이터베이스, 키 파일, 백업과 로그가 이 폴더에 보관됩니다. 공유 드라이브나 이동식 드라이브가 아닌 이 컴퓨터의 디스크에 두십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="81" />
        <source>&amp;Choose…</source>
        <translation>선택(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="90" />
        <source>This folder already holds a Resettle database; choose another folder.</source>
        <translation>이 폴더에는 이미 Resettle 데이터베이스가 있습니다. 다른 폴더를 고르십시오.</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="61" />
        <source>Scheduled</source>
        <translation>예정</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="61" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="61" />
        <source>Done on</source>
        <translation>실시일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="62" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="62" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="62" />
        <source>Wellbeing (1-5)</source>
        <translation>생활 상태(1–5)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="63" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="64" />
        <source>Risk flag</source>
        <translation>위험 표시</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="64" />
        <source>Raised</source>
        <translation>등록일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="64" />
        <source>Cleared</source>
        <translation>해제일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="65" />
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="66" />
        <source>Place&amp;ment…</source>
        <translation>거주지 배정(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="67" />
        <source>&amp;Add contact…</source>
        <translation>연락 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="68" />
        <source>&amp;Raise flag…</source>
        <translation>위험 표시 등록(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="69" />
        <source>&amp;Clear flag…</source>
        <translation>위험 표시 해제(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="81" />
        <source>V&amp;oid placement…</source>
        <translation>거주지 배정 무효 처리(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="92" />
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="93" />
        <source>Contacts made</source>
        <translation>연락 기록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="100" />
        <source>&amp;Void contact…</source>
        <translation>연락 기록 무효 처리(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="184" />
        <source>Where the person goes on release. A new placement replaces the current one from its start date; the earlier one stays in the record.</source>
        <translation>거주지 전입 시 거주할 곳입니다. 새 배정은 시작일부터 현재 배정을 대신하며, 이전 배정은 기록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="186" />
        <source>&amp;Type</source>
        <translation>거주 형태(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="188" />
        <source>&amp;Region</source>
        <translation>지역(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="189" />
        <source>Su&amp;pport centre</source>
        <translation>지역적응센터(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="190" />
        <source>Protection &amp;officer</source>
        <translation>신변보호담당관(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="191" />
        <source>Officer's co&amp;ntact</source>
        <translation>신변보호담당관 연락처(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="192" />
        <source>From &amp;date</source>
        <translation>시작일(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="206" />
        <source>Add a follow-up contact</source>
        <translation>사후 관리 연락 추가</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="207" />
        <location filename="../../resettle/gui/case_detail/followup.py" line="229" />
        <location filename="../../resettle/gui/case_detail/followup.py" line="247" />
        <source>&amp;Date</source>
        <translation>일자(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="208" />
        <source>&amp;Kind</source>
        <translation>유형(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="212" />
        <source>not assessed</source>
        <translation>심사 전</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="213" />
        <source>&amp;Wellbeing (1 in crisis – 5 well)</source>
        <translation>생활 상태(1 위기 – 5 양호)(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="214" />
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="222" />
        <source>Raise a risk flag</source>
        <translation>위험 표시 등록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="225" />
        <source>Suicide risk, family at risk and an exposed address alert the supervisors at once.</source>
        <translation>자살 위험, 북한 거주 가족 위험, 주소 노출은 즉시 관리자에게 알려집니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="227" />
        <location filename="../../resettle/gui/case_detail/followup.py" line="246" />
        <source>&amp;Flag</source>
        <translation>위험 표시(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="230" />
        <location filename="../../resettle/gui/case_detail/followup.py" line="248" />
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="239" />
        <source>Clear a risk flag</source>
        <translation>위험 표시 해제</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="88" />
        <location filename="../../resettle/gui/case_detail/followup.py" line="179" />
        <source>Placement</source>
        <translation>거주지 배정</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="55" />
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="55" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="55" />
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="56" />
        <source>Support centre</source>
        <translation>지역적응센터</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="104" />
        <source>Risk flags</source>
        <translation>위험 표시</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="116" />
        <source>None yet: a case can be released only to a placement.</source>
        <translation>아직 없음: 거주지가 배정되어야 전입할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="118" />
        <source>%1 in %2 from %3; support centre %4; protection officer %5 %6</source>
        <translation>%1, %2, %3부터 · 지역적응센터 %4 · 신변보호담당관 %5 %6</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="134" />
        <source>Follow-up starts with the release.</source>
        <translation>사후 관리는 거주지 전입과 함께 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="139" />
        <source>Released %1; protection until %2. %3 overdue; next due %4.</source>
        <translation>%1 전입 · 거주지 보호 %2까지 · 기한 경과 %3건 · 다음 예정 %4.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="142" />
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="142" />
        <source>Due</source>
        <translation>예정</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="142" />
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/followup.py" line="143" />
        <source>Upcoming</source>
        <translation>향후</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="10" />
        <source>%1 %2: %3 members, arrived %4</source>
        <translation>%1 %2: 구성원 %3명, %4 입국</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="11" />
        <source>&amp;Add member…</source>
        <translation>구성원 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="12" />
        <source>&amp;Code</source>
        <translation>코드(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="13" />
        <source>&amp;Kind</source>
        <translation>유형(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="14" />
        <source>&amp;Move the group…</source>
        <translation>집단 이동(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="15" />
        <source>&amp;New group…</source>
        <translation>새 집단(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="16" />
        <source>A&amp;rrived on</source>
        <translation>입국일(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="17" />
        <source>Add a member to %1</source>
        <translation>%1에 구성원 추가</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="18" />
        <source>Arrived</source>
        <translation>입국일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="19" />
        <source>Case &amp;number</source>
        <translation>사례 번호(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="20" />
        <source>Case no.</source>
        <translation>사례 번호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="21" />
        <source>Choose a group in the list first.</source>
        <translation>먼저 목록에서 집단을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="22" />
        <source>Custody days</source>
        <translation>보호 일수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="23" />
        <source>Family</source>
        <translation>가족</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="24" />
        <source>Group</source>
        <translation>집단</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="25" />
        <source>Group &amp;code:</source>
        <translation>집단 코드(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="26" />
        <source>Groups</source>
        <translation>집단</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="27" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="28" />
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="29" />
        <source>N&amp;otes</source>
        <translation>비고(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="30" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="31" />
        <source>New group or family</source>
        <translation>새 집단 또는 가족</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="32" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="33" />
        <source>Still active</source>
        <translation>진행 중</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../resettle/gui/case_detail/history.py" line="27" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/history.py" line="27" />
        <source>Who</source>
        <translation>처리자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/history.py" line="27" />
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/history.py" line="28" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/history.py" line="28" />
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/history.py" line="31" />
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/history.py" line="54" />
        <source>The newest %1 entries, newest first.</source>
        <translation>최근 기록 %1건, 최신순.</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="161" />
        <source>New person (intake)</source>
        <translation>새 보호신청 접수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="164" />
        <source>Import &amp;CSV…</source>
        <translation>CSV 가져오기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="174" />
        <source>Identity</source>
        <translation>신원</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="175" />
        <source>Names as the person writes them, in Hangul, and romanised as in their documents.</source>
        <translation>본인이 쓰는 한글 이름과 서류에 적힌 로마자 표기.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="176" />
        <source>Family name (Hangul)</source>
        <translation>성(한글)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="177" />
        <source>Given name (Hangul)</source>
        <translation>이름(한글)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="178" />
        <source>Family name (Latin)</source>
        <translation>성(로마자)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="179" />
        <source>Given name (Latin)</source>
        <translation>이름(로마자)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="180" />
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="182" />
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="182" />
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="183" />
        <source>Other / unknown</source>
        <translation>기타/미상</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="185" />
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="186" />
        <source>Place of origin</source>
        <translation>출신지</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="187" />
        <source>Occupation</source>
        <translation>직업</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="191" />
        <source>Arrival</source>
        <translation>입국</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="192" />
        <source>How and when the person arrived; a group code links people who came together.</source>
        <translation>입국 경위와 날짜입니다. 집단 코드로 함께 입국한 사람들을 연결합니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="195" />
        <source>Arrival date</source>
        <translation>입국일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="198" />
        <source>e.g. Hyesan – Shenyang – Kunming – Laos – Bangkok</source>
        <translation>예: 혜산 – 선양 – 쿤밍 – 라오스 – 방콕</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="199" />
        <source>Route</source>
        <translation>탈출 경로</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="201" />
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="201" />
        <source>Valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="202" />
        <source>Forged</source>
        <translation>위조</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="204" />
        <source>Travel document</source>
        <translation>여행 문서</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="205" />
        <source>Group code</source>
        <translation>집단 코드</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="206" />
        <source>Referred by</source>
        <translation>인계 기관</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="207" />
        <source>High profile</source>
        <translation>주요 인물</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="211" />
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="214" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="211" />
        <source>Anything else the caseworker should know.</source>
        <translation>담당자가 알아야 할 그 밖의 사항.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="112" />
        <source>Protecting the database key</source>
        <translation>데이터베이스 키 보호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="118" />
        <source>The database is encrypted with a random key. This computer has no credential store (a safe place the operating system keeps for secrets), so the key will be locked with a passphrase. You will type the passphrase every time Resettle starts. Choose at least 12 characters that nobody can guess.</source>
        <translation>데이터베이스는 무작위 키로 암호화됩니다. 이 컴퓨터에는 자격 증명 저장소(운영체제가 비밀 정보를 보관하는 안전한 곳)가 없으므로 키를 암호 문구로 잠급니다. Resettle을 시작할 때마다 암호 문구를 입력해야 합니다. 아무도 짐작할 수 없는 12자 이상을 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="122" />
        <source>&amp;Passphrase:</source>
        <translation>암호 문구(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="123" />
        <source>Passphrase &amp;again:</source>
        <translation>암호 문구 확인(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="126" />
        <source>The database is encrypted with a random key. The key will be kept in this computer's credential store (a safe place the operating system keeps for secrets), so you only need your own password to start Resettle.</source>
        <translation>데이터베이스는 무작위 키로 암호화됩니다. 키는 이 컴퓨터의 자격 증명 저장소(운영체제가 비밀 정보를 보관하는 안전한 곳)에 보관되므로, Resettle을 시작할 때는 본인의 비밀번호만 있으면 됩니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="134" />
        <source>The passphrase must be at least 12 characters long.</source>
        <translation>암호 문구는 12자 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="137" />
        <source>The two passphrases are not the same.</source>
        <translation>두 암호 문구가 같지 않습니다.</translation>
    </message>
</context>
<context>
    <name>LegalTab</name>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="54" />
        <location filename="../../resettle/gui/case_detail/legal.py" line="60" />
        <source>Lawyer</source>
        <translation>변호사</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="54" />
        <source>On behalf of</source>
        <translation>대리 대상자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="54" />
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="55" />
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="55" />
        <location filename="../../resettle/gui/case_detail/legal.py" line="107" />
        <source>Powers of attorney</source>
        <translation>위임장</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="56" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="56" />
        <source>Court</source>
        <translation>법원</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="56" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="57" />
        <source>Closed session</source>
        <translation>비공개 심문</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="57" />
        <source>Attendance</source>
        <translation>출석 여부</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="58" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="60" />
        <source>Dated</source>
        <translation>작성일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="60" />
        <source>Granted by</source>
        <translation>위임인</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="61" />
        <source>Scope</source>
        <translation>위임 범위</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="64" />
        <source>Applied</source>
        <translation>보호신청일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="64" />
        <source>Investigation ended</source>
        <translation>조사 종료일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="65" />
        <source>Decision due</source>
        <translation>결정 기한</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="65" />
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="66" />
        <source>Decided on</source>
        <translation>결정일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="66" />
        <source>Decided by</source>
        <translation>결정자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="69" />
        <source>Protection applicat&amp;ion…</source>
        <translation>보호신청(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="70" />
        <source>Inve&amp;stigation ended…</source>
        <translation>조사 종료(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="71" />
        <source>Protection decisi&amp;on…</source>
        <translation>보호 결정(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="73" />
        <source>&amp;Void hearing…</source>
        <translation>심문 기일 무효 처리(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="79" />
        <source>Void application…</source>
        <translation>보호신청 무효 처리(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="82" />
        <source>Void power of attorney…</source>
        <translation>위임장 무효 처리(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="84" />
        <source>&amp;Assign lawyer…</source>
        <translation>변호사 지정(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="85" />
        <source>Power of attorne&amp;y…</source>
        <translation>위임장(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="86" />
        <source>End &amp;representation…</source>
        <translation>법률대리 종료(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="87" />
        <source>Record a &amp;court hearing…</source>
        <translation>심문 기일 기록(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="88" />
        <source>Record outco&amp;me…</source>
        <translation>결과 기록(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="106" />
        <source>Legal representatives</source>
        <translation>법률대리인</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="115" />
        <source>Protection application and decision</source>
        <translation>보호신청 및 보호 결정</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="120" />
        <source>Hearings</source>
        <translation>심문 기일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="130" />
        <location filename="../../resettle/gui/case_detail/legal.py" line="242" />
        <source>the person</source>
        <translation>본인</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="131" />
        <source>ended %1</source>
        <translation>%1 종료</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="135" />
        <source>%1 granted by %2</source>
        <translation>%1, 위임인 %2</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="163" />
        <source>reapplication</source>
        <translation>재신청</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="168" />
        <source>— late</source>
        <translation>— 기한 경과</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="228" />
        <source>the lawyer's user name</source>
        <translation>변호사의 사용자 이름</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="265" />
        <source>Assign a lawyer</source>
        <translation>변호사 지정</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="266" />
        <location filename="../../resettle/gui/case_detail/legal.py" line="284" />
        <location filename="../../resettle/gui/case_detail/legal.py" line="305" />
        <source>&amp;Lawyer</source>
        <translation>변호사(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="267" />
        <source>On &amp;behalf of</source>
        <translation>대리 대상자(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="268" />
        <source>Power of attorney &amp;granted by</source>
        <translation>위임인(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="269" />
        <source>Power of attorney &amp;dated</source>
        <translation>위임장 작성일(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="276" />
        <source>Record a power of attorney</source>
        <translation>위임장 기록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="285" />
        <source>&amp;Granted by</source>
        <translation>위임인(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="286" />
        <source>&amp;Dated</source>
        <translation>작성일(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="288" />
        <source>Sco&amp;pe</source>
        <translation>위임 범위(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="295" />
        <source>End a representation</source>
        <translation>법률대리 종료</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="299" />
        <source>From that day the lawyer no longer sees the case. The representation stays in the record.</source>
        <translation>그날부터 변호사는 이 사례를 볼 수 없습니다. 대리 기록은 남습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="306" />
        <source>&amp;Ended on</source>
        <translation>종료일(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="317" />
        <source>Record a hearing</source>
        <translation>심문 기일 기록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="321" />
        <source>Co&amp;urt</source>
        <translation>법원(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="322" />
        <source>&amp;Date</source>
        <translation>일자(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="325" />
        <source>habeas corpus</source>
        <translation>인신보호 구제청구</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="326" />
        <source>&amp;Kind</source>
        <translation>유형(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="327" />
        <source>Closed session (&amp;not public)</source>
        <translation>비공개 심문(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="330" />
        <location filename="../../resettle/gui/case_detail/legal.py" line="346" />
        <source>&amp;Attended</source>
        <translation>출석 여부(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="337" />
        <source>Record a hearing's outcome</source>
        <translation>심문 결과 기록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="343" />
        <source>&amp;Outcome</source>
        <translation>결과(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="364" />
        <source>Reapply for protection</source>
        <translation>보호 재신청</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="365" />
        <source>Record the protection application</source>
        <translation>보호신청 기록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="366" />
        <source>A refused applicant may apply again with new evidence.</source>
        <translation>보호 제외된 신청인은 새로운 증거를 갖추어 다시 신청할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="368" />
        <source>&amp;Applied on</source>
        <translation>신청일(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="370" />
        <source>&amp;New evidence</source>
        <translation>새로운 증거(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="377" />
        <source>Record the end of the investigation</source>
        <translation>조사 종료 기록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="380" />
        <source>The ministry decides within 30 days of this day.</source>
        <translation>통일부는 이날부터 30일 이내에 보호 여부를 결정합니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="381" />
        <source>Investigation &amp;ended on</source>
        <translation>조사 종료일(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="397" />
        <source>Applied %1; decision due %2.</source>
        <translation>%1 신청, 결정 기한 %2.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="399" />
        <source>Record the protection decision</source>
        <translation>보호 결정 기록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="401" />
        <source>&amp;Decision</source>
        <translation>결정(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="402" />
        <source>Decided &amp;on</source>
        <translation>결정일(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="405" />
        <source>&amp;Ground for refusal</source>
        <translation>보호 제외 사유(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/legal.py" line="409" />
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../resettle/gui/startup/lock_page.py" line="94" />
        <source>Resettle (locked)</source>
        <translation>Resettle (잠김)</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../resettle/gui/startup/lock_page.py" line="26" />
        <source>Resettle is locked</source>
        <translation>Resettle이 잠겼습니다</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/lock_page.py" line="31" />
        <source>The screen was locked and all personal data was hidden. Enter the password for %1 to continue.</source>
        <translation>화면이 잠기고 모든 개인 정보가 숨겨졌습니다. 계속하려면 %1의 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/lock_page.py" line="38" />
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/lock_page.py" line="41" />
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../resettle/gui/startup/login.py" line="41" />
        <source>Resettle: log in</source>
        <translation>Resettle: 로그인</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/login.py" line="44" />
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/login.py" line="48" />
        <source>&amp;Recover with the recovery key…</source>
        <translation>복구 키로 복구(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/login.py" line="60" />
        <source>Pa&amp;ssphrase:</source>
        <translation>암호 문구(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/login.py" line="61" />
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/login.py" line="62" />
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/login.py" line="68" />
        <source>&amp;Log in</source>
        <translation>로그인(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/login.py" line="83" />
        <source>The database key is protected by a passphrase: enter it, then your user name and password.</source>
        <translation>데이터베이스 키는 암호 문구로 보호됩니다. 암호 문구를 입력한 뒤 사용자 이름과 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/login.py" line="86" />
        <source>The database key file is missing or damaged. If you have the recovery key, you can reopen the database with it.</source>
        <translation>데이터베이스 키 파일이 없거나 손상되었습니다. 복구 키가 있으면 그것으로 데이터베이스를 다시 열 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/login.py" line="88" />
        <source>Database: %1.</source>
        <translation>데이터베이스: %1.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/login.py" line="180" />
        <source>The database was reopened with the recovery key. Log in now.</source>
        <translation>복구 키로 데이터베이스를 다시 열었습니다. 이제 로그인하십시오.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../resettle/gui/main_window.py" line="50" />
        <location filename="../../resettle/gui/main_window.py" line="97" />
        <source>Resettle</source>
        <translation>Resettle</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/main_window.py" line="66" />
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/main_window.py" line="69" />
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/main_window.py" line="107" />
        <source>User: %1</source>
        <translation>사용자: %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/main_window.py" line="109" />
        <source>Role: %1</source>
        <translation>역할: %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/main_window.py" line="110" />
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/main_window.py" line="111" />
        <source>Mode: %1</source>
        <translation>키 보관 방식: %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/main_window.py" line="122" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../../resettle/gui/today/dialogs.py" line="32" />
        <source>Snooze item</source>
        <translation>업무 미루기</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/dialogs.py" line="32" />
        <source>Reassign item</source>
        <translation>업무 담당자 변경</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/dialogs.py" line="33" />
        <source>Mark item done</source>
        <translation>업무 완료 처리</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/dialogs.py" line="36" />
        <source>Item</source>
        <translation>업무 항목</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/dialogs.py" line="44" />
        <source>Snooze &amp;until</source>
        <translation>다시 알릴 날짜(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/dialogs.py" line="49" />
        <source>&amp;Give to (user name)</source>
        <translation>넘겨받을 사용자(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/dialogs.py" line="53" />
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../resettle/gui/case_detail/notes.py" line="42" />
        <source>Recorded</source>
        <translation>기록 일시</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/notes.py" line="42" />
        <source>By</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/notes.py" line="42" />
        <source>Restricted</source>
        <translation>열람 제한</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/notes.py" line="43" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/notes.py" line="48" />
        <source>A new note…</source>
        <translation>새 메모…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/notes.py" line="50" />
        <source>New note</source>
        <translation>새 메모</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/notes.py" line="51" />
        <source>Restricted (supervisors and administrators only)</source>
        <translation>열람 제한(관리자와 시스템 관리자만)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/notes.py" line="53" />
        <source>&amp;Add note</source>
        <translation>메모 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/notes.py" line="68" />
        <source>&amp;Void note…</source>
        <translation>메모 무효 처리(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/notes.py" line="81" />
        <source>Restricted notes are not shown for your role.</source>
        <translation>현재 역할로는 열람 제한 메모를 볼 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="180" />
        <source>New password for %1</source>
        <translation>%1의 새 비밀번호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="184" />
        <source>&amp;New password:</source>
        <translation>새 비밀번호(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="185" />
        <source>Password &amp;again:</source>
        <translation>비밀번호 확인(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="186" />
        <source>At least 12 characters. The user should change it soon.</source>
        <translation>12자 이상이어야 합니다. 사용자가 곧 바꾸도록 안내하십시오.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../resettle/gui/widgets/pdf_preview.py" line="42" />
        <location filename="../../resettle/gui/widgets/pdf_preview.py" line="84" />
        <source>Choose a report and generate it to see it here.</source>
        <translation>보고서를 고르고 만들면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/pdf_preview.py" line="58" />
        <source>The report is ready. Showing it here needs Qt's PDF module, which this installation lacks; you can still save it or print it.</source>
        <translation>보고서가 준비되었습니다. 여기에 표시하려면 Qt PDF 모듈이 필요한데 이 설치에는 없습니다. 저장하거나 인쇄할 수는 있습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/pdf_preview.py" line="64" />
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/pdf_preview.py" line="65" />
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/pdf_preview.py" line="99" />
        <source>%1 · %2 page(s)</source>
        <translation>%1 · %2쪽</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/pdf_preview.py" line="103" />
        <source>%1 · %2 KB</source>
        <translation>%1 · %2 KB</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/pdf_preview.py" line="111" />
        <source>Save the report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/pdf_preview.py" line="113" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/pdf_preview.py" line="129" />
        <source>The report could not be saved: %1</source>
        <translation>보고서를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/pdf_preview.py" line="132" />
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/pdf_preview.py" line="158" />
        <source>Printing from here needs Qt's PDF module or the system's print service (CUPS), and this computer has neither. Save the report and print it from a PDF viewer.</source>
        <translation>여기에서 인쇄하려면 Qt PDF 모듈이나 시스템 인쇄 서비스(CUPS)가 필요하지만, 이 컴퓨터에는 둘 다 없습니다. 보고서를 저장한 뒤 PDF 뷰어에서 인쇄하십시오.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../resettle/gui/widgets/pdf_preview.py" line="197" />
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="87" />
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="87" />
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="88" />
        <source>Other / unknown</source>
        <translation>기타/미상</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="97" />
        <source>Valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="98" />
        <source>Forged</source>
        <translation>위조</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="99" />
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="100" />
        <source>High profile (may need protective custody)</source>
        <translation>주요 인물(보호 조치가 필요할 수 있음)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="113" />
        <source>Family name (Hangul)</source>
        <translation>성(한글)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="114" />
        <source>Given name (Hangul)</source>
        <translation>이름(한글)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="115" />
        <source>Family name (Latin)</source>
        <translation>성(로마자)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="116" />
        <source>Given name (Latin)</source>
        <translation>이름(로마자)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="117" />
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="117" />
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="118" />
        <source>Province of origin</source>
        <translation>출신 도</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="119" />
        <source>City of origin</source>
        <translation>출신 시·군</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="120" />
        <source>Occupation</source>
        <translation>직업</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="121" />
        <source>Route</source>
        <translation>탈출 경로</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="122" />
        <source>Travel document</source>
        <translation>여행 문서</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="123" />
        <source>Referred by</source>
        <translation>인계 기관</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="124" />
        <source>Caseworker</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="134" />
        <source>&amp;Save changes</source>
        <translation>변경 저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="136" />
        <source>Change ph&amp;oto…</source>
        <translation>사진 변경(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="107" />
        <source>Person</source>
        <translation>사람</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="107" />
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="138" />
        <source>Na&amp;me change…</source>
        <translation>성명 변경(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="218" />
        <source>Correct the fields marked in red first.</source>
        <translation>빨간색으로 표시된 항목을 먼저 고치십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="237" />
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="247" />
        <source>Not saved: correct the field marked in red.</source>
        <translation>저장하지 않았습니다: 빨간색으로 표시된 항목을 고치십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="250" />
        <source>Not saved: someone else saved first.</source>
        <translation>저장하지 않았습니다: 다른 사람이 먼저 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="291" />
        <source>Choose a photo</source>
        <translation>사진 선택</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="292" />
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>이미지 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/profile.py" line="301" />
        <source>The file could not be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="34" />
        <source>&amp;New cohort…</source>
        <translation>새 기수(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="35" />
        <source>&amp;Start date:</source>
        <translation>시작일(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="36" />
        <source>&amp;Weeks:</source>
        <translation>기간(주)(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="37" />
        <source>C&amp;reate</source>
        <translation>만들기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="38" />
        <source>Case no.</source>
        <translation>사례 번호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="39" />
        <source>Cen&amp;tre:</source>
        <translation>정착지원시설(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="40" />
        <source>Centre</source>
        <translation>정착지원시설</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="41" />
        <source>Cohort</source>
        <translation>기수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="42" />
        <source>Cohort %1 at %2: %3 to %4 (%5 weeks), %6 members</source>
        <translation>기수 %1(%2): %3 ~ %4(%5주), 구성원 %6명</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="43" />
        <source>Cohort &amp;code:</source>
        <translation>기수 코드(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="44" />
        <source>Completed</source>
        <translation>수료</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="45" />
        <source>Enrolled</source>
        <translation>입소</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="46" />
        <source>Expected end</source>
        <translation>수료 예정일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="47" />
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="48" />
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="49" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="50" />
        <source>New cohort</source>
        <translation>새 기수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="51" />
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="52" />
        <source>Weeks</source>
        <translation>기간(주)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="53" />
        <source>ready</source>
        <translation>수료 가능</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="53" />
        <location filename="../../resettle/gui/case_detail/programme.py" line="56" />
        <source>Module</source>
        <translation>교육 과목</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="53" />
        <source>Required hours</source>
        <translation>필수 시간</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="54" />
        <source>Attended</source>
        <translation>이수 시간</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="54" />
        <source>Missing</source>
        <translation>부족 시간</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="56" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="56" />
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="59" />
        <source>Enrol in a &amp;cohort…</source>
        <translation>교육 기수에 입소(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="60" />
        <source>Record &amp;attendance…</source>
        <translation>출석 기록(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="61" />
        <source>Record co&amp;mpletion…</source>
        <translation>수료 기록(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="69" />
        <source>&amp;Void attendance…</source>
        <translation>출석 기록 무효 처리(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="73" />
        <source>Hours per module</source>
        <translation>과목별 이수 시간</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="74" />
        <source>Attendance entries</source>
        <translation>출석 기록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="91" />
        <source>Not enrolled in a programme cohort yet.</source>
        <translation>아직 정착지원교육 기수에 입소하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="97" />
        <source>completed on %1</source>
        <translation>%1 수료</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="98" />
        <source>every required hour attended</source>
        <translation>필수 시간 모두 이수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="99" />
        <source>in progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="101" />
        <source>Cohort %1 at %2: %3 weeks from %4 (expected end %5). Enrolled %6; %7 hours attended; %8.</source>
        <translation>기수 %1(%2): %4부터 %3주(수료 예정일 %5). %6 입소 · %7시간 이수 · %8.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="132" />
        <source>Record attendance</source>
        <translation>출석 기록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="136" />
        <source>&amp;Module</source>
        <translation>교육 과목(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="138" />
        <source>&amp;Date</source>
        <translation>일자(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="144" />
        <source>&amp;Hours</source>
        <translation>시간(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="152" />
        <source>Record completion</source>
        <translation>수료 기록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="154" />
        <source>Completion is recorded only when every required hour was attended.</source>
        <translation>필수 교육 시간을 모두 이수한 경우에만 수료를 기록할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/programme.py" line="155" />
        <source>Completion &amp;date</source>
        <translation>수료일(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../resettle/gui/startup/recovery.py" line="29" />
        <source>Recover the database</source>
        <translation>데이터베이스 복구</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/recovery.py" line="32" />
        <source>Type the recovery key that was shown once at set-up (32 letters and digits; dashes and spaces do not matter).</source>
        <translation>설치할 때 한 번 표시된 복구 키를 입력하십시오(영문과 숫자 32자, 하이픈과 공백은 상관없음).</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/recovery.py" line="36" />
        <source>Recovery &amp;key:</source>
        <translation>복구 키(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/recovery.py" line="41" />
        <source>This computer has no credential store, so choose a new passphrase (12 characters or more) to protect the key from now on.</source>
        <translation>이 컴퓨터에는 자격 증명 저장소가 없으므로, 앞으로 키를 보호할 새 암호 문구(12자 이상)을 정하십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/recovery.py" line="43" />
        <source>New &amp;passphrase:</source>
        <translation>새 암호 문구(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/recovery.py" line="44" />
        <source>Passphrase &amp;again:</source>
        <translation>암호 문구 확인(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/recovery.py" line="62" />
        <source>The two passphrases are not the same.</source>
        <translation>두 암호 문구가 같지 않습니다.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="207" />
        <source>The recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="209" />
        <source>This recovery key reopens the database if the credential store or the passphrase is lost. It is shown only now: print it or write it down, and keep it locked away from this computer.</source>
        <translation>이 복구 키는 자격 증명 저장소나 암호 문구를 잃었을 때 데이터베이스를 다시 엽니다. 지금 한 번만 표시됩니다. 인쇄하거나 적어서 이 컴퓨터와 떨어진 곳에 잠가 두십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="213" />
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="214" />
        <source>I have &amp;stored the recovery key</source>
        <translation>복구 키를 안전하게 보관했습니다(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/startup/setup_wizard.py" line="225" />
        <source>Resettle recovery key</source>
        <translation>Resettle 복구 키</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="76" />
        <source>Case summary</source>
        <translation>사례 요약 보고서</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="77" />
        <source>Custody review</source>
        <translation>보호기간 검토</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="78" />
        <source>Programme cohort</source>
        <translation>정착지원교육 기수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="78" />
        <source>Group</source>
        <translation>집단</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="79" />
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="91" />
        <source>All years</source>
        <translation>모든 연도</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="94" />
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="95" />
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="98" />
        <source>&amp;Report</source>
        <translation>보고서(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="100" />
        <source>Case no.</source>
        <translation>사례 번호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="101" />
        <source>As of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="102" />
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="103" />
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="108" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="109" />
        <source>Genera&amp;te</source>
        <translation>만들기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="155" />
        <source>Cohort code</source>
        <translation>기수 코드</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="156" />
        <source>Group code</source>
        <translation>집단 코드</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="186" />
        <location filename="../../resettle/gui/reports/panel.py" line="187" />
        <source>Generating…</source>
        <translation>만드는 중…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="197" />
        <source>Ready.</source>
        <translation>준비되었습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/reports/panel.py" line="204" />
        <source>The report could not be built: %1</source>
        <translation>보고서를 만들 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="24" />
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="24" />
        <source>Ended on</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="24" />
        <source>Retention</source>
        <translation>보유 기간</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="25" />
        <source>&amp;Check what is due</source>
        <translation>익명처리 대상 확인(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="27" />
        <source>Anonymise &amp;due cases…</source>
        <translation>대상 사례 익명처리(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="29" />
        <source>E&amp;xport a case list…</source>
        <translation>사례 목록 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="36" />
        <source>Cases that ended are kept for the period of the retention rule, then anonymised: names, birth details, relatives, notes, documents and photos are removed; the year, sex, age band, stage dates and outcome stay for the statistics. A supervisor's hold stops it.</source>
        <translation>종료된 사례는 보유 기간 기준에 따라 보관한 뒤 익명처리합니다: 성명, 생년월일, 가족, 메모, 첨부 문서와 사진을 지우고, 통계에 필요한 연도, 성별, 연령대, 단계 일자와 결과만 남깁니다. 감독자가 보류하면 익명처리하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="56" />
        <source>Backup %1 taken %2 still holds: %3</source>
        <translation>%2에 만든 백업 %1에는 아직 다음 사례가 남아 있습니다: %3</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="61" />
        <source>Anonymise due cases</source>
        <translation>대상 사례 익명처리</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="62" />
        <source>The personal data of every due case is removed for good. Go on?</source>
        <translation>대상 사례의 개인정보를 영구히 지웁니다. 계속하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="65" />
        <source>Anonymise</source>
        <translation>익명처리</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="66" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="77" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="78" />
        <source>Due now (nothing changed): %1</source>
        <translation>익명처리 대상(변경 없음): %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="79" />
        <source>Anonymised: %1</source>
        <translation>익명처리함: %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/retention.py" line="81" />
        <source>On hold, not touched: %1</source>
        <translation>보류 중이라 처리하지 않음: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="98" />
        <source>Case no.</source>
        <translation>사례 번호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="98" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="98" />
        <source>Born</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="99" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="99" />
        <source>Group</source>
        <translation>집단</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="101" />
        <source>Double-click a case to open it.</source>
        <translation>사례를 두 번 클릭하면 열립니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="103" />
        <source>I have looked at these cases: this is a &amp;different person</source>
        <translation>이 사례들을 확인했으며 다른 사람입니다(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="114" />
        <source>%1 %2 (%3), born %4, arrived %5.</source>
        <translation>%1 %2(%3), 생년월일 %4, 입국일 %5.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="117" />
        <source>unknown</source>
        <translation>미상</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="119" />
        <source>Possible duplicate</source>
        <translation>중복 의심</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="119" />
        <source>Ready to save</source>
        <translation>저장 준비 완료</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="120" />
        <source>Cases are never merged; check before saving.</source>
        <translation>사례는 나중에 합칠 수 없으니 저장하기 전에 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="121" />
        <source>Press Finish to open the case.</source>
        <translation>완료를 누르면 사례가 열립니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/cases/intake_wizard.py" line="123" />
        <source>%1 existing case(s) have the same or a variant name and birth year. Look at them before you save a new case.</source>
        <translation>이름(또는 다른 표기)과 출생 연도가 같은 기존 사례가 %1건 있습니다. 새 사례를 저장하기 전에 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>RewardsTab</name>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="53" />
        <source>Claimed</source>
        <translation>신청</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="53" />
        <source>Category</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="53" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="54" />
        <source>Assessed</source>
        <translation>심사 완료</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="54" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="55" />
        <source>Claimed by</source>
        <translation>신청자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="55" />
        <source>Assessed by</source>
        <translation>심사자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="56" />
        <source>Decided by</source>
        <translation>결정자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="56" />
        <source>Decided</source>
        <translation>결정일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="57" />
        <source>Paid</source>
        <translation>지급 완료</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="57" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="57" />
        <source>Paid by</source>
        <translation>지급 기록자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="61" />
        <source>&amp;Claim…</source>
        <translation>보로금 신청(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="62" />
        <source>&amp;Assess…</source>
        <translation>심사(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="63" />
        <source>Appro&amp;ve…</source>
        <translation>승인(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="64" />
        <source>Re&amp;ject…</source>
        <translation>불승인(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="65" />
        <source>Record pa&amp;yment…</source>
        <translation>지급 기록(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="77" />
        <source>Four eyes: the one who approves neither claimed nor assessed the claim, and the payment is recorded by someone other than the approver.</source>
        <translation>이중 확인: 승인자는 신청하거나 심사한 사람이 아니어야 하며, 지급은 승인자가 아닌 다른 사람이 기록합니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="119" />
        <source>%1 claimed on %2: %3</source>
        <translation>%1, %2 신청: %3</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="126" />
        <source>Reward claim</source>
        <translation>보로금 신청</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="131" />
        <source>Cate&amp;gory</source>
        <translation>구분(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="133" />
        <source>&amp;Amount (won)</source>
        <translation>금액(원)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="134" />
        <source>Claim &amp;date</source>
        <translation>신청일(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="136" />
        <source>&amp;If like an earlier claim, why</source>
        <translation>이전 신청과 같다면 별개의 신청인 이유(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="143" />
        <source>Assess a reward claim</source>
        <translation>보로금 신청 심사</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="149" />
        <source>&amp;Amount on the scale (won)</source>
        <translation>심사 금액(원)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="156" />
        <source>Approve a reward</source>
        <translation>보로금 승인</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="159" />
        <source>Decision &amp;date</source>
        <translation>결정일(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="166" />
        <source>Reject a reward claim</source>
        <translation>보로금 신청 불승인</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="169" />
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="176" />
        <source>Record a payment</source>
        <translation>지급 기록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/rewards.py" line="179" />
        <source>Payment &amp;date</source>
        <translation>지급일(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RiskAlerts</name>
    <message>
        <location filename="../../resettle/gui/custody/alerts.py" line="26" />
        <source>Case no.</source>
        <translation>사례 번호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/alerts.py" line="26" />
        <source>Risk flag</source>
        <translation>위험 표시</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/alerts.py" line="26" />
        <source>Raised</source>
        <translation>등록일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/alerts.py" line="27" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/alerts.py" line="30" />
        <source>Risk alerts</source>
        <translation>위험 알림</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/alerts.py" line="35" />
        <source>Open &amp;case</source>
        <translation>사례 열기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/alerts.py" line="52" />
        <source>No active risk alerts.</source>
        <translation>현재 위험 알림이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/custody/alerts.py" line="53" />
        <source>%1 active risk alerts: suicide risk, family at risk, address exposed.</source>
        <translation>위험 알림 %1건: 자살 위험, 북한 거주 가족 신변 위험, 주소 노출.</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="48" />
        <source>Effective from</source>
        <translation>시행일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="49" />
        <source>Limit (days)</source>
        <translation>한도(일)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="50" />
        <source>Longest extension (days)</source>
        <translation>최대 연장 일수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="51" />
        <source>Extensions</source>
        <translation>기간 연장</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="52" />
        <source>Source</source>
        <translation>근거</translation>
    </message>
</context>
<context>
    <name>ScreeningTab</name>
    <message>
        <location filename="../../resettle/gui/case_detail/screening.py" line="34" />
        <source>Classified: screening material is never shown to lawyers and is left out of their summaries. Every reading is recorded in the audit log.</source>
        <translation>비밀: 조사 자료는 법률대리인에게 보이지 않으며 법률대리인용 요약에서도 제외됩니다. 열람할 때마다 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/screening.py" line="41" />
        <source>Interviewed</source>
        <translation>조사일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/screening.py" line="41" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/screening.py" line="42" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/screening.py" line="46" />
        <source>&amp;Record a screening interview…</source>
        <translation>조사 기록(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/screening.py" line="66" />
        <source>No screening recorded yet.</source>
        <translation>기록된 조사가 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/screening.py" line="82" />
        <source>Record a screening interview</source>
        <translation>조사 기록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/screening.py" line="86" />
        <source>&amp;Interviewed on</source>
        <translation>조사일(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/screening.py" line="88" />
        <source>&amp;Outcome</source>
        <translation>결과(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/screening.py" line="90" />
        <source>S&amp;ummary</source>
        <translation>요약(&amp;U)</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="118" />
        <source>Add &amp;rule</source>
        <translation>규칙 추가(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="122" />
        <source>&amp;Limit (days):</source>
        <translation>한도(일)(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="123" />
        <source>Longest e&amp;xtension (days):</source>
        <translation>최대 연장 일수(&amp;X):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="124" />
        <source>&amp;Number of extensions:</source>
        <translation>연장 가능 횟수(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="121" />
        <source>Effective fro&amp;m:</source>
        <translation>시행일(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="125" />
        <source>Sour&amp;ce (law, decree):</source>
        <translation>근거(법령)(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="127" />
        <source>Custody rules (a case is judged by the rule in force on its day of entry)</source>
        <translation>조사·임시보호 기간 기준(사례마다 입국일에 시행 중인 기준을 따릅니다)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="135" />
        <source>&amp;Save settings</source>
        <translation>설정 저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="137" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="139" />
        <source>&amp;Programme length (weeks):</source>
        <translation>교육 기간(주)(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="140" />
        <source>Lock after &amp;idle minutes:</source>
        <translation>자동 잠금(분)(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="141" />
        <source>&amp;Organisation (printed on reports):</source>
        <translation>기관명(보고서에 인쇄)(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="172" />
        <source>The rule was added; %1 cases were judged again.</source>
        <translation>기준을 추가했습니다. 사례 %1건의 기한을 다시 계산했습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/settings.py" line="187" />
        <source>The settings were saved. A new idle time applies at the next log-in.</source>
        <translation>설정을 저장했습니다. 바뀐 자동 잠금 시간은 다음 로그인부터 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>StageChangeDialog</name>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="56" />
        <source>Move group %1</source>
        <translation>집단 %1 이동</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="57" />
        <source>Change stage</source>
        <translation>단계 변경</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="60" />
        <source>Case no.</source>
        <translation>사례 번호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="60" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="60" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="61" />
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="64" />
        <source>— choose a ground —</source>
        <translation>— 보호 제외 사유 선택 —</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="83" />
        <source>Move &amp;to</source>
        <translation>이동할 단계(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="84" />
        <source>&amp;Effective date</source>
        <translation>효력일(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="85" />
        <source>&amp;Ground</source>
        <translation>보호 제외 사유(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="86" />
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="88" />
        <source>&amp;Move</source>
        <translation>이동(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="96" />
        <source>What this move needs</source>
        <translation>이 단계 변경에 필요한 사항</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="129" />
        <source>No case to move.</source>
        <translation>이동할 사례가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="131" />
        <source>Every member of group %1 moves, or none does (%2 members):</source>
        <translation>집단 %1의 구성원 %2명은 모두 함께 이동하거나 아무도 이동하지 않습니다:</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="135" />
        <source>%1 %2 is in %3 since %4.</source>
        <translation>%1 %2 님은 %4부터 %3 단계입니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="139" />
        <source>%1 cases:</source>
        <translation>사례 %1건:</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="143" />
        <source>No move is possible from the current stage.</source>
        <translation>현재 단계에서는 이동할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="178" />
        <source>Only an effective date (not in the future).</source>
        <translation>효력일만 입력합니다(미래 날짜 불가).</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="183" />
        <source>Supervisor decision. You cannot make this move: ask a supervisor.</source>
        <translation>관리자 결정 사항입니다. 이 단계 변경은 관리자에게 요청하십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="184" />
        <source>Supervisor decision: you decide this as a supervisor.</source>
        <translation>관리자 결정 사항입니다. 관리자로서 결정합니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="192" />
        <source>only a supervisor may decide this; you cannot</source>
        <translation>관리자만 결정할 수 있습니다. 현재 역할로는 할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="195" />
        <source>choose one below</source>
        <translation>아래에서 하나를 고르십시오</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="198" />
        <source>missing for %1</source>
        <translation>%1 부족</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="206" />
        <source>not completed by %1: your override needs a reason</source>
        <translation>%1 미수료: 예외 결정에는 사유가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="208" />
        <source>not completed by %1: only a supervisor may release before completion</source>
        <translation>%1 미수료: 수료 전 전입은 관리자만 결정할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="213" />
        <source>a reason is needed before the end of the protection period</source>
        <translation>거주지 보호 기간이 끝나기 전에는 사유가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="214" />
        <source>a caseworker can close only at the end of the protection period</source>
        <translation>담당자는 거주지 보호 기간이 끝난 뒤에만 종결할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="241" />
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="283" />
        <source>Nothing was moved.</source>
        <translation>아무것도 이동하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="284" />
        <source>Moved: %1. The rest did not move.</source>
        <translation>이동한 사례: %1. 나머지는 이동하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/stage_dialog.py" line="288" />
        <source>%1 cannot move: %2</source>
        <translation>%1 이동 불가: %2</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="31" />
        <source>Effective date</source>
        <translation>효력일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="31" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="32" />
        <source>Reason or ground</source>
        <translation>사유 또는 근거</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="32" />
        <source>Recorded by</source>
        <translation>기록자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="33" />
        <source>Recorded at</source>
        <translation>기록 일시</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="33" />
        <source>Correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="35" />
        <source>Voided events are struck through; the correction that voided them gives its reason, who made it and when. Nothing is ever deleted.</source>
        <translation>무효 처리된 기록에는 취소선이 그어지고, 정정 기록에 사유와 정정한 사람, 시각이 표시됩니다. 어떤 기록도 삭제되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="39" />
        <source>&amp;Correct the latest stage change…</source>
        <translation>최근 단계 변경 정정(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="85" />
        <source>Voided by %1 at %2: %3</source>
        <translation>%1 님이 %2에 무효 처리: %3</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="95" />
        <source>This voids the change %1 dated %2, recorded by %3. It stays in the timeline, struck through, with your reason.</source>
        <translation>%3 님이 기록한 %2 변경(%1)을 무효로 합니다. 이 변경은 취소선이 그어진 채 사유와 함께 경과에 남습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="99" />
        <source>Correct a stage change</source>
        <translation>단계 변경 정정</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="101" />
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="76" />
        <source>Ground: %1</source>
        <translation>보호 제외 사유: %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="82" />
        <source>Corrects an earlier entry</source>
        <translation>이전 기록을 정정함</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/case_detail/timeline.py" line="87" />
        <source>Voided</source>
        <translation>무효</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="49" />
        <source>Case no.</source>
        <translation>사례 번호</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="49" />
        <source>Item</source>
        <translation>업무 항목</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="49" />
        <source>Due in</source>
        <translation>시기</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="50" />
        <source>Days late</source>
        <translation>경과 일수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="50" />
        <source>Due date</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="51" />
        <source>Assigned to</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="55" />
        <source>&amp;Snooze…</source>
        <translation>미루기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="56" />
        <source>&amp;Reassign…</source>
        <translation>담당자 변경(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="57" />
        <source>Mark &amp;done…</source>
        <translation>완료 처리(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="58" />
        <source>&amp;Print worklist…</source>
        <translation>업무 목록 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="59" />
        <source>E&amp;xport calendar…</source>
        <translation>일정 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="81" />
        <source>Caseworker</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="81" />
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="82" />
        <source>Escalated</source>
        <translation>보고 대상</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="85" />
        <location filename="../../resettle/gui/today/page.py" line="142" />
        <source>Overdue items by caseworker</source>
        <translation>담당자별 기한 경과 업무</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="98" />
        <source>Worklist</source>
        <translation>업무 목록</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="99" />
        <source>Calendar</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="129" />
        <source>Today, %1: %2 overdue · %3 due today · %4 this week</source>
        <translation>오늘(%1): 기한 경과 %2건 · 오늘 %3건 · 이번 주 %4건</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="135" />
        <source>Overdue items by caseworker (counting…)</source>
        <translation>담당자별 기한 경과 업무(세는 중…)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="181" />
        <source>Select an item in the list first.</source>
        <translation>먼저 목록에서 항목을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="203" />
        <source>Export calendar</source>
        <translation>일정 내보내기</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/today/page.py" line="204" />
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 파일 (*.ics)</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="40" />
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="41" />
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="42" />
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="43" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="73" />
        <source>Disabled</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="76" />
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="77" />
        <source>Active</source>
        <translation>활성</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="212" />
        <source>&amp;Change role or name…</source>
        <translation>역할·표시 이름 변경(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="213" />
        <source>&amp;Disable</source>
        <translation>비활성화(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="214" />
        <source>&amp;Enable</source>
        <translation>활성화(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="211" />
        <source>Add &amp;new user…</source>
        <translation>사용자 추가(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="215" />
        <source>Un&amp;lock</source>
        <translation>잠금 해제(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="216" />
        <source>&amp;Reset password…</source>
        <translation>비밀번호 재설정(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="217" />
        <source>Re&amp;move…</source>
        <translation>삭제(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="260" />
        <location filename="../../resettle/gui/admin/users.py" line="284" />
        <source>Select a user first.</source>
        <translation>먼저 사용자를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="263" />
        <source>%1 was changed.</source>
        <translation>%1 계정을 변경했습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="270" />
        <source>%1 was enabled.</source>
        <translation>%1 계정을 활성화했습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="270" />
        <source>%1 was disabled.</source>
        <translation>%1 계정을 비활성화했습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="277" />
        <source>%1 was unlocked.</source>
        <translation>%1 계정의 잠금을 해제했습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="287" />
        <source>Remove account</source>
        <translation>계정 삭제</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="288" />
        <source>Remove the account %1? Only an account that has never been used can be removed.</source>
        <translation>%1 계정을 삭제하시겠습니까? 한 번도 쓰지 않은 계정만 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="294" />
        <source>%1 was removed.</source>
        <translation>%1 계정을 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/admin/users.py" line="308" />
        <source>The password of %1 was reset.</source>
        <translation>%1의 비밀번호를 재설정했습니다.</translation>
    </message>
</context>
<context>
    <name>case_detail</name>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="54" />
        <source>%1 until %2</source>
        <translation>%1(%2까지)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="55" />
        <source>%1 · from %2 (%3 weeks, %4 enrolled)</source>
        <translation>%1 · %2 시작(%3주, %4명 입소)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="56" />
        <source>&amp;Code</source>
        <translation>코드(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="57" />
        <source>&amp;Enrolment date</source>
        <translation>입소일(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="58" />
        <source>&amp;Family name (Hangul)</source>
        <translation>성(한글)(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="59" />
        <source>&amp;Given name (Hangul)</source>
        <translation>이름(한글)(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="60" />
        <source>&amp;In effect from</source>
        <translation>시행일(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="61" />
        <source>&amp;New cohort…</source>
        <translation>새 기수(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="62" />
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="63" />
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="64" />
        <source>&amp;Weeks</source>
        <translation>기간(주)(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="65" />
        <source>Birth date known to</source>
        <translation>생년월일 확인 범위</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="66" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="67" />
        <source>Ce&amp;ntre</source>
        <translation>정착지원시설(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="68" />
        <source>Co&amp;hort</source>
        <translation>기수(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="69" />
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="70" />
        <source>Enrol in a programme cohort</source>
        <translation>정착지원교육 기수에 입소</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="71" />
        <source>Family name (&amp;Latin)</source>
        <translation>성(로마자)(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="72" />
        <source>Full date (YYYY-MM-DD)</source>
        <translation>연월일(YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="73" />
        <source>Given name (La&amp;tin)</source>
        <translation>이름(로마자)(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="74" />
        <source>Legal name change</source>
        <translation>법적 성명 변경</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="75" />
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="76" />
        <source>New programme cohort</source>
        <translation>새 정착지원교육 기수</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="77" />
        <source>No cohort yet: make one with “New cohort…”</source>
        <translation>기수가 아직 없습니다. “새 기수…”로 만드십시오.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="78" />
        <source>Record a new legal name from the day it takes effect. The name it replaces is kept as a former name and stays searchable.</source>
        <translation>새 법적 성명을 효력 발생일부터 기록합니다. 바뀌기 전 성명은 이전 성명으로 보존되며 계속 검색할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="79" />
        <source>Resettle</source>
        <translation>Resettle</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="80" />
        <source>Start &amp;date</source>
        <translation>시작일(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="81" />
        <source>The record stays, struck through, with your name, the time and the reason: %1</source>
        <translation>기록은 지워지지 않고 취소선과 함께 처리자 이름, 시각, 사유가 표시됩니다: %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="82" />
        <source>Unknown</source>
        <translation>미상</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="83" />
        <source>Void a record</source>
        <translation>기록 무효 처리</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="84" />
        <source>Voided by %1 on %2: %3 (was: %4)</source>
        <translation>%2 %1 무효 처리: %3 (원래 기록: %4)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="85" />
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="86" />
        <source>Year and month (YYYY-MM)</source>
        <translation>연월 (YYYY-MM)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="87" />
        <source>Year only (YYYY)</source>
        <translation>연도만 (YYYY)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="88" />
        <source>formerly %1</source>
        <translation>이전 성명: %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="89" />
        <source>the usual length</source>
        <translation>기본 기간</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="90" />
        <source>&amp;Copy details</source>
        <translation>세부 내용 복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="91" />
        <source>Resettle stopped unexpectedly last time. These details were recorded:</source>
        <translation>지난번에 Resettle이 예기치 않게 종료되었습니다. 다음 내용이 기록되었습니다:</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="92" />
        <source>Resettle: unexpected error</source>
        <translation>Resettle: 예기치 않은 오류</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="93" />
        <source>Something unexpected went wrong. What you saved before is safe. The details below were written to the log; please send them to your administrator.</source>
        <translation>예기치 않은 문제가 생겼습니다. 이전에 저장한 내용은 안전합니다. 아래 내용이 로그에 기록되었으니 관리자에게 보내 주십시오.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../resettle/gui/widgets/errors.py" line="21" />
        <source>Resettle</source>
        <translation>Resettle</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="94" />
        <source>database server</source>
        <translation>데이터베이스 서버</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="95" />
        <source>key in the credential store</source>
        <translation>자격 증명 저장소의 키</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="96" />
        <source>key protected by a passphrase</source>
        <translation>암호 문구로 보호된 키</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="97" />
        <source>&amp;About Resettle</source>
        <translation>Resettle 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="98" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="99" />
        <source>&amp;Find cases</source>
        <translation>사례 찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="100" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="101" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="102" />
        <source>&amp;Lock</source>
        <translation>잠금(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="103" />
        <source>&amp;New intake…</source>
        <translation>보호신청 접수(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="104" />
        <source>&amp;Print case summary…</source>
        <translation>사례 요약 보고서 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="105" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="106" />
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="114" />
        <source>Settin&amp;gs</source>
        <translation>설정(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="107" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="108" />
        <source>About Resettle</source>
        <translation>Resettle 정보</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="109" />
        <source>Change &amp;stage…</source>
        <translation>단계 변경(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="110" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="111" />
        <source>Resettle %1: case management for the resettlement of people from North Korea.</source>
        <translation>Resettle %1: 북한이탈주민 정착 지원 사례 관리.</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="112" />
        <source>Save report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="113" />
        <source>Select a case first.</source>
        <translation>먼저 사례를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="115" />
        <source>Admin</source>
        <translation>시스템 관리</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="116" />
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="117" />
        <source>Custody review</source>
        <translation>보호기간 검토</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="118" />
        <source>Groups</source>
        <translation>집단</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="119" />
        <source>Programme</source>
        <translation>정착지원교육</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="120" />
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="121" />
        <source>Today</source>
        <translation>오늘</translation>
    </message>
</context>
<context>
    <name>reports_view</name>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="122" />
        <source>Case summary %1</source>
        <translation>사례 요약 보고서 %1</translation>
    </message>
    <message>
        <location filename="../../resettle/gui/widgets/tr_markers.py" line="123" />
        <source>You do not represent case %1, so you cannot see or print it. Only the lawyers assigned to a case can.</source>
        <translation>사례 %1의 법률대리인이 아니므로 보거나 인쇄할 수 없습니다. 사례에 지정된 변호사만 할 수 있습니다.</translation>
    </message>
</context>
</TS>