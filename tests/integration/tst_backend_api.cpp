// The /v1 protocol as icp-backend implements it (docs/api.md), driven through the
// client's job classes: authentication, idempotency, problem+json errors, the change
// feed, withdrawal and resumable, hash-verified document uploads.
#include "BackendProcess.h"
#include "StoredDocuments.h"
#include "store/Dossier.h"
#include "sync/BackendClient.h"
#include "sync/DocumentUpload.h"
#include "sync/Jobs.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::sync;

namespace {

template <typename Job> bool run(Job& job)
{
    job.setAutoDelete(false);
    QSignalSpy spy(&job, &ApiJob::finished);
    job.start();
    return spy.wait(15000);
}

// The clean example with its attachments uploaded in initTestCase (the backend refuses
// to submit a dossier whose documents it never received).
Application g_clean;

QByteArray cleanDossier(const QString& id)
{
    Application app = g_clean;
    app.id = id;
    return writeDossier(app);
}

} // namespace

class TestBackendApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::BackendProcess> m_backend;
    std::unique_ptr<BackendClient> m_client;
    QTemporaryDir m_documents;

private Q_SLOTS:
    void initTestCase()
    {
        m_backend = std::make_unique<test::BackendProcess>(QString::fromUtf8(ICP_BACKEND_PATH));
        const QString started =
            m_backend->start({u"--step-ms"_s, u"600000"_s, u"--as-of"_s, u"2026-11-29"_s});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_client = std::make_unique<BackendClient>(BackendConfig{m_backend->url(), m_backend->token()});

        g_clean = test::exampleApplication(u"enterprise-filing.json"_s);
        QVERIFY(m_documents.isValid());
        DocumentStore store(m_documents.path());
        QCOMPARE(test::storeInventedDocuments(g_clean, store), QString());
        for (const Document& d : std::as_const(g_clean.documents)) {
            DocumentUpload upload(*m_client, store.pathFor(d.sha256), d.sha256, d.mimeType, {u"documents"_s},
                                  "init:" + d.sha256.toLatin1());
            QSignalSpy done(&upload, &DocumentUpload::finished);
            upload.start();
            QVERIFY(done.wait(15000));
            QVERIFY2(upload.ok(), qPrintable(upload.problem().code));
        }
    }

    void submitRefusesDocumentsNeverUploaded()
    {
        // Two documents refer to bytes this token never uploaded (docs/regulations.md §7.1: the
        // provider reviews the documents with the form).
        Application app = g_clean;
        app.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString never = QString(64, u'e');
        app.documents[0].sha256 = never;
        app.documents[2].sha256 = never;
        PutApplicationJob put(*m_client, app.id, writeDossier(app), "missing-put");
        QVERIFY(run(put));
        QVERIFY(put.ok());
        const int submitsBefore =
            m_backend->stats().value(u"applied"_s).toObject().value(u"submit"_s).toInt();
        SubmitJob submit(*m_client, app.id, "missing-submit");
        QVERIFY(run(submit));
        QCOMPARE(submit.httpStatus(), 422);
        QCOMPARE(submit.problem().code, u"document.missing"_s);
        QVERIFY(!submit.problem().retryable());
        QStringList fields;
        for (const FieldProblem& f : submit.problem().fieldErrors) {
            QCOMPARE(f.code, u"document.missing"_s);
            fields.append(f.field);
        }
        QCOMPARE(fields, (QStringList{u"$.application.documents[0].sha256"_s,
                                      u"$.application.documents[2].sha256"_s}));
        QVERIFY2(submit.problem().fieldErrors[0].message.contains(app.documents[0].fileName),
                 qPrintable(submit.problem().fieldErrors[0].message));
        GetApplicationJob get(*m_client, app.id);
        QVERIFY(run(get));
        QCOMPARE(get.status(), u"draft"_s); // nothing happened
        QCOMPARE(m_backend->stats().value(u"applied"_s).toObject().value(u"submit"_s).toInt(), submitsBefore);
    }

    void tokensAreRequired_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("code");
        QTest::newRow("no token is auth.missing") << QString() << u"auth.missing"_s;
        QTest::newRow("an unknown token is auth.invalid") << u"icpb_not-a-real-token"_s << u"auth.invalid"_s;
    }
    void tokensAreRequired()
    {
        QFETCH(QString, token);
        QFETCH(QString, code);
        BackendClient client({m_backend->url(), token});
        PingJob job(client);
        QVERIFY(run(job));
        QCOMPARE(job.httpStatus(), 401);
        QCOMPARE(job.problem().code, code);
        QVERIFY(!job.problem().retryable());
        PingJob good(*m_client);
        QVERIFY(run(good));
        QVERIFY(good.ok());
    }

    void sameKeyGivesTheSameAnswerAndOneEffect()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        PutApplicationJob put(*m_client, id, cleanDossier(id), "put-1");
        QVERIFY(run(put));
        QVERIFY(put.ok());
        QCOMPARE(put.httpStatus(), 201);
        const int submitsBefore =
            m_backend->stats().value(u"applied"_s).toObject().value(u"submit"_s).toInt();
        SubmitJob first(*m_client, id, "submit-1");
        QVERIFY(run(first));
        QCOMPARE(first.httpStatus(), 202);
        SubmitJob again(*m_client, id, "submit-1");
        QVERIFY(run(again));
        QCOMPARE(again.httpStatus(), 202);
        QVERIFY(again.replayed());
        QCOMPARE(again.json(), first.json());
        QCOMPARE(m_backend->stats().value(u"applied"_s).toObject().value(u"submit"_s).toInt(),
                 submitsBefore + 1);

        // A new key for the same submission is a real second call: refused, not applied.
        SubmitJob other(*m_client, id, "submit-2");
        QVERIFY(run(other));
        QCOMPARE(other.httpStatus(), 409);
        QCOMPARE(other.problem().code, u"application.state"_s);
        // The same key for a different request is refused.
        PutApplicationJob reused(*m_client, id, cleanDossier(id) + ' ', "submit-1");
        QVERIFY(run(reused));
        QCOMPARE(reused.httpStatus(), 422);
        QCOMPARE(reused.problem().code, u"idempotency.key-reused"_s);
        // Replacing an application under review is refused.
        PutApplicationJob locked(*m_client, id, cleanDossier(id), "put-2");
        QVERIFY(run(locked));
        QCOMPARE(locked.problem().code, u"application.locked"_s);
    }

    void invalidDossierListsEveryFieldError()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QByteArray body = cleanDossier(id);
        body.replace("\"kind\": \"filing\"", "\"kind\": \"filling\"");
        body.replace("\"format\": \"icp-dossier\"", "\"format\": \"icp-dossier\", \"nmae\": 1");
        PutApplicationJob put(*m_client, id, body, "bad-1");
        QVERIFY(run(put));
        QCOMPARE(put.httpStatus(), 422);
        QCOMPARE(put.problem().code, u"dossier.invalid"_s);
        QVERIFY2(put.problem().fieldErrors.size() >= 2, qPrintable(put.problem().detail));
        QVERIFY(!put.problem().retryable());
    }

    void withdrawingIsRefusedOnceTheAuthorityHasIt()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        PutApplicationJob put(*m_client, id, cleanDossier(id), "w-put");
        QVERIFY(run(put));
        WithdrawJob withdraw(*m_client, id, "w-1");
        QVERIFY(run(withdraw));
        QVERIFY(withdraw.ok());
        QCOMPARE(withdraw.json().value(u"status"_s).toString(), u"withdrawn"_s);
        WithdrawJob missing(*m_client, u"no-such-application"_s, "w-2");
        QVERIFY(run(missing));
        QCOMPARE(missing.httpStatus(), 404);
        QCOMPARE(missing.problem().code, u"application.not-found"_s);
    }

    void changeFeedIsOrderedAndResumesAfterACursor()
    {
        ChangesJob all(*m_client, u"0"_s, 500);
        QVERIFY(run(all));
        QVERIFY(all.ok());
        const QList<RemoteChange> changes = all.changes();
        QVERIFY(changes.size() >= 2);
        for (int i = 1; i < changes.size(); ++i)
            QVERIFY(changes[i - 1].cursor.toLongLong() < changes[i].cursor.toLongLong());
        ChangesJob rest(*m_client, changes.constFirst().cursor, 500);
        QVERIFY(run(rest));
        QCOMPARE(rest.changes().size(), changes.size() - 1);
        QCOMPARE(rest.changes().constFirst().cursor, changes.at(1).cursor);
        ChangesJob page(*m_client, u"0"_s, 1);
        QVERIFY(run(page));
        QCOMPARE(page.changes().size(), 1);
        QVERIFY(page.more());
        ChangesJob bad(*m_client, u"banana"_s);
        QVERIFY(run(bad));
        QCOMPARE(bad.problem().code, u"request.cursor"_s);
    }

    void documentUploadResumesAndVerifiesTheHash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"certificate.pdf"_s);
        QByteArray bytes(1024 * 1024 + 123, '\0');
        QRandomGenerator(42).generate(bytes.begin(), bytes.end());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QStringList fields = {u"entity.certificate"_s};

        // First attempt stops after two chunks (as if the process died).
        DocumentUpload first(*m_client, path, sha, u"application/pdf"_s, fields, "doc-1");
        first.setChunkSize(256 * 1024);
        first.setStopAfterChunks(2);
        QSignalSpy firstDone(&first, &DocumentUpload::finished);
        first.start();
        QVERIFY(firstDone.wait(15000));
        QVERIFY(!first.ok());
        QCOMPARE(first.bytesSent(), 512 * 1024);

        // The next attempt with the same key base continues where the server stopped.
        DocumentUpload second(*m_client, path, sha, u"application/pdf"_s, fields, "doc-1");
        second.setChunkSize(256 * 1024);
        QSignalSpy secondDone(&second, &DocumentUpload::finished);
        second.start();
        QVERIFY(secondDone.wait(15000));
        QVERIFY2(second.ok(), qPrintable(second.problem().code + u' ' + second.problem().detail));
        QCOMPARE(second.bytesSent(), qint64(bytes.size()) - 512 * 1024);
        QCOMPARE(second.documentId(), sha);

        // One document can serve several fields: announcing it again adds the field.
        CreateUploadJob again(*m_client, sha, bytes.size(), u"certificate.pdf"_s, u"application/pdf"_s,
                              {u"persons[0].idFront"_s}, "doc-2");
        QVERIFY(run(again));
        QVERIFY(again.complete());
        QCOMPARE(again.json().value(u"fields"_s).toArray().size(), 2);

        // Bytes that do not match the declared hash are refused.
        const QString wrong = QString(64, u'0');
        DocumentUpload bad(*m_client, path, wrong, u"application/pdf"_s, fields, "doc-3");
        QSignalSpy badDone(&bad, &DocumentUpload::finished);
        bad.start();
        QVERIFY(badDone.wait(15000));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.problem().code, u"upload.hash-mismatch"_s);
    }
};

QTEST_GUILESS_MAIN(TestBackendApi)
#include "tst_backend_api.moc"
