#include "obligations/ObligationLadder.h"

#include "core/DataTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp {

ObligationLadder ObligationLadder::forKind(ObligationKind kind)
{
    ObligationLadder ladder;
    const QString key = toKey(kind);
    for (const QJsonValue& row : DataTable::load(u"obligation-ladders"_s).rows()) {
        if (row["kind"_L1].toString() != key)
            continue;
        for (const QJsonValue& d : row["days"_L1].toArray())
            ladder.days.append(d.toInt());
    }
    std::sort(ladder.days.begin(), ladder.days.end(), std::greater<>());
    return ladder;
}

int ObligationLadder::stageReached(QDate due, QDate asOf) const
{
    const qint64 left = asOf.daysTo(due);
    int reached = -1;
    for (const int stage : days) {
        if (left <= stage)
            reached = stage;
    }
    return reached;
}

} // namespace icp
