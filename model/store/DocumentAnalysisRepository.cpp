#include "store/DocumentAnalysisRepository.h"

#include "store/Database.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// Well below SQLite's smallest limit on bound values (999 before 3.32).
constexpr qsizetype kChunk = 200;

StoredAnalysis rowFrom(const QSqlQuery& query)
{
    StoredAnalysis row;
    row.sha256 = store::toText(query.value(0));
    row.analyser = query.value(1).toInt();
    row.analysis = store::toText(query.value(2)).toUtf8();
    row.analysedAt = store::toDateTime(query.value(3));
    return row;
}

} // namespace

DocumentAnalysisRepository::DocumentAnalysisRepository(Database& db)
    : m_db(db)
{}

Result<std::optional<StoredAnalysis>> DocumentAnalysisRepository::find(const QString& sha256, int analyser)
{
    Result<QList<StoredAnalysis>> found = findMany({sha256}, analyser);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<StoredAnalysis>();
    return std::optional<StoredAnalysis>(found->constFirst());
}

Result<QList<StoredAnalysis>> DocumentAnalysisRepository::findMany(const QStringList& hashes, int analyser)
{
    const QString operation = u"read document analyses"_s;
    QList<StoredAnalysis> rows;
    for (qsizetype from = 0; from < hashes.size(); from += kChunk) {
        const QStringList chunk = hashes.mid(from, kChunk);
        QStringList marks;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            marks.append(u"?"_s);
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (Status done =
                prepareQuery(query,
                             u"SELECT sha256, analyser, analysis, analysed_at FROM document_analyses "
                             "WHERE analyser = ? AND sha256 IN ("_s +
                                 marks.join(u", "_s) + u')',
                             operation);
            !done)
            return done.error();
        query.addBindValue(analyser);
        for (const QString& sha : chunk)
            query.addBindValue(sha);
        if (Status done = execQuery(query, operation); !done)
            return done.error();
        while (query.next())
            rows.append(rowFrom(query));
    }
    return rows;
}

Status DocumentAnalysisRepository::put(const StoredAnalysis& analysis)
{
    const QString operation = u"store a document analysis"_s;
    QSqlQuery query(m_db.connection());
    // ON CONFLICT … DO UPDATE: SQLite ≥ 3.24 and PostgreSQL ≥ 9.5 spell it the same.
    if (Status done = prepareQuery(query,
                                   u"INSERT INTO document_analyses (sha256, analyser, analysis, analysed_at) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT (sha256, analyser) DO UPDATE SET "
                                   "analysis = excluded.analysis, analysed_at = excluded.analysed_at"_s,
                                   operation);
        !done)
        return done;
    query.addBindValue(analysis.sha256);
    query.addBindValue(analysis.analyser);
    query.addBindValue(QString::fromUtf8(analysis.analysis));
    query.addBindValue(store::dateTimeValue(analysis.analysedAt));
    return execQuery(query, operation);
}

Result<int> DocumentAnalysisRepository::removeUnreferenced()
{
    const QString operation = u"remove unreferenced document analyses"_s;
    QSqlQuery query(m_db.connection());
    if (Status done = prepareQuery(query,
                                   u"DELETE FROM document_analyses WHERE sha256 NOT IN "
                                   "(SELECT sha256 FROM documents)"_s,
                                   operation);
        !done)
        return done.error();
    if (Status done = execQuery(query, operation); !done)
        return done.error();
    return query.numRowsAffected();
}

} // namespace icp
