#include "store/ObligationCompletionRepository.h"

#include "core/Logging.h"
#include "store/ChangeLog.h"
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

namespace completions {
const Column obligationId{u"obligation_id"_s};
const Column doneOn{u"done_on"_s};
const Column note{u"note"_s};
const Column evidenceSha256{u"evidence_sha256"_s};
const Column evidenceFileName{u"evidence_file_name"_s};
const Column decision{u"decision"_s};
const Column actor{u"actor"_s};
const Column recordedAt{u"recorded_at"_s};
} // namespace completions

const RowMapper<ObligationCompletion>& completionRows()
{
    using M = RowMapper<ObligationCompletion>;
    using namespace completions;
    static const M rows{u"obligation_completions"_s,
                        {},
                        {
                            M::text(obligationId, &ObligationCompletion::obligationId),
                            M::date(doneOn, &ObligationCompletion::doneOn),
                            M::text(note, &ObligationCompletion::note),
                            M::text(evidenceSha256, &ObligationCompletion::evidenceSha256),
                            M::text(evidenceFileName, &ObligationCompletion::evidenceFileName),
                            // An unknown key (a newer program's decision) reads as a lapse closed some other
                            // way: the row still counts as done.
                            M::converted(
                                decision, &ObligationCompletion::decision,
                                [](LapseDecision d) { return textValue(toKey(d)); },
                                [](const QVariant& v) {
                                    return lapseDecisionFromKey(toText(v)).value_or(LapseDecision::None);
                                }),
                            M::text(actor, &ObligationCompletion::actor),
                            M::dateTime(recordedAt, &ObligationCompletion::recordedAt),
                        }};
    return rows;
}

} // namespace

ObligationCompletionRepository::ObligationCompletionRepository(Database& db)
    : m_db(db)
    , m_log(std::make_unique<ChangeLogWriter>(db))
{}

ObligationCompletionRepository::~ObligationCompletionRepository() = default;

Result<QList<ObligationCompletion>> ObligationCompletionRepository::list()
{
    const QString operation = u"load obligation completions"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status done = prepareQuery(
            q,
            completionRows().selectSql(u"ORDER BY "_s +
                                       columnNames({&completions::recordedAt, &completions::obligationId})),
            operation);
        !done)
        return done.error();
    if (Status done = execQuery(q, operation); !done)
        return done.error();
    QList<ObligationCompletion> found;
    for (RowReader row = completionRows().reader(q); row.next();) {
        Result<ObligationCompletion> c = completionRows().read(row);
        if (!c)
            return c.error();
        found.append(std::move(c).value());
    }
    return found;
}

Result<std::optional<ObligationCompletion>> ObligationCompletionRepository::find(const QString& obligationId)
{
    const QString operation = u"load an obligation completion"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status done = prepareQuery(
            q, completionRows().selectSql(u"WHERE "_s + completions::obligationId.equalsPlaceholder()),
            operation);
        !done)
        return done.error();
    q.bindValue(completions::obligationId.placeholder, obligationId);
    if (Status done = execQuery(q, operation); !done)
        return done.error();
    RowReader row = completionRows().reader(q);
    if (!row.next())
        return std::optional<ObligationCompletion>();
    Result<ObligationCompletion> c = completionRows().read(row);
    if (!c)
        return c.error();
    return std::optional<ObligationCompletion>(std::move(c).value());
}

Result<QSet<QString>> ObligationCompletionRepository::doneIds()
{
    Result<QList<ObligationCompletion>> all = list();
    if (!all)
        return all.error();
    QSet<QString> ids;
    for (const ObligationCompletion& c : all.value())
        ids.insert(c.obligationId);
    return ids;
}

Status ObligationCompletionRepository::record(const ObligationCompletion& completion)
{
    if (completion.obligationId.trimmed().isEmpty())
        return Error{
            u"store.no-id"_s,
            QCoreApplication::translate("Store", "An obligation without an id cannot be marked done."),
            u"obligationId"_s};
    ObligationCompletion row = completion;
    if (!row.recordedAt.isValid())
        row.recordedAt = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_db.connection());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<std::optional<ObligationCompletion>> before = find(row.obligationId);
    if (!before)
        return before.error();
    QList<FieldChange> changes;
    if (!before->has_value())
        changes.append(FieldChange{QString(), std::nullopt, u"created"_s});
    else
        changes = ChangeDiff::diff(before->value().toJson(), row.toJson());
    if (before->has_value() && changes.isEmpty())
        return success();
    const QString operation = u"mark an obligation done"_s;
    QSqlQuery q(m_db.connection());
    if (Status done = prepareQuery(
            q, completionRows().upsertSql(m_db.dialect(), {&completions::obligationId}), operation);
        !done)
        return done;
    completionRows().bind(q, row);
    if (Status done = execQuery(q, operation); !done)
        return done;
    if (Status done = m_log->append(QString(aggregateType), row.obligationId, row.actor, changes); !done)
        return done;
    return transaction.commit();
}

} // namespace icp
