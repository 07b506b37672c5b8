#pragma once

#include <QtGlobal>

namespace icp {

// Whether a file of `bytes` is over an upload limit. Providers write their limits two ways
// (docs/regulations.md §7.2): "< 2 MB" excludes 2 MB itself (2 097 152 bytes is refused),
// "≤ 4 MB" includes it; the document-limits table says which with "maxExclusive".
// `maxBytes` 0 means no limit.
constexpr bool exceedsSizeLimit(qint64 bytes, qint64 maxBytes, bool maxExclusive)
{
    return maxBytes > 0 && (maxExclusive ? bytes >= maxBytes : bytes > maxBytes);
}

} // namespace icp
