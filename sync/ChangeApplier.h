#pragma once

#include "RemoteTypes.h"
#include "core/Result.h"

#include <QString>

namespace icp {
class Database;
struct Application;
} // namespace icp

namespace icp::sync {

// Applies one change-feed entry to the local database: appends the status to the
// application's history (kept in full), moves its status, and on a grant writes the
// numbers into the application and creates the Licence records (the registry).
//
// Idempotent, because the cursor is saved after the change is applied: a change seen
// twice (a crash in between) is recognised by its status and instant and not repeated;
// licence records have ids derived from application and number, so re-saving them
// changes nothing.
class ChangeApplier
{
public:
    ChangeApplier(Database& db, QString actor);

    enum class Outcome { Applied, AlreadyApplied, UnknownApplication, UnknownStatus };
    Result<Outcome> apply(const RemoteChange& change);

    // The history note for a change: the backend's note, the SMS deadline, and each
    // rejection as "RULE field: reason (en) / reason (zh)".
    static QString noteFor(const RemoteChange& change);
    // Deterministic licence record id for (application, number).
    static QString licenceId(const QString& applicationId, const QString& number);

private:
    Status saveLicences(const Application& app, const RemoteChange& change);

    Database& m_db;
    QString m_actor;
};

} // namespace icp::sync
