#pragma once

#include "core/Result.h"

#include <QSqlError>
#include <QString>

class QSqlQuery;
class QSqlDatabase;

namespace icp {

using namespace Qt::StringLiterals;

// The failure funnel: every failed query, prepare, transaction or connection in
// model/store/ goes through one of these. They log to lcStore (the operation name
// and the driver's text — never bound values, so no personal data) and return an
// Error carrying the driver's text. Codes: "store.query" unless told otherwise.
Error sqlFailure(const QString& operation, const QSqlError& error, const QString& code = u"store.query"_s);
// Only the log line, for failures nobody can be told of in an Error (a rollback in a
// destructor) or that the caller reports in its own words (opening the database).
void logSqlFailure(const QString& operation, const QSqlError& error);

// Prepare / execute with the funnel. `operation` is a short English tag for the log
// and the message ("insert website", "load application").
Status prepareQuery(QSqlQuery& query, const QString& sql, const QString& operation);
Status execQuery(QSqlQuery& query, const QString& operation);
// Prepare and execute a statement without bound values (DDL, PRAGMA).
Status execStatement(const QSqlDatabase& db, const QString& sql, const QString& operation);

// A transaction that rolls back unless commit() succeeded. One per save/migration.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();

private:
    QSqlDatabase& m_db;
    bool m_open = false;
};

} // namespace icp
