#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace icp {

class Database;

// One cached content analysis of a stored file (schema v5, Migrations.cpp). The store
// does not read the JSON: model/documents (DocumentAnalysisCache) makes and parses it.
struct StoredAnalysis
{
    QString sha256;       // of the file's bytes, lower-case hex
    int analyser = 0;     // documentAnalyserVersion that made it
    QByteArray analysis;  // JSON (DocumentAnalysisJson.h)
    QDateTime analysedAt; // UTC

    bool operator==(const StoredAnalysis&) const = default;
};

// The document_analyses table: content analyses keyed by (sha256, analyser). Content-
// addressed like the document store, so one row serves every application that attaches
// the same file. Bound values only; SQLite and PostgreSQL. Use from the Database's
// thread only.
class DocumentAnalysisRepository
{
public:
    explicit DocumentAnalysisRepository(Database& db);

    // nullopt when there is no row for this hash and analyser version.
    Result<std::optional<StoredAnalysis>> find(const QString& sha256, int analyser);
    // The rows of these hashes for one analyser version (absent ones are left out).
    Result<QList<StoredAnalysis>> findMany(const QStringList& hashes, int analyser);
    // Inserts or replaces the row of (sha256, analyser).
    Status put(const StoredAnalysis& analysis);
    // Deletes the analyses of content no document row refers to any more (they hold text
    // read from the documents, personal data included); returns how many went. Call it
    // after DocumentStore::release()/collectGarbage().
    Result<int> removeUnreferenced();

private:
    Database& m_db;
};

} // namespace icp
