#pragma once

#include "core/Result.h"

namespace icp {
class Database;
}

namespace icp::sync {

// How many outbox rows still wait to be sent (state pending, due or not): the status
// bar's "N queued". A COUNT over the outbox_due index, not the rows with their payloads,
// because it runs after every row sent (docs/database.md allows such reads outside the
// repository; writes go through OutboxRepository).
Result<int> countQueuedRows(Database& db);

} // namespace icp::sync
