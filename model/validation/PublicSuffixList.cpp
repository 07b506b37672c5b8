#include "validation/PublicSuffixList.h"

#include "core/Logging.h"

#include <libpsl.h>

using namespace Qt::StringLiterals;

namespace icp::detail {

namespace {
const psl_ctx_t* context(const void* ctx)
{
    return static_cast<const psl_ctx_t*>(ctx);
}
} // namespace

PublicSuffixList::PublicSuffixList()
{
    // The distribution's list (package `publicsuffix`) is updated with the system and is
    // usually newer than the copy compiled into libpsl; psl_latest() picks the newest one.
    if (psl_ctx_t* latest = psl_latest(nullptr)) {
        m_ctx = latest;
        m_owned = true;
        m_origin = u"latest list (%1)"_s.arg(QString::fromUtf8(psl_dist_filename()));
    } else {
        m_ctx = psl_builtin();
        m_origin = u"built-in list"_s;
    }
    if (!m_ctx)
        qCCritical(lcDomain) << "no public suffix list available: registrable domains cannot be found";
    else
        qCDebug(lcDomain) << "public suffix list:" << m_origin;
}

PublicSuffixList::~PublicSuffixList()
{
    if (m_owned)
        psl_free(const_cast<psl_ctx_t*>(context(m_ctx)));
}

const PublicSuffixList& PublicSuffixList::instance()
{
    static const PublicSuffixList list; // thread-safe initialisation; libpsl lookups are read-only
    return list;
}

SuffixSplit PublicSuffixList::split(const QByteArray& aLabelName) const
{
    SuffixSplit result;
    if (aLabelName.isEmpty())
        return result;
    const char* name = aLabelName.constData(); // NUL-terminated: each suffix is a tail pointer
    qsizetype offset = 0;
    while (offset >= 0) {
        const char* candidate = name + offset;
        // Longest match first; ICANN rules decide what is registered at a registrar (docs/regulations.md
        // §5.3).
        const bool icann = m_ctx ? psl_is_public_suffix2(context(m_ctx), candidate, PSL_TYPE_ICANN) != 0
                                 : !aLabelName.mid(offset).contains('.');
        if (icann) {
            result.icann = offset;
            break;
        }
        if (result.platform < 0 && m_ctx &&
            psl_is_public_suffix2(context(m_ctx), candidate, PSL_TYPE_PRIVATE))
            result.platform = offset;
        const qsizetype dot = aLabelName.indexOf('.', offset);
        offset = dot < 0 ? -1 : dot + 1;
    }
    return result;
}

} // namespace icp::detail
