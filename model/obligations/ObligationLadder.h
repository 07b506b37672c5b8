#pragma once

#include "obligations/Obligation.h"

#include <QDate>
#include <QList>

namespace icp {

// The lead times of one kind of obligation, from the table `obligation-ladders`: the stages,
// in days before the due date, at which it becomes due soon and is reminded of again.
struct ObligationLadder
{
    QList<int> days; // descending: the first (largest) stage makes it due soon

    static ObligationLadder forKind(ObligationKind kind);
    // The last stage reached on `asOf` (its days), −1 before the first one.
    int stageReached(QDate due, QDate asOf) const;
};

} // namespace icp
