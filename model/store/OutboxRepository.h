#pragma once

#include "core/Result.h"
#include "domain/Application.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <memory>
#include <optional>

namespace icp {

class ApplicationRepository;
class Database;
namespace store {
struct Column;
}

// Where an outbox request stands. Stored as its key ("pending", "sent", "failed").
enum class OutboxState { Pending, Sent, Failed };
QString outboxStateKey(OutboxState state);
std::optional<OutboxState> outboxStateFromKey(const QString& key);

// One request waiting for (or done with) the registration backend.
struct OutboxEntry
{
    qint64 id = 0;
    QString applicationId;
    QString kind;           // "submit" (issue 3); the sync engine may add others ("withdraw" …)
    QString idempotencyKey; // UUID without braces; sent with every attempt, unique per row
    QByteArray payload;     // what is sent: the dossier JSON of the application as queued
    QDateTime createdAt;    // UTC
    int attempts = 0;
    QDateTime nextAttemptAt; // UTC; due when <= now
    QString lastError;
    OutboxState state = OutboxState::Pending;
    QDateTime sentAt; // UTC, null until sent
    QString receipt;  // the backend's answer (its order number …), empty until sent

    bool operator==(const OutboxEntry&) const = default;
};

// The persistent outbox (schema v3, Migrations.cpp). A submission is written here in
// the same transaction that moves the application to Queued, so either both happen or
// neither; the sync engine (issue 5) takes due rows with pending(), records each
// attempt, and marks the row sent or failed. Use from the Database's thread only.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database& db);
    ~OutboxRepository();
    OutboxRepository(const OutboxRepository&) = delete;
    OutboxRepository& operator=(const OutboxRepository&) = delete;

    // In one transaction: saves `application` with status Queued and a history entry
    // at `now` (change-logged to `actor`), and appends an outbox row of `kind` whose
    // payload is the dossier of the queued application and whose idempotency key is a
    // new UUID. Returns the row. Refuses with "outbox.already-queued" when the
    // application already has a pending row of that kind (a second click on Submit).
    Result<OutboxEntry> enqueue(const Application& application, const QString& kind, const QString& actor,
                                const QDateTime& now = QDateTime::currentDateTimeUtc());

    // Pending rows due at `now` (next_attempt_at <= now), oldest first.
    Result<QList<OutboxEntry>> pending(const QDateTime& now);
    // A failed try that will be retried: attempts + 1, the error, when to try again.
    Status markAttempt(qint64 id, const QString& error, const QDateTime& nextAttemptAt);
    // Delivered: state sent, when, and the backend's receipt (attempts + 1).
    Status markSent(qint64 id, const QString& receipt, const QDateTime& at);
    // Given up (the backend refused it for good): state failed with the reason (attempts + 1).
    Status markFailed(qint64 id, const QString& error);

    // Every row of one application, oldest first (the wizard's timeline, the sync's retries).
    Result<QList<OutboxEntry>> forApplication(const QString& applicationId);
    // "store.not-found" when absent.
    Result<OutboxEntry> load(qint64 id);

private:
    using ColumnValue = std::pair<const store::Column*, QVariant>;
    using ColumnValues = QList<ColumnValue>;
    // Rows whose columns equal the values in `equal` and, when `due` names a column, whose
    // value in it is at most due's value; oldest first.
    Result<QList<OutboxEntry>> select(const ColumnValues& equal, const ColumnValue& due = {});
    // attempts + 1 and the `assignments`, on the row `id`.
    Status update(qint64 id, const ColumnValues& assignments, const QString& operation);

    Database& m_db;
    std::unique_ptr<ApplicationRepository> m_applications;
};

} // namespace icp
