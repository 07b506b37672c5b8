#include "SyncController.h"

#include "BackendUrl.h"
#include "CredentialStore.h"
#include "DatabaseThread.h"
#include "QueuedCount.h"
#include "SyncLogging.h"
#include "SyncStateStore.h"
#include "store/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace icp::sync {

SyncController::SyncController(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
}

SyncController::~SyncController() = default;

std::shared_ptr<DatabaseThread> SyncController::databaseThread()
{
    if (!m_thread)
        m_thread = std::make_shared<DatabaseThread>(m_db.opener());
    return m_thread;
}

Status SyncController::configure(const QString& backendUrl, const QString& token, SyncOptions options)
{
    const Result<QUrl> url = checkBackendUrl(backendUrl);
    if (!url)
        return url.error();
    m_engine.reset();
    m_engine =
        std::make_unique<SyncEngine>(databaseThread(), BackendConfig{url.value(), token}, std::move(options));
    connect(m_engine.get(), &SyncEngine::applicationChanged, this, &SyncController::applicationChanged);
    connect(m_engine.get(), &SyncEngine::rowSent, this, &SyncController::refreshQueued);
    connect(m_engine.get(), &SyncEngine::finished, this, [this](const SyncSummary& summary) {
        // The count after the run, then the rest: syncFinished() comes with it up to date.
        countQueued().then(this, [this, summary](int queued) {
            setQueued(queued);
            runFinished(summary);
        });
    });
    const QString backend = m_engine->backendKey();
    const int generation = ++m_generation;
    databaseThread()
        ->run([backend](Database& db) { return SyncStateStore(db).load(backend); })
        .then(this, [this, generation](const Result<SyncState>& state) {
            // Unless configured again or a run finished since (its time is newer).
            if (!state || generation != m_generation || state->lastSyncAt == m_lastSync)
                return;
            m_lastSync = state->lastSyncAt;
            Q_EMIT lastSyncChanged(m_lastSync);
        });
    setState(State::Idle);
    refreshQueued();
    return success();
}

void SyncController::runFinished(const SyncSummary& summary)
{
    ++m_generation;
    m_summary = summary;
    m_lastSync = summary.finishedAt;
    m_errors.clear();
    for (const Error& e : summary.errors)
        m_errors.append(e.message);
    Q_EMIT lastSyncChanged(m_lastSync);
    Q_EMIT errorsChanged(m_errors);
    setState(summary.errors.isEmpty() ? State::Idle : State::Error);
    Q_EMIT syncFinished(summary);
}

QFuture<Status> SyncController::configureFromKeychain(const QString& backendUrl, SyncOptions options)
{
    const Result<QUrl> url = checkBackendUrl(backendUrl);
    if (!url)
        return QtFuture::makeReadyFuture(Status(url.error()));
    return CredentialStore()
        .readToken(url.value())
        .then(this,
              [this, backendUrl, key = backendKey(url.value()),
               options = std::move(options)](const Result<std::optional<QString>>& token) -> Status {
                  if (!token)
                      return token.error();
                  if (!token.value()) {
                      return Status::failure(
                          u"sync.no-token"_s,
                          QCoreApplication::translate("SyncController",
                                                      "No token is stored for %1: enter it in Settings.")
                              .arg(key),
                          u"token"_s);
                  }
                  return configure(backendUrl, *token.value(), options);
              });
}

void SyncController::setInterval(int ms)
{
    if (ms > 0)
        m_timer.start(ms);
    else
        m_timer.stop();
}

void SyncController::syncNow()
{
    if (!m_engine || m_engine->isRunning())
        return;
    setState(State::Syncing);
    m_engine->syncOnce();
}

QFuture<int> SyncController::countQueued()
{
    return databaseThread()
        ->run([](Database& db) { return countQueuedRows(db); })
        .then(QtFuture::Launch::Sync, [](const Result<int>& queued) {
            if (!queued)
                qCWarning(lcSyncEngine).noquote()
                    << "the queued rows cannot be counted:" << queued.error().message;
            return queued ? queued.value() : 0;
        });
}

void SyncController::refreshQueued()
{
    if (m_counting) {
        m_countAgain = true;
        return;
    }
    m_counting = true;
    countQueued().then(this, [this](int queued) {
        m_counting = false;
        setQueued(queued);
        if (m_countAgain) {
            m_countAgain = false;
            refreshQueued();
        }
    });
}

void SyncController::setQueued(int queued)
{
    if (queued != m_queued) {
        m_queued = queued;
        Q_EMIT queuedCountChanged(queued);
    }
}

void SyncController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace icp::sync
