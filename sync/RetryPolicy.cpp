#include "RetryPolicy.h"

#include <QRandomGenerator>
#include <algorithm>

namespace icp::sync {

qint64 RetryPolicy::delayMs(int attempt, std::optional<int> retryAfterSeconds, QRandomGenerator& random) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const qint64 ceiling = std::min(maxMs, baseMs << exponent);
    const qint64 half = ceiling / 2;
    const qint64 delay =
        half + (ceiling - half > 0 ? qint64(random.bounded(quint64(ceiling - half + 1))) : 0);
    const qint64 floor = retryAfterSeconds ? qint64(*retryAfterSeconds) * 1000 : 0;
    return std::max(delay, floor);
}

} // namespace icp::sync
