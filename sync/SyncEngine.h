#pragma once

#include "JobSlots.h"
#include "Problem.h"
#include "RetryPolicy.h"
#include "core/Result.h"
#include "domain/Enums.h"
#include "store/OutboxRepository.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <functional>
#include <optional>

namespace icp {
class Database;
} // namespace icp

namespace icp::sync {

class ApiJob;
class BackendClient;

struct SyncOptions
{
    int concurrency = 8; // outbox rows in flight at once
    RetryPolicy retry;
    // push(): keep retrying rows that failed transiently, waiting out their backoff,
    // until all are sent or given up or this much time has passed. 0 = one pass (rows
    // that failed wait for the next sync).
    qint64 retryWithinRunMs = 0;
    int changesPageSize = 200;
    QString actor = QStringLiteral("sync");
    // Where the attachments of the queued dossiers are read from; empty = the database's
    // own store, DocumentStore::rootFor(db) (what the assistant and icpctl attach to).
    QString documentRoot;
    // Upload chunk size (tests); 0 = the server's chunkSize.
    int uploadChunkSize = 0;
};

// What one run did (icpctl sync prints it; the status bar shows it).
struct SyncSummary
{
    int sent = 0;    // outbox rows delivered
    int failed = 0;  // rows the backend refused for good (marked failed)
    int retried = 0; // failed attempts that will be retried
    int pending = 0; // rows still waiting at the end
    int changesApplied = 0;
    int changesSkipped = 0; // already applied, or about applications this database does not have
    int documentsSent = 0;  // attachments now on the server (uploaded, or announced when it had the bytes)
    qint64 bytesSent = 0;   // attachment bytes uploaded
    QList<Error> errors;    // one per refused row, plus the last transient error and any pull failure
    bool pullFailed = false;
    QDateTime finishedAt;

    bool ok() const { return failed == 0 && pending == 0 && !pullFailed; }
};

// The sync engine (architecture.md "Data flow"): pushes due outbox rows to the backend
// (upload the dossier's attachments from the document store, PUT the dossier, then POST
// submit, each with a key derived from the row's Idempotency-Key, so a retry or a
// restart after a crash has the effect of one call; at most `concurrency` calls at once),
// with exponential backoff and jitter honouring Retry-After and no retry on other 4xx;
// then pulls the change feed from the stored cursor and applies each change
// (ChangeApplier). Runs on the Database's thread, asynchronously on its event loop.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(Database& db, BackendClient& client, SyncOptions options = {}, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Push, then pull. finished() when both are done.
    void syncOnce();
    void pushOnly();
    void pullOnly();
    bool isRunning() const { return m_running; }
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
    enum class Phase { Idle, Push, Pull };
    struct Task;

    void begin(bool push, bool pull);
    void reload();
    void fillPushSlots();
    void startTask(const OutboxEntry& entry);
    void startUploads(Task& task);
    void uploadsFinished(qint64 rowId);
    void startCall(Task& task);
    void stepFinished(qint64 rowId, ApiJob* job);
    void endTask(qint64 rowId);
    void rowSucceeded(Task& task, const QString& receipt);
    void rowProblem(Task& task, const Problem& problem);
    void rowRefused(Task& task, const Error& error, const QString& historyNote);
    void resumeUploads();
    void pushDrained();
    void finishPush();
    void scheduleWake();
    void wakeWaiting();
    void startPull();
    void fetchChanges();
    void finishRun();
    void refuseApplication(const QString& applicationId, const QString& note);

    Database& m_db;
    BackendClient& m_client;
    SyncOptions m_options;
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};

    bool m_running = false;
    bool m_pullAfterPush = false;
    bool m_stopPush = false; // a configuration problem (token, TLS, address): rows stay as they are
    Phase m_phase = Phase::Idle;
    qint64 m_deadlineMs = 0;
    QHash<qint64, Task*> m_inFlight;
    QList<OutboxEntry> m_queue;              // due rows not yet started
    QList<OutboxEntry> m_waiting;            // rows that failed transiently, until their next attempt
    QSet<qint64> m_putDone;                  // rows whose dossier arrived in this run (a retry only submits)
    QHash<qint64, QSet<QString>> m_uploaded; // attachments of each row on the server (this run)
    QSet<QString> m_busyContent;             // attachments being uploaded now (one row sends the bytes)
    JobSlots m_slots;                        // the in-flight limit, shared by uploads, PUTs and submits
    QString m_documentRoot;
    std::optional<Error> m_lastTransient;
    QTimer m_wake;
    QString m_cursor;
    int m_pullAttempts = 0;
    SyncSummary m_summary;
};

} // namespace icp::sync

Q_DECLARE_METATYPE(icp::sync::SyncSummary)
