#include "sync/BackendUrl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp::sync;

class TestBackendUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpsIsRequiredExceptOnLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code"); // empty = accepted
        QTest::newRow("https to a remote host is accepted")
            << u"https://filing.example.com/api"_s << QString();
        QTest::newRow("http to 127.0.0.1 is accepted") << u"http://127.0.0.1:8480"_s << QString();
        QTest::newRow("http to another loopback address is accepted")
            << u"http://127.0.0.2:8480"_s << QString();
        QTest::newRow("http to localhost is accepted") << u"http://localhost:8480"_s << QString();
        QTest::newRow("http to ::1 is accepted") << u"http://[::1]:8480"_s << QString();
        QTest::newRow("http to a remote host is insecure")
            << u"http://filing.example.com"_s << u"backend.insecure"_s;
        QTest::newRow("http to a LAN address is insecure")
            << u"http://192.168.1.10:8480"_s << u"backend.insecure"_s;
        QTest::newRow("a host name looking like localhost is insecure")
            << u"http://localhost.example.com"_s << u"backend.insecure"_s;
        QTest::newRow("ftp is not a backend address") << u"ftp://example.com"_s << u"backend.url"_s;
        QTest::newRow("a bare host name is not a backend address") << u"example.com"_s << u"backend.url"_s;
        QTest::newRow("an empty address is refused") << QString() << u"backend.url"_s;
    }
    void httpsIsRequiredExceptOnLoopback()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        const auto checked = checkBackendUrl(url);
        if (code.isEmpty()) {
            QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message));
        } else {
            QVERIFY(!checked.ok());
            QCOMPARE(checked.error().code, code);
            QVERIFY(!checked.error().message.isEmpty());
        }
    }

    void equivalentSpellingsShareOneKey()
    {
        const QString a = backendKey(checkBackendUrl(u"https://Filing.Example.com:443/api/"_s).value());
        const QString b = backendKey(checkBackendUrl(u"https://filing.example.com/api"_s).value());
        QCOMPARE(a, b);
        QCOMPARE(a, u"https://filing.example.com/api"_s);
        QVERIFY(backendKey(checkBackendUrl(u"https://filing.example.com:8443"_s).value()) != b);
    }
};

QTEST_GUILESS_MAIN(TestBackendUrl)
#include "tst_backendurl.moc"
