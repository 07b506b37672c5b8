#pragma once

#include "core/Result.h"

namespace icp {

class Database;

// Versioned schema migrations. The schema_version table records every applied
// version with its time; each migration runs in one transaction together with its
// schema_version row, so a database is always at exactly one known version.
// Migrations are append-only history: never edit a released one, add the next.
//
//   v1  initial schema: applications and the tables they own, licences, annual reports
//   v2  change_log (append-only, enforced by triggers) and indexes for the dashboard
//   v3  outbox: requests waiting for the registration backend (OutboxRepository.h)
//   v4  sync_state: change-feed cursor and last sync per backend (sync/SyncStateStore.h)
//   v5  document_analyses: cached content analyses of stored files (DocumentAnalysisRepository.h)
//   v6  the portfolio registry: licences' registry columns, licence_websites, licence_domains
//   v7  obligation_completions: obligations marked done (ObligationCompletionRepository.h)
//   v8  obligation_index: the dashboard's obligations (obligations/ObligationIndex.h)
//   v9  reminders_sent: the reminder stages already given (obligations/ReminderLog.h)
namespace Migrations {

int latestVersion();

// 0 for an empty database. Creates schema_version when missing.
Result<int> currentVersion(Database& db);

// Brings the database to `targetVersion` (at most latestVersion()). Refuses, with
// code "store.too-new", a database written by a newer version of the program.
Status migrate(Database& db, int targetVersion = latestVersion());

} // namespace Migrations

} // namespace icp
