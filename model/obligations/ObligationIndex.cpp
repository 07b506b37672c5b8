#include "obligations/ObligationIndex.h"

#include "store/Database.h"
#include "store/SqlFailure.h"
#include "store/StoreValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

const QString kInsert =
    u"INSERT INTO obligation_index (id, kind, subject, entity, province_code, provider, "
    "owner, record_id, due_on, due_at, due_soon_from, missed_when_late, rule, title, note) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

} // namespace

ObligationIndex::ObligationIndex(Database& db)
    : m_db(db)
{}

Status ObligationIndex::rebuild(const QList<Obligation>& obligations)
{
    Transaction transaction(m_db.connection());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status done = execStatement(m_db.connection(), u"DELETE FROM obligation_index"_s,
                                    u"clear the obligation index"_s);
        !done)
        return done;
    if (Status done = insert(obligations); !done)
        return done;
    return transaction.commit();
}

Status ObligationIndex::replaceRecord(const QString& recordId, const QList<Obligation>& obligations)
{
    const QString operation = u"replace a record's obligations"_s;
    Transaction transaction(m_db.connection());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery clear(m_db.connection());
    if (Status done = prepareQuery(clear, u"DELETE FROM obligation_index WHERE record_id = ?"_s, operation);
        !done)
        return done;
    clear.addBindValue(recordId);
    if (Status done = execQuery(clear, operation); !done)
        return done;
    QList<Obligation> own;
    for (const Obligation& o : obligations) {
        own.append(o);
        own.last().recordId = recordId;
    }
    if (Status done = insert(own); !done)
        return done;
    return transaction.commit();
}

Status ObligationIndex::insert(const QList<Obligation>& obligations)
{
    const QString operation = u"index obligations"_s;
    QSqlQuery q(m_db.connection());
    if (Status done = prepareQuery(q, kInsert, operation); !done)
        return done;
    for (const Obligation& o : obligations) {
        const QDate due = o.dueDate();
        if (!due.isValid())
            continue; // nothing to place on a calendar (the engine dates every obligation it derives)
        // Positional binds: the same statement is re-executed 500,000 times on a rebuild.
        q.bindValue(0, o.id);
        q.bindValue(1, toKey(o.kind));
        q.bindValue(2, store::textValue(o.subject));
        q.bindValue(3, store::textValue(o.entityName));
        q.bindValue(4, o.provinceCode);
        q.bindValue(5, store::textValue(o.provider));
        q.bindValue(6, store::textValue(o.owner));
        q.bindValue(7, store::textValue(o.recordId));
        q.bindValue(8, store::dateValue(due));
        q.bindValue(9, store::dateTimeValue(o.dueAt));
        q.bindValue(10, store::dateValue(o.dueSoonFrom));
        q.bindValue(11, o.missedWhenLate);
        q.bindValue(12, store::textValue(o.rule));
        q.bindValue(13, store::textValue(o.title));
        q.bindValue(14, store::textValue(o.note));
        if (Status done = execQuery(q, operation); !done)
            return done;
    }
    return success();
}

} // namespace icp
