// Reminder stages (docs/reminders.md): each stage of the ladder once, daily while overdue,
// once when missed, remembered in the database across runs and across programs.
#include "StoreTestSupport.h"
#include "core/BeijingTime.h"
#include "obligations/ObligationEngine.h"
#include "obligations/ObligationLadder.h"
#include "obligations/ReminderLog.h"
#include "obligations/Reminders.h"
#include "store/Database.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// An invented licence: issued 2022-06-01, valid five years, every annual report filed.
Licence exampleLicence()
{
    Licence l;
    l.id = u"licence-1"_s;
    l.kind = ApplicationKind::Licence;
    l.number = u"京B2-20220001"_s;
    l.entityName = u"示例科技有限公司"_s;
    l.issuedOn = day("2022-06-01");
    l.expiresOn = day("2027-06-01");
    for (int year = 2022; year <= 2027; ++year)
        l.annualReports.append(AnnualReport{year, day("2023-01-15").addYears(year - 2022)});
    return l;
}

QList<Obligation> obligationsOn(const Licence& licence, QDate date)
{
    return ObligationEngine(beijing::startOfDay(date)).ofLicence(licence, u"Wang Fang"_s);
}

const Obligation* findKind(const QList<Obligation>& list, ObligationKind kind)
{
    for (const Obligation& o : list) {
        if (o.kind == kind)
            return &o;
    }
    return nullptr;
}

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stageKey_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("key");
        QTest::newRow("upcoming, no stage: nothing") << int(ObligationState::Upcoming) << -1 << QString();
        QTest::newRow("due soon at 90") << int(ObligationState::DueSoon) << 90 << u"stage-90"_s;
        QTest::newRow("due soon on the day") << int(ObligationState::DueSoon) << 0 << u"stage-0"_s;
        QTest::newRow("overdue: the day") << int(ObligationState::Overdue) << 7 << u"overdue-2027-04-02"_s;
        QTest::newRow("missed: once") << int(ObligationState::Missed) << 0 << u"missed"_s;
    }
    void stageKey()
    {
        QFETCH(int, state);
        QFETCH(int, stage);
        QFETCH(QString, key);
        Obligation o;
        o.state = ObligationState(state);
        o.stage = stage;
        QCOMPARE(reminderStageKey(o, day("2027-04-02")), key);
    }

    // Day by day through the renewal's ladder: each stage on the day it is reached, once,
    // then "missed" the day after the last day to apply, and nothing after that.
    void eachStageOnceOnItsDay_data() { test::Backend::addRows(); }
    void eachStageOnceOnItsDay()
    {
        ICP_OPEN_TEST_DATABASE(db);
        const Licence licence = exampleLicence();
        const QDate due = licence.renewalDueOn();
        const ObligationLadder ladder = ObligationLadder::forKind(ObligationKind::LicenceRenewal);
        QVERIFY(ladder.days.size() >= 2);

        QMap<QString, QDate> firedOn; // stage key → day
        Reminders reminders(**db, u"test"_s);
        const QDate from = due.addDays(-ladder.days.constFirst() - 10);
        for (QDate d = from; d <= due.addDays(20); d = d.addDays(1)) {
            const QList<Obligation> obligations = obligationsOn(licence, d);
            const Result<QList<Reminder>> taken = reminders.take(obligations, beijing::startOfDay(d));
            QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : taken.error().message));
            for (const Reminder& r : taken.value()) {
                if (r.obligation.kind != ObligationKind::LicenceRenewal)
                    continue;
                QVERIFY2(!firedOn.contains(r.stageKey), qPrintable(u"given twice: "_s + r.stageKey));
                firedOn.insert(r.stageKey, d);
            }
            // Asked again the same day, there is nothing new.
            const Result<QList<Reminder>> again =
                reminders.take(obligations, beijing::startOfDay(d).addSecs(3600));
            QVERIFY(again.ok());
            QVERIFY(again->isEmpty());
        }
        QMap<QString, QDate> expected;
        for (const int stage : ladder.days)
            expected.insert(u"stage-%1"_s.arg(stage), due.addDays(-stage));
        expected.insert(u"missed"_s, due.addDays(1)); // a late renewal is refused: missed, said once
        QCOMPARE(firedOn, expected);
    }

    // An unfiled annual report past 31 March: every day, never twice on a day.
    void dailyWhileOverdue_data() { test::Backend::addRows(); }
    void dailyWhileOverdue()
    {
        ICP_OPEN_TEST_DATABASE(db);
        Licence licence = exampleLicence();
        licence.annualReports.removeIf([](const AnnualReport& r) { return r.year == 2025; });
        const QDate due = licence.annualReportDueOn(2025);
        Reminders reminders(**db, u"test"_s);
        QList<QDate> days;
        for (QDate d = due.addDays(1); d <= due.addDays(5); d = d.addDays(1)) {
            for (int run = 0; run < 2; ++run) {
                const Result<QList<Reminder>> taken =
                    reminders.take(obligationsOn(licence, d), beijing::startOfDay(d).addSecs(run * 7200));
                QVERIFY(taken.ok());
                for (const Reminder& r : taken.value()) {
                    if (r.obligation.kind == ObligationKind::AnnualReport) {
                        QCOMPARE(r.obligation.state, ObligationState::Overdue);
                        QCOMPARE(r.stageKey, u"overdue-"_s + d.toString(Qt::ISODate));
                        QVERIFY(r.stageText(d).contains(due.toString(Qt::ISODate)));
                        days.append(d);
                    }
                }
            }
        }
        QCOMPARE(days, (QList<QDate>{due.addDays(1), due.addDays(2), due.addDays(3), due.addDays(4),
                                     due.addDays(5)}));
        // Only the latest overdue day is kept per obligation.
        const QList<Obligation> last = obligationsOn(licence, due.addDays(5));
        const Obligation* report = findKind(last, ObligationKind::AnnualReport);
        QVERIFY(report);
        const Result<QList<SentReminder>> rows = ReminderLog(**db).sentFor({report->id});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->constFirst().stageKey, u"overdue-"_s + due.addDays(5).toString(Qt::ISODate));
        QCOMPARE(rows->constFirst().notifiedBy, u"test"_s);
    }

    // The memory is the database file: a second run (another process, tomorrow) remembers;
    // a dry run records nothing; two connections claiming one stage give it once.
    void persistedAcrossRunsOnAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"reminders.sqlite"_s);
        const Licence licence = exampleLicence();
        const QDate due = licence.renewalDueOn();
        const QDate firstStage =
            due.addDays(-ObligationLadder::forKind(ObligationKind::LicenceRenewal).days.constFirst());
        const QList<Obligation> obligations = obligationsOn(licence, firstStage);
        const QDateTime now = beijing::startOfDay(firstStage).addSecs(8 * 3600);
        int given = 0;
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
            Reminders reminders(*db.value(), u"icpctl remind"_s);
            const Result<QList<Reminder>> dry = reminders.pending(obligations, now);
            QVERIFY(dry.ok());
            bool renewal = false;
            for (const Reminder& r : dry.value())
                renewal = renewal || (r.obligation.kind == ObligationKind::LicenceRenewal &&
                                      r.stageKey == u"stage-%1"_s.arg(firstStage.daysTo(due)));
            QVERIFY(renewal);
            // The dry run left no trace: the same again.
            QCOMPARE(reminders.pending(obligations, now)->size(), dry->size());
            const Result<QList<Reminder>> taken = reminders.take(obligations, now);
            QVERIFY(taken.ok());
            QCOMPARE(taken->size(), dry->size());
            given = int(taken->size());
        }
        QVERIFY(given > 0);
        {
            auto first = Database::openSqlite(path);
            auto second = Database::openSqlite(path);
            QVERIFY(first.ok() && second.ok());
            QVERIFY(
                Reminders(*first.value(), u"icp-assistant"_s).take(obligations, now.addSecs(60))->isEmpty());
            QCOMPARE(
                test::countRows(*first.value(), u"reminders_sent"_s, u"notified_by"_s, u"icpctl remind"_s),
                given);
            // The next stage: both see it pending, only the first to claim it gives it.
            const QDate next =
                due.addDays(-ObligationLadder::forKind(ObligationKind::LicenceRenewal).days.at(1));
            const QList<Obligation> later = obligationsOn(licence, next);
            const QDateTime at = beijing::startOfDay(next);
            Reminders a(*first.value(), u"icp-assistant"_s);
            Reminders b(*second.value(), u"icpctl remind"_s);
            const Result<QList<Reminder>> seenByB = b.pending(later, at);
            QVERIFY(seenByB.ok());
            QVERIFY(!seenByB->isEmpty());
            const Result<QList<Reminder>> takenByA = a.take(later, at);
            QVERIFY(takenByA.ok());
            QCOMPARE(takenByA->size(), seenByB->size());
            QVERIFY(b.take(later, at)->isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
