// Backend tokens live in the OS keychain (QtKeychain → gnome-keyring under
// dbus-run-session in CI): stored, read back, used by `icpctl sync`, and provably absent
// from every file the application and the backend wrote. Without a keychain the user
// gets a clear message and nothing is written in plaintext instead.
#include "BackendProcess.h"
#include "EventLoopWatch.h"
#include "Icpctl.h"
#include "StoredDocuments.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "sync/CredentialStore.h"

#include <QDirIterator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::sync;

namespace {

// Files under `root` whose bytes contain `needle` (any of its encodings we write).
QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (bytes.contains(needle) || bytes.contains(QString::fromUtf8(needle).toUtf8().toBase64()) ||
            bytes.contains(
                QByteArray::fromRawData(reinterpret_cast<const char*>(QString::fromUtf8(needle).utf16()),
                                        QString::fromUtf8(needle).size() * 2)))
            hits.append(path);
    }
    return hits;
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

    bool m_required = false;

private Q_SLOTS:
    void initTestCase()
    {
        m_required = !qEnvironmentVariableIsEmpty("ICP_REQUIRE_KEYCHAIN");
        // No session bus: fail fast instead of letting libsecret try to autolaunch one
        // (docs/toolchain.md §4: that can hang on a prompt).
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    }

    void tokenIsKeptOnlyInTheKeychain()
    {
        test::BackendProcess backend(QString::fromUtf8(ICP_BACKEND_PATH));
        const QString started = backend.start({u"--as-of"_s, u"2026-11-29"_s});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString token = backend.token();
        const QUrl url = backend.url();

        const CredentialStore store(5000);
        const QFuture<Status> writing = store.writeToken(url, token);
        QVERIFY(test::settles(writing));
        const Status written = writing.result();
        if (!written) {
            if (m_required)
                QFAIL(qPrintable(u"ICP_REQUIRE_KEYCHAIN is set but the keychain failed: "_s +
                                 written.error().message));
            QSKIP(qPrintable(u"no keychain: "_s + written.error().message));
        }
        const QFuture<Result<std::optional<QString>>> reading = store.readToken(url);
        QVERIFY(test::settles(reading));
        const Result<std::optional<QString>> read = reading.result();
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QVERIFY(read.value().has_value());
        QCOMPARE(*read.value(), token);

        // The application's own files: database, settings, data and cache directories.
        QTemporaryDir home;
        const QString dbPath = home.filePath(u"data/icp.sqlite"_s);
        QStringList ids;
        {
            auto db = Database::openSqlite(dbPath);
            QVERIFY(db.ok());
            Application app = test::exampleApplication(u"enterprise-filing.json"_s);
            QCOMPARE(test::storeInventedDocuments(app, *db.value()), QString());
            QVERIFY(OutboxRepository(*db.value()).enqueue(app, u"submit"_s, u"test"_s).ok());
            ids.append(app.id);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.insert(u"QT_LOGGING_RULES"_s, u"icp.*=true"_s); // every log line on: none may carry the token
        // No --token-env: the token comes from the keychain.
        const test::IcpctlRun sync =
            test::runIcpctl({u"--db"_s, dbPath, u"sync"_s, u"--backend"_s, url.toString()}, env);
        QVERIFY(!sync.timedOut);
        const QByteArray out = sync.out.toUtf8();
        const QByteArray err = sync.err.toUtf8();
        QVERIFY2(sync.exitCode == 0, err.constData());
        QVERIFY2(out.contains("Sent 1"), out.constData());
        QVERIFY(!out.contains(token.toUtf8()));
        QVERIFY(!err.contains(token.toUtf8()));
        QCOMPARE(backend.stats().value(u"applied"_s).toObject().value(u"submit"_s).toInt(), 1);

        backend.stop();
        // The scan does see what the application wrote (the application id is in its database)...
        QVERIFY(!filesContaining(home.path(), ids.constFirst().toUtf8()).isEmpty());
        // ...and the token is in none of it.
        const QStringList appHits = filesContaining(home.path(), token.toUtf8());
        QVERIFY2(appHits.isEmpty(), qPrintable(appHits.join(u", "_s)));
        // The backend keeps only a hash.
        const QStringList backendHits = filesContaining(backend.dataDir(), token.toUtf8());
        QVERIFY2(backendHits.isEmpty(), qPrintable(backendHits.join(u", "_s)));

        const QFuture<Status> removing = store.removeToken(url);
        QVERIFY(test::settles(removing));
        QVERIFY(removing.result().ok());
        const QFuture<Result<std::optional<QString>>> reread = store.readToken(url);
        QVERIFY(test::settles(reread));
        const Result<std::optional<QString>> gone = reread.result();
        QVERIFY(gone.ok());
        QVERIFY(!gone.value().has_value());
    }

    // The real QtKeychain path answers through the event loop: the call returns before the
    // keychain has answered, and the loop keeps turning (no nested loop) until it has.
    void theSystemKeychainAnswersWithoutBlocking()
    {
        const QUrl url(u"http://127.0.0.1:9"_s);
        const QString token = u"icpb_nonblocking-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
        const CredentialStore store(5000);
        const QFuture<Status> writing = store.writeToken(url, token);
        QVERIFY(!writing.isFinished());
        QVERIFY(test::settles(writing));
        if (!writing.result()) {
            if (m_required)
                QFAIL(qPrintable(u"ICP_REQUIRE_KEYCHAIN is set but the keychain failed: "_s +
                                 writing.result().error().message));
            QSKIP(qPrintable(u"no keychain: "_s + writing.result().error().message));
        }
        test::StallDetector detector;
        QFuture<Result<std::optional<QString>>> read;
        bool answeredInTheCall = true;
        QTimer::singleShot(0, [&] {
            read = store.readToken(url);
            answeredInTheCall = read.isFinished();
        });
        QVERIFY(QTest::qWaitFor([&] { return read.isValid() && read.isFinished(); }, 15000));
        detector.stop();
        QVERIFY2(!answeredInTheCall, "readToken() waited for the keychain");
        QCOMPARE(detector.nestedTicks(), 0);
        QVERIFY2(detector.longestStallMs() <= 100,
                 qPrintable(u"the event loop stalled for %1 ms"_s.arg(detector.longestStallMs())));
        QVERIFY(read.result().ok());
        QCOMPARE(read.result().value().value_or(QString()), token);
        const QFuture<Status> removing = store.removeToken(url);
        QVERIFY(test::settles(removing));
        QVERIFY(removing.result().ok());
    }

    void withoutAKeychainTheUserIsToldWhy()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"disabled:"_s);
        env.remove(u"DISPLAY"_s);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        const test::IcpctlRun sync = test::runIcpctl(
            {u"--db"_s, home.filePath(u"icp.sqlite"_s), u"sync"_s, u"--backend"_s, u"http://127.0.0.1:9"_s},
            env, std::chrono::seconds(30));
        QVERIFY(!sync.timedOut);
        QCOMPARE(sync.exitCode, 2);
        const QString err = sync.err;
        QVERIFY2(err.contains(u"keychain is not available"_s), qPrintable(err));
        QVERIFY2(err.contains(u"enter it each time"_s), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
