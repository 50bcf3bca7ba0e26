<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditTab</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n entries checked.</source>
        <translation>
            <numerusform>The chain is intact: %n entry checked.</numerusform>
            <numerusform>The chain is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n were written before the chain began and cannot be checked.</source>
        <translation>
            <numerusform>The first %n was written before the chain began and cannot be checked.</numerusform>
            <numerusform>The first %n were written before the chain began and cannot be checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were written before the database was encrypted and are checked without its key.</source>
        <translation>
            <numerusform>%n was written before the database was encrypted and is checked without its key.</numerusform>
            <numerusform>%n were written before the database was encrypted and are checked without its key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {file}.</source>
        <translation>
            <numerusform>%n entry exported to {file}.</numerusform>
            <numerusform>%n entries exported to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message numerus="yes">
        <source>%n sessions would clash with others:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n member(s) recorded in all</source>
        <translation>
            <numerusform>%n member recorded in all</numerusform>
            <numerusform>%n members recorded in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseManyDialog</name>
    <message numerus="yes">
        <source>Erase %n people for good</source>
        <translation>
            <numerusform>Erase %n person for good</numerusform>
            <numerusform>Erase %n people for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This removes %n people and everything about them from the database: their profiles, keep-away lists, room histories and places in households. The audit log keeps only that member records were erased, by whom and when. This cannot be undone.</source>
        <translation>
            <numerusform>This removes %n person and everything about her from the database: her profile, keep-away list, room history and place in a household. The audit log keeps only that a member record was erased, by whom and when. This cannot be undone.</numerusform>
            <numerusform>This removes %n people and everything about them from the database: their profiles, keep-away lists, room histories and places in households. The audit log keeps only that member records were erased, by whom and when. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message numerus="yes">
        <source>Exported %n rows of events to {file}.</source>
        <translation>
            <numerusform>Exported %n row of events to {file}.</numerusform>
            <numerusform>Exported %n rows of events to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportEventsDialog</name>
    <message numerus="yes">
        <source>%n new events</source>
        <translation>
            <numerusform>%n new event</numerusform>
            <numerusform>%n new events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrected</source>
        <translation>
            <numerusform>%n corrected</numerusform>
            <numerusform>%n corrected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are ready</source>
        <translation>
            <numerusform>%n row is ready</numerusform>
            <numerusform>%n rows are ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems were found. Nothing was imported: correct the file and try again.</source>
        <translation>
            <numerusform>%n problem was found. Nothing was imported: correct the file and try again.</numerusform>
            <numerusform>%n problems were found. Nothing was imported: correct the file and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows checked: every event is already as the file says. There is nothing to import.</source>
        <translation>
            <numerusform>%n row checked: every event is already as the file says. There is nothing to import.</numerusform>
            <numerusform>%n rows checked: every event is already as the file says. There is nothing to import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMembersDialog</name>
    <message numerus="yes">
        <source>%n rows checked: every member is already as the file says. There is nothing to import.</source>
        <translation>
            <numerusform>%n row checked: the member is already as the file says. There is nothing to import.</numerusform>
            <numerusform>%n rows checked: every member is already as the file says. There is nothing to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new members</source>
        <translation>
            <numerusform>%n new member</numerusform>
            <numerusform>%n new members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are ready</source>
        <translation>
            <numerusform>%n row is ready</numerusform>
            <numerusform>%n rows are ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems were found. Nothing was imported: correct the file and try again.</source>
        <translation>
            <numerusform>%n problem was found. Nothing was imported: correct the file and try again.</numerusform>
            <numerusform>%n problems were found. Nothing was imported: correct the file and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSurveysDialog</name>
    <message numerus="yes">
        <source>%n new responses</source>
        <translation>
            <numerusform>%n new response</numerusform>
            <numerusform>%n new responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrected</source>
        <translation>
            <numerusform>%n corrected</numerusform>
            <numerusform>%n corrected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are ready</source>
        <translation>
            <numerusform>%n row is ready</numerusform>
            <numerusform>%n rows are ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems were found. Nothing was imported: correct the file and try again.</source>
        <translation>
            <numerusform>%n problem was found. Nothing was imported: correct the file and try again.</numerusform>
            <numerusform>%n problems were found. Nothing was imported: correct the file and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows checked: every response is already recorded. There is nothing to import.</source>
        <translation>
            <numerusform>%n row checked: its response is already recorded. There is nothing to import.</numerusform>
            <numerusform>%n rows checked: every response is already recorded. There is nothing to import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message numerus="yes">
        <source>The database is now encrypted. The other %n account(s) must have their passwords reset by an administrator (Admin → Users) before they can log in.</source>
        <translation>
            <numerusform>The database is now encrypted. The other %n account must have its password reset by an administrator (Admin → Users) before it can log in.</numerusform>
            <numerusform>The database is now encrypted. The other %n accounts must have their passwords reset by an administrator (Admin → Users) before they can log in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberFiles</name>
    <message numerus="yes">
        <source>Exported %n members to {file}.</source>
        <translation>
            <numerusform>Exported %n member to {file}.</numerusform>
            <numerusform>Exported %n members to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressForm</name>
    <message numerus="yes">
        <source>%n member(s), one after another: {codes}</source>
        <translation>
            <numerusform>%n member, one after another: {codes}</numerusform>
            <numerusform>%n members, one after another: {codes}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomCombo</name>
    <message numerus="yes">
        <source>%n free bed(s)</source>
        <translation>
            <numerusform>%n free bed</numerusform>
            <numerusform>%n free beds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message numerus="yes">
        <source>%n bed(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message numerus="yes">
        <source>%n person(s) left more than {years} years ago.</source>
        <translation>
            <numerusform>%n person left more than {years} years ago.</numerusform>
            <numerusform>%n people left more than {years} years ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fin&amp;d people who left more than %n year(s) ago…</source>
        <translation>
            <numerusform>Fin&amp;d people who left more than %n year ago…</numerusform>
            <numerusform>Fin&amp;d people who left more than %n years ago…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>%n person erased.</numerusform>
            <numerusform>%n people erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WellbeingPage</name>
    <message numerus="yes">
        <source>Exported %n survey responses to {file}.</source>
        <translation>
            <numerusform>Exported %n survey response to {file}.</numerusform>
            <numerusform>Exported %n survey responses to {file}.</numerusform>
        </translation>
    </message>
</context>
</TS>
