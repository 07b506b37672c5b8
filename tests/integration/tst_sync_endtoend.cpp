// Submit → granted end to end over real HTTP: the outbox row goes out, the change feed
// walks the application through every audit state, and the grant writes the numbers
// and the licence registry. Also: rules-based rejections, the SMS deadline, and the
// transport rules (plain HTTP only on loopback, TLS errors surfaced).
#include "BackendProcess.h"
#include "Icpctl.h"
#include "StoredDocuments.h"
#include "core/BeijingTime.h"
#include "store/ApplicationRepository.h"
#include "store/Database.h"
#include "store/Dossier.h"
#include "store/LicenceRepository.h"
#include "store/OutboxRepository.h"
#include "sync/BackendClient.h"
#include "sync/Jobs.h"
#include "sync/SyncEngine.h"
#include "validation/IcpNumber.h"
#include "validation/Province.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::sync;

namespace {

const QString kClean = u"enterprise-filing.json"_s;
const QString kMistakes = u"enterprise-filing-with-mistakes.json"_s;

SyncSummary runOnce(Database& db, BackendClient& client)
{
    SyncOptions options;
    options.retry.baseMs = 20;
    options.retryWithinRunMs = 5000;
    SyncEngine engine(db, client, options);
    QSignalSpy spy(&engine, &SyncEngine::finished);
    engine.syncOnce();
    if (engine.isRunning())
        spy.wait(30000);
    return engine.summary();
}

// Syncs until the application reaches `status` or `timeoutMs` passes.
ApplicationStatus syncUntil(Database& db, BackendClient& client, const QString& id, ApplicationStatus status,
                            int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    ApplicationRepository applications(db);
    ApplicationStatus current = ApplicationStatus::Draft;
    while (timer.elapsed() < timeoutMs) {
        (void)runOnce(db, client);
        current = applications.load(id).value().status;
        if (current == status)
            break;
        QTest::qWait(50);
    }
    return current;
}

} // namespace

class TestSyncEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> openDb(const QString& name)
    {
        auto db = Database::openSqlite(m_dir.filePath(name));
        return db ? std::move(db).value() : nullptr;
    }

private Q_SLOTS:
    void submittedApplicationWalksEveryAuditStateToGranted()
    {
        test::BackendProcess backend(QString::fromUtf8(ICP_BACKEND_PATH));
        const QString started = backend.start({u"--step-ms"_s, u"150"_s, u"--as-of"_s, u"2026-11-29"_s});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        auto db = openDb(u"granted.sqlite"_s);
        QVERIFY(db);
        Application app = test::exampleApplication(kClean);
        QVERIFY(!app.id.isEmpty());
        QCOMPARE(test::storeInventedDocuments(app, *db), QString());
        const Result<OutboxEntry> row = OutboxRepository(*db).enqueue(app, u"submit"_s, u"test"_s);
        QVERIFY2(row.ok(), row.ok() ? "" : qPrintable(row.error().message));

        BackendClient client({backend.url(), backend.token()});
        QCOMPARE(syncUntil(*db, client, app.id, ApplicationStatus::Granted, 20000),
                 ApplicationStatus::Granted);

        const Application granted = ApplicationRepository(*db).load(app.id).value();
        // Every audit state is in the history, in order (history kept, nothing replaced).
        const QList<ApplicationStatus> expected = {
            ApplicationStatus::Queued,         ApplicationStatus::Queued,
            ApplicationStatus::ProviderReview, ApplicationStatus::IdentityCheck,
            ApplicationStatus::SmsPending,     ApplicationStatus::AuthorityReview,
            ApplicationStatus::Granted};
        QList<ApplicationStatus> seen;
        for (const StatusChange& h : granted.history)
            seen.append(h.status);
        QCOMPARE(seen, expected);
        QVERIFY(granted.history.at(4).note.contains(u"SMS deadline"_s));

        // Numbers in the entity's province format: 京ICP备YYYYNNNNNN号 and -n per website.
        const Result<FilingNumber> entity = parseFilingNumber(granted.entity.filingNumber);
        QVERIFY2(entity.ok(), qPrintable(granted.entity.filingNumber));
        QCOMPARE(entity->abbreviation, Provinces::byCode(app.entity.provinceCode)->abbreviation);
        QCOMPARE(entity->serial.size(), 10);
        QCOMPARE(entity->serial.left(4), QString::number(beijing::today().year())); // issued on a Beijing day
        QCOMPARE(entity->site, 0);
        QVERIFY(granted.websites.size() >= 1);
        for (int i = 0; i < granted.websites.size(); ++i) {
            const Result<FilingNumber> site = parseFilingNumber(granted.websites.at(i).filingNumber);
            QVERIFY2(site.ok(), qPrintable(granted.websites.at(i).filingNumber));
            QCOMPARE(site->entityNumber(), granted.entity.filingNumber);
            QCOMPARE(site->site, i + 1);
        }
        // The licence registry has one record per website number.
        const QList<Licence> licences = LicenceRepository(*db).list().value();
        QCOMPARE(licences.size(), granted.websites.size());
        for (const Licence& l : licences) {
            QCOMPARE(l.applicationId, app.id);
            QCOMPARE(l.kind, ApplicationKind::Filing);
        }
        // The outbox row was delivered once, with the backend's receipt.
        const OutboxEntry sent = OutboxRepository(*db).load(row->id).value();
        QCOMPARE(sent.state, OutboxState::Sent);
        QVERIFY(sent.receipt.startsWith(u"rcpt-"_s));
        QCOMPARE(backend.stats().value(u"applied"_s).toObject().value(u"submit"_s).toInt(), 1);

        // A further sync changes nothing (the feed is applied idempotently).
        const SyncSummary again = runOnce(*db, client);
        QVERIFY(again.ok());
        QCOMPARE(again.changesApplied, 0);
        QCOMPARE(ApplicationRepository(*db).load(app.id).value().history.size(), expected.size());

        // icpctl status shows the same.
        const test::IcpctlRun status = test::runIcpctl(
            {u"--db"_s, m_dir.filePath(u"granted.sqlite"_s), u"status"_s, app.id, u"--json"_s},
            QProcessEnvironment::systemEnvironment(), std::chrono::seconds(30));
        QVERIFY(!status.timedOut);
        QCOMPARE(status.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(json.value(u"status"_s).toString(), u"granted"_s);
        QCOMPARE(json.value(u"step"_s).toInt(), 4);
        QCOMPARE(json.value(u"entityNumber"_s).toString(), granted.entity.filingNumber);
    }

    void blockingFindingsComeBackAsStructuredRejections()
    {
        test::BackendProcess backend(QString::fromUtf8(ICP_BACKEND_PATH));
        const QString started = backend.start({u"--step-ms"_s, u"60000"_s, u"--as-of"_s, u"2026-11-29"_s});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        auto db = openDb(u"rejected.sqlite"_s);
        Application app = test::exampleApplication(kMistakes);
        QCOMPARE(test::storeInventedDocuments(app, *db), QString());
        // Queued directly (icpctl submit would refuse it): the server must not trust the client.
        QVERIFY(OutboxRepository(*db).enqueue(app, u"submit"_s, u"test"_s).ok());
        BackendClient client({backend.url(), backend.token()});
        QCOMPARE(syncUntil(*db, client, app.id, ApplicationStatus::ProviderRejected, 10000),
                 ApplicationStatus::ProviderRejected);
        const Application rejected = ApplicationRepository(*db).load(app.id).value();
        const QString note = rejected.history.constLast().note;
        QVERIFY2(note.contains(u"ENT-003 entity.certificateNumber: "_s), qPrintable(note));

        GetApplicationJob job(client, app.id);
        job.setAutoDelete(false);
        QSignalSpy spy(&job, &ApiJob::finished);
        job.start();
        QVERIFY(spy.wait(10000));
        QVERIFY(job.ok());
        QCOMPARE(job.status(), u"returned"_s);
        const QList<Rejection> rejections = job.rejections();
        QVERIFY(!rejections.isEmpty());
        for (const Rejection& r : rejections) {
            QVERIFY(!r.ruleId.isEmpty());
            QVERIFY(!r.fieldPath.isEmpty());
            QVERIFY(!r.reasonEn.isEmpty());
            QVERIFY(!r.reasonZh.isEmpty());
            QVERIFY(!r.suggestionEn.isEmpty());
            QVERIFY(!r.suggestionZh.isEmpty());
        }
    }

    void smsDeadlinePassingReturnsTheApplication()
    {
        test::BackendProcess backend(QString::fromUtf8(ICP_BACKEND_PATH));
        const QString started =
            backend.start({u"--step-ms"_s, u"100"_s, u"--sms-never-verified"_s, u"--sms-deadline-ms"_s,
                           u"300"_s, u"--as-of"_s, u"2026-11-29"_s});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        auto db = openDb(u"sms.sqlite"_s);
        Application app = test::exampleApplication(kClean);
        QCOMPARE(test::storeInventedDocuments(app, *db), QString());
        QVERIFY(OutboxRepository(*db).enqueue(app, u"submit"_s, u"test"_s).ok());
        BackendClient client({backend.url(), backend.token()});
        QCOMPARE(syncUntil(*db, client, app.id, ApplicationStatus::Returned, 15000),
                 ApplicationStatus::Returned);
        const Application returned = ApplicationRepository(*db).load(app.id).value();
        QVERIFY(returned.history.constLast().note.contains(u"SMS-TIMEOUT"_s));
    }

    void aWrongTokenLeavesEveryRowQueuedUntouched()
    {
        test::BackendProcess backend(QString::fromUtf8(ICP_BACKEND_PATH));
        const QString started = backend.start({u"--as-of"_s, u"2026-11-29"_s});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        auto db = openDb(u"token.sqlite"_s);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            Application app = test::exampleApplication(kClean);
            QCOMPARE(test::storeInventedDocuments(app, *db), QString());
            ids.append(app.id);
            QVERIFY(OutboxRepository(*db).enqueue(app, u"submit"_s, u"test"_s).ok());
        }
        BackendClient client({backend.url(), u"icpb_wrong"_s});
        const SyncSummary s = runOnce(*db, client);
        QVERIFY(!s.ok());
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.pending, 3);
        QCOMPARE(s.errors.size(), 1); // told once, not once per row
        QCOMPARE(s.errors.constFirst().code, u"auth.invalid"_s);
        for (const QString& id : ids) {
            const OutboxEntry row = OutboxRepository(*db).forApplication(id).value().constFirst();
            QCOMPARE(row.state, OutboxState::Pending);
            QCOMPARE(row.attempts, 0);
            QCOMPARE(ApplicationRepository(*db).load(id).value().status, ApplicationStatus::Queued);
        }
    }

    void icpctlSubmitRefusesBlockingFindingsAndQueuesCleanOnes_data()
    {
        QTest::addColumn<QString>("dossier");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("outboxRows");
        QTest::addColumn<bool>("removeAStoredFile");
        QTest::newRow("a dossier with blocking findings is refused with exit 1")
            << kMistakes << 1 << 0 << false;
        QTest::newRow("a clean dossier is queued in the outbox") << kClean << 0 << 1 << false;
        QTest::newRow("a clean dossier whose stored attachment is gone is refused with exit 1")
            << kClean << 1 << 0 << true;
    }
    void icpctlSubmitRefusesBlockingFindingsAndQueuesCleanOnes()
    {
        QFETCH(QString, dossier);
        QFETCH(int, exitCode);
        QFETCH(int, outboxRows);
        QFETCH(bool, removeAStoredFile);
        const QString dbPath = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".sqlite"_s);
        // The examples are mid-audit; a draft is what a user submits.
        Application draft = test::exampleApplication(dossier);
        draft.status = ApplicationStatus::Draft;
        {
            // The attachments live in the database's own store, where icpctl looks.
            auto created = Database::openSqlite(dbPath);
            QVERIFY(created.ok());
            DocumentStore store(DocumentStore::rootFor(*created.value()));
            QCOMPARE(test::storeInventedDocuments(draft, store), QString());
            if (removeAStoredFile)
                QVERIFY(QFile::remove(store.pathFor(draft.documents.at(1).sha256)));
        }
        const QString draftFile = dbPath + u".json"_s;
        {
            QFile f(draftFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(writeDossier(draft));
        }
        const auto system = QProcessEnvironment::systemEnvironment();
        const test::IcpctlRun import =
            test::runIcpctl({u"--db"_s, dbPath, u"import"_s, draftFile}, system, std::chrono::seconds(30));
        QVERIFY(!import.timedOut);
        QCOMPARE(import.exitCode, 0);
        const QString id = import.out.trimmed();
        const test::IcpctlRun submit =
            test::runIcpctl({u"--db"_s, dbPath, u"submit"_s, id, u"--as-of"_s, u"2026-11-29"_s}, system,
                            std::chrono::seconds(30));
        QVERIFY(!submit.timedOut);
        const QString errors = submit.err;
        QVERIFY2(submit.exitCode == exitCode, qPrintable(errors));
        if (removeAStoredFile) { // the file and the document are named
            QVERIFY2(errors.contains(draft.documents.at(1).fileName), qPrintable(errors));
            QVERIFY2(errors.contains(displayName(draft.documents.at(1).kind)), qPrintable(errors));
            QVERIFY2(errors.contains(u"missing"_s), qPrintable(errors));
        }
        auto db = Database::openSqlite(dbPath);
        QVERIFY(db.ok());
        QCOMPARE(OutboxRepository(*db.value()).forApplication(id).value().size(), outboxRows);
        QCOMPARE(ApplicationRepository(*db.value()).load(id).value().status,
                 outboxRows ? ApplicationStatus::Queued : ApplicationStatus::Draft);
    }

    void transportIsRefusedOrFailsClearly_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code");
        QTest::newRow("plain HTTP to a remote host is refused before sending")
            << u"http://backend.example.com"_s << u"transport.insecure"_s;
        QTest::newRow("HTTPS to a self-signed certificate is a TLS error, not retried")
            << u"https://127.0.0.1:%1"_s << u"tls.error"_s;
    }
    void transportIsRefusedOrFailsClearly()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        QStringList args;
        QTemporaryDir tls;
        if (code == "tls.error"_L1) {
            // A self-signed certificate the client must not accept (and must say so).
            QProcess openssl;
            openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                         u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s,
                                         tls.filePath(u"key.pem"_s), u"-out"_s, tls.filePath(u"cert.pem"_s)});
            if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
                QSKIP("openssl could not make a test certificate");
            args = {u"--tls-cert"_s, tls.filePath(u"cert.pem"_s), u"--tls-key"_s, tls.filePath(u"key.pem"_s)};
        }
        test::BackendProcess backend(QString::fromUtf8(ICP_BACKEND_PATH));
        const QString started = backend.start(args);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        if (url.contains(u"%1"_s))
            url = url.arg(backend.port());
        BackendClient client({QUrl(url), backend.token(), 5000});
        PingJob job(client);
        job.setAutoDelete(false);
        QSignalSpy spy(&job, &ApiJob::finished);
        job.start();
        QVERIFY(spy.wait(10000));
        QVERIFY(!job.ok());
        QCOMPARE(job.problem().code, code);
        QVERIFY(!job.problem().retryable());
        QVERIFY(!job.problem().message().isEmpty());
        if (code == "transport.insecure"_L1)
            QCOMPARE(backend.stats().value(u"requests"_s).toInt(), 1); // only this stats call arrived
        else
            QVERIFY(!job.problem().tlsErrors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "tst_sync_endtoend.moc"
