#pragma once

#include "SyncEngine.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>

namespace icp {
class Database;
}

namespace icp::sync {

class DatabaseThread;

// What widgets use (status bar indicator, Settings page, wizard steps 3/4): one object
// per open database that knows the backend, runs the engine on a timer or on demand,
// and reports state, queued rows, errors and the last sync through signals. No widgets here.
// Its database work (the engine's, the queued count, the last sync) runs on one
// DatabaseThread with its own connection, made at the first need: nothing here waits.
class SyncController : public QObject
{
    Q_OBJECT

public:
    enum class State { NotConfigured, Idle, Syncing, Error };
    Q_ENUM(State)

    explicit SyncController(Database& db, QObject* parent = nullptr);
    ~SyncController() override;

    // Sets the backend and its token (from CredentialStore, or typed in when the
    // keychain is unavailable). Refuses an address that is not HTTPS (or loopback).
    Status configure(const QString& backendUrl, const QString& token, SyncOptions options = {});
    // Reads the token for `backendUrl` from the keychain and configures. Fails with
    // keychain.unavailable (ask the user) or sync.no-token (none stored yet).
    QFuture<Status> configureFromKeychain(const QString& backendUrl, SyncOptions options = {});
    // Periodic sync every `ms` while configured; 0 = only syncNow().
    void setInterval(int ms);

    State state() const { return m_state; }
    int queuedCount() const { return m_queued; }
    QDateTime lastSync() const { return m_lastSync; }
    QStringList errors() const { return m_errors; }
    const SyncSummary& lastSummary() const { return m_summary; }

public Q_SLOTS:
    void syncNow();
    // Recounts pending outbox rows (call after enqueueing); queuedCountChanged() when the
    // count, made on the database thread, differs. Calls while one count runs make one more.
    void refreshQueued();

Q_SIGNALS:
    void stateChanged(icp::sync::SyncController::State state);
    void queuedCountChanged(int queued);
    void errorsChanged(const QStringList& errors);
    void lastSyncChanged(const QDateTime& at);
    // A change from the backend was applied (the wizard's steps 3 and 4 reload).
    void applicationChanged(const QString& applicationId, icp::ApplicationStatus status);
    void syncFinished(const icp::sync::SyncSummary& summary);

private:
    void setState(State state);
    std::shared_ptr<DatabaseThread> databaseThread();
    // The number of pending outbox rows, counted on the database thread (0 when unreadable).
    QFuture<int> countQueued();
    void setQueued(int queued);
    void runFinished(const SyncSummary& summary);

    Database& m_db;
    std::shared_ptr<DatabaseThread> m_thread;
    std::unique_ptr<SyncEngine> m_engine;
    bool m_counting = false;
    bool m_countAgain = false;
    int m_generation = 0; // configure() and finished runs: a late answer about an older one is dropped
    QTimer m_timer;
    State m_state = State::NotConfigured;
    int m_queued = 0;
    QDateTime m_lastSync;
    QStringList m_errors;
    SyncSummary m_summary;
};

} // namespace icp::sync
