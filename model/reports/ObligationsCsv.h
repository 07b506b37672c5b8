#pragma once

#include "core/Result.h"
#include "obligations/Obligation.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace icp {

// The obligations as CSV for a spreadsheet (docs/portfolio.md "Reports"): UTF-8 with a
// byte-order mark so that Excel opens it as UTF-8, RFC 4180 quoting, CRLF line ends; the
// columns `icpctl obligations --format csv` writes: id, kind, subject, entity, dueOn, state,
// owner, rule, note (keys, not translations, so scripts can read it in either language); dueOn
// is the Beijing day, also for an instant (the note gives the hour). The one CSV writer of
// obligations: the File menu's export and `icpctl obligations --format csv` both use it.
QByteArray obligationsCsv(const QList<Obligation>& obligations);
// Writes obligationsCsv() to `path` atomically (QSaveFile): nothing half-written is left.
Status writeObligationsCsv(const QList<Obligation>& obligations, const QString& path);

} // namespace icp
