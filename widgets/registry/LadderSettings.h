#pragma once

#include "core/Result.h"
#include "obligations/Obligation.h"

#include <QList>
#include <QString>

class QSettings;

namespace icp {

// The reminder ladders a user may override in Settings (issue 11 item 3: "lead times are a
// ladder per kind of obligation, editable in Settings"). Stored in QSettings group
// "obligations/ladders", key = toKey(ObligationKind), value = a list of ints, the days before
// the obligation's due date, descending — the obligations engine reads exactly that. Only an
// override is stored; the defaults are the table `obligation-ladders` (model/data).
namespace ladder_settings {

inline constexpr auto kGroup = "obligations/ladders";
inline constexpr int kMaxDays = 730; // two years ahead is the dashboard's horizon and more

// The kinds the table has a ladder for, in the table's order.
QList<ObligationKind> kinds();
// The table's ladder (never an override).
QList<int> defaults(ObligationKind kind);
// The override, else the default.
QList<int> effective(const QSettings& settings, ObligationKind kind);
bool isOverridden(const QSettings& settings, ObligationKind kind);
// Stores `days` (removes the key when it equals the default).
void store(QSettings& settings, ObligationKind kind, const QList<int>& days);
void restoreDefaults(QSettings& settings);

// "180, 120, 90" → {180, 120, 90}; errors (translated, naming the kind): empty, not a whole
// number, negative, above kMaxDays, not strictly descending.
Result<QList<int>> parse(ObligationKind kind, const QString& text);
QString format(const QList<int>& days); // "180, 120, 90"

} // namespace ladder_settings
} // namespace icp
