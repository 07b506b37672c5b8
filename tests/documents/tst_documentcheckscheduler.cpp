// The document check scheduler (model/documents, docs/documents.md "Background work"):
// progress is reported, results arrive on the owner's thread, cancelling mid-way records
// nothing, a document removed while being checked gets nothing, and nothing is delivered
// once the scheduler is gone. Without widgets: the scheduler lives in the model.
#include "DocumentFixtures.h"
#include "documents/BackgroundWork.h"
#include "documents/DocumentCheckScheduler.h"
#include "documents/DocumentWorkspace.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <atomic>

using namespace Qt::StringLiterals;
using namespace icp;
namespace fx = icp::fixtures;

namespace {

const QDate asOf(2026, 11, 29);
const QString kLicenceLine = u"entity-certificate"_s;
using Outcome = DocumentCheckScheduler::AttachOutcome;

// Waits until every pool worker is done, then lets queued deliveries (if any) arrive.
bool drainPool()
{
    const bool done = QThreadPool::globalInstance()->waitForDone(120000);
    QTest::qWait(100);
    return done;
}

} // namespace

class TestDocumentCheckScheduler : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DocumentStore> m_store;

    QString idLine() const { return u"id-front:"_s + fx::exampleWithoutDocuments().persons.constFirst().id; }
    QString writeLicence(const QString& name) { return fx::writeExampleLicence(m_dir.filePath(name)); }
    // An application with two documents stored but never analysed (a pass reads both).
    Application withTwoStoredDocuments(const QString& prefix)
    {
        return fx::withStoredDocuments(
            *m_store,
            {{kLicenceLine, fx::writeExampleLicence(m_dir.filePath(prefix + u"-1.jpg"_s), true, 2100)},
             {idLine(), fx::writeExampleLicence(m_dir.filePath(prefix + u"-2.jpg"_s), false, 1900)}},
            asOf);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<DocumentStore>(m_dir.filePath(u"store"_s));
    }

    void cancellingTheFutureReachesTheTaskControl()
    {
        std::atomic<bool> sawCancel{false};
        QFuture<int> future = runTask([&sawCancel](const TaskControl* control) {
            QElapsedTimer waited;
            waited.start();
            while (!cancelled(control) && waited.elapsed() < 10000)
                QThread::msleep(5);
            sawCancel = cancelled(control);
            return 1;
        });
        QTest::qWait(50);
        future.cancel();
        future.waitForFinished();
        QVERIFY(sawCancel.load());
        QCOMPARE(future.resultCount(), 0); // a cancelled task's result is dropped
    }

    void attachingReportsProgressAndDeliversOnTheOwnersThread()
    {
        DocumentWorkspace workspace(*m_store, fx::exampleWithoutDocuments(), asOf);
        DocumentCheckScheduler scheduler(workspace);
        QSignalSpy progress(&scheduler, &DocumentCheckScheduler::progressChanged);
        QSignalSpy finished(&scheduler, &DocumentCheckScheduler::attachFinished);
        QThread* deliveredOn = nullptr;
        connect(
            &scheduler, &DocumentCheckScheduler::attachFinished, this,
            [&deliveredOn] { deliveredOn = QThread::currentThread(); }, Qt::DirectConnection);
        QVERIFY(scheduler.attach(kLicenceLine, writeLicence(u"attach.jpg"_s)));
        QVERIFY(scheduler.isAttaching());
        QCOMPARE(scheduler.activity(), DocumentCheckScheduler::Activity::Attaching);
        QVERIFY(!scheduler.attach(kLicenceLine, writeLicence(u"second.jpg"_s))); // one at a time
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(0).toString(), kLicenceLine);
        QCOMPARE(finished.constFirst().at(1).value<Outcome>(), Outcome::Attached);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QCOMPARE(workspace.application().documents.size(), 1);
        QVERIFY(workspace.report(workspace.application().documents.constFirst().sha256));
        QVERIFY(!scheduler.isAttaching());
        QCOMPARE(scheduler.activity(), DocumentCheckScheduler::Activity::Idle);
        // Progress went up while the file was read, every value a percentage.
        QVERIFY(progress.size() >= 2);
        bool between = false;
        for (const QList<QVariant>& p : std::as_const(progress)) {
            QVERIFY(p.at(0).toInt() >= 0 && p.at(0).toInt() <= 100);
            between = between || (p.at(0).toInt() > 0 && p.at(0).toInt() < 100);
        }
        QVERIFY(between);
    }

    void attachingToAMissingLineIsRefused()
    {
        DocumentWorkspace workspace(*m_store, fx::exampleWithoutDocuments(), asOf);
        DocumentCheckScheduler scheduler(workspace);
        QVERIFY(!scheduler.attach(u"no-such-line"_s, writeLicence(u"nowhere.jpg"_s)));
        QVERIFY(!scheduler.isAttaching());
    }

    void cancellingMidwayRecordsNothing_data()
    {
        QTest::addColumn<bool>("attaching");
        QTest::newRow("attaching") << true;
        QTest::newRow("re-checking") << false;
    }
    void cancellingMidwayRecordsNothing()
    {
        QFETCH(bool, attaching);
        const Application app =
            attaching ? fx::exampleWithoutDocuments() : withTwoStoredDocuments(u"cancel"_s);
        DocumentWorkspace workspace(*m_store, app, asOf);
        DocumentCheckScheduler scheduler(workspace);
        QSignalSpy progress(&scheduler, &DocumentCheckScheduler::progressChanged);
        QSignalSpy attached(&scheduler, &DocumentCheckScheduler::attachFinished);
        QSignalSpy done(&scheduler, &DocumentCheckScheduler::recheckFinished);
        QSignalSpy reports(&scheduler, &DocumentCheckScheduler::reportsChanged);
        if (attaching) {
            QVERIFY(scheduler.attach(kLicenceLine, writeLicence(u"cancelled.jpg"_s)));
        } else {
            QVERIFY(scheduler.recheck());
            QCOMPARE(scheduler.recheckRemaining(), 2);
        }
        // Mid-way: the worker has reported progress (it is reading the file).
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.cbegin(), progress.cend(),
                                             [](const QList<QVariant>& p) { return p.at(0).toInt() > 0; }),
                                 60000);
        scheduler.cancel();
        // Cancel is told at once, on the caller's stack.
        if (attaching) {
            QCOMPARE(attached.size(), 1);
            QCOMPARE(attached.constFirst().at(1).value<Outcome>(), Outcome::Cancelled);
        } else {
            QCOMPARE(done.size(), 1);
            QCOMPARE(done.constFirst().at(0).toInt(), 0);
            QCOMPARE(done.constFirst().at(1).toBool(), true);
        }
        QVERIFY(!scheduler.isAttaching());
        QVERIFY(!scheduler.isRechecking());
        QCOMPARE(scheduler.activity(), DocumentCheckScheduler::Activity::Idle);
        QVERIFY(drainPool());
        // The worker that was running recorded nothing.
        QCOMPARE(attached.size(), attaching ? 1 : 0);
        QCOMPARE(done.size(), attaching ? 0 : 1);
        QCOMPARE(reports.size(), 0);
        QCOMPARE(workspace.application().documents.size(), app.documents.size());
        for (const Document& d : workspace.application().documents) {
            QVERIFY(!workspace.report(d.sha256));
            QVERIFY(!workspace.findings().contains(d.sha256));
        }
    }

    void aDocumentRemovedWhileBeingCheckedGetsNothing()
    {
        const Application app = withTwoStoredDocuments(u"removed"_s);
        const Document first = app.documents.at(0);
        const Document second = app.documents.at(1);
        DocumentWorkspace workspace(*m_store, app, asOf);
        DocumentCheckScheduler scheduler(workspace);
        QSignalSpy done(&scheduler, &DocumentCheckScheduler::recheckFinished);
        // Uncached documents are checked one at a time: while the first reports progress,
        // its result is not delivered yet (the watcher's events arrive in order).
        std::optional<QString> removed;
        connect(&scheduler, &DocumentCheckScheduler::progressChanged, this, [&](int percent) {
            if (!removed && percent > 0 && scheduler.recheckDone() == 0)
                removed = workspace.remove(first.id);
        });
        QVERIFY(scheduler.recheck());
        QVERIFY(done.wait(120000));
        QCOMPARE(removed, std::optional<QString>(first.sha256));
        QCOMPARE(done.constFirst().at(0).toInt(), 2);
        QCOMPARE(done.constFirst().at(1).toBool(), false);
        QVERIFY(!workspace.report(first.sha256));
        QVERIFY(!workspace.findings().contains(first.sha256));
        QVERIFY(workspace.report(second.sha256));
        QCOMPARE(workspace.application().documents.size(), 1);
    }

    void nothingIsDeliveredAfterTheSchedulerIsDestroyed_data()
    {
        QTest::addColumn<bool>("attaching");
        QTest::newRow("attaching") << true;
        QTest::newRow("re-checking") << false;
    }
    void nothingIsDeliveredAfterTheSchedulerIsDestroyed()
    {
        QFETCH(bool, attaching);
        const Application app =
            attaching ? fx::exampleWithoutDocuments() : withTwoStoredDocuments(u"destroyed"_s);
        DocumentWorkspace workspace(*m_store, app, asOf);
        auto scheduler = std::make_unique<DocumentCheckScheduler>(workspace);
        bool reading = false;
        int delivered = 0;
        QObject receiver; // outlives the scheduler: counts what still arrives
        connect(scheduler.get(), &DocumentCheckScheduler::progressChanged, &receiver,
                [&reading](int percent) { reading = reading || percent > 0; });
        connect(scheduler.get(), &DocumentCheckScheduler::reportsChanged, &receiver,
                [&delivered] { ++delivered; });
        connect(scheduler.get(), &DocumentCheckScheduler::attachFinished, &receiver,
                [&delivered] { ++delivered; });
        connect(scheduler.get(), &DocumentCheckScheduler::recheckFinished, &receiver,
                [&delivered] { ++delivered; });
        if (attaching)
            QVERIFY(scheduler->attach(kLicenceLine, writeLicence(u"orphan.jpg"_s)));
        else
            QVERIFY(scheduler->recheck());
        QTRY_VERIFY_WITH_TIMEOUT(reading, 60000); // mid-way
        scheduler.reset();
        QVERIFY(drainPool());
        QCOMPARE(delivered, 0);
        QCOMPARE(workspace.application().documents.size(), app.documents.size());
        for (const Document& d : workspace.application().documents)
            QVERIFY(!workspace.report(d.sha256));
    }
};

QTEST_MAIN(TestDocumentCheckScheduler)
#include "tst_documentcheckscheduler.moc"
