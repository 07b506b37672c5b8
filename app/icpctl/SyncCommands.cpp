#include "SyncCommands.h"

#include "core/BeijingTime.h"
#include "documents/DocumentStore.h"
#include "rules/RuleSet.h"
#include "store/ApplicationRepository.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "sync/AttachmentPlan.h"
#include "sync/BackendClient.h"
#include "sync/BackendUrl.h"
#include "sync/CredentialStore.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace icp::cli {

namespace {

QString isoOrEmpty(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A command-line program has no window to keep responsive, so it may wait for an
// asynchronous answer (the keychain's): in a local event loop, which the answer needs.
template <typename T> T waitFor(const QFuture<T>& future)
{
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

// Statuses from which an application may be (re)submitted: the user holds it.
bool submittable(ApplicationStatus s)
{
    return s == ApplicationStatus::Draft || s == ApplicationStatus::ProviderRejected ||
           s == ApplicationStatus::Returned || s == ApplicationStatus::AuthorityRejected ||
           s == ApplicationStatus::Expired || s == ApplicationStatus::Withdrawn;
}

} // namespace

int runSubmit(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl", "Runs every rule on an application and, when nothing blocks, queues it for submission to "
                  "the registration backend ('icpctl sync' sends it). Exit code 1 when a finding blocks."));
    const QCommandLineOption asOf(
        u"as-of"_s,
        QCoreApplication::translate("icpctl", "Evaluate as on this day in Beijing time (default: today)."),
        u"date"_s);
    parser.addOption(asOf);
    parser.addPositionalArgument(u"id"_s, QCoreApplication::translate("icpctl", "Application id."));
    if (const int code = context.parse(parser); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << QCoreApplication::translate("icpctl", "usage: icpctl [--db PATH] submit ID "
                                                             "[--as-of YYYY-MM-DD]")
                    << '\n';
        return ExitUsage;
    }
    // Today in Beijing, like every deadline (docs/regulations.md §11); --as-of names a Beijing day.
    const QDateTime now = beijing::now();
    QDate date = now.date();
    if (parser.isSet(asOf)) {
        date = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!date.isValid()) {
            context.err << QCoreApplication::translate("icpctl",
                                                       "--as-of: '%1' is not a date in the form YYYY-MM-DD.")
                               .arg(parser.value(asOf))
                        << '\n';
            return ExitUsage;
        }
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    ApplicationRepository applications(*db);
    const QString id = parser.positionalArguments().constFirst();
    Result<Application> app = applications.load(id);
    if (!app) {
        context.err << app.error().message << '\n';
        return ExitUsage;
    }
    if (!submittable(app->status)) {
        context.err << QCoreApplication::translate("icpctl",
                                                   "Application %1 is %2: it cannot be submitted now.")
                           .arg(id, displayName(app->status))
                    << '\n';
        return ExitInvalid;
    }
    const QList<Finding> findings = parser.isSet(asOf) ? RuleSet::standard().evaluate(app.value(), date)
                                                       : RuleSet::standard().evaluateAt(app.value(), now);
    if (hasBlocking(findings)) {
        for (const Finding& f : findings) {
            if (f.severity == Severity::Blocking)
                context.err << severityName(f.severity) << ' ' << f.ruleId << ' ' << f.fieldPath << ": "
                            << f.message << '\n';
        }
        context.err << QCoreApplication::translate("icpctl",
                                                   "Not submitted: fix the blocking findings first.")
                    << '\n';
        return ExitInvalid;
    }
    // The sync engine uploads the attachments from this database's document store before
    // the dossier: a missing or changed file is reported now, not at the next sync.
    const Result<QList<sync::Attachment>> attachments =
        sync::planAttachments(app.value(), DocumentStore(DocumentStore::rootFor(*db)));
    if (!attachments) {
        context.err << attachments.error().path << ": " << attachments.error().message << '\n';
        context.err << QCoreApplication::translate("icpctl",
                                                   "Not submitted: attach the missing documents again first.")
                    << '\n';
        return ExitInvalid;
    }
    OutboxRepository outbox(*db);
    const Result<OutboxEntry> entry = outbox.enqueue(app.value(), u"submit"_s, CliContext::actor());
    if (!entry) {
        context.err << entry.error().message << '\n';
        return ExitInvalid;
    }
    context.out << QCoreApplication::translate("icpctl", "Queued %1 for submission (outbox row %2).")
                       .arg(id)
                       .arg(entry->id)
                << '\n';
    return ExitOk;
}

int runSync(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl",
        "Sends the queued submissions, with their documents from this database's document store, to "
        "the registration backend and applies its status changes, "
        "once. The token comes from the system keychain, or from an environment variable for "
        "scripts. Exit code 1 when something failed or is still waiting."));
    const QCommandLineOption backend(
        u"backend"_s,
        QCoreApplication::translate("icpctl", "Backend address (default: $ICP_BACKEND_URL or the settings)."),
        u"url"_s);
    const QCommandLineOption tokenEnv(
        u"token-env"_s,
        QCoreApplication::translate("icpctl",
                                    "Read the token from this environment variable, not the keychain."),
        u"var"_s);
    const QCommandLineOption retryFor(
        u"retry-for"_s,
        QCoreApplication::translate("icpctl",
                                    "Keep retrying failed sends for this many seconds (default 30)."),
        u"seconds"_s, u"30"_s);
    parser.addOptions({backend, tokenEnv, retryFor});
    if (const int code = context.parse(parser); code >= 0)
        return code;

    QString url = parser.value(backend);
    if (url.isEmpty())
        url = qEnvironmentVariable("ICP_BACKEND_URL");
    if (url.isEmpty())
        url = QSettings().value(u"sync/backendUrl"_s).toString();
    if (url.isEmpty()) {
        context.err << QCoreApplication::translate("icpctl", "No backend: give --backend URL or set "
                                                             "ICP_BACKEND_URL.")
                    << '\n';
        return ExitUsage;
    }
    const Result<QUrl> checked = sync::checkBackendUrl(url);
    if (!checked) {
        context.err << checked.error().message << '\n';
        return ExitUsage;
    }
    QString token;
    if (parser.isSet(tokenEnv)) {
        token = qEnvironmentVariable(parser.value(tokenEnv).toLocal8Bit().constData());
        if (token.isEmpty()) {
            context.err << QCoreApplication::translate("icpctl",
                                                       "The environment variable %1 is empty or not set.")
                               .arg(parser.value(tokenEnv))
                        << '\n';
            return ExitUsage;
        }
    } else {
        const Result<std::optional<QString>> stored =
            waitFor(sync::CredentialStore().readToken(checked.value()));
        if (!stored) {
            context.err << stored.error().message << '\n';
            return ExitUsage;
        }
        if (!stored.value()) {
            context.err << QCoreApplication::translate("icpctl",
                                                       "No token is stored for %1: use --token-env VAR.")
                               .arg(sync::backendKey(checked.value()))
                        << '\n';
            return ExitUsage;
        }
        token = *stored.value();
    }
    bool ok = false;
    const int retrySeconds = parser.value(retryFor).toInt(&ok);
    if (!ok || retrySeconds < 0) {
        context.err << QCoreApplication::translate("icpctl", "--retry-for takes a number of seconds.")
                    << '\n';
        return ExitUsage;
    }

    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    sync::BackendClient client(sync::BackendConfig{checked.value(), token});
    sync::SyncOptions options;
    options.retryWithinRunMs = qint64(retrySeconds) * 1000;
    options.actor = u"sync (icpctl)"_s;
    if (const QByteArray base = qgetenv("ICP_SYNC_BACKOFF_MS"); !base.isEmpty()) // tests: fast retries
        options.retry.baseMs = std::max(1, base.toInt());
    sync::SyncEngine engine(*db, client, options);
    QEventLoop loop;
    QObject::connect(&engine, &sync::SyncEngine::finished, &loop, &QEventLoop::quit);
    engine.syncOnce();
    if (engine.isRunning())
        loop.exec();

    const sync::SyncSummary& s = engine.summary();
    context.out << QCoreApplication::translate("icpctl", "Sent %1, refused %2, still waiting %3; %4 status "
                                                         "changes applied, %5 skipped.")
                       .arg(s.sent)
                       .arg(s.failed)
                       .arg(s.pending)
                       .arg(s.changesApplied)
                       .arg(s.changesSkipped)
                << '\n';
    if (s.documentsSent > 0)
        context.out << QCoreApplication::translate("icpctl",
                                                   "Documents on the backend: %1 (%2 bytes uploaded).")
                           .arg(s.documentsSent)
                           .arg(s.bytesSent)
                    << '\n';
    for (const Error& e : s.errors)
        context.err << (e.path.isEmpty() ? QString() : e.path + u": "_s) << e.message << " [" << e.code
                    << "]\n";
    return s.ok() ? ExitOk : ExitInvalid;
}

int runStatus(const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "icpctl", "Shows an application's current status, its history, its numbers and its outbox rows."));
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("icpctl", "Print JSON instead of text."));
    parser.addOption(json);
    parser.addPositionalArgument(u"id"_s, QCoreApplication::translate("icpctl", "Application id."));
    if (const int code = context.parse(parser); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << QCoreApplication::translate("icpctl", "usage: icpctl [--db PATH] status ID [--json]")
                    << '\n';
        return ExitUsage;
    }
    auto db = context.openDatabase();
    if (!db)
        return ExitUsage;
    const QString id = parser.positionalArguments().constFirst();
    Result<Application> app = ApplicationRepository(*db).load(id);
    if (!app) {
        context.err << app.error().message << '\n';
        return ExitUsage;
    }
    const Result<QList<OutboxEntry>> rows = OutboxRepository(*db).forApplication(id);
    const QList<OutboxEntry> outbox = rows ? rows.value() : QList<OutboxEntry>();

    if (parser.isSet(json)) {
        QJsonArray history;
        for (const StatusChange& h : app->history) {
            history.append(QJsonObject{
                {u"status"_s, toKey(h.status)}, {u"at"_s, isoOrEmpty(h.at)}, {u"note"_s, h.note}});
        }
        QJsonArray websites;
        for (const Website& w : app->websites)
            websites.append(QJsonObject{{u"id"_s, w.id}, {u"name"_s, w.name}, {u"number"_s, w.filingNumber}});
        QJsonArray rowsJson;
        for (const OutboxEntry& e : outbox) {
            rowsJson.append(QJsonObject{{u"id"_s, e.id},
                                        {u"kind"_s, e.kind},
                                        {u"state"_s, outboxStateKey(e.state)},
                                        {u"attempts"_s, e.attempts},
                                        {u"lastError"_s, e.lastError},
                                        {u"receipt"_s, e.receipt},
                                        {u"sentAt"_s, isoOrEmpty(e.sentAt)}});
        }
        const QJsonObject result{{u"id"_s, id},
                                 {u"status"_s, toKey(app->status)},
                                 {u"step"_s, wizardStep(app->status)},
                                 {u"entityNumber"_s, app->entity.filingNumber},
                                 {u"websites"_s, websites},
                                 {u"history"_s, history},
                                 {u"outbox"_s, rowsJson}};
        context.out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    context.out << QCoreApplication::translate("icpctl", "Application %1: %2 (step %3 of 4)")
                       .arg(id, displayName(app->status))
                       .arg(wizardStep(app->status))
                << '\n';
    if (!app->entity.filingNumber.isEmpty())
        context.out
            << QCoreApplication::translate("icpctl", "Entity number: %1").arg(app->entity.filingNumber)
            << '\n';
    for (const Website& w : app->websites) {
        if (!w.filingNumber.isEmpty())
            context.out << QCoreApplication::translate("icpctl", "Website %1: %2").arg(w.name, w.filingNumber)
                        << '\n';
    }
    context.out << QCoreApplication::translate("icpctl", "History:") << '\n';
    for (const StatusChange& h : app->history) {
        context.out << "  " << isoOrEmpty(h.at) << "  " << displayName(h.status);
        if (!h.note.isEmpty())
            context.out << " — " << QString(h.note).replace(u'\n', u"; "_s);
        context.out << '\n';
    }
    for (const OutboxEntry& e : outbox) {
        context.out << QCoreApplication::translate("icpctl", "Outbox row %1 (%2): %3, %4 attempt(s)")
                           .arg(e.id)
                           .arg(e.kind, outboxStateKey(e.state))
                           .arg(e.attempts)
                    << (e.lastError.isEmpty() ? QString() : u" — "_s + e.lastError) << '\n';
    }
    return ExitOk;
}

} // namespace icp::cli
