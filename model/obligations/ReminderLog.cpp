#include "obligations/ReminderLog.h"

#include "store/Database.h"
#include "store/RowMapper.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace icp::store;

namespace icp {

namespace {

// Well below SQLite's smallest limit on bound values (999 before 3.32).
constexpr qsizetype kChunk = 200;

namespace sent {
const Column obligationId{u"obligation_id"_s};
const Column stageKey{u"stage_key"_s};
const Column notifiedAt{u"notified_at"_s};
const Column notifiedBy{u"notified_by"_s};
} // namespace sent

const RowMapper<SentReminder>& sentRows()
{
    using M = RowMapper<SentReminder>;
    using namespace sent;
    static const M rows{u"reminders_sent"_s,
                        {},
                        {
                            M::text(obligationId, &SentReminder::obligationId),
                            M::text(stageKey, &SentReminder::stageKey),
                            M::dateTime(notifiedAt, &SentReminder::notifiedAt),
                            M::text(notifiedBy, &SentReminder::notifiedBy),
                        }};
    return rows;
}

} // namespace

ReminderLog::ReminderLog(Database& db)
    : m_db(db)
{}

Result<QList<SentReminder>> ReminderLog::sentFor(const QStringList& obligationIds)
{
    const QString operation = u"read the reminders given"_s;
    QList<SentReminder> rows;
    for (qsizetype from = 0; from < obligationIds.size(); from += kChunk) {
        const QStringList chunk = obligationIds.mid(from, kChunk);
        QStringList marks;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            marks.append(sent::obligationId.placeholder + u'_' + QString::number(i));
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (Status done = prepareQuery(query,
                                       sentRows().selectSql(u"WHERE "_s + sent::obligationId.name +
                                                            u" IN ("_s + marks.join(u", "_s) + u')'),
                                       operation);
            !done)
            return done.error();
        for (qsizetype i = 0; i < chunk.size(); ++i)
            query.bindValue(marks.at(i), chunk.at(i));
        if (Status done = execQuery(query, operation); !done)
            return done.error();
        for (RowReader row = sentRows().reader(query); row.next();) {
            Result<SentReminder> found = sentRows().read(row);
            if (!found)
                return found.error();
            rows.append(std::move(found).value());
        }
    }
    return rows;
}

Result<bool> ReminderLog::claim(const SentReminder& reminder)
{
    // ON CONFLICT DO NOTHING: both backends spell it the same (SQLite ≥ 3.24), and the
    // primary key decides between two programs claiming the same stage at once.
    const QString operation = u"record a reminder"_s;
    QSqlQuery query(m_db.connection());
    if (Status done = prepareQuery(query,
                                   sentRows().insertSql() + u" ON CONFLICT ("_s + sent::obligationId.name +
                                       u", "_s + sent::stageKey.name + u") DO NOTHING"_s,
                                   operation);
        !done)
        return done.error();
    sentRows().bind(query, reminder);
    if (Status done = execQuery(query, operation); !done)
        return done.error();
    return query.numRowsAffected() == 1;
}

Status ReminderLog::forgetOverdueBefore(const QString& obligationId, const QString& keepFrom)
{
    const QString operation = u"forget older overdue reminders"_s;
    QSqlQuery query(m_db.connection());
    if (Status done = prepareQuery(query,
                                   u"DELETE FROM %1 WHERE %2 AND %3 LIKE 'overdue-%' AND %4 < :keep"_s.arg(
                                       sentRows().table(), sent::obligationId.equalsPlaceholder(),
                                       sent::stageKey.name, sent::stageKey.name),
                                   operation);
        !done)
        return done;
    query.bindValue(sent::obligationId.placeholder, obligationId);
    query.bindValue(u":keep"_s, keepFrom);
    return execQuery(query, operation);
}

} // namespace icp
