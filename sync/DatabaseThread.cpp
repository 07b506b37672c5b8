#include "DatabaseThread.h"

#include "SyncLogging.h"

using namespace Qt::StringLiterals;

namespace icp::sync {

DatabaseThread::DatabaseThread(Database::Opener opener)
    : m_opener(std::move(opener))
    , m_context(new QObject)
{
    m_thread.setObjectName(u"icp-sync-database"_s);
    m_context->moveToThread(&m_thread);
    // Deleted on the thread as it ends (QThread::finished runs its deferred deletes).
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DatabaseThread::~DatabaseThread()
{
    // The connection belongs to the thread: close it there, after the work queued
    // before (the queue is first in, first out).
    QMetaObject::invokeMethod(
        m_context, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Result<Database*> DatabaseThread::database()
{
    Q_ASSERT(QThread::currentThread() == &m_thread);
    if (m_db)
        return m_db.get();
    if (m_openError)
        return *m_openError;
    Result<std::unique_ptr<Database>> opened = m_opener();
    if (!opened) {
        qCWarning(lcSyncEngine).noquote()
            << "the sync's database connection cannot be opened:" << opened.error().message;
        m_openError = opened.error();
        return opened.error();
    }
    m_db = std::move(opened).value();
    return m_db.get();
}

} // namespace icp::sync
