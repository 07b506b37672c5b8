#pragma once

#include <QByteArray>
#include <QString>

namespace icp::detail {

// Where a name's suffixes start, as byte offsets into the A-label name (-1 = none).
struct SuffixSplit
{
    qsizetype icann = -1;    // start of the longest ICANN-section public suffix
    qsizetype platform = -1; // start of a longer private-section suffix (github.io), if any
};

// Thin, thread-safe wrapper around one process-wide libpsl context (internal to validation/).
class PublicSuffixList
{
public:
    static const PublicSuffixList& instance();

    // `aLabelName` must be lower-case ASCII (A-labels), without a trailing dot.
    SuffixSplit split(const QByteArray& aLabelName) const;
    QString origin() const { return m_origin; } // "system list" or "built-in list", for diagnostics

    PublicSuffixList(const PublicSuffixList&) = delete;
    PublicSuffixList& operator=(const PublicSuffixList&) = delete;
    ~PublicSuffixList();

private:
    PublicSuffixList();
    const void* m_ctx = nullptr; // const psl_ctx_t*, kept opaque so callers need not include libpsl.h
    bool m_owned = false;
    QString m_origin;
};

} // namespace icp::detail
