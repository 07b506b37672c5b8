#include "store/SqlFailure.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace icp {

void logSqlFailure(const QString& operation, const QSqlError& error)
{
    // The first line names tables, columns and constraints; PostgreSQL's DETAIL lines can
    // quote row values (personal data), so only the first line goes to the log.
    qCWarning(lcStore).noquote() << "database operation failed:" << operation << "-"
                                 << error.text().trimmed().section(u'\n', 0, 0) << "(native code"
                                 << error.nativeErrorCode() << ")";
}

Error sqlFailure(const QString& operation, const QSqlError& error, const QString& code)
{
    const QString driverText = error.text().trimmed();
    logSqlFailure(operation, error);
    return Error{code,
                 QCoreApplication::translate("Store", "The database reported an error (%1): %2")
                     .arg(operation, driverText),
                 {}};
}

Status prepareQuery(QSqlQuery& query, const QString& sql, const QString& operation)
{
    if (!query.prepare(sql))
        return sqlFailure(operation, query.lastError());
    return success();
}

Status execQuery(QSqlQuery& query, const QString& operation)
{
    if (!query.exec())
        return sqlFailure(operation, query.lastError());
    return success();
}

Status execStatement(const QSqlDatabase& db, const QString& sql, const QString& operation)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlFailure(operation, query.lastError());
    return success();
}

Transaction::Transaction(QSqlDatabase& db)
    : m_db(db)
{}

Transaction::~Transaction()
{
    if (m_open && !m_db.rollback())
        logSqlFailure(u"roll back a transaction"_s, m_db.lastError());
}

Status Transaction::begin()
{
    if (m_db.driverName() == "QSQLITE"_L1) {
        // Every transaction here writes. A deferred BEGIN would start as a reader and,
        // in WAL mode, fail at its first write with SQLITE_BUSY_SNAPSHOT (no waiting)
        // if another connection wrote meanwhile; IMMEDIATE takes the write lock up
        // front and so waits busy_timeout for it instead.
        QSqlQuery begin(m_db);
        if (!begin.exec(u"BEGIN IMMEDIATE"_s))
            return sqlFailure(u"begin a transaction"_s, begin.lastError());
    } else if (!m_db.transaction()) {
        return sqlFailure(u"begin a transaction"_s, m_db.lastError());
    }
    m_open = true;
    return success();
}

Status Transaction::commit()
{
    if (!m_db.commit())
        return sqlFailure(u"commit a transaction"_s, m_db.lastError());
    m_open = false;
    return success();
}

} // namespace icp
