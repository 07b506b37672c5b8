#include "sync/RetryPolicy.h"

#include <QRandomGenerator>
#include <QTest>

using namespace icp::sync;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delayGrowsExponentiallyWithJitter_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::newRow("after the first failure: 0.5–1 s") << 1 << qint64(500) << qint64(1000);
        QTest::newRow("after the second failure: 1–2 s") << 2 << qint64(1000) << qint64(2000);
        QTest::newRow("after the fifth failure: 8–16 s") << 5 << qint64(8000) << qint64(16000);
        QTest::newRow("after many failures the 5 min cap holds") << 40 << qint64(150000) << qint64(300000);
    }
    void delayGrowsExponentiallyWithJitter()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        RetryPolicy policy;
        QRandomGenerator random(1);
        QSet<qint64> distinct;
        for (int i = 0; i < 200; ++i) {
            const qint64 d = policy.delayMs(attempt, std::nullopt, random);
            QVERIFY2(d >= low && d <= high, qPrintable(QString::number(d)));
            distinct.insert(d);
        }
        QVERIFY2(distinct.size() > 20, "no jitter");
    }

    void retryAfterIsAFloor_data()
    {
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<qint64>("minimum");
        QTest::newRow("Retry-After 30 s outweighs a 1 s backoff") << 30 << qint64(30000);
        QTest::newRow("Retry-After 0 leaves the backoff") << 0 << qint64(500);
    }
    void retryAfterIsAFloor()
    {
        QFETCH(int, retryAfter);
        QFETCH(qint64, minimum);
        RetryPolicy policy;
        QRandomGenerator random(2);
        for (int i = 0; i < 50; ++i)
            QVERIFY(policy.delayMs(1, retryAfter, random) >= minimum);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
