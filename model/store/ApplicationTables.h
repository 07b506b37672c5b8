#pragma once

#include "core/Result.h"
#include "domain/Application.h"
#include "store/RowMapper.h"

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
    template <typename Row>
    Status writeRows(const store::RowMapper<Row>& rows, const QList<Row>& list, const QString& applicationId,
                     int websiteOrdinal, const QString& operation);
    Status writeWebsites(const Application& app);
    // Runs the prepared SELECT of `rows` whose `key` column holds `id`.
    Result<QSqlQuery*> select(const void* rows, const store::Column& key, const QString& id);
    // Reads the rows of `rows` owned by `id`; `listOf` says which list a row belongs in
    // (nullptr, or a list whose size is not the row's ordinal: a damaged database).
    template <typename Row, typename ListOf>
    Status readRows(const store::RowMapper<Row>& rows, const QString& id, ListOf listOf);

    Database& m_db;
    bool m_prepared = false;
    QSqlQuery m_exists;
    QSqlQuery m_upsert;
    QList<QSqlQuery> m_deleteOwned;
    QSqlQuery m_remove;
    // Prepared once, by the row mapper they serve.
    QHash<const void*, QSqlQuery> m_inserts;
    QHash<const void*, QSqlQuery> m_selects;
};

} // namespace icp
