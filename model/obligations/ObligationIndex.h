#pragma once

#include "core/Result.h"
#include "obligations/Obligation.h"

#include <QList>
#include <QString>

namespace icp {

class Database;

// Writes the obligation index (the table `obligation_index`, Migrations.cpp): one row per
// obligation, what the dashboard filters, sorts, pages and counts in SQL (ObligationQuery.h).
// Derived data: replaced per record when a record changes, and wholly when the engine's
// view of every record is re-derived (at start, once a day). The state is not stored; see
// ObligationQuery.
class ObligationIndex
{
public:
    explicit ObligationIndex(Database& db);

    // Replaces every row with `obligations`, in one transaction (prepared statement, one bind
    // per row: 500,000 rows in seconds, not minutes).
    Status rebuild(const QList<Obligation>& obligations);
    // Replaces the rows of one record (a licence, or an application) with `obligations`.
    Status replaceRecord(const QString& recordId, const QList<Obligation>& obligations);

private:
    Status insert(const QList<Obligation>& obligations);

    Database& m_db;
};

} // namespace icp
