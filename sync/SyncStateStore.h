#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace icp {
class Database;
}

namespace icp::sync {

// Per backend: the change-feed cursor and when the last sync finished (table
// sync_state, schema v4). In the application database, next to the rows the changes
// were applied to, so a database copied elsewhere keeps a cursor that matches it.
struct SyncState
{
    QString cursor; // "" = from the beginning
    QDateTime lastSyncAt;
    QString lastError;
};

class SyncStateStore
{
public:
    explicit SyncStateStore(Database& db);
    Result<SyncState> load(const QString& backend);
    Status saveCursor(const QString& backend, const QString& cursor);
    Status saveResult(const QString& backend, const QDateTime& at, const QString& error);

private:
    Database& m_db;
};

} // namespace icp::sync
