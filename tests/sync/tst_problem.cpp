#include "sync/Problem.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp::sync;

class TestProblem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problemJsonIsParsed()
    {
        const QByteArray body =
            R"({"type":"/v1/problems/dossier.invalid","title":"Invalid dossier","status":422,
            "code":"dossier.invalid","detail":"bad","fieldErrors":[{"field":"$.application.kind","code":"dossier.enum",
            "message":"unknown kind"}]})";
        const Problem p = Problem::fromBody(422, body);
        QCOMPARE(p.code, u"dossier.invalid"_s);
        QCOMPARE(p.detail, u"bad"_s);
        QCOMPARE(p.fieldErrors.size(), 1);
        QCOMPARE(p.fieldErrors[0].field, u"$.application.kind"_s);
        QVERIFY(p.message().contains(u"unknown kind"_s));
        QCOMPARE(Problem::fromBody(502, "<html>").code, u"http.502"_s);
    }

    void onlyTransientFailuresAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("500 is retried") << 500 << u"server.error"_s << true;
        QTest::newRow("503 is retried") << 503 << u"server.unavailable"_s << true;
        QTest::newRow("429 is retried") << 429 << u"rate-limited"_s << true;
        QTest::newRow("408 is retried") << 408 << u"http.408"_s << true;
        QTest::newRow("409 is retried") << 409 << u"application.state"_s << true;
        QTest::newRow("400 is not retried") << 400 << u"request.malformed"_s << false;
        QTest::newRow("401 is not retried") << 401 << u"auth.invalid"_s << false;
        QTest::newRow("404 is not retried") << 404 << u"application.not-found"_s << false;
        QTest::newRow("422 is not retried") << 422 << u"dossier.invalid"_s << false;
        QTest::newRow("a timeout is retried") << 0 << u"network.timeout"_s << true;
        QTest::newRow("a dropped connection is retried") << 0 << u"network.closed"_s << true;
        QTest::newRow("a TLS error is not retried") << 0 << u"tls.error"_s << false;
        QTest::newRow("an insecure transport is not retried") << 0 << u"transport.insecure"_s << false;
    }
    void onlyTransientFailuresAreRetried()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        Problem p;
        p.httpStatus = status;
        p.code = code;
        QCOMPARE(p.retryable(), retryable);
    }

    void retryAfterIsReadAsSecondsOrDate_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high"); // -1 = no value
        QTest::newRow("delta seconds") << QByteArray("120") << 120 << 120;
        QTest::newRow("a date in the past is zero") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 0 << 0;
        QTest::newRow("garbage is ignored") << QByteArray("soon") << -1 << -1;
        QTest::newRow("absent is no value") << QByteArray() << -1 << -1;
    }
    void retryAfterIsReadAsSecondsOrDate()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, low);
        QFETCH(int, high);
        const std::optional<int> v = Problem::parseRetryAfter(header);
        if (high < 0) {
            QVERIFY(!v.has_value());
        } else {
            QVERIFY(v.has_value());
            QVERIFY(*v >= low && *v <= high);
        }
    }
};

QTEST_GUILESS_MAIN(TestProblem)
#include "tst_problem.moc"
