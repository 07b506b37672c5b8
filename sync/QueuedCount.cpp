#include "QueuedCount.h"

#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/SqlFailure.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace icp::sync {

Result<int> countQueuedRows(Database& db)
{
    const QString operation = u"count queued outbox rows"_s;
    QSqlQuery q(db.connection());
    if (Status s = prepareQuery(q, u"SELECT COUNT(*) FROM outbox WHERE state = ?"_s, operation); !s)
        return s.error();
    q.addBindValue(outboxStateKey(OutboxState::Pending));
    if (Status s = execQuery(q, operation); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace icp::sync
