// Granted licence records (docs/regulations.md §1.3, §8.2, R38, R40): a renewal missed at the
// 90-day mark is lost, an annual report after 31 March is late, and a B1 licence is not a B2
// licence.
#include "domain/Licence.h"
#include "rules/RuleSet.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

struct Report
{
    int year;
    QDate filedOn;
};

} // namespace

Q_DECLARE_METATYPE(QList<Report>)

class TestLicenceRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void record_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<QList<Report>>("reports");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<int>("severity"); // -1: absent
        QTest::addColumn<QString>("says"); // part of the message, when present

        const QString n = u"浙B2-20230001"_s;
        const QStringList b25 = {u"B25"_s};
        // Issued 2023-05-01, expires 2028-05-01: the last day to apply for renewal is 2028-02-01.
        const QList<Report> onTime = {{2023, QDate(2024, 3, 20)},
                                      {2024, QDate(2025, 3, 31)},
                                      {2025, QDate(2026, 2, 1)},
                                      {2026, QDate(2027, 3, 1)},
                                      {2027, QDate(2028, 1, 15)}};

        // §1.3: renewal at least 90 days before expiry, else refused.
        QTest::newRow("LIC-006 the day after the 90-day mark: the right to renew is lost")
            << n << b25 << onTime << QDate(2028, 2, 2) << u"LIC-006"_s << int(Severity::Warning)
            << u"right to renew is lost"_s;
        QTest::newRow("LIC-006 after the mark it asks for a new licence, not a renewal")
            << n << b25 << onTime << QDate(2028, 4, 1) << u"LIC-006"_s << int(Severity::Warning)
            << u"new licence application"_s;
        QTest::newRow("LIC-006 on the 90-day mark it is still a reminder")
            << n << b25 << onTime << QDate(2028, 2, 1) << u"LIC-006"_s << int(Severity::Info)
            << u"by 2028-02-01"_s;
        QTest::newRow("LIC-006 the reminder says a later renewal is refused")
            << n << b25 << onTime << QDate(2027, 12, 20) << u"LIC-006"_s << int(Severity::Info)
            << u"refused"_s;

        // §1.3: annual reports by 31 March; a report filed after it is late, not on time.
        QTest::newRow("LIC-007 a report filed on 31 March is on time")
            << n << b25 << onTime << QDate(2026, 6, 1) << u"LIC-007"_s << -1 << QString();
        QList<Report> late = onTime;
        late[1].filedOn = QDate(2025, 4, 15);
        QTest::newRow("LIC-007 a report filed on 15 April is late, with its date")
            << n << b25 << late << QDate(2026, 6, 1) << u"LIC-007"_s << int(Severity::Warning)
            << u"filed late, on 2025-04-15"_s;
        late[1].filedOn = QDate(2025, 4, 1);
        QTest::newRow("LIC-007 a report filed on 1 April is late")
            << n << b25 << late << QDate(2026, 6, 1) << u"LIC-007"_s << int(Severity::Warning)
            << u"due by 2025-03-31"_s;

        // §8.2: B11–B14 are category B1, B21–B26 category B2.
        QTest::newRow("LIC-010 a B1 number does not cover information services (B25)")
            << u"京B1-20230001"_s << b25 << onTime << QDate(2026, 6, 1) << u"LIC-010"_s
            << int(Severity::Blocking) << u"B25"_s;
        QTest::newRow("LIC-010 a B2 number does not cover a data centre (B11)")
            << n << QStringList{u"B11"_s} << onTime << QDate(2026, 6, 1) << u"LIC-010"_s
            << int(Severity::Blocking) << u"B11"_s;
        QTest::newRow("LIC-010 a B1 number covers a data centre and a CDN")
            << u"京B1-20230001"_s << QStringList{u"B11"_s, u"B12"_s} << onTime << QDate(2026, 6, 1)
            << u"LIC-010"_s << -1 << QString();
        QTest::newRow("LIC-010 a B1.B2 number covers B11 and B25")
            << u"沪B1.B2-20230001"_s << QStringList{u"B11"_s, u"B25"_s} << onTime << QDate(2026, 6, 1)
            << u"LIC-010"_s << -1 << QString();
        QTest::newRow("LIC-010 a B2 number covers a call centre (B24)")
            << n << QStringList{u"B24"_s} << onTime << QDate(2026, 6, 1) << u"LIC-010"_s << -1 << QString();
        QTest::newRow("LIC-010 operational e-commerce (B21-EC) is category B2")
            << u"京B1-20230001"_s << QStringList{u"B21-EC"_s} << onTime << QDate(2026, 6, 1) << u"LIC-010"_s
            << int(Severity::Blocking) << u"B21-EC"_s;
        QTest::newRow("LIC-010 the Beijing ICP licence counts as B2")
            << u"京ICP证030173号"_s << b25 << onTime << QDate(2026, 6, 1) << u"LIC-010"_s << -1 << QString();
        QTest::newRow("LIC-008 沪B3 is not a licence number")
            << u"沪B3-20230001"_s << b25 << onTime << QDate(2026, 6, 1) << u"LIC-008"_s
            << int(Severity::Blocking) << u"B3"_s;
    }

    void record()
    {
        QFETCH(QString, number);
        QFETCH(QStringList, services);
        QFETCH(QList<Report>, reports);
        QFETCH(QDate, asOf);
        QFETCH(QString, ruleId);
        QFETCH(int, severity);
        QFETCH(QString, says);
        Licence licence;
        licence.id = u"licence-1"_s;
        licence.kind = ApplicationKind::Licence;
        licence.number = number;
        licence.services = services;
        licence.issuedOn = QDate(2023, 5, 1);
        licence.expiresOn = QDate(2028, 5, 1);
        for (const Report& r : reports)
            licence.annualReports.append(AnnualReport{r.year, r.filedOn});
        const QList<Finding> findings = RuleSet::standard().evaluateLicence(licence, asOf);
        QStringList all;
        QList<Finding> matching;
        for (const Finding& f : findings) {
            all.append(f.ruleId + u' ' + f.message);
            if (f.ruleId == ruleId)
                matching.append(f);
        }
        if (severity < 0) {
            QVERIFY2(matching.isEmpty(), qPrintable(all.join(u'\n')));
            return;
        }
        bool found = false;
        for (const Finding& f : matching)
            found = found || (int(f.severity) == severity && f.message.contains(says));
        QVERIFY2(found, qPrintable(all.join(u'\n')));
        // §1.3: once the renewal window is missed, the finding never says "apply now".
        for (const Finding& f : matching)
            QVERIFY2(!f.message.contains(u"now"_s) || ruleId != u"LIC-006"_s, qPrintable(f.message));
    }
};

QTEST_GUILESS_MAIN(TestLicenceRecord)
#include "tst_licencerecord.moc"
