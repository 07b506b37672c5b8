#pragma once

#include <QtGlobal>
#include <optional>

class QRandomGenerator;

namespace icp::sync {

// Exponential backoff with jitter (docs/api.md principle 8). The n-th retry waits a
// random time in [d/2, d] with d = min(max, base · 2^(n−1)) ("equal jitter": spreads a
// crowd of clients without ever retrying at once), and never less than the server's
// Retry-After.
struct RetryPolicy
{
    qint64 baseMs = 1000;
    qint64 maxMs = 5 * 60 * 1000;
    // Attempts after which a 409 Conflict is given up (it rarely clears by itself);
    // network errors, 408, 429 and 5xx are retried until they succeed.
    int maxConflictAttempts = 4;

    // `attempt` counts the failed attempts so far (1 = the first try failed).
    qint64 delayMs(int attempt, std::optional<int> retryAfterSeconds, QRandomGenerator& random) const;
};

} // namespace icp::sync
