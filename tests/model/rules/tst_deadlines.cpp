#include "RulesFixture.h"
#include "core/BeijingTime.h"
#include "rules/RuleSet.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;

// Deadlines run on Beijing time (docs/regulations.md §11): the calendar day of an instant
// is its day in Beijing, and the 24-hour SMS window is compared instant to instant.
namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QLatin1StringView(iso), Qt::ISODate).toUTC();
}

Application smsPendingSince(const QDateTime& sent)
{
    Application app = fixture::organisation();
    app.status = ApplicationStatus::SmsPending;
    app.history.append(StatusChange{ApplicationStatus::SmsPending, sent, {}});
    app.updatedAt = sent;
    return app;
}

std::optional<Finding> findingOf(const QList<Finding>& findings, const QString& ruleId)
{
    for (const Finding& f : findings) {
        if (f.ruleId == ruleId)
            return f;
    }
    return std::nullopt;
}

} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void beijingZone()
    {
        QVERIFY(beijing::zone().isValid());
        const QDateTime instant = utc("2026-12-03T12:00:00Z");
        QCOMPARE(beijing::zone().offsetFromUtc(instant), 8 * 3600);
        // With or without tzdata the answer is the same: the fixed UTC+8 fallback agrees
        // with Asia/Shanghai on every instant since China's last daylight saving (1991).
        const QTimeZone fixed(8 * 3600);
        for (const char* iso : {"1992-01-01T00:00:00Z", "2024-07-01T03:00:00Z", "2026-12-02T16:00:00Z",
                                "2099-06-30T23:59:00Z"}) {
            QCOMPARE(beijing::zone().offsetFromUtc(utc(iso)), fixed.offsetFromUtc(utc(iso)));
        }
        if (!beijing::hasTimeZoneDatabase())
            qInfo("no tzdata here: Beijing time is the fixed UTC+8 fallback");
    }

    void dayOfAnInstant_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<QDate>("day");
        QTest::newRow("15:59 UTC is 23:59 in Beijing, same day")
            << utc("2026-12-02T15:59:00Z") << QDate(2026, 12, 2);
        QTest::newRow("16:00 UTC is midnight in Beijing, next day")
            << utc("2026-12-02T16:00:00Z") << QDate(2026, 12, 3);
        QTest::newRow("23:59 UTC is already the next day in Beijing")
            << utc("2026-12-02T23:59:00Z") << QDate(2026, 12, 3);
        QTest::newRow("00:01 UTC is 08:01 in Beijing") << utc("2026-12-03T00:01:00Z") << QDate(2026, 12, 3);
        QTest::newRow("null stays null") << QDateTime() << QDate();
    }
    void dayOfAnInstant()
    {
        QFETCH(QDateTime, instant);
        QFETCH(QDate, day);
        QCOMPARE(beijing::dateOf(instant), day);
    }

    void startOfDayIsMidnightInBeijing()
    {
        QCOMPARE(beijing::startOfDay(QDate(2026, 12, 3)).toUTC(), utc("2026-12-02T16:00:00Z"));
        QCOMPARE(beijing::formatMinutes(utc("2026-12-02T15:30:00Z")), u"2026-12-02 23:30"_s);
        QVERIFY(qAbs(beijing::now().secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(beijing::today(), beijing::dateOf(QDateTime::currentDateTimeUtc()));
    }

    // ORD-005 (R32): sent at 23:30 Beijing time on 2026-12-02, due at 23:30 on 2026-12-03.
    void smsWindowAtAnInstant_data()
    {
        QTest::addColumn<QDateTime>("sent");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("due");
        const QDateTime sent = utc("2026-12-02T15:30:00Z");
        QTest::newRow("just after midnight UTC, open")
            << sent << utc("2026-12-03T00:01:00Z") << int(Severity::Info)
            << u"2026-12-03 23:30 Beijing time"_s;
        QTest::newRow("one minute before the deadline, open")
            << sent << utc("2026-12-03T15:29:00Z") << int(Severity::Info)
            << u"2026-12-03 23:30 Beijing time"_s;
        QTest::newRow("one minute after the deadline, passed")
            << sent << utc("2026-12-03T15:31:00Z") << int(Severity::Warning)
            << u"2026-12-03 23:30 Beijing time"_s;
        // Sent at 07:00 Beijing time: due at 07:00 the next Beijing day, although that is
        // still the previous day in UTC.
        QTest::newRow("00:30 Beijing time before a 07:00 deadline, open")
            << utc("2026-12-02T23:00:00Z") << utc("2026-12-03T16:30:00Z") << int(Severity::Info)
            << u"2026-12-04 07:00 Beijing time"_s;
    }
    void smsWindowAtAnInstant()
    {
        QFETCH(QDateTime, sent);
        QFETCH(QDateTime, now);
        QFETCH(int, severity);
        QFETCH(QString, due);
        const auto f = findingOf(RuleSet::standard().evaluateAt(smsPendingSince(sent), now), u"ORD-005"_s);
        QVERIFY(f.has_value());
        QCOMPARE(int(f->severity), severity);
        QVERIFY2(f->message.contains(due), qPrintable(f->message));
    }

    // With a day only (icpctl check --as-of), the window is compared with 00:00 Beijing time.
    void smsWindowOnADay()
    {
        const Application app = smsPendingSince(utc("2026-12-02T23:00:00Z")); // due 2026-12-04 07:00 Beijing
        const auto open = findingOf(RuleSet::standard().evaluate(app, QDate(2026, 12, 4)), u"ORD-005"_s);
        QVERIFY(open.has_value());
        QCOMPARE(open->severity, Severity::Info);
        const auto passed = findingOf(RuleSet::standard().evaluate(app, QDate(2026, 12, 5)), u"ORD-005"_s);
        QVERIFY(passed.has_value());
        QCOMPARE(passed->severity, Severity::Warning);
    }

    // A working-day count through a year without a holiday table says it is approximate.
    void uncoveredYearIsSaid()
    {
        Application app = fixture::organisation();
        app.websites[0].domains[0].realNameVerifiedOn = QDate(2099, 10, 1);
        app.websites[0].domains[0].expiresOn = QDate(2101, 1, 1);
        app.plannedSubmission = QDate(2099, 10, 2);
        const auto approximate = findingOf(RuleSet::standard().evaluate(app, fixture::asOf()), u"DOM-007"_s);
        QVERIFY(approximate.has_value());
        QVERIFY2(approximate->message.contains(u"2099"_s) && approximate->message.contains(u"approximate"_s),
                 qPrintable(approximate->message));
        QVERIFY2(approximate->message.contains(u"Submit on 2099-10-06"_s), qPrintable(approximate->message));

        app.websites[0].domains[0].realNameVerifiedOn = QDate(2026, 9, 30);
        app.plannedSubmission = QDate(2026, 10, 8);
        const auto exact = findingOf(RuleSet::standard().evaluate(app, fixture::asOf()), u"DOM-007"_s);
        QVERIFY(exact.has_value());
        QVERIFY2(!exact->message.contains(u"approximate"_s), qPrintable(exact->message));
        QVERIFY2(exact->message.contains(u"Submit on 2026-10-10"_s), qPrintable(exact->message));

        Application review = fixture::organisation();
        review.status = ApplicationStatus::AuthorityReview;
        review.history.append(
            StatusChange{ApplicationStatus::AuthorityReview, utc("2099-01-05T02:00:00Z"), {}});
        const auto sla = findingOf(RuleSet::standard().evaluate(review, QDate(2099, 3, 2)), u"ORD-006"_s);
        QVERIFY(sla.has_value());
        QVERIFY2(sla->message.contains(u"approximate"_s), qPrintable(sla->message));
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
