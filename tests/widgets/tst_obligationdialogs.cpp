// Settings > Obligations (the reminder ladders, stored as overrides in QSettings
// "obligations/ladders" where the obligations engine reads them) and the Mark done dialog,
// which never closes a lapse without a decision (issue 11 item 3).
#include "DialogProvider.h"
#include "SettingsPage.h"
#include "core/BeijingTime.h"
#include "registry/LadderSettings.h"
#include "registry/MarkDoneDialog.h"
#include "registry/ObligationLadderSettings.h"
#include "wizard/FieldRow.h"

#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

Obligation obligationOf(ObligationKind kind)
{
    Obligation o;
    o.kind = kind;
    o.subject = kind == ObligationKind::DomainExpiry ? u"shop.example.cn"_s : u"沪B2-20260015"_s;
    o.dueOn = QDate(2027, 5, 31);
    o.id = Obligation::makeId(kind, o.subject, o.dueOn);
    o.title = displayName(kind);
    return o;
}

QString ladderKey(ObligationKind kind)
{
    return u"obligations/ladders/"_s + toKey(kind);
}

} // namespace

class TestObligationDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        // A settings file of our own, in a temporary folder: never the user's.
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(u"icp-test"_s);
        QCoreApplication::setApplicationName(u"tst_obligationdialogs"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }
    void init() { QSettings().clear(); }

    void ladderTextIsValidated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::addColumn<QList<int>>("days");
        QTest::newRow("the renewal default") << u"90, 30, 0"_s << QString() << QList<int>{90, 30, 0};
        QTest::newRow("spaces and Chinese commas")
            << u"180，120  90"_s << QString() << QList<int>{180, 120, 90};
        QTest::newRow("the limit") << u"730"_s << QString() << QList<int>{730};
        QTest::newRow("empty") << u"  "_s << u"ladder.empty"_s << QList<int>{};
        QTest::newRow("ascending") << u"30, 90"_s << u"ladder.order"_s << QList<int>{};
        QTest::newRow("twice the same") << u"30, 30"_s << u"ladder.order"_s << QList<int>{};
        QTest::newRow("more than two years") << u"731, 90"_s << u"ladder.too-far"_s << QList<int>{};
        QTest::newRow("negative") << u"30, -1"_s << u"ladder.negative"_s << QList<int>{};
        QTest::newRow("not a number") << u"90, soon"_s << u"ladder.number"_s << QList<int>{};
    }
    void ladderTextIsValidated()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QList<int>, days);
        const auto parsed = ladder_settings::parse(ObligationKind::LicenceRenewal, text);
        if (code.isEmpty()) {
            QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
            QCOMPARE(parsed.value(), days);
            return;
        }
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, code);
        QVERIFY(parsed.error().message.startsWith(displayName(ObligationKind::LicenceRenewal) + u": "_s));

        // In Settings: the message shows next to the line and nothing is stored.
        ObligationLadderSettings settings;
        QLineEdit* edit = settings.edit(ObligationKind::LicenceRenewal);
        QVERIFY(edit);
        edit->setText(text);
        Q_EMIT edit->editingFinished();
        QCOMPARE(settings.row(ObligationKind::LicenceRenewal)->message(), parsed.error().message);
        QVERIFY(!QSettings().contains(ladderKey(ObligationKind::LicenceRenewal)));
    }

    void laddersPersistInQSettings_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("days");
        QTest::newRow("renewal") << int(ObligationKind::LicenceRenewal) << u"120, 60, 10, 0"_s
                                 << QList<int>{120, 60, 10, 0};
        QTest::newRow("domain expiry")
            << int(ObligationKind::DomainExpiry) << u"90 45 14 3"_s << QList<int>{90, 45, 14, 3};
        QTest::newRow("a single stage") << int(ObligationKind::SmsVerification) << u"2"_s << QList<int>{2};
    }
    void laddersPersistInQSettings()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QList<int>, days);
        const auto k = ObligationKind(kind);
        const QList<int> defaults = ladder_settings::defaults(k);
        QVERIFY(!defaults.isEmpty());
        QVERIFY(defaults != days);
        {
            SettingsPage page(u"/tmp/icp.sqlite"_s);
            ObligationLadderSettings* ladders = page.obligationSettings();
            QVERIFY(ladders);
            QCOMPARE(ladders->edit(k)->text(), ladder_settings::format(defaults));
            QSignalSpy changed(ladders, &ObligationLadderSettings::laddersChanged);
            ladders->edit(k)->setText(text);
            Q_EMIT ladders->edit(k)->editingFinished();
            QCOMPARE(changed.size(), 1);
        }
        // What the engine reads: the key, a list of ints, descending — in the settings file.
        {
            QSettings settings;
            settings.sync();
            QVERIFY(QFile::exists(settings.fileName()));
            QVERIFY(settings.fileName().startsWith(m_settingsDir.path()));
            QList<int> stored;
            for (const QVariant& v : settings.value(ladderKey(k)).toList())
                stored.append(v.toInt());
            QCOMPARE(stored, days);
        }
        // A new Settings page shows the override; Restore defaults removes it.
        ObligationLadderSettings again;
        QCOMPARE(again.edit(k)->text(), ladder_settings::format(days));
        again.restoreButton()->click();
        QCOMPARE(again.edit(k)->text(), ladder_settings::format(defaults));
        QVERIFY(!QSettings().contains(ladderKey(k)));
    }

    void storingTheDefaultStoresNothing()
    {
        ObligationLadderSettings ladders;
        QLineEdit* edit = ladders.edit(ObligationKind::AnnualReport);
        edit->setText(u"10"_s);
        Q_EMIT edit->editingFinished();
        QVERIFY(QSettings().contains(ladderKey(ObligationKind::AnnualReport)));
        edit->setText(ladder_settings::format(ladder_settings::defaults(ObligationKind::AnnualReport)));
        Q_EMIT edit->editingFinished();
        QVERIFY(!QSettings().contains(ladderKey(ObligationKind::AnnualReport)));
    }

    void markDoneRefusesALapseWithoutDecision()
    {
        ScriptedDialogProvider dialogs;
        MarkDoneDialog dialog(obligationOf(ObligationKind::DomainExpiry), dialogs);
        QVERIFY(dialog.needsDecision());
        QCOMPARE(dialog.doneOnEdit()->date(), beijing::today());
        QVERIFY(!dialog.doneButton()->isEnabled());
        QCOMPARE(dialog.problems().size(), 1);
        QVERIFY(dialog.problems().first().startsWith(u"Decision: "_s));
        // Not even with the button forced: the dialog stays open.
        dialog.doneButton()->setEnabled(true);
        dialog.doneButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.completion().decision, LapseDecision::None);
    }

    void markDoneTakesTheDecision_data()
    {
        QTest::addColumn<bool>("renewed");
        QTest::addColumn<int>("decision");
        QTest::addColumn<QDate>("until");
        QTest::newRow("renewed") << true << int(LapseDecision::Renewed) << beijing::today().addYears(2);
        QTest::newRow("filing to be cancelled") << false << int(LapseDecision::CancelFiling) << QDate();
    }
    void markDoneTakesTheDecision()
    {
        QFETCH(bool, renewed);
        QFETCH(int, decision);
        QFETCH(QDate, until);
        ScriptedDialogProvider dialogs;
        const Obligation obligation = obligationOf(ObligationKind::DomainExpiry);
        MarkDoneDialog dialog(obligation, dialogs);
        if (renewed) {
            dialog.renewedButton()->setChecked(true);
            dialog.renewedUntilEdit()->setDate(until);
        } else {
            dialog.cancelButton()->setChecked(true);
        }
        QVERIFY(dialog.doneButton()->isEnabled());
        const QDate doneOn = beijing::today().addDays(-10);
        dialog.doneOnEdit()->setDate(doneOn);
        dialog.noteEdit()->setPlainText(u"  Renewed at the registrar.  "_s);
        dialog.doneButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const MarkDoneChoice done = dialog.completion();
        QCOMPARE(done.obligationId, obligation.id);
        QCOMPARE(done.kind, ObligationKind::DomainExpiry);
        QCOMPARE(done.doneOn, doneOn);
        QCOMPARE(done.note, u"Renewed at the registrar."_s);
        QCOMPARE(int(done.decision), decision);
        QCOMPARE(done.renewedUntil, until);
    }

    void renewedNeedsALaterExpiry()
    {
        ScriptedDialogProvider dialogs;
        MarkDoneDialog dialog(obligationOf(ObligationKind::DomainExpiry), dialogs);
        dialog.renewedButton()->setChecked(true);
        dialog.renewedUntilEdit()->setDate(dialog.doneOnEdit()->date());
        QVERIFY(!dialog.doneButton()->isEnabled());
        QVERIFY(dialog.problems().first().startsWith(u"Renewed until: "_s));
    }

    void markDoneWithEvidence_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("annual report") << int(ObligationKind::AnnualReport);
        QTest::newRow("public-security filing") << int(ObligationKind::PsbFiling);
    }
    void markDoneWithEvidence()
    {
        QFETCH(int, kind);
        QTemporaryDir dir;
        const QString receipt = dir.filePath(u"回执.pdf"_s);
        QFile file(receipt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n%%EOF\n");
        file.close();
        ScriptedDialogProvider dialogs;
        dialogs.fileNames = {receipt};
        MarkDoneDialog dialog(obligationOf(ObligationKind(kind)), dialogs);
        QVERIFY(!dialog.needsDecision());
        QVERIFY(dialog.doneButton()->isEnabled()); // no decision asked where nothing lapses
        dialog.chooseEvidence();
        QCOMPARE(dialogs.fileRequests.size(), 1);
        QCOMPARE(dialog.completion().evidencePath, receipt);
        QCOMPARE(dialog.completion().decision, LapseDecision::None);
        // The day it was done is never in the future (Beijing).
        dialog.doneOnEdit()->setDate(beijing::today().addDays(3));
        QCOMPARE(dialog.doneOnEdit()->date(), beijing::today());
        // Evidence that went away before Mark done is refused, naming the file.
        QVERIFY(QFile::remove(receipt));
        dialog.noteEdit()->setPlainText(u"x"_s);
        dialog.doneOnEdit()->setDate(beijing::today().addDays(-1));
        QVERIFY(!dialog.doneButton()->isEnabled());
        QVERIFY(dialog.problems().first().contains(receipt));
    }
};

QTEST_MAIN(TestObligationDialogs)
#include "tst_obligationdialogs.moc"
