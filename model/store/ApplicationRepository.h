#pragma once

#include "core/Result.h"
#include "domain/Application.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace icp {

class ApplicationTables;
class ChangeLogWriter;
class Database;

// One line of the dashboard / application list.
struct ApplicationSummary
{
    QString id;
    QString entityName;
    QStringList websiteNames;
    ApplicationKind kind = ApplicationKind::Filing;
    Operation operation = Operation::FirstFiling;
    ApplicationStatus status = ApplicationStatus::Draft;
    int wizardStep = 1;  // 1..4, from the status
    QString wizardPage;  // last page the user was on
    QDateTime updatedAt; // UTC
};

// Stores whole Application aggregates: the applications row and every row it owns
// (persons, websites → domains/access/pre_approvals, documents, status_history).
// Every save is one transaction and appends change_log rows for the fields that
// changed (ChangeLog.h), attributed to `actor`. Use from the Database's thread only.
class ApplicationRepository
{
public:
    explicit ApplicationRepository(Database& db);
    ~ApplicationRepository();
    ApplicationRepository(const ApplicationRepository&) = delete;
    ApplicationRepository& operator=(const ApplicationRepository&) = delete;

    // Inserts or replaces the aggregate with app.id (must not be empty). updatedAt is
    // stored as given (the caller owns the clock) and is not logged as a change.
    Status save(const Application& app, const QString& actor);

    // Progress of a long import: (saved so far, total); return false to stop after
    // the current batch.
    using Progress = std::function<bool(int done, int total)>;

    // Bulk import (the CLI's `import`, dossier imports): like save() for each
    // application, `batchSize` applications per transaction. Stops at the first
    // failure (its batch is rolled back; earlier batches stay) and returns the error
    // with the failing application's id as the path. Returns how many were saved.
    Result<int> saveMany(const QList<Application>& apps, const QString& actor, const Progress& progress = {},
                         int batchSize = 500);

    // Error code "store.not-found" when there is no such application.
    Result<Application> load(const QString& id);

    // Every application, most recently updated first. With `search`, only those whose
    // entity name, a website name or a domain name contains it (case-insensitive for
    // Latin letters; % and _ are matched literally).
    Result<QList<ApplicationSummary>> list(const QString& search = QString());

    // Removes the aggregate and everything it owns (ON DELETE CASCADE); the change log
    // keeps its history and gains a "removed" entry. "store.not-found" when absent.
    Status remove(const QString& id, const QString& actor = QString());

    // save() without its own transaction, for a caller that writes the application
    // together with other rows in one transaction it opened (OutboxRepository::enqueue).
    Status saveInTransaction(const Application& app, const QString& actor);

private:
    Database& m_db;
    std::unique_ptr<ApplicationTables> m_tables;
    std::unique_ptr<ChangeLogWriter> m_log;
};

} // namespace icp
