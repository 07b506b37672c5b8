// SyncController: what the status bar indicator and the Settings page use.
#include "BackendProcess.h"
#include "StoredDocuments.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "sync/SyncController.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::sync;

class TestSyncController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesAnInsecureBackend()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"c.sqlite"_s));
        QVERIFY(db.ok());
        SyncController controller(*db.value());
        const Status s = controller.configure(u"http://filing.example.com"_s, u"token"_s);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, u"backend.insecure"_s);
        QCOMPARE(controller.state(), SyncController::State::NotConfigured);
    }

    void syncNowReportsStateQueuedAndLastSync()
    {
        test::BackendProcess backend(QString::fromUtf8(ICP_BACKEND_PATH));
        const QString started = backend.start({u"--step-ms"_s, u"600000"_s, u"--as-of"_s, u"2026-11-29"_s});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"c.sqlite"_s));
        QVERIFY(db.ok());
        Application app = test::exampleApplication(u"enterprise-filing.json"_s);
        QCOMPARE(test::storeInventedDocuments(app, *db.value()), QString());
        QVERIFY(OutboxRepository(*db.value()).enqueue(app, u"submit"_s, u"test"_s).ok());

        SyncController controller(*db.value());
        QSignalSpy states(&controller, &SyncController::stateChanged);
        QSignalSpy queued(&controller, &SyncController::queuedCountChanged);
        QSignalSpy last(&controller, &SyncController::lastSyncChanged);
        QSignalSpy changed(&controller, &SyncController::applicationChanged);
        QSignalSpy done(&controller, &SyncController::syncFinished);
        QVERIFY(controller.configure(backend.url().toString(), backend.token()).ok());
        QCOMPARE(controller.state(), SyncController::State::Idle);
        QTRY_COMPARE(controller.queuedCount(), 1); // counted on the sync's database thread

        controller.syncNow();
        QCOMPARE(controller.state(), SyncController::State::Syncing);
        QVERIFY(done.wait(15000));
        QCOMPARE(controller.state(), SyncController::State::Idle);
        QCOMPARE(controller.queuedCount(), 0);
        QVERIFY(controller.errors().isEmpty());
        QVERIFY(controller.lastSync().isValid());
        QCOMPARE(last.size(), 1);
        QVERIFY(queued.size() >= 2); // 1 when configured, then 0
        QCOMPARE(queued.constLast().constFirst().toInt(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.constFirst().constFirst().toString(), app.id);
        QCOMPARE(states.constLast().constFirst().value<SyncController::State>(), SyncController::State::Idle);

        // Errors are reported, not thrown: a wrong token.
        QVERIFY(controller.configure(backend.url().toString(), u"icpb_wrong"_s).ok());
        QSignalSpy errors(&controller, &SyncController::errorsChanged);
        controller.syncNow();
        QVERIFY(done.wait(15000));
        QCOMPARE(controller.state(), SyncController::State::Error);
        QVERIFY(!controller.errors().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
