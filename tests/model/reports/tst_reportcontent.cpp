// What the portfolio report says (docs/portfolio.md "Reports"), without a PDF: the summary's
// counts, the chart's month buckets across year ends, the grouping by entity and its order in
// the locale, the dates in the locale, and the obligations' CSV bytes.
#include "ReportFixtures.h"
#include "core/BeijingTime.h"
#include "reports/ObligationsCsv.h"
#include "reports/ReportContent.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

class TestReportContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryCounts()
    {
        const QList<Licence> licences{
            reportLicence(u"f1"_s, ApplicationKind::Filing, u"京ICP备2026000001号"_s, u"甲"_s),
            reportLicence(u"f2"_s, ApplicationKind::Filing, u"京ICP备2026000002号"_s, u"乙"_s),
            reportLicence(u"f3"_s, ApplicationKind::Filing, u"京ICP备2026000003号"_s, u"乙"_s,
                          LicenceStatus::Cancelled),
            reportLicence(u"l1"_s, ApplicationKind::Licence, u"京B2-20260001"_s, u"甲"_s),
            // Active on paper, but its expiry has passed: not counted as active.
            reportLicence(u"l2"_s, ApplicationKind::Licence, u"京B2-20210002"_s, u"甲"_s,
                          LicenceStatus::Active, QDate(2026, 12, 2)),
            reportLicence(u"l3"_s, ApplicationKind::Licence, u"京B2-20260003"_s, u"乙"_s,
                          LicenceStatus::Revoked),
        };
        const QDate asOf(2026, 12, 3);
        const QList<Obligation> obligations{
            reportObligation(ObligationKind::LicenceExpiry, u"a"_s, u"甲"_s, asOf, ObligationState::DueSoon),
            reportObligation(ObligationKind::LicenceExpiry, u"b"_s, u"甲"_s, asOf.addDays(30)),
            reportObligation(ObligationKind::DomainExpiry, u"c"_s, u"甲"_s, asOf.addDays(31)),
            reportObligation(ObligationKind::IdExpiry, u"d"_s, u"乙"_s, asOf.addDays(60)),
            reportObligation(ObligationKind::DomainExpiry, u"e"_s, u"乙"_s, asOf.addDays(90)),
            reportObligation(ObligationKind::LicenceExpiry, u"f"_s, u"乙"_s, asOf.addDays(91)),
            // Not expiries: deadlines, counted as overdue / missed only.
            reportObligation(ObligationKind::LicenceRenewal, u"g"_s, u"甲"_s, asOf.addDays(10)),
            reportObligation(ObligationKind::PsbFiling, u"h"_s, u"乙"_s, asOf.addDays(-3),
                             ObligationState::Overdue),
            reportObligation(ObligationKind::DomainExpiry, u"i"_s, u"乙"_s, asOf.addDays(-1),
                             ObligationState::Overdue),
            reportObligation(ObligationKind::LicenceRenewal, u"j"_s, u"甲"_s, asOf.addDays(-5),
                             ObligationState::Missed),
        };
        const PortfolioReport report = buildPortfolioReport(licences, obligations, reportNow(),
                                                            QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(report.asOf, asOf);
        QCOMPARE(report.summary.activeFilings, 2);
        QCOMPARE(report.summary.activeLicences, 1);
        QCOMPARE(report.summary.expiringWithin[0], 2); // a (today), b (30 days)
        QCOMPARE(report.summary.expiringWithin[1], 4); // … c (31), d (60)
        QCOMPARE(report.summary.expiringWithin[2], 5); // … e (90); f (91) is beyond
        QCOMPARE(report.summary.overdue, 2);
        QCOMPARE(report.summary.missed, 1);
        QCOMPARE(report.summary.obligations, int(obligations.size()));
        QCOMPARE(report.obligations.size(), obligations.size());
        for (qsizetype i = 1; i < report.obligations.size(); ++i)
            QVERIFY(report.obligations[i - 1].dueDate() <= report.obligations[i].dueDate());
    }

    void monthBuckets_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("bucket"); // -1: outside the 24 months
        QTest::addColumn<bool>("expiry");
        const int expiry = int(ObligationKind::DomainExpiry);
        const int deadline = int(ObligationKind::AnnualReport);
        const QDate december(2026, 12, 3);
        QTest::newRow("the first day of the current month")
            << december << QDate(2026, 12, 1) << expiry << 0 << true;
        QTest::newRow("the year's last day") << december << QDate(2026, 12, 31) << deadline << 0 << false;
        QTest::newRow("1 January: the next year's first month")
            << december << QDate(2027, 1, 1) << expiry << 1 << true;
        QTest::newRow("31 March of the next year")
            << december << QDate(2027, 3, 31) << deadline << 3 << false;
        QTest::newRow("the 24th month") << december << QDate(2028, 11, 30) << expiry << 23 << true;
        QTest::newRow("the 25th month is beyond") << december << QDate(2028, 12, 1) << expiry << -1 << true;
        QTest::newRow("the month before") << december << QDate(2026, 11, 30) << deadline << -1 << false;
        QTest::newRow("29 February of a leap year")
            << QDate(2027, 6, 15) << QDate(2028, 2, 29) << deadline << 8 << false;
        QTest::newRow("from January, December is month 12")
            << QDate(2027, 1, 31) << QDate(2027, 12, 31) << expiry << 11 << true;
    }
    void monthBuckets()
    {
        QFETCH(QDate, asOf);
        QFETCH(QDate, due);
        QFETCH(int, kind);
        QFETCH(int, bucket);
        QFETCH(bool, expiry);
        const QList<Obligation> obligations{
            reportObligation(ObligationKind(kind), u"京ICP备2026000001号"_s, u"甲"_s, due)};
        const PortfolioReport report =
            buildPortfolioReport({}, obligations, beijing::startOfDay(asOf), QLocale(QLocale::English));
        QCOMPARE(report.months.size(), kReportMonths);
        QCOMPARE(report.months.constFirst().month, QDate(asOf.year(), asOf.month(), 1));
        for (qsizetype i = 1; i < report.months.size(); ++i)
            QCOMPARE(report.months[i].month, report.months[i - 1].month.addMonths(1));
        for (qsizetype i = 0; i < report.months.size(); ++i) {
            const ReportMonth& m = report.months[i];
            QCOMPARE(m.total(), i == bucket ? 1 : 0);
            if (i == bucket)
                QCOMPARE(m.expiries, expiry ? 1 : 0);
        }
    }

    void groupsByEntity()
    {
        const QList<Licence> licences{
            reportLicence(u"1"_s, ApplicationKind::Licence, u"京B2-20260010"_s, u"北京甲网络有限公司"_s),
            reportLicence(u"2"_s, ApplicationKind::Filing, u"京ICP备2026000002号"_s, u"上海乙科技有限公司"_s),
            reportLicence(u"3"_s, ApplicationKind::Filing, u"京ICP备2026000001号"_s,
                          u" 北京甲网络有限公司 "_s),
            reportLicence(u"4"_s, ApplicationKind::Filing, u"京ICP备2026000009号"_s, QString()),
        };
        const QList<Obligation> obligations{
            reportObligation(ObligationKind::AnnualReport, u"京B2-20260010"_s, u"北京甲网络有限公司"_s,
                             QDate(2027, 3, 31)),
            reportObligation(ObligationKind::PsbFiling, u"京ICP备2026000002号-1"_s, u"上海乙科技有限公司"_s,
                             QDate(2027, 1, 2)),
            // An open application: an entity with obligations and no record yet.
            reportObligation(ObligationKind::SmsVerification, u"app-7"_s, u"天津丙信息有限公司"_s,
                             QDate(2026, 12, 4)),
        };
        const PortfolioReport report = buildPortfolioReport(licences, obligations, reportNow(),
                                                            QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(report.entities.size(), 4);
        const ReportEntity& beijing = report.entities[0];
        QCOMPARE(beijing.name, u"北京甲网络有限公司"_s);
        QCOMPARE(beijing.records.size(), 2);
        // Records by number in the locale's order: 京B2-… before 京ICP….
        QCOMPARE(beijing.records[0].number, u"京B2-20260010"_s);
        QCOMPARE(beijing.records[1].number, u"京ICP备2026000001号"_s);
        QCOMPARE(beijing.obligations.size(), 1);
        QCOMPARE(report.entities[1].name, u"上海乙科技有限公司"_s);
        QCOMPARE(report.entities[1].obligations.size(), 1);
        QCOMPARE(report.entities[2].name, u"天津丙信息有限公司"_s);
        QVERIFY(report.entities[2].records.isEmpty());
        QCOMPARE(report.entities[2].obligations.size(), 1);
        QVERIFY(report.entities[3].name.isEmpty()); // the records without an entity, last
        QCOMPARE(report.entities[3].records.size(), 1);
    }

    void entitiesInTheLocalesOrder_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("expected");
        // Pinyin in Chinese (bei, shang, tian); the root collation orders Han by code point
        // (上 U+4E0A, 北 U+5317, 天 U+5929).
        QTest::newRow("zh_CN: pinyin")
            << QLocale(QLocale::Chinese, QLocale::China) << QStringList{u"北京"_s, u"上海"_s, u"天津"_s};
        QTest::newRow("en_US: code points for Han") << QLocale(QLocale::English, QLocale::UnitedStates)
                                                    << QStringList{u"上海"_s, u"北京"_s, u"天津"_s};
        QTest::newRow("en_US: letters ignore case")
            << QLocale(QLocale::English, QLocale::UnitedStates)
            << QStringList{u"alpha Ltd"_s, u"Beta Ltd"_s, u"gamma Ltd"_s};
    }
    void entitiesInTheLocalesOrder()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, expected);
        QList<Licence> licences;
        for (qsizetype i = expected.size() - 1; i >= 0; --i)
            licences.append(reportLicence(QString::number(i), ApplicationKind::Filing,
                                          u"京ICP备202600000%1号"_s.arg(i), expected[i]));
        const PortfolioReport report = buildPortfolioReport(licences, {}, reportNow(), locale);
        QStringList names;
        for (const ReportEntity& e : report.entities)
            names.append(e.name);
        QCOMPARE(names, expected);
    }

    void datesInTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US, with the century")
            << QLocale(QLocale::English, QLocale::UnitedStates) << u"3/9/2027"_s;
        QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China) << u"2027/3/9"_s;
    }
    void datesInTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(reportDate(locale, QDate(2027, 3, 9)), expected);
        Obligation sms = reportObligation(ObligationKind::SmsVerification, u"app"_s, u"甲"_s, {});
        sms.dueAt = QDateTime(QDate(2027, 3, 8), QTime(23, 30), Qt::UTC); // 07:30 in Beijing
        QCOMPARE(reportDue(locale, sms), expected + u" 07:30"_s);
    }

    void obligationsCsvBytes()
    {
        Obligation plain = reportObligation(ObligationKind::AnnualReport, u"京B2-20260010"_s,
                                            u"北京甲网络有限公司"_s, QDate(2027, 3, 31));
        plain.note = u"File it in Q1"_s;
        Obligation awkward =
            reportObligation(ObligationKind::DomainExpiry, u"example.cn"_s, u"Acme, \"Ltd\""_s,
                             QDate(2027, 1, 2), ObligationState::Overdue);
        awkward.owner = QString();
        awkward.note = u"renew it\nor decide to cancel"_s;
        const QByteArray csv = obligationsCsv({plain, awkward});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines.value(0), QByteArray("id,kind,subject,entity,dueOn,state,owner,rule,note\r"));
        QCOMPARE(QString::fromUtf8(lines.value(1)),
                 plain.id +
                     u",annual-report,京B2-20260010,北京甲网络有限公司,2027-03-31,upcoming,Zhou Lan,LIC-006,"
                     u"File it in Q1\r"_s);
        // Commas and quotes quoted, quotes doubled; the line break stays inside the quotes.
        QCOMPARE(QString::fromUtf8(lines.value(2) + '\n' + lines.value(3)),
                 awkward.id + u",domain-expiry,example.cn,\"Acme, \"\"Ltd\"\"\",2027-01-02,overdue,,LIC-006,"
                              u"\"renew it\nor decide to cancel\"\r"_s);
        QCOMPARE(lines.size(), 5); // the last CRLF ends the file
        QVERIFY(lines.constLast().isEmpty());
        QCOMPARE(obligationsCsv({}),
                 QByteArray("\xEF\xBB\xBFid,kind,subject,entity,dueOn,state,owner,rule,note\r\n"));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"obligations.csv"_s);
        QVERIFY(writeObligationsCsv({plain, awkward}, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), csv);
        const Status refused = writeObligationsCsv({plain}, dir.filePath(u"missing/obligations.csv"_s));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"missing/obligations.csv"_s));
    }
};

QTEST_GUILESS_MAIN(TestReportContent)
#include "tst_reportcontent.moc"
