#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <optional>

namespace icp {

class Database;

// One field of one aggregate that changed. `path` is the field's JSON path inside the
// aggregate's toJson() ("websites[0].domains[1].expiresOn"); values are JSON scalars
// as text; nullopt = the field was absent (null, or the list was shorter).
//
// Whole-aggregate events use the empty path: creation has new value "created",
// removal has new value "removed" (both with no old value). Creation does not
// repeat every initial value: the aggregate itself holds them, and the first edit's
// entries start from them.
struct FieldChange
{
    QString path;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;

    bool operator==(const FieldChange&) const = default;
};

struct ChangeLogEntry
{
    qint64 id = 0;
    QDateTime at; // UTC, set by the database
    QString actor;
    QString aggregateType; // "application", "licence"
    QString aggregateId;
    FieldChange change;
};

namespace ChangeDiff {

// Every scalar in `json` by path, in document order. Nulls, empty arrays and empty
// objects have no entry (they hold no value to compare).
QList<std::pair<QString, QString>> flatten(const QJsonObject& json);

// Fields whose value differs between `before` and `after`, except those whose
// top-level key is in `ignoredKeys` (e.g. "updatedAt", which every save moves).
QList<FieldChange> diff(const QJsonObject& before, const QJsonObject& after,
                        const QStringList& ignoredKeys = {});

} // namespace ChangeDiff

// Appends change_log rows inside the caller's transaction; statements prepared once.
class ChangeLogWriter
{
public:
    explicit ChangeLogWriter(Database& db);
    Status append(const QString& aggregateType, const QString& aggregateId, const QString& actor,
                  const QList<FieldChange>& changes);

private:
    Database& m_db;
    QSqlQuery m_insert;
    bool m_prepared = false;
};

// Removes one aggregate in one transaction together with its "removed" change_log entry.
// `remove` deletes the rows and says whether there were any; when there were none the
// result is `notFound` and nothing is logged.
Status removeLogged(Database& db, ChangeLogWriter& log, const QString& aggregateType, const QString& id,
                    const QString& actor, const std::function<Result<bool>()>& remove, const Error& notFound);

// Read-only access to the change log (the table refuses UPDATE and DELETE).
class ChangeLogRepository
{
public:
    explicit ChangeLogRepository(Database& db);
    // Entries of one aggregate, newest first.
    Result<QList<ChangeLogEntry>> entriesFor(const QString& aggregateId);

private:
    Database& m_db;
};

} // namespace icp
