#include "sync/StatusMapping.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::sync;

class TestStatusMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWireStatusFitsTheFourSteps_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<ApplicationStatus>("local");
        QTest::addColumn<int>("step");
        QTest::newRow("draft is step 1") << u"draft"_s << QString() << ApplicationStatus::Draft << 1;
        QTest::newRow("received stays queued in step 2")
            << u"received"_s << QString() << ApplicationStatus::Queued << 2;
        QTest::newRow("provider review")
            << u"provider_review"_s << QString() << ApplicationStatus::ProviderReview << 3;
        QTest::newRow("identity check")
            << u"identity_check"_s << QString() << ApplicationStatus::IdentityCheck << 3;
        QTest::newRow("SMS pending") << u"sms_pending"_s << QString() << ApplicationStatus::SmsPending << 3;
        QTest::newRow("authority review")
            << u"authority_review"_s << QString() << ApplicationStatus::AuthorityReview << 3;
        QTest::newRow("authority rejected")
            << u"authority_rejected"_s << QString() << ApplicationStatus::AuthorityRejected << 3;
        QTest::newRow("returned by the rules is rejected by the provider")
            << u"returned"_s << u"rules"_s << ApplicationStatus::ProviderRejected << 3;
        QTest::newRow("returned after the SMS deadline is returned")
            << u"returned"_s << u"sms_timeout"_s << ApplicationStatus::Returned << 3;
        QTest::newRow("granted is step 4") << u"granted"_s << QString() << ApplicationStatus::Granted << 4;
        QTest::newRow("withdrawn ends") << u"withdrawn"_s << QString() << ApplicationStatus::Withdrawn << 3;
        QTest::newRow("cancelled ends as withdrawn")
            << u"cancelled"_s << QString() << ApplicationStatus::Withdrawn << 3;
        QTest::newRow("an expired order ends")
            << u"expired_order"_s << QString() << ApplicationStatus::Expired << 3;
    }
    void everyWireStatusFitsTheFourSteps()
    {
        QFETCH(QString, wire);
        QFETCH(QString, cause);
        QFETCH(ApplicationStatus, local);
        QFETCH(int, step);
        const std::optional<ApplicationStatus> mapped = statusFromWire(wire, cause);
        QVERIFY(mapped.has_value());
        QCOMPARE(*mapped, local);
        QCOMPARE(wizardStep(*mapped), step);
    }

    void unknownStatusesAreNotGuessed()
    {
        QVERIFY(!statusFromWire(u"approved"_s).has_value());
        QVERIFY(!statusFromWire(u"Granted"_s).has_value());
    }
};

QTEST_GUILESS_MAIN(TestStatusMapping)
#include "tst_statusmapping.moc"
