// The sync push uploads an application's attachments before its dossier (docs/api.md
// "Documents"), over real HTTP on loopback against icp-backend: the documents arrive
// with the dossier fields they evidence, exactly once even when the server fails, rate
// limits and drops connections, and a stored file that is missing or changed fails only
// its own outbox row, naming the file.
#include "BackendProcess.h"
#include "DocumentFixtures.h"
#include "Icpctl.h"
#include "StoredDocuments.h"
#include "documents/DocumentStore.h"
#include "store/ApplicationRepository.h"
#include "store/Database.h"
#include "store/Dossier.h"
#include "store/OutboxRepository.h"
#include "sync/BackendClient.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::sync;

namespace {

const QString kClean = u"enterprise-filing.json"_s;
constexpr int kServerChunk = 256 * 1024; // icp-backend's chunkSize

QStringList strings(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out.append(v.toString());
    return out;
}

// Puts `bytes` into the store as document `index` of `app` under a new name and type.
bool replaceDocument(Application& app, int index, DocumentStore& store, const QByteArray& bytes,
                     const QString& fileName, const QString& mimeType)
{
    const Result<StoredFile> stored = store.addData(bytes);
    if (!stored)
        return false;
    Document& d = app.documents[index];
    d.sha256 = stored->sha256;
    d.byteSize = stored->byteSize;
    d.fileName = fileName;
    d.mimeType = mimeType;
    return true;
}

SyncSummary push(Database& db, BackendClient& client, int chunkSize = 0)
{
    SyncOptions options;
    options.retry.baseMs = 5;
    options.retry.maxMs = 200;
    options.retryWithinRunMs = 90000;
    options.uploadChunkSize = chunkSize;
    SyncEngine engine(db, client, options);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.pushOnly();
    if (engine.isRunning())
        finished.wait(100000);
    return engine.summary();
}

// GET through a backend that injects faults: asks again while the answer is an injected
// failure (or was cut off).
QJsonObject getThroughFaults(test::BackendProcess& backend, const QString& path)
{
    static const QStringList injected = {u"server.error"_s, u"server.unavailable"_s, u"rate-limited"_s};
    QJsonObject o;
    for (int attempt = 0; attempt < 50; ++attempt) {
        o = backend.get(path);
        if (!o.isEmpty() && !injected.contains(o.value(u"code"_s).toString()))
            break;
    }
    return o;
}

qint64 applied(test::BackendProcess& backend, const QString& effect)
{
    return backend.stats().value(u"applied"_s).toObject().value(effect).toInteger();
}

} // namespace

class TestSyncDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // icpctl submit + icpctl sync: the CLI opens the database's own document store and
    // goes through the same engine.
    void attachmentsArriveWithTheirFieldsThroughIcpctl()
    {
        test::BackendProcess backend(QString::fromUtf8(ICP_BACKEND_PATH));
        const QString started = backend.start({u"--step-ms"_s, u"600000"_s, u"--as-of"_s, u"2026-11-29"_s});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(u"cli.sqlite"_s);
        Application draft = test::exampleApplication(kClean);
        draft.status = ApplicationStatus::Draft;
        QCOMPARE(draft.documents.at(0).kind, DocumentKind::EntityCertificate);
        QCOMPARE(draft.documents.at(1).kind, DocumentKind::IdFront);
        QCOMPARE(draft.documents.at(1).subjectId, draft.persons.at(0).id);
        QByteArray licence, idFront;
        {
            auto db = Database::openSqlite(dbPath);
            QVERIFY(db.ok());
            DocumentStore store(DocumentStore::rootFor(*db.value()));
            QCOMPARE(test::storeInventedDocuments(draft, store), QString());
            // Two real scans from the document fixtures; the licence is larger than a chunk.
            fixtures::CardText text;
            text.entityName = u"云栈科技（北京）有限公司"_s;
            text.uscc = fixtures::uscc();
            text.idNumber = fixtures::residentId();
            licence = fixtures::png(fixtures::businessLicence(text, true, 2400));
            idFront = fixtures::jpeg(fixtures::idCardFront(text));
            QVERIFY2(licence.size() > kServerChunk, QByteArray::number(licence.size()).constData());
            QVERIFY(replaceDocument(draft, 0, store, licence, u"营业执照.png"_s, u"image/png"_s));
            QVERIFY(replaceDocument(draft, 1, store, idFront, u"王建国-身份证正面.jpg"_s, u"image/jpeg"_s));
        }
        const QString draftFile = dir.filePath(u"draft.json"_s);
        QVERIFY(fixtures::writeFile(draftFile, writeDossier(draft)));
        const QProcessEnvironment env = test::environmentWith(
            {{u"ICP_TEST_TOKEN"_s, backend.token()}, {u"ICP_SYNC_BACKOFF_MS"_s, u"10"_s}});
        const auto icpctl = [&](const QStringList& args, QString* out) {
            const test::IcpctlRun run = test::runIcpctl(QStringList{u"--db"_s, dbPath} + args, env);
            *out = run.out + run.err;
            return run.exitCode;
        };
        QString output;
        QCOMPARE(icpctl({u"import"_s, draftFile}, &output), 0);
        const QString id = output.trimmed();
        QCOMPARE(icpctl({u"submit"_s, id, u"--as-of"_s, u"2026-11-29"_s}, &output), 0);
        const QStringList sync = {u"sync"_s, u"--backend"_s, backend.url().toString(), u"--token-env"_s,
                                  u"ICP_TEST_TOKEN"_s};
        QVERIFY2(icpctl(sync, &output) == 0, qPrintable(output));
        QVERIFY2(output.contains(u"Documents on the backend: 15"_s), qPrintable(output)); // the example's 15

        // Both scans are there with the fields they evidence, under their own names.
        const QJsonObject cert = backend.get(u"documents/"_s + draft.documents[0].sha256);
        QCOMPARE(strings(cert.value(u"fields"_s)), QStringList{u"entity.certificate"_s});
        QCOMPARE(cert.value(u"size"_s).toInteger(), licence.size());
        QCOMPARE(cert.value(u"fileName"_s).toString(), u"营业执照.png"_s);
        QCOMPARE(cert.value(u"mimeType"_s).toString(), u"image/png"_s);
        const QJsonObject front = backend.get(u"documents/"_s + draft.documents[1].sha256);
        QCOMPARE(strings(front.value(u"fields"_s)), QStringList{u"persons[0].idFront"_s});
        QCOMPARE(front.value(u"size"_s).toInteger(), idFront.size());
        // Every other attachment too, and the application was received.
        qint64 bytes = 0;
        for (const Document& d : std::as_const(draft.documents)) {
            const QJsonObject doc = backend.get(u"documents/"_s + d.sha256);
            QVERIFY2(doc.value(u"documentId"_s).toString() == d.sha256, qPrintable(d.fileName));
            QVERIFY(!strings(doc.value(u"fields"_s)).isEmpty());
            bytes += d.byteSize;
        }
        QCOMPARE(backend.get(u"applications/"_s + id).value(u"status"_s).toString(), u"received"_s);

        // Exactly once: one upload per document, every byte written once; the licence in chunks.
        QCOMPARE(applied(backend, u"document"_s), draft.documents.size());
        QCOMPARE(applied(backend, u"upload"_s), draft.documents.size());
        QCOMPARE(applied(backend, u"uploadBytes"_s), bytes);
        QVERIFY(applied(backend, u"chunk"_s) >= draft.documents.size() + licence.size() / kServerChunk);
        QCOMPARE(applied(backend, u"submit"_s), 1);

        // A second sync has nothing to send.
        QCOMPARE(icpctl(sync, &output), 0);
        QCOMPARE(applied(backend, u"upload"_s), draft.documents.size());
        QCOMPARE(applied(backend, u"put"_s), 1);
    }

    void withFaultsEveryDocumentArrivesExactlyOnce()
    {
        constexpr int kApplications = 12;
        test::BackendProcess backend(QString::fromUtf8(ICP_BACKEND_PATH));
        const QString started = backend.start(test::BackendProcess::faultyArguments(11));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"faults.sqlite"_s));
        QVERIFY(db.ok());
        DocumentStore store(DocumentStore::rootFor(*db.value()));
        // 13 attachments shared by every application (sent once, then only announced)
        // and one licence scan of its own each, 600 KB (five chunks of 128 KiB).
        QHash<QString, qint64> distinct;
        QStringList ids, ownLicences;
        for (int i = 0; i < kApplications; ++i) {
            Application app = test::exampleApplication(kClean);
            QCOMPARE(test::storeInventedDocuments(app, store), QString());
            QVERIFY(replaceDocument(app, 0, store, test::inventedDocumentBytes(app.id, 600 * 1000),
                                    u"营业执照.png"_s, u"image/png"_s));
            for (const Document& d : std::as_const(app.documents))
                distinct.insert(d.sha256, d.byteSize);
            ownLicences.append(app.documents[0].sha256);
            ids.append(app.id);
            QVERIFY(OutboxRepository(*db.value()).enqueue(app, u"submit"_s, u"test"_s).ok());
        }
        BackendClient client({backend.url(), backend.token(), 10000});
        const SyncSummary s = push(*db.value(), client, 128 * 1024);
        QVERIFY2(s.errors.isEmpty() || s.ok(), qPrintable(s.errors.value(0).message));
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.pending, 0);
        QCOMPARE(s.sent, kApplications);
        QVERIFY2(s.retried > 0, "no fault was injected: the test proves nothing");

        const QJsonObject stats = backend.stats();
        const QJsonObject faults = stats.value(u"faults"_s).toObject();
        qInfo("requests %d, faults 500:%d 503:%d 429:%d dropped:%d, replays %d, applied %s",
              stats.value(u"requests"_s).toInt(), faults.value(u"500"_s).toInt(),
              faults.value(u"503"_s).toInt(), faults.value(u"429"_s).toInt(),
              faults.value(u"dropped"_s).toInt(), stats.value(u"replays"_s).toInt(),
              QJsonDocument(stats.value(u"applied"_s).toObject()).toJson(QJsonDocument::Compact).constData());
        QVERIFY(faults.value(u"dropped"_s).toInt() > 0);
        QVERIFY(stats.value(u"replays"_s).toInt() > 0);
        qint64 bytes = 0;
        for (const qint64 size : std::as_const(distinct))
            bytes += size;
        // Each distinct content stored once, its bytes written once, in one upload.
        QCOMPARE(applied(backend, u"document"_s), distinct.size());
        QCOMPARE(applied(backend, u"upload"_s), distinct.size());
        QCOMPARE(applied(backend, u"uploadBytes"_s), bytes);
        QCOMPARE(applied(backend, u"put"_s), kApplications);
        QCOMPARE(applied(backend, u"submit"_s), kApplications);
        for (const QString& sha : std::as_const(ownLicences)) {
            const QJsonObject doc = getThroughFaults(backend, u"documents/"_s + sha);
            QCOMPARE(strings(doc.value(u"fields"_s)), QStringList{u"entity.certificate"_s});
            QCOMPARE(doc.value(u"size"_s).toInteger(), 600 * 1000);
        }
        for (const QString& id : std::as_const(ids)) {
            QCOMPARE(getThroughFaults(backend, u"applications/"_s + id).value(u"status"_s).toString(),
                     u"received"_s);
            QCOMPARE(OutboxRepository(*db.value()).forApplication(id).value().constFirst().state,
                     OutboxState::Sent);
        }
    }

    void aMissingOrChangedStoredFileFailsOnlyItsRow()
    {
        test::BackendProcess backend(QString::fromUtf8(ICP_BACKEND_PATH));
        const QString started = backend.start({u"--step-ms"_s, u"600000"_s, u"--as-of"_s, u"2026-11-29"_s});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"missing.sqlite"_s));
        QVERIFY(db.ok());
        DocumentStore store(DocumentStore::rootFor(*db.value()));
        QList<Application> apps;
        for (int i = 0; i < 3; ++i) {
            Application app = test::exampleApplication(kClean);
            QCOMPARE(test::storeInventedDocuments(app, store, app.id), QString()); // own content each
            QVERIFY(OutboxRepository(*db.value()).enqueue(app, u"submit"_s, u"test"_s).ok());
            apps.append(app);
        }
        // The second application's fourth file is deleted, the third's sixth is changed.
        const Document gone = apps[1].documents.at(3);
        const Document changed = apps[2].documents.at(5);
        QVERIFY(QFile::remove(store.pathFor(gone.sha256)));
        QFile file(store.pathFor(changed.sha256));
        QVERIFY(file.open(QIODevice::Append));
        file.write("edited");
        file.close();

        BackendClient client({backend.url(), backend.token()});
        const SyncSummary s = push(*db.value(), client);
        QCOMPARE(s.sent, 1);
        QCOMPARE(s.failed, 2);
        QCOMPARE(s.pending, 0);

        const auto rowOf = [&](const Application& app) {
            return OutboxRepository(*db.value()).forApplication(app.id).value().constFirst();
        };
        QCOMPARE(rowOf(apps[0]).state, OutboxState::Sent);
        const struct
        {
            const Application& app;
            const Document& document;
            QString code;
        } failures[] = {{apps[1], gone, u"documents.store.missing"_s},
                        {apps[2], changed, u"documents.store.changed"_s}};
        for (const auto& f : failures) {
            const OutboxEntry row = rowOf(f.app);
            QCOMPARE(row.state, OutboxState::Failed);
            QVERIFY2(row.lastError.startsWith(f.code), qPrintable(row.lastError));
            QVERIFY2(row.lastError.contains(f.document.fileName), qPrintable(row.lastError));
            QVERIFY2(row.lastError.contains(displayName(f.document.kind)), qPrintable(row.lastError));
            // The application is back with the user, the reason in its history.
            const Application local = ApplicationRepository(*db.value()).load(f.app.id).value();
            QCOMPARE(local.status, ApplicationStatus::Draft);
            QVERIFY2(local.history.constLast().note.contains(f.document.fileName),
                     qPrintable(local.history.constLast().note));
            // Nothing of it reached the backend (its dossier was not sent).
            QCOMPARE(backend.get(u"applications/"_s + f.app.id).value(u"code"_s).toString(),
                     u"application.not-found"_s);
        }
        QCOMPARE(backend.get(u"applications/"_s + apps[0].id).value(u"status"_s).toString(), u"received"_s);
        QCOMPARE(applied(backend, u"put"_s), 1);
        QCOMPARE(applied(backend, u"submit"_s), 1);
        QCOMPARE(applied(backend, u"document"_s), apps[0].documents.size());

        // Failed for good: the next sync does not try again (no endless retry).
        const SyncSummary again = push(*db.value(), client);
        QCOMPARE(again.sent, 0);
        QCOMPARE(again.failed, 0);
        QCOMPARE(applied(backend, u"put"_s), 1);
    }
};

QTEST_MAIN(TestSyncDocuments)
#include "tst_sync_documents.moc"
