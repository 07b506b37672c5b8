// A client killed mid-sync (SIGKILL of a child `icpctl sync`) and restarted loses and
// duplicates nothing: the outbox row is marked sent only after the answer, and the
// repeated calls carry the same Idempotency-Key, so the backend replays its answer.
#include "BackendProcess.h"
#include "Icpctl.h"
#include "StoredDocuments.h"
#include "SyncOutcome.h"
#include "store/ApplicationRepository.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;

class TestSyncKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedClientRestartsWithoutLossOrDuplicates()
    {
        constexpr int kCount = 150;
        test::BackendProcess backend(QString::fromUtf8(ICP_BACKEND_PATH));
        // Slow answers, so the kill lands in the middle of the push.
        const QString started = backend.start({u"--delay-ms"_s, u"40"_s, u"--step-ms"_s, u"600000"_s,
                                               u"--as-of"_s, u"2026-11-29"_s, u"--drop-rate"_s, u"0.05"_s});
        QVERIFY2(started.isEmpty(), qPrintable(started));

        QTemporaryDir dir;
        const QString dbPath = dir.filePath(u"kill.sqlite"_s);
        QStringList ids;
        {
            auto db = Database::openSqlite(dbPath);
            QVERIFY(db.ok());
            OutboxRepository outbox(*db.value());
            Application base = test::exampleApplication(u"enterprise-filing.json"_s);
            QCOMPARE(test::storeInventedDocuments(base, *db.value()), QString());
            for (int i = 0; i < kCount; ++i) {
                Application app = base;
                app.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                ids.append(app.id);
                QVERIFY(outbox.enqueue(app, u"submit"_s, u"test"_s).ok());
            }
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ICP_TEST_TOKEN"_s, backend.token());
        env.insert(u"ICP_SYNC_BACKOFF_MS"_s, u"10"_s);
        const QStringList args = {
            u"--db"_s,          dbPath, u"sync"_s, u"--backend"_s, backend.url().toString(), u"--token-env"_s,
            u"ICP_TEST_TOKEN"_s};

        QProcess first;
        first.setProcessEnvironment(env);
        first.start(test::icpctlProgram(), args);
        QVERIFY(first.waitForStarted(10000));
        // Kill it once some submissions have arrived, well before all of them.
        QTRY_VERIFY_WITH_TIMEOUT(
            backend.stats().value(u"applied"_s).toObject().value(u"submit"_s).toInt() >= kCount / 5, 30000);
        first.kill(); // SIGKILL: no chance to finish anything
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const int beforeRestart = backend.stats().value(u"applied"_s).toObject().value(u"submit"_s).toInt();
        QVERIFY2(beforeRestart < kCount, "the client finished before it was killed: the test proves nothing");

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(test::icpctlProgram(), args);
        QVERIFY(second.waitForFinished(90000));
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

        const QJsonObject stats = backend.stats();
        QCOMPARE(stats.value(u"applied"_s).toObject().value(u"submit"_s).toInt(), kCount);
        QCOMPARE(stats.value(u"receivedHistoryRows"_s).toInt(), kCount);

        auto db = Database::openSqlite(dbPath);
        QVERIFY(db.ok());
        for (const QString& id : ids) {
            const QString outcome = test::sentOnceWithOneReceipt(*db.value(), id);
            QVERIFY2(outcome.isEmpty(), qPrintable(outcome));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
