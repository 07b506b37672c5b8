#include "documents/DocumentAnalysisCache.h"

#include "documents/DocumentAnalysisJson.h"
#include "documents/DocumentsLogging.h"
#include "store/DocumentAnalysisRepository.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace icp {

DocumentAnalysisCache::DocumentAnalysisCache(Database& db)
    : m_db(db)
{}

std::optional<ContentAnalysis> DocumentAnalysisCache::find(const QString& sha256)
{
    const QHash<QString, ContentAnalysis> found = findMany({sha256});
    const auto it = found.constFind(sha256);
    if (it == found.constEnd())
        return std::nullopt;
    return *it;
}

QHash<QString, ContentAnalysis> DocumentAnalysisCache::findMany(const QStringList& hashes)
{
    QHash<QString, ContentAnalysis> out;
    QStringList unique = hashes;
    unique.removeDuplicates();
    if (unique.isEmpty())
        return out;
    DocumentAnalysisRepository repository(m_db);
    const Result<QList<StoredAnalysis>> rows = repository.findMany(unique, documentAnalyserVersion);
    if (!rows) {
        qCWarning(lcDocuments) << "the analysis cache cannot be read; analysing again:"
                               << rows.error().message;
        m_misses += int(unique.size());
        return out;
    }
    for (const StoredAnalysis& row : rows.value()) {
        Result<ContentAnalysis> parsed = contentAnalysisFromBytes(row.analysis, row.analyser);
        if (!parsed) {
            qCWarning(lcDocuments) << "ignoring an unusable cached analysis of" << row.sha256 << ":"
                                   << parsed.error().message;
            continue;
        }
        out.insert(row.sha256, std::move(parsed).value());
    }
    m_hits += int(out.size());
    m_misses += int(unique.size() - out.size());
    return out;
}

Status DocumentAnalysisCache::store(const QString& sha256, const ContentAnalysis& analysis)
{
    if (!analysis.cacheable())
        return success();
    StoredAnalysis row{sha256, documentAnalyserVersion, contentAnalysisToBytes(analysis),
                       QDateTime::currentDateTimeUtc()};
    const Status done = DocumentAnalysisRepository(m_db).put(row);
    if (!done)
        qCWarning(lcDocuments) << "the analysis of" << sha256 << "was not cached:" << done.error().message;
    else
        ++m_stores;
    return done;
}

} // namespace icp
