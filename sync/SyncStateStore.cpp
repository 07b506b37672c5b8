#include "SyncStateStore.h"

#include "store/Database.h"
#include "store/SqlFailure.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace icp::sync {

SyncStateStore::SyncStateStore(Database& db)
    : m_db(db)
{}

Result<SyncState> SyncStateStore::load(const QString& backend)
{
    QSqlQuery q(m_db.connection());
    if (Status s =
            prepareQuery(q, u"SELECT cursor, last_sync_at, last_error FROM sync_state WHERE backend = ?"_s,
                         u"load sync state"_s);
        !s)
        return s.error();
    q.addBindValue(backend);
    if (Status s = execQuery(q, u"load sync state"_s); !s)
        return s.error();
    SyncState state;
    if (q.next()) {
        state.cursor = q.value(0).toString();
        const QString at = q.value(1).toString();
        if (!at.isEmpty())
            state.lastSyncAt = QDateTime::fromString(at, Qt::ISODateWithMs).toUTC();
        state.lastError = q.value(2).toString();
    }
    return state;
}

Status SyncStateStore::saveCursor(const QString& backend, const QString& cursor)
{
    QSqlQuery q(m_db.connection());
    if (Status s = prepareQuery(q,
                                u"INSERT INTO sync_state (backend, cursor) VALUES (?, ?) "
                                "ON CONFLICT (backend) DO UPDATE SET cursor = excluded.cursor"_s,
                                u"save sync cursor"_s);
        !s)
        return s;
    q.addBindValue(backend);
    q.addBindValue(cursor);
    return execQuery(q, u"save sync cursor"_s);
}

Status SyncStateStore::saveResult(const QString& backend, const QDateTime& at, const QString& error)
{
    QSqlQuery q(m_db.connection());
    if (Status s = prepareQuery(q,
                                u"INSERT INTO sync_state (backend, cursor, last_sync_at, last_error) "
                                "VALUES (?, '', ?, COALESCE(?, '')) ON CONFLICT (backend) DO UPDATE SET "
                                "last_sync_at = excluded.last_sync_at, last_error = excluded.last_error"_s,
                                u"save sync result"_s);
        !s)
        return s;
    q.addBindValue(backend);
    q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(error);
    return execQuery(q, u"save sync result"_s);
}

} // namespace icp::sync
