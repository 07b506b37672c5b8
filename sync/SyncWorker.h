#pragma once

#include "BackendClient.h"
#include "JobSlots.h"
#include "Problem.h"
#include "SyncOptions.h"
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
#include <memory>
#include <optional>

namespace icp {
class Database;
} // namespace icp

namespace icp::sync {

class ApiJob;
class BackendClient;
class DatabaseThread;

// The sync engine's work (SyncEngine.h says what it does), on the sync's database thread
// (DatabaseThread): the outbox, the cursor and the applied changes are read and written
// on that thread's connection, and the HTTP calls go out on a QNetworkAccessManager made
// there, so nothing here runs on the GUI thread. SyncEngine creates it, moves it to that
// thread, starts runs with begin() and forwards its signals.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(DatabaseThread& thread, BackendConfig backend, SyncOptions options);
    ~SyncWorker() override;

    // Push and/or pull; finished() when done. On the worker's thread.
    void begin(bool push, bool pull);

Q_SIGNALS:
    void rowSent(qint64 outboxId, const QString& applicationId, const QString& receipt);
    void rowFailed(qint64 outboxId, const QString& applicationId, const icp::Error& error);
    void documentSent(qint64 outboxId, const QString& applicationId, const QString& sha256);
    void applicationChanged(const QString& applicationId, icp::ApplicationStatus status);
    void progress(int sent, int inFlight);
    void finished(const icp::sync::SyncSummary& summary);

private:
    enum class Phase { Idle, Push, Pull };
    enum class Step;
    struct Task;

    QString backendKey() const;
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
    void recordStoreError(const Error& error);

    DatabaseThread& m_thread;
    BackendConfig m_backend;
    Database* m_db = nullptr;                // the thread's connection, from the first run on
    std::unique_ptr<BackendClient> m_client; // made on this thread at the first run
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
    QTimer* m_wake;
    QString m_cursor;
    int m_pullAttempts = 0;
    SyncSummary m_summary;
};

} // namespace icp::sync
