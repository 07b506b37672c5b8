// 500 submissions against a backend that answers 30 % of requests with 500/503/429 and
// cuts 10 % of the connections mid-answer (after doing the work): every submission
// arrives exactly once (counted on the server) and none is lost.
#include "BackendProcess.h"
#include "StoredDocuments.h"
#include "SyncOutcome.h"
#include "store/ApplicationRepository.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "sync/BackendClient.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::sync;

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySubmissionArrivesExactlyOnceDespiteFaults()
    {
        constexpr int kCount = 500;
        test::BackendProcess backend(QString::fromUtf8(ICP_BACKEND_PATH));
        const QString started = backend.start(test::BackendProcess::faultyArguments(5));
        QVERIFY2(started.isEmpty(), qPrintable(started));

        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"faults.sqlite"_s));
        QVERIFY(db.ok());
        OutboxRepository outbox(*db.value());
        Application base = test::exampleApplication(u"enterprise-filing.json"_s);
        // Every application carries the same 14 attachments: the first upload sends the
        // bytes, the others only announce them (tst_sync_documents counts the uploads).
        QCOMPARE(test::storeInventedDocuments(base, *db.value()), QString());
        QStringList ids;
        QElapsedTimer phase;
        phase.start();
        for (int i = 0; i < kCount; ++i) {
            Application app = base;
            app.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            ids.append(app.id);
            QVERIFY(outbox.enqueue(app, u"submit"_s, u"test"_s).ok());
        }

        const qint64 enqueueMs = phase.restart();
        BackendClient client({backend.url(), backend.token(), 10000});
        SyncOptions options;
        options.retry.baseMs = 5;
        options.retry.maxMs = 200;
        options.retryWithinRunMs = 90000;
        SyncEngine engine(*db.value(), client, options);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.pushOnly();
        QVERIFY(finished.wait(100000));
        const SyncSummary s = engine.summary();
        const qint64 pushMs = phase.restart();
        engine.pullOnly();
        QVERIFY(finished.wait(100000));
        QVERIFY2(!engine.summary().pullFailed, qPrintable(engine.summary().errors.value(0).message));
        QCOMPARE(engine.summary().changesApplied, kCount);
        qInfo("enqueue %lld ms, push %lld ms, pull %lld ms", enqueueMs, pushMs, phase.elapsed());
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.pending, 0);
        QCOMPARE(s.sent, kCount);
        QVERIFY2(s.retried > 0, "no fault was injected: the test proves nothing");

        // Counted on the server: each submission applied once, each received once.
        const QJsonObject stats = backend.stats();
        const QJsonObject applied = stats.value(u"applied"_s).toObject();
        const QJsonObject faults = stats.value(u"faults"_s).toObject();
        qInfo("requests %d, faults 500:%d 503:%d 429:%d dropped:%d, replays %d",
              stats.value(u"requests"_s).toInt(), faults.value(u"500"_s).toInt(),
              faults.value(u"503"_s).toInt(), faults.value(u"429"_s).toInt(),
              faults.value(u"dropped"_s).toInt(), stats.value(u"replays"_s).toInt());
        QCOMPARE(applied.value(u"submit"_s).toInt(), kCount);
        QCOMPARE(applied.value(u"put"_s).toInt(), kCount);
        QCOMPARE(stats.value(u"receivedHistoryRows"_s).toInt(), kCount);
        QVERIFY(faults.value(u"dropped"_s).toInt() > 0);
        QVERIFY(faults.value(u"500"_s).toInt() + faults.value(u"503"_s).toInt() +
                    faults.value(u"429"_s).toInt() >
                0);
        // A dropped answer after the work was done comes back as a replay, not a second effect.
        QVERIFY(stats.value(u"replays"_s).toInt() > 0);

        // Nothing lost locally: every row sent, and each application's history has the
        // backend's "received" exactly once after the pull.
        for (const QString& id : ids) {
            const QString outcome = test::sentOnceWithOneReceipt(*db.value(), id);
            QVERIFY2(outcome.isEmpty(), qPrintable(outcome));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
