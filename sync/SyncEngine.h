#pragma once

#include "BackendClient.h"
#include "SyncOptions.h"
#include "core/Result.h"
#include "domain/Enums.h"

#include <QObject>
#include <QString>
#include <memory>

namespace icp {
class Database;
} // namespace icp

namespace icp::sync {

class DatabaseThread;
class SyncWorker;

// The sync engine (architecture.md "Data flow"): pushes due outbox rows to the backend
// (upload the dossier's attachments from the document store, PUT the dossier, then POST
// submit, each with a key derived from the row's Idempotency-Key, so a retry or a
// restart after a crash has the effect of one call; at most `concurrency` calls at once),
// with exponential backoff and jitter honouring Retry-After and no retry on other 4xx;
// then pulls the change feed from the stored cursor and applies each change
// (ChangeApplier).
//
// Threads (docs/api.md "Threads"): the work runs on a DatabaseThread, with that thread's
// own database connection and its own QNetworkAccessManager (SyncWorker); this object
// stays on the thread that made it, starts runs and re-emits the worker's signals there
// (queued, in order). Nothing it does waits on SQL or the network.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    // A thread of its own with a connection opened like `db`'s (Database::opener), and
    // the address and token of `client` (its QNetworkAccessManager stays unused: the
    // worker makes one on its thread).
    SyncEngine(Database& db, BackendClient& client, SyncOptions options = {}, QObject* parent = nullptr);
    // On a thread shared with others (SyncController counts the outbox on it too).
    SyncEngine(std::shared_ptr<DatabaseThread> thread, BackendConfig backend, SyncOptions options = {},
               QObject* parent = nullptr);
    // Stops a run in progress (its calls are aborted; the outbox keeps what was recorded).
    ~SyncEngine() override;

    // Push, then pull. finished() when both are done.
    void syncOnce();
    void pushOnly();
    void pullOnly();
    bool isRunning() const { return m_running; }
    // The last finished run.
    const SyncSummary& summary() const { return m_summary; }

    // The key under which the cursor is stored (backendKey of the client's URL).
    QString backendKey() const;

Q_SIGNALS:
    void rowSent(qint64 outboxId, const QString& applicationId, const QString& receipt);
    void rowFailed(qint64 outboxId, const QString& applicationId, const icp::Error& error);
    void documentSent(qint64 outboxId, const QString& applicationId, const QString& sha256);
    void applicationChanged(const QString& applicationId, icp::ApplicationStatus status);
    void progress(int sent, int inFlight);
    void finished(const icp::sync::SyncSummary& summary);

private:
    void begin(bool push, bool pull);

    std::shared_ptr<DatabaseThread> m_thread;
    BackendConfig m_backend;
    SyncWorker* m_worker; // lives on m_thread; deleted there
    bool m_running = false;
    SyncSummary m_summary;
};

} // namespace icp::sync
