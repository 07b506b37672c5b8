// icpctl remind and icpctl calendar as a user runs them (docs/reminders.md): against a real
// session bus (the tests run inside dbus-run-session) with a fake notification service that
// records what it was sent, then with no service and with no bus at all.
#include "Icpctl.h"
#include "core/BeijingTime.h"
#include "obligations/ObligationLadder.h"
#include "store/Database.h"
#include "store/LicenceRepository.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <libical/ical.h>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct Notification
{
    QString appName;
    QString summary;
    QString body;
    int urgency = -1;
};

} // namespace

// What a notification daemon records: every Notify call.
class NotificationLog : public QObject
{
    Q_OBJECT

public:
    QList<Notification> received;
};

// The org.freedesktop.Notifications interface, as much of it as icpctl uses.
class FakeNotificationsAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit FakeNotificationsAdaptor(NotificationLog* log)
        : QDBusAbstractAdaptor(log)
        , m_log(log)
    {}

public Q_SLOTS:
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(actions)
        Q_UNUSED(expireTimeout)
        m_log->received.append(Notification{appName, summary, body, hints.value(u"urgency"_s, -1).toInt()});
        return uint(m_log->received.size());
    }
    QStringList GetCapabilities() { return {u"body"_s}; }
    void CloseNotification(uint) {}

private:
    NotificationLog* m_log;
};

class TestIcpctlRemind : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<NotificationLog> m_log;

    // An invented licence: issued 2022-06-01, valid five years; reports filed unless told.
    Status addLicence(const QString& number, const QList<int>& unfiledYears = {})
    {
        auto db = Database::openSqlite(m_db);
        if (!db)
            return db.error();
        Licence l;
        l.id = u"licence-"_s + QString::number(qHash(number));
        l.kind = ApplicationKind::Licence;
        l.number = number;
        l.entityName = u"示例科技有限公司"_s;
        l.issuedOn = day("2022-06-01");
        l.expiresOn = day("2027-06-01");
        for (int year = 2022; year <= 2027; ++year) {
            if (!unfiledYears.contains(year))
                l.annualReports.append(AnnualReport{year, QDate(year + 1, 1, 15)});
        }
        return LicenceRepository(*db.value()).save(l, u"test"_s);
    }

    bool serve()
    {
        m_log = std::make_unique<NotificationLog>();
        new FakeNotificationsAdaptor(m_log.get());
        QDBusConnection bus = QDBusConnection::sessionBus();
        return bus.registerObject(kPath, m_log.get()) && bus.registerService(kService);
    }
    void stopServing()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(kService);
        bus.unregisterObject(kPath);
    }

    // Like test::runIcpctl, but with this process's event loop running meanwhile: the fake
    // service lives here and must answer while icpctl waits for it.
    test::IcpctlRun run(const QStringList& arguments, const QList<std::pair<QString, QString>>& env = {})
    {
        QProcess process;
        process.setProcessEnvironment(
            test::environmentWith(env + QList<std::pair<QString, QString>>{{u"ICP_DB"_s, m_db}}));
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        process.start(test::icpctlProgram(), arguments);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        test::IcpctlRun result;
        if (process.state() != QProcess::NotRunning) {
            result.timedOut = true;
            process.kill();
            process.waitForFinished();
        }
        result.crashed = process.exitStatus() != QProcess::NormalExit || result.timedOut;
        result.exitCode = result.crashed ? -1 : process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static int blocks(const QString& summary) { return int(summary.count(u"\n* "_s)); }

private Q_SLOTS:
    void init()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus: run the tests inside dbus-run-session (scripts/test.sh)");
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(u"icp.sqlite"_s);
        QVERIFY(serve());
    }
    void cleanup()
    {
        stopServing();
        m_log.reset();
    }

    // The first stage of the renewal's ladder: notified once, on the desktop and in the summary.
    void remindsOnTheDesktopOnce()
    {
        QVERIFY(addLicence(u"京B2-20220001"_s).ok());
        const QDate due = day("2027-06-01").addDays(-90); // Licence::renewalDueOn
        const QDate stage =
            due.addDays(-ObligationLadder::forKind(ObligationKind::LicenceRenewal).days.constFirst());
        const QString asOf = stage.toString(Qt::ISODate);

        const test::IcpctlRun first = run({u"remind"_s, u"--as-of"_s, asOf});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.isEmpty(), qPrintable(first.err));
        QVERIFY2(first.out.contains(u"京B2-20220001"_s), qPrintable(first.out));
        const int given = blocks(first.out);
        QVERIFY(given >= 1);
        QCOMPARE(int(m_log->received.size()), given);
        bool renewal = false;
        for (const Notification& n : std::as_const(m_log->received)) {
            QVERIFY(!n.appName.isEmpty());
            QCOMPARE(n.urgency, 1); // nothing late yet
            renewal = renewal || (n.summary.contains(u"renew"_s) && n.summary.contains(u"京B2-20220001"_s));
        }
        QVERIFY2(renewal, "the renewal's first stage is on the desktop");

        // Again on the same day: nothing new, nobody disturbed; --quiet then prints nothing.
        const test::IcpctlRun again = run({u"remind"_s, u"--as-of"_s, asOf});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(blocks(again.out), 0);
        QVERIFY(again.out.contains(u"0 newly due"_s));
        const test::IcpctlRun quiet = run({u"remind"_s, u"--as-of"_s, asOf, u"--quiet"_s});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(quiet.out.isEmpty(), qPrintable(quiet.out));
        QCOMPARE(int(m_log->received.size()), given);
    }

    // A dry run tells what is due without recording or notifying; the real run then does both.
    void dryRunRecordsNothing()
    {
        QVERIFY(addLicence(u"京B2-20220002"_s).ok());
        const QString asOf = u"2027-02-01"_s; // 30 days before the last day to apply
        const test::IcpctlRun dry = run({u"remind"_s, u"--as-of"_s, asOf, u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.contains(u"dry run"_s));
        QVERIFY(blocks(dry.out) >= 1);
        QVERIFY(m_log->received.isEmpty());
        const test::IcpctlRun real = run({u"remind"_s, u"--as-of"_s, asOf});
        QCOMPARE(real.exitCode, 0);
        QCOMPARE(blocks(real.out), blocks(dry.out));
        QCOMPARE(int(m_log->received.size()), blocks(dry.out));
    }

    // Overdue reports are critical; more than five reminders end in one "N more".
    void lateOnesAreCriticalAndTheRestCounted()
    {
        // Three licences, each with last year's report unfiled (the engine derives only the latest
        // report owed: docs/obligations.md), its renewal and its expiry: nine reminders.
        for (const QString& number : {u"京B2-20220003"_s, u"京B2-20220004"_s, u"京B2-20220006"_s})
            QVERIFY(addLicence(number, {2025}).ok());
        const test::IcpctlRun r = run({u"remind"_s, u"--as-of"_s, u"2026-12-03"_s});
        QCOMPARE(r.exitCode, 0);
        const int given = blocks(r.out);
        QVERIFY2(given > 5, qPrintable(r.out));
        QCOMPARE(int(m_log->received.size()), 5);
        int critical = 0;
        for (qsizetype i = 0; i < 4; ++i)
            critical += m_log->received.at(i).urgency == 2 ? 1 : 0;
        QVERIFY(critical >= 1);
        QVERIFY2(m_log->received.constLast().summary.contains(u"%1 more"_s.arg(given - 4)),
                 qPrintable(m_log->received.constLast().summary));
    }

    // Without a notification service, or without a bus, it still runs, says so on stderr,
    // and the summary carries the reminders; the stage is spent either way.
    void runsWithoutANotificationService_data()
    {
        QTest::addColumn<bool>("noBus");
        QTest::newRow("no service on the bus") << false;
        QTest::newRow("no session bus") << true;
    }
    void runsWithoutANotificationService()
    {
        QFETCH(bool, noBus);
        stopServing();
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kService).value());
        QVERIFY(addLicence(u"京B2-20220004"_s).ok());
        QList<std::pair<QString, QString>> env;
        if (noBus)
            env.append({u"DBUS_SESSION_BUS_ADDRESS"_s, u"disabled:"_s});
        const test::IcpctlRun r = run({u"remind"_s, u"--as-of"_s, u"2027-03-03"_s}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"No desktop notification was shown"_s), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"京B2-20220004"_s), qPrintable(r.out));
        QVERIFY(m_log->received.isEmpty());
        const test::IcpctlRun again = run({u"remind"_s, u"--as-of"_s, u"2027-03-03"_s}, env);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(blocks(again.out), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("remind: bad day") << QStringList{u"remind"_s, u"--as-of"_s, u"2026-13-01"_s};
        QTest::newRow("remind: stray argument") << QStringList{u"remind"_s, u"now"_s};
        QTest::newRow("calendar: unknown kind") << QStringList{u"calendar"_s, u"--kind"_s, u"renewal"_s};
        QTest::newRow("calendar: bad day") << QStringList{u"calendar"_s, u"--as-of"_s, u"tomorrow"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const test::IcpctlRun r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(m_log->received.isEmpty());
    }

    // icpctl calendar writes what libical reads: one renewal for one licence with --kind.
    void calendarToAFile()
    {
        QVERIFY(addLicence(u"京B2-20220005"_s).ok());
        const QString file = m_dir->filePath(u"renewals.ics"_s);
        const test::IcpctlRun r = run({u"calendar"_s, u"--as-of"_s, u"2026-12-03"_s, u"--kind"_s,
                                       u"licence-renewal"_s, u"--output"_s, file});
        QCOMPARE(r.exitCode, 0);
        QFile ics(file);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray bytes = ics.readAll();
        icalcomponent* calendar = icalparser_parse_string(bytes.constData());
        QVERIFY(calendar);
        int count = 0;
        for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            ++count;
            QCOMPARE(QDate(icalcomponent_get_dtstart(e).year, icalcomponent_get_dtstart(e).month,
                           icalcomponent_get_dtstart(e).day),
                     day("2027-03-03"));
        }
        icalcomponent_free(calendar);
        QCOMPARE(count, 1);
        // To standard output when no file is named.
        const test::IcpctlRun out = run({u"calendar"_s, u"--as-of"_s, u"2026-12-03"_s});
        QCOMPARE(out.exitCode, 0);
        QVERIFY(out.out.startsWith(u"BEGIN:VCALENDAR"_s));
        QVERIFY(out.out.count(u"BEGIN:VEVENT"_s) >= 2);
    }
    // icpctl obligations --format ics is the same calendar, after the command's own filters: the
    // UIDs match `calendar`'s and --kind keeps only the renewal.
    void obligationsAsACalendar()
    {
        QVERIFY(addLicence(u"京B2-20220005"_s).ok());
        const test::IcpctlRun all = run({u"calendar"_s, u"--as-of"_s, u"2026-12-03"_s});
        const test::IcpctlRun r = run({u"obligations"_s, u"--as-of"_s, u"2026-12-03"_s, u"--format"_s,
                                       u"ics"_s, u"--kind"_s, u"licence-renewal"_s});
        QCOMPARE(r.exitCode, 0);
        const QByteArray bytes = r.out.toUtf8();
        icalcomponent* calendar = icalparser_parse_string(bytes.constData());
        QVERIFY(calendar);
        QStringList uids;
        for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
            uids.append(QString::fromUtf8(icalcomponent_get_uid(e)));
        icalcomponent_free(calendar);
        QCOMPARE(uids.size(), 1);
        QVERIFY2(all.out.contains(u"UID:"_s + uids.constFirst()), qPrintable(all.out));
    }
};

QTEST_GUILESS_MAIN(TestIcpctlRemind)
#include "tst_icpctl_remind.moc"
