#include "store/DocumentAnalysisRepository.h"

#include "store/ApplicationSchema.h"
#include "store/Database.h"
#include "store/RowMapper.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace icp::store;

namespace icp {

namespace {

// Well below SQLite's smallest limit on bound values (999 before 3.32).
constexpr qsizetype kChunk = 200;

namespace analyses {
const Column sha256{u"sha256"_s};
const Column analyser{u"analyser"_s};
const Column analysis{u"analysis"_s};
const Column analysedAt{u"analysed_at"_s};
} // namespace analyses

const RowMapper<StoredAnalysis>& analysisRows()
{
    using M = RowMapper<StoredAnalysis>;
    using namespace analyses;
    static const M rows{u"document_analyses"_s,
                        {},
                        {
                            M::text(sha256, &StoredAnalysis::sha256),
                            M::plain(analyser, &StoredAnalysis::analyser),
                            M::converted(
                                analysis, &StoredAnalysis::analysis,
                                [](const QByteArray& json) { return QString::fromUtf8(json); },
                                [](const QVariant& v) { return toText(v).toUtf8(); }),
                            M::dateTime(analysedAt, &StoredAnalysis::analysedAt),
                        }};
    return rows;
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
            marks.append(analyses::sha256.placeholder + u'_' + QString::number(i));
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (Status done = prepareQuery(
                query,
                analysisRows().selectSql(u"WHERE "_s + analyses::analyser.equalsPlaceholder() + u" AND "_s +
                                         analyses::sha256.name + u" IN ("_s + marks.join(u", "_s) + u')'),
                operation);
            !done)
            return done.error();
        query.bindValue(analyses::analyser.placeholder, analyser);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            query.bindValue(marks.at(i), chunk.at(i));
        if (Status done = execQuery(query, operation); !done)
            return done.error();
        for (RowReader row = analysisRows().reader(query); row.next();) {
            Result<StoredAnalysis> found = analysisRows().read(row);
            if (!found)
                return found.error();
            rows.append(std::move(found).value());
        }
    }
    return rows;
}

Status DocumentAnalysisRepository::put(const StoredAnalysis& analysis)
{
    const QString operation = u"store a document analysis"_s;
    QSqlQuery query(m_db.connection());
    if (Status done = prepareQuery(
            query, analysisRows().upsertSql(m_db.dialect(), {&analyses::sha256, &analyses::analyser}),
            operation);
        !done)
        return done;
    analysisRows().bind(query, analysis);
    return execQuery(query, operation);
}

Result<int> DocumentAnalysisRepository::removeUnreferenced()
{
    const QString operation = u"remove unreferenced document analyses"_s;
    QSqlQuery query(m_db.connection());
    if (Status done = prepareQuery(query,
                                   u"DELETE FROM %1 WHERE %2 NOT IN (SELECT %3 FROM %4)"_s.arg(
                                       analysisRows().table(), analyses::sha256.name,
                                       schema::documents::sha256.name, schema::documentRows().table()),
                                   operation);
        !done)
        return done.error();
    if (Status done = execQuery(query, operation); !done)
        return done.error();
    return query.numRowsAffected();
}

} // namespace icp
