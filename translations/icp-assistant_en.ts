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
    <name>Obligations</name>
    <message numerus="yes">
        <source>File the website at beian.mps.gov.cn within %n day(s) of it going live (launched on %1), then record its number and show it in the footer.</source>
        <translation>
            <numerusform>File the website at beian.mps.gov.cn within %n day of it going live (launched on %1), then record its number and show it in the footer.</numerusform>
            <numerusform>File the website at beian.mps.gov.cn within %n days of it going live (launched on %1), then record its number and show it in the footer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewing since %1, more than %n working day(s): ask the provider to follow up with the Communications Administration.</source>
        <translation>
            <numerusform>Reviewing since %1, more than %n working day: ask the provider to follow up with the Communications Administration.</numerusform>
            <numerusform>Reviewing since %1, more than %n working days: ask the provider to follow up with the Communications Administration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewing since %1; %n working day(s) end on %2.</source>
        <translation>
            <numerusform>Reviewing since %1; %n working day ends on %2.</numerusform>
            <numerusform>Reviewing since %1; %n working days end on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>File the website at beian.mps.gov.cn within %n day(s) of it going live (granted on %1), then show its number in the footer too.</source>
        <translation>
            <numerusform>File the website at beian.mps.gov.cn within %n day of it going live (granted on %1), then show its number in the footer too.</numerusform>
            <numerusform>File the website at beian.mps.gov.cn within %n days of it going live (granted on %1), then show its number in the footer too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>overdue since %1 (%n day(s))</source>
        <translation>
            <numerusform>overdue since %1 (%n day)</numerusform>
            <numerusform>overdue since %1 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due on %1, in %n day(s)</source>
        <translation>
            <numerusform>due on %1, in %n day</numerusform>
            <numerusform>due on %1, in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s)</source>
        <translation>
            <numerusform>%n obligation</numerusform>
            <numerusform>%n obligations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expiries and deadlines per month, next %n months</source>
        <translation>
            <numerusform>Expiries and deadlines per month, next %n month</numerusform>
            <numerusform>Expiries and deadlines per month, next %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expiring within %n day</numerusform>
            <numerusform>Expiring within %n days</numerusform>
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
    <name>icp::DashboardPage</name>
    <message numerus="yes">
        <source>Applications in review, the oldest for %n day(s)</source>
        <translation>
            <numerusform>Applications in review, the oldest for %n day</numerusform>
            <numerusform>Applications in review, the oldest for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s)</source>
        <translation>
            <numerusform>%n obligation</numerusform>
            <numerusform>%n obligations</numerusform>
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
    <name>icp::ImportDialog</name>
    <message numerus="yes">
        <source>Preview (first %n row(s))</source>
        <translation>
            <numerusform>Preview (first %n row)</numerusform>
            <numerusform>Preview (first %n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, separated by %3.</source>
        <translation>
            <numerusform>%1: %n row, %2, separated by %3.</numerusform>
            <numerusform>%1: %n rows, %2, separated by %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>icp::LicenceEditorDialog</name>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
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
    <name>icp::ReminderNotifier</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s) need attention</source>
        <translation>
            <numerusform>%n obligation needs attention</numerusform>
            <numerusform>%n obligations need attention</numerusform>
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
    <message numerus="yes">
        <source>ICP reminders of %1 (Beijing time): %n newly due</source>
        <translation>
            <numerusform>ICP reminders of %1 (Beijing time): %n newly due</numerusform>
            <numerusform>ICP reminders of %1 (Beijing time): %n newly due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more ICP obligation(s) need attention</source>
        <translation>
            <numerusform>%n more ICP obligation needs attention</numerusform>
            <numerusform>%n more ICP obligations need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n obligation(s), %2 entities.</source>
        <translation>
            <numerusform>Wrote %1: %n obligation, %2 entities.</numerusform>
            <numerusform>Wrote %1: %n obligations, %2 entities.</numerusform>
        </translation>
    </message>
</context>
</TS>
