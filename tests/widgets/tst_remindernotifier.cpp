// The window's reminders (docs/reminders.md): newly due obligations through the notifier,
// once per stage, sharing the stage memory with icpctl remind; the timer aims at the next
// Beijing midnight.
#include "ReminderNotifier.h"
#include "SyncNotifier.h"
#include "core/BeijingTime.h"
#include "obligations/ReminderLog.h"
#include "obligations/Reminders.h"
#include "store/Database.h"
#include "store/LicenceRepository.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestReminderNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        auto db = Database::openSqlite(
            m_dir.filePath(u"icp-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        Licence l;
        l.id = u"licence-1"_s;
        l.kind = ApplicationKind::Licence;
        l.number = u"京B2-20220001"_s;
        l.entityName = u"示例科技有限公司"_s;
        l.issuedOn = day("2022-06-01");
        l.expiresOn = day("2027-06-01");
        for (int year = 2022; year <= 2027; ++year)
            l.annualReports.append(AnnualReport{year, QDate(year + 1, 1, 15)});
        QVERIFY(LicenceRepository(*m_db).save(l, u"test"_s).ok());
    }
    void cleanup() { m_db.reset(); }

    // Offscreen there is no tray: the banner shows it. The same day again shows nothing new.
    void showsNewlyDueOnceInTheBanner()
    {
        NotificationBanner banner;
        SyncNotifier notifier(*m_db, &banner);
        ReminderNotifier reminders(*m_db, notifier);
        const QDateTime now =
            beijing::startOfDay(day("2027-02-01")).addSecs(9 * 3600); // 30 days before the last day to renew
        // The first stages (renewal 90 days, expiry 180 days) were given in December.
        QCOMPARE(reminders.remindAt(beijing::startOfDay(day("2026-12-03"))).size(), 2);
        banner.hide();
        const QList<Reminder> shown = reminders.remindAt(now);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.constFirst().obligation.kind, ObligationKind::LicenceRenewal);
        QVERIFY(!banner.isHidden());
        QVERIFY2(banner.title().contains(u"京B2-20220001"_s), qPrintable(banner.title()));
        QVERIFY2(banner.message().contains(u"in 30 day"_s), qPrintable(banner.message()));
        banner.hide();
        QVERIFY(reminders.remindAt(now.addSecs(3600)).isEmpty());
        QVERIFY(banner.isHidden());
        // What the window gave, icpctl remind does not give again (and the other way round).
        const Result<QList<SentReminder>> rows =
            ReminderLog(*m_db).sentFor({shown.constFirst().obligation.id});
        QVERIFY(rows.ok());
        QStringList stages;
        for (const SentReminder& row : rows.value()) {
            QCOMPARE(row.notifiedBy, u"icp-assistant"_s);
            stages.append(row.stageKey);
        }
        stages.sort();
        QCOMPARE(stages, (QStringList{u"stage-30"_s, u"stage-90"_s}));
    }

    // The background check reads with its own connection and ends in reminded().
    void checksInTheBackground()
    {
        NotificationBanner banner;
        SyncNotifier notifier(*m_db, &banner);
        ReminderNotifier reminders(*m_db, notifier);
        QSignalSpy reminded(&reminders, &ReminderNotifier::reminded);
        // Several at once (the renewal's and the expiry's first stages): a count and a list.
        reminders.checkInBackground(beijing::startOfDay(day("2026-12-03")));
        QVERIFY(reminded.wait(20000));
        const int count = reminded.constFirst().constFirst().toInt();
        QVERIFY(count >= 2);
        QVERIFY2(banner.title().contains(QString::number(count)), qPrintable(banner.title()));
        QVERIFY2(banner.message().contains(u"京B2-20220001"_s), qPrintable(banner.message()));
        reminders.checkInBackground(beijing::startOfDay(day("2026-12-03")).addSecs(600));
        QVERIFY(reminded.wait(20000));
        QCOMPARE(reminded.constLast().constFirst().toInt(), 0);
    }

    void nextMidnight_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("midnight");
        const QDateTime nextDay = beijing::startOfDay(day("2026-12-04"));
        QTest::newRow("Beijing evening")
            << beijing::startOfDay(day("2026-12-03")).addSecs(22 * 3600) << nextDay;
        QTest::newRow("just after midnight") << beijing::startOfDay(day("2026-12-03")).addSecs(1) << nextDay;
        QTest::newRow("given in UTC, already the next Beijing day")
            << QDateTime(day("2026-12-03"), QTime(17, 0), Qt::UTC) << beijing::startOfDay(day("2026-12-05"));
    }
    void nextMidnight()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, midnight);
        const qint64 ms = ReminderNotifier::msecsToNextBeijingMidnight(now);
        QVERIFY(ms > 0);
        const QDateTime at = now.addMSecs(ms);
        QVERIFY2(at >= midnight && at < midnight.addSecs(60), qPrintable(at.toString(Qt::ISODate)));
    }

    void startArmsTheTimer()
    {
        NotificationBanner banner;
        SyncNotifier notifier(*m_db, &banner);
        ReminderNotifier reminders(*m_db, notifier);
        reminders.start();
        QVERIFY(reminders.timer()->isActive());
        QVERIFY(reminders.timer()->remainingTime() <= 24 * 3600 * 1000 + 60000);
    }
};

QTEST_MAIN(TestReminderNotifier)
#include "tst_remindernotifier.moc"
