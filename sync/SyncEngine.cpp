#include "SyncEngine.h"

#include "BackendUrl.h"
#include "DatabaseThread.h"
#include "SyncWorker.h"
#include "store/Database.h"

namespace icp::sync {

SyncEngine::SyncEngine(Database& db, BackendClient& client, SyncOptions options, QObject* parent)
    : SyncEngine(std::make_shared<DatabaseThread>(db.opener()), client.config(), std::move(options), parent)
{}

SyncEngine::SyncEngine(std::shared_ptr<DatabaseThread> thread, BackendConfig backend, SyncOptions options,
                       QObject* parent)
    : QObject(parent)
    , m_thread(std::move(thread))
    , m_backend(backend)
    , m_worker(new SyncWorker(*m_thread, std::move(backend), std::move(options)))
{
    qRegisterMetaType<icp::sync::SyncSummary>();
    qRegisterMetaType<icp::Error>();
    m_worker->moveToThread(m_thread->context()->thread());
    // Queued (the worker is on another thread), so they arrive here in the order sent.
    connect(m_worker, &SyncWorker::rowSent, this, &SyncEngine::rowSent);
    connect(m_worker, &SyncWorker::rowFailed, this, &SyncEngine::rowFailed);
    connect(m_worker, &SyncWorker::documentSent, this, &SyncEngine::documentSent);
    connect(m_worker, &SyncWorker::applicationChanged, this, &SyncEngine::applicationChanged);
    connect(m_worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(m_worker, &SyncWorker::finished, this, [this](const SyncSummary& summary) {
        m_summary = summary;
        m_running = false;
        Q_EMIT finished(m_summary);
    });
}

SyncEngine::~SyncEngine()
{
    // The worker's jobs and timers belong to its thread: delete it there, and wait, so
    // that nothing of this engine writes to the database afterwards.
    QMetaObject::invokeMethod(
        m_thread->context(), [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
}

QString SyncEngine::backendKey() const
{
    return sync::backendKey(m_backend.baseUrl);
}

void SyncEngine::syncOnce()
{
    begin(true, true);
}

void SyncEngine::pushOnly()
{
    begin(true, false);
}

void SyncEngine::pullOnly()
{
    begin(false, true);
}

void SyncEngine::begin(bool push, bool pull)
{
    if (m_running)
        return;
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, push, pull] { worker->begin(push, pull); });
}

} // namespace icp::sync
