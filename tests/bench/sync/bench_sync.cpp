// Pushes 1,000 queued submissions (PUT dossier + POST submit each; no attachments) to a local
// icp-backend and compares, in the same run and against the same server, with
// `curl --parallel` sending the same requests. Prints submissions/s for both and the
// ratio (target ≤ 1.5). Timings are never pass/fail.
#include "BackendProcess.h"
#include "store/Database.h"
#include "store/Dossier.h"
#include "store/OutboxRepository.h"
#include "sync/BackendClient.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

constexpr int kCount = 1000;
constexpr int kParallel = 8;

// One curl config per phase (all PUTs, then all submits: a submit needs its PUT first).
bool writeCurlConfig(const QString& path, const QStringList& lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(lines.join(u'\n').toUtf8());
    return true;
}

double runCurl(const QString& config)
{
    QElapsedTimer t;
    t.start();
    QProcess curl;
    curl.start(u"curl"_s, {u"--parallel"_s, u"--parallel-max"_s, QString::number(kParallel), u"--silent"_s,
                           u"--fail"_s, u"-K"_s, config});
    curl.waitForFinished(600000);
    if (curl.exitCode() != 0)
        std::fprintf(stderr, "curl exited %d: %s\n", curl.exitCode(),
                     curl.readAllStandardError().constData());
    return t.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"icp.*.info=false"_s); // the figures, not the migrations
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty()) {
        std::fprintf(stderr, "curl not found\n");
        return 1;
    }
    test::BackendProcess backend(QString::fromUtf8(ICP_BACKEND_PATH));
    const QString started = backend.start({u"--step-ms"_s, u"3600000"_s, u"--as-of"_s, u"2026-11-29"_s});
    if (!started.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(started));
        return 1;
    }
    QTemporaryDir dir;
    // Without attachments: this measures the dossier PUT + submit path against curl (the
    // engine still reads each queued dossier for documents; there are none to upload).
    // The backend's rules then return each application (DOC-003), which the push does not see.
    Application base = test::exampleApplication(u"enterprise-filing.json"_s);
    base.documents.clear();

    // 1. The sync engine.
    auto db = Database::openSqlite(dir.filePath(u"bench.sqlite"_s));
    if (!db)
        return 1;
    OutboxRepository outbox(*db.value());
    for (int i = 0; i < kCount; ++i) {
        Application a = base;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!outbox.enqueue(a, u"submit"_s, u"bench"_s))
            return 1;
    }
    sync::BackendClient client({backend.url(), backend.token()});
    sync::SyncOptions options;
    options.concurrency = kParallel;
    sync::SyncEngine engine(*db.value(), client, options);
    QSignalSpy finished(&engine, &sync::SyncEngine::finished);
    QElapsedTimer t;
    t.start();
    engine.pushOnly();
    finished.wait(600000);
    const double engineSeconds = t.nsecsElapsed() / 1e9;
    const sync::SyncSummary& s = engine.summary();

    // 2. curl --parallel with the same requests (same dossier bytes, fresh ids and keys).
    QStringList puts, submits;
    const QString auth = u"header = \"Authorization: Bearer "_s + backend.token() + u'"';
    for (int i = 0; i < kCount; ++i) {
        Application a = base;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString file = dir.filePath(a.id + u".json"_s);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(writeDossier(a));
        f.close();
        const QString url = backend.url().toString() + u"/v1/applications/"_s + a.id;
        puts << u"url = \""_s + url + u'"' << u"request = \"PUT\""_s << auth
             << u"header = \"Content-Type: application/json\""_s
             << u"header = \"Idempotency-Key: "_s + a.id + u":put\""_s << u"data-binary = \"@"_s + file + u'"'
             << u"output = \"/dev/null\""_s << u"next"_s;
        submits << u"url = \""_s + url + u"/submit\""_s << u"request = \"POST\""_s << auth
                << u"header = \"Content-Type: application/json\""_s
                << u"header = \"Idempotency-Key: "_s + a.id + u":submit\""_s << u"data = \"{}\""_s
                << u"output = \"/dev/null\""_s << u"next"_s;
    }
    puts.removeLast();
    submits.removeLast();
    if (!writeCurlConfig(dir.filePath(u"puts.cfg"_s), puts) ||
        !writeCurlConfig(dir.filePath(u"submits.cfg"_s), submits))
        return 1;
    const double curlSeconds = runCurl(dir.filePath(u"puts.cfg"_s)) + runCurl(dir.filePath(u"submits.cfg"_s));
    const int applied = backend.stats().value(u"applied"_s).toObject().value(u"submit"_s).toInt();

    std::printf(
        "sync engine: %d submissions sent (%d failed) in %.2f s = %.0f submissions/s (%d in flight)\n",
        s.sent, s.failed, engineSeconds, s.sent / engineSeconds, kParallel);
    std::printf("curl --parallel: %d submissions in %.2f s = %.0f submissions/s (--parallel-max %d)\n",
                applied - s.sent, curlSeconds, (applied - s.sent) / curlSeconds, kParallel);
    std::printf("ratio engine/curl time: %.2f (target <= 1.5)\n", engineSeconds / curlSeconds);
    return s.sent == kCount && applied == 2 * kCount ? 0 : 1;
}
