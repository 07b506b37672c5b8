#include "SyncController.h"

#include "BackendClient.h"
#include "BackendUrl.h"
#include "CredentialStore.h"
#include "SyncStateStore.h"

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

Status SyncController::configure(const QString& backendUrl, const QString& token, SyncOptions options)
{
    const Result<QUrl> url = checkBackendUrl(backendUrl);
    if (!url)
        return url.error();
    m_engine.reset();
    m_client = std::make_unique<BackendClient>(BackendConfig{url.value(), token});
    m_engine = std::make_unique<SyncEngine>(m_db, *m_client, std::move(options));
    connect(m_engine.get(), &SyncEngine::applicationChanged, this, &SyncController::applicationChanged);
    connect(m_engine.get(), &SyncEngine::rowSent, this, &SyncController::refreshQueued);
    connect(m_engine.get(), &SyncEngine::finished, this, [this](const SyncSummary& summary) {
        m_summary = summary;
        m_lastSync = summary.finishedAt;
        m_errors.clear();
        for (const Error& e : summary.errors)
            m_errors.append(e.message);
        refreshQueued();
        Q_EMIT lastSyncChanged(m_lastSync);
        Q_EMIT errorsChanged(m_errors);
        setState(summary.errors.isEmpty() ? State::Idle : State::Error);
        Q_EMIT syncFinished(summary);
    });
    if (const Result<SyncState> state = SyncStateStore(m_db).load(m_engine->backendKey()); state)
        m_lastSync = state->lastSyncAt;
    setState(State::Idle);
    refreshQueued();
    return success();
}

Status SyncController::configureFromKeychain(const QString& backendUrl, SyncOptions options)
{
    const Result<QUrl> url = checkBackendUrl(backendUrl);
    if (!url)
        return url.error();
    const Result<std::optional<QString>> token = CredentialStore().readToken(url.value());
    if (!token)
        return token.error();
    if (!token.value()) {
        return Status::failure(
            u"sync.no-token"_s,
            QCoreApplication::translate("SyncController", "No token is stored for %1: enter it in Settings.")
                .arg(backendKey(url.value())),
            u"token"_s);
    }
    return configure(backendUrl, *token.value(), std::move(options));
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

void SyncController::refreshQueued()
{
    const Result<QList<OutboxEntry>> pending =
        OutboxRepository(m_db).pending(QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC));
    const int queued = pending ? int(pending.value().size()) : 0;
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
