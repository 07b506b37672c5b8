<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Dossier</name>
    <message numerus="yes">
        <source>The dossier “%1” cannot be imported: %n problem(s). Line %2: %3</source>
        <translation>
            <numerusform>The dossier “%1” cannot be imported: %n problem. Line %2: %3</numerusform>
            <numerusform>The dossier “%1” cannot be imported: %n problems. Line %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcpNumber</name>
    <message numerus="yes">
        <source>The serial number has %n digit(s); ICP filing numbers have 8 (older numbers) or 10 digits.</source>
        <translation>
            <numerusform>The serial number has %n digit; ICP filing numbers have 8 (older numbers) or 10 digits.</numerusform>
            <numerusform>The serial number has %n digits; ICP filing numbers have 8 (older numbers) or 10 digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icp::ApplicationDraft</name>
    <message numerus="yes">
        <source>The application still has %n blocking problem(s); fix them before submitting.</source>
        <translation>
            <numerusform>The application still has %n blocking problem; fix them before submitting.</numerusform>
            <numerusform>The application still has %n blocking problems; fix them before submitting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) are still being checked; submit when the checks have finished.</source>
        <translation>
            <numerusform>%n document is still being checked; submit when the check has finished.</numerusform>
            <numerusform>%n documents are still being checked; submit when the checks have finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icp::ApplicationWizard</name>
    <message numerus="yes">
        <source>Before going on, fix %n problem(s) on this page:</source>
        <translation>
            <numerusform>Before going on, fix %n problem on this page:</numerusform>
            <numerusform>Before going on, fix %n problems on this page:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more, listed under the fields)</source>
        <translation>
            <numerusform>(and %n more, listed under the fields)</numerusform>
            <numerusform>(and %n more, listed under the fields)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icp::FieldRow</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icp::FindingsModel</name>
    <message numerus="yes">
        <source>%1 (%n blocking)</source>
        <translation>
            <numerusform>%1 (%n blocking)</numerusform>
            <numerusform>%1 (%n blocking)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icp::GrantedPage</name>
    <message numerus="yes">
        <source>%n day(s) after launch</source>
        <translation>
            <numerusform>%n day after launch</numerusform>
            <numerusform>%n days after launch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Public-security filing (公安备案) at beian.mps.gov.cn within %n day(s) of the website going live, then show its number in the footer too.</source>
        <translation>
            <numerusform>Public-security filing (公安备案) at beian.mps.gov.cn within %n day of the website going live, then show its number in the footer too.</numerusform>
            <numerusform>Public-security filing (公安备案) at beian.mps.gov.cn within %n days of the website going live, then show its number in the footer too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icp::MainWindow</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icp::ReviewPage</name>
    <message numerus="yes">
        <source>%n blocking problem(s) must be fixed before you can submit.</source>
        <translation>
            <numerusform>%n blocking problem must be fixed before you can submit.</numerusform>
            <numerusform>%n blocking problems must be fixed before you can submit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icp::SubmitPage</name>
    <message numerus="yes">
        <source>Submit is disabled: %n blocking problem(s) remain. The first: %1</source>
        <translation>
            <numerusform>Submit is disabled: %n blocking problem remains. The first: %1</numerusform>
            <numerusform>Submit is disabled: %n blocking problems remain. The first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit is disabled: %n document(s) are still being checked. It is enabled when the checks have finished.</source>
        <translation>
            <numerusform>Submit is disabled: %n document is still being checked. It is enabled when the check has finished.</numerusform>
            <numerusform>Submit is disabled: %n documents are still being checked. It is enabled when the checks have finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submit is disabled: %n document(s) are not checked yet. Open the Documents page to check them.</source>
        <translation>
            <numerusform>Submit is disabled: %n document is not checked yet. Open the Documents page to check it.</numerusform>
            <numerusform>Submit is disabled: %n documents are not checked yet. Open the Documents page to check them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icp::SyncIndicator</name>
    <message numerus="yes">
        <source>%1 error(s)</source>
        <translation>
            <numerusform>%1 error</numerusform>
            <numerusform>%1 errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icpctl</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
