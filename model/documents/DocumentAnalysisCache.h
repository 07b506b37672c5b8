#pragma once

#include "core/Result.h"
#include "documents/DocumentAnalysis.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace icp {

class Database;

// Content analyses of stored files kept in the database (document_analyses, schema v5),
// so a reopened application shows its check results without Poppler or OCR reading the
// files again (docs/documents.md "Analysis cache"). Keyed by SHA-256 and
// documentAnalyserVersion. A row that does not parse, or was made by another analyser
// version, is a miss (logged without content), never an error.
//
// Threads: like Database, use it from the thread that owns the Database only. Workers get
// what they need looked up beforehand (DocumentWorkspace::recheckJobs()) and hand fresh
// analyses back to be stored (DocumentWorkspace::commit(), apply()).
class DocumentAnalysisCache
{
public:
    explicit DocumentAnalysisCache(Database& db);

    std::optional<ContentAnalysis> find(const QString& sha256);
    QHash<QString, ContentAnalysis> findMany(const QStringList& hashes);
    // Keeps an analysis worth keeping (ContentAnalysis::cacheable()); a database error is
    // logged and returned (the caller may ignore it: the analysis is only a cache).
    Status store(const QString& sha256, const ContentAnalysis& analysis);

    // Counters since construction (tests and the benchmark prove the cache was used).
    int hits() const { return m_hits; }
    int misses() const { return m_misses; }
    int stores() const { return m_stores; }

private:
    Database& m_db;
    int m_hits = 0;
    int m_misses = 0;
    int m_stores = 0;
};

} // namespace icp
