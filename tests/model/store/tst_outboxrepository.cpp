// The outbox (schema v3): a submission is queued in the same transaction as the status
// change, carries a unique idempotency key, and moves through pending → sent / failed.
#include "StoreTestSupport.h"
#include "store/ApplicationRepository.h"
#include "store/Dossier.h"
#include "store/Migrations.h"
#include "store/OutboxRepository.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

namespace {

const QString kActor = u"tester"_s;

Application draft(int n)
{
    Application app = fullApplication(n);
    app.status = ApplicationStatus::Draft;
    app.history = {StatusChange{ApplicationStatus::Draft, utc(u"2025-01-02T03:04:05Z"_s), {}}};
    return app;
}

} // namespace

class TestOutboxRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enqueueQueuesTheApplicationAndWritesOneRow_data() { Backend::addRows(); }
    void enqueueQueuesTheApplicationAndWritesOneRow()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository applications(**db);
        const Application app = draft(1);
        QVERIFY(applications.save(app, kActor).ok());

        OutboxRepository outbox(**db);
        const QDateTime now = utc(u"2025-02-03T04:05:06.007Z"_s);
        const Result<OutboxEntry> entry = outbox.enqueue(app, u"submit"_s, kActor, now);
        QVERIFY2(entry.ok(), qPrintable(entry.ok() ? QString() : entry.error().message));
        QVERIFY(entry->id > 0);
        QCOMPARE(entry->applicationId, app.id);
        QCOMPARE(entry->kind, u"submit"_s);
        QVERIFY2(!QUuid::fromString(entry->idempotencyKey).isNull(), qPrintable(entry->idempotencyKey));
        QCOMPARE(entry->state, OutboxState::Pending);
        QCOMPARE(entry->attempts, 0);
        QCOMPARE(entry->createdAt, now);
        QCOMPARE(entry->nextAttemptAt, now);
        QVERIFY(entry->sentAt.isNull());

        const Application stored = applications.load(app.id).value();
        QCOMPARE(stored.status, ApplicationStatus::Queued);
        QCOMPARE(stored.history.size(), app.history.size() + 1);
        QCOMPARE(stored.history.constLast().status, ApplicationStatus::Queued);
        QCOMPARE(stored.history.constLast().at, now);

        // The payload is the dossier of the application as queued.
        const Result<Dossier> sent = readDossier(entry->payload, u"payload"_s);
        QVERIFY(sent.ok());
        QCOMPARE(sent->application, stored);
        QCOMPARE(outbox.load(entry->id).value(), entry.value());
    }

    void aSecondSubmitIsRefused_data() { Backend::addRows(); }
    void aSecondSubmitIsRefused()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository applications(**db);
        const Application app = draft(2);
        QVERIFY(applications.save(app, kActor).ok());
        OutboxRepository outbox(**db);
        QVERIFY(outbox.enqueue(app, u"submit"_s, kActor).ok());
        const Result<OutboxEntry> again = outbox.enqueue(app, u"submit"_s, kActor);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, u"outbox.already-queued"_s);
        QCOMPARE(outbox.forApplication(app.id).value().size(), 1);
        // The refused attempt changed nothing: one Queued entry in the history.
        QCOMPARE(applications.load(app.id).value().history.size(), app.history.size() + 1);
    }

    void aFailedEnqueueLeavesTheApplicationADraft_data() { Backend::addRows(); }
    void aFailedEnqueueLeavesTheApplicationADraft()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository applications(**db);
        const Application app = draft(3);
        QVERIFY(applications.save(app, kActor).ok());
        // Make the outbox insert fail after the application row was rewritten.
        QSqlQuery sabotage((*db)->connection());
        if (backend == "sqlite"_L1) {
            QVERIFY(sabotage.exec(u"CREATE TRIGGER outbox_refuse BEFORE INSERT ON outbox "
                                  "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));
        } else {
            QVERIFY(sabotage.exec(u"CREATE FUNCTION outbox_refuse() RETURNS trigger AS $$ BEGIN "
                                  "RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql"_s));
            QVERIFY(sabotage.exec(u"CREATE TRIGGER outbox_refuse BEFORE INSERT ON outbox "
                                  "FOR EACH ROW EXECUTE FUNCTION outbox_refuse()"_s));
        }
        OutboxRepository outbox(**db);
        const Result<OutboxEntry> refused = outbox.enqueue(app, u"submit"_s, kActor);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"refused by the test"_s),
                 qPrintable(refused.error().message));
        const Application stored = applications.load(app.id).value();
        QCOMPARE(stored.status, ApplicationStatus::Draft);
        QCOMPARE(stored.history, app.history);
    }

    void idempotencyKeysAreUnique_data() { Backend::addRows(); }
    void idempotencyKeysAreUnique()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository applications(**db);
        OutboxRepository outbox(**db);
        QSet<QString> keys;
        for (int n = 10; n < 15; ++n) {
            const Application app = draft(n);
            QVERIFY(applications.save(app, kActor).ok());
            const Result<OutboxEntry> entry = outbox.enqueue(app, u"submit"_s, kActor);
            QVERIFY(entry.ok());
            keys.insert(entry->idempotencyKey);
        }
        QCOMPARE(keys.size(), 5);
        // The database refuses a duplicate key even if code tried to write one.
        QSqlQuery duplicate((*db)->connection());
        QVERIFY(duplicate.prepare(u"INSERT INTO outbox (application_id, kind, idempotency_key, payload, "
                                  "created_at, next_attempt_at) VALUES (?, 'submit', ?, '{}', 'x', 'x')"_s));
        duplicate.addBindValue(draft(10).id);
        duplicate.addBindValue(*keys.cbegin());
        QVERIFY(!duplicate.exec());
    }

    void pendingListsDueRowsAndAttemptsReschedule_data() { Backend::addRows(); }
    void pendingListsDueRowsAndAttemptsReschedule()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository applications(**db);
        OutboxRepository outbox(**db);
        const QDateTime t0 = utc(u"2025-03-01T10:00:00Z"_s);
        QList<qint64> ids;
        for (int n = 20; n < 23; ++n) {
            const Application app = draft(n);
            QVERIFY(applications.save(app, kActor).ok());
            ids.append(outbox.enqueue(app, u"submit"_s, kActor, t0.addSecs(n)).value().id);
        }
        QCOMPARE(outbox.pending(t0.addSecs(19)).value().size(), 0);
        QCOMPARE(outbox.pending(t0.addSecs(21)).value().size(), 2);
        const QList<OutboxEntry> due = outbox.pending(t0.addSecs(60)).value();
        QCOMPARE(due.size(), 3);
        QCOMPARE(due.at(0).id, ids.at(0)); // oldest first

        // A failed try: later, with the error and one more attempt.
        QVERIFY(outbox.markAttempt(ids.at(0), u"connection refused"_s, t0.addSecs(600)).ok());
        OutboxEntry retried = outbox.load(ids.at(0)).value();
        QCOMPARE(retried.attempts, 1);
        QCOMPARE(retried.lastError, u"connection refused"_s);
        QCOMPARE(retried.nextAttemptAt, t0.addSecs(600));
        QCOMPARE(retried.state, OutboxState::Pending);
        QCOMPARE(outbox.pending(t0.addSecs(60)).value().size(), 2);
        QCOMPARE(outbox.pending(t0.addSecs(600)).value().size(), 3);

        // Sent and failed rows are no longer pending.
        QVERIFY(outbox.markSent(ids.at(1), u"ORDER-42"_s, t0.addSecs(70)).ok());
        QVERIFY(outbox.markFailed(ids.at(2), u"refused: duplicate entity"_s).ok());
        QCOMPARE(outbox.pending(t0.addSecs(3600)).value().size(), 1);
        const OutboxEntry sent = outbox.load(ids.at(1)).value();
        QCOMPARE(sent.state, OutboxState::Sent);
        QCOMPARE(sent.receipt, u"ORDER-42"_s);
        QCOMPARE(sent.sentAt, t0.addSecs(70));
        QCOMPARE(sent.attempts, 1);
        const OutboxEntry failed = outbox.load(ids.at(2)).value();
        QCOMPARE(failed.state, OutboxState::Failed);
        QCOMPARE(failed.lastError, u"refused: duplicate entity"_s);

        QCOMPARE(outbox.markSent(987654, {}, t0).error().code, u"store.not-found"_s);
        QCOMPARE(outbox.load(987654).error().code, u"store.not-found"_s);
    }

    void forApplicationListsOnlyThatApplication_data() { Backend::addRows(); }
    void forApplicationListsOnlyThatApplication()
    {
        ICP_OPEN_TEST_DATABASE(db);
        ApplicationRepository applications(**db);
        OutboxRepository outbox(**db);
        const Application a = draft(30);
        const Application b = draft(31);
        QVERIFY(applications.save(a, kActor).ok());
        QVERIFY(applications.save(b, kActor).ok());
        const qint64 first = outbox.enqueue(a, u"submit"_s, kActor).value().id;
        QVERIFY(outbox.markFailed(first, u"rejected"_s).ok());
        // After a failure the application can be submitted again (a new key).
        QVERIFY(outbox.enqueue(applications.load(a.id).value(), u"submit"_s, kActor).ok());
        QVERIFY(outbox.enqueue(b, u"submit"_s, kActor).ok());
        const QList<OutboxEntry> ofA = outbox.forApplication(a.id).value();
        QCOMPARE(ofA.size(), 2);
        QCOMPARE(ofA.at(0).id, first);
        QVERIFY(ofA.at(0).idempotencyKey != ofA.at(1).idempotencyKey);
        QCOMPARE(outbox.forApplication(u"no-such-application"_s).value().size(), 0);

        // Deleting the application deletes its outbox rows.
        QVERIFY(applications.remove(b.id, kActor).ok());
        QCOMPARE(outbox.forApplication(b.id).value().size(), 0);
    }

    void anUpgradedVersion2DatabaseAcceptsSubmissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v2.sqlite"_s);
        QVERIFY(QFile::copy(QString::fromUtf8(ICP_TEST_DATA_DIR "/db/schema-v2.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Result<std::unique_ptr<Database>> opened = Database::openSqlite(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened.value()->schemaVersion().value(), Migrations::latestVersion());
        ApplicationRepository applications(*opened.value());
        OutboxRepository outbox(*opened.value());
        const Application app = applications.load(u"fixture-app-2"_s).value();
        QCOMPARE(app.status, ApplicationStatus::Draft);
        QVERIFY(outbox.enqueue(app, u"submit"_s, kActor).ok());
        QCOMPARE(applications.load(app.id).value().status, ApplicationStatus::Queued);
        QCOMPARE(outbox.pending(QDateTime::currentDateTimeUtc().addSecs(1)).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
