#pragma once

#include "core/Result.h"
#include "domain/Application.h"

#include <QHash>
#include <QSqlQuery>

namespace icp {

class Database;

// The SQL behind ApplicationRepository: maps one Application to its rows and back.
// Statements are prepared on first use and reused (imports run thousands of saves).
// No transactions here: the repository wraps each call in its own.
class ApplicationTables
{
public:
    explicit ApplicationTables(Database& db);

    Result<bool> exists(const QString& id);
    // Writes the root row (upsert) and replaces every owned row. `existed` = rows of
    // a previous version may be there and must go first.
    Status write(const Application& app, bool existed);
    // "store.not-found" when there is no such application.
    Result<Application> read(const QString& id);
    // true when a row was deleted.
    Result<bool> remove(const QString& id);

private:
    Status prepare();
    Result<QSqlQuery*> select(const QString& sql, const QString& id);
    Status writePersons(const Application& app);
    Status writeWebsites(const Application& app);
    Status writeDocuments(const Application& app);
    Status writeHistory(const Application& app);
    Status readPersons(const QString& id, Application& app);
    Status readWebsites(const QString& id, Application& app);
    Status readWebsiteChildren(const QString& id, Application& app);
    Status readDocuments(const QString& id, Application& app);
    Status readHistory(const QString& id, Application& app);

    Database& m_db;
    bool m_prepared = false;
    Error m_readError; // first bad enum key met while reading
    QSqlQuery m_exists;
    QSqlQuery m_upsert;
    QList<QSqlQuery> m_deleteOwned;
    QSqlQuery m_insertPerson;
    QSqlQuery m_insertWebsite;
    QSqlQuery m_insertDomain;
    QSqlQuery m_insertAccess;
    QSqlQuery m_insertPreApproval;
    QSqlQuery m_insertDocument;
    QSqlQuery m_insertHistory;
    QSqlQuery m_remove;
    QHash<QString, QSqlQuery> m_reads; // prepared SELECTs by SQL text
};

} // namespace icp
