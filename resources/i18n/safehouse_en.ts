<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../safehouse/ui/dashboard_page.py" line="70"/>
        <source>%n member(s) recorded in all</source>
        <translation>
            <numerusform>%n member recorded in all</numerusform>
            <numerusform>%n members recorded in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message numerus="yes">
        <location filename="../../safehouse/ui/members/member_list.py" line="183"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message numerus="yes">
        <location filename="../../safehouse/ui/setup_dialog.py" line="46"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../safehouse/ui/setup_dialog.py" line="95"/>
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
