#pragma once

#include "obligations/Obligation.h"

#include <QDate>
#include <QList>
#include <QMap>

class QSettings;

namespace icp {

// The lead times of one kind of obligation: the stages, in days before the due date, at which
// it becomes due soon and is reminded of again (docs/obligations.md "Ladders").
struct ObligationLadder
{
    QList<int> days; // descending, each ≥ 0: the first (largest) stage makes it due soon

    // The first stage's days, −1 for an empty ladder (never due soon before the due day).
    int first() const { return days.isEmpty() ? -1 : days.constFirst(); }
    // The last stage reached on `asOf` (its days), −1 before the first one.
    int stageReached(QDate due, QDate asOf) const;
    bool operator==(const ObligationLadder&) const = default;

    // The table's ladder of `kind` (ObligationLadders::defaults()), without the user's settings.
    static ObligationLadder forKind(ObligationKind kind);
};

// The ladders of every kind: the defaults of the table `obligation-ladders`
// (model/data/obligation-ladders.json), overridden per kind by the user's settings.
//
// Settings keys (QSettings, read by fromSettings(), written by save(); the Settings page edits
// them): group "obligations/ladders", one key per kind named by its key (toKey(ObligationKind):
// "licence-renewal", "licence-expiry", "annual-report", "psb-filing", "domain-expiry",
// "hosting-expiry", "id-expiry", "licence-change", "sms-verification", "authority-review"),
// the value a list of whole days before the due date, e.g. obligations/ladders/licence-renewal
// = [90, 30, 0] (180/120/90 days before expiry). A missing key, or a value that is not a list of
// days from 0 to 3660, keeps the table's default.
class ObligationLadders
{
public:
    static constexpr QLatin1StringView settingsGroup{"obligations/ladders"};

    // The table's ladders.
    static ObligationLadders defaults();
    // The defaults overridden by what `settings` holds under settingsGroup.
    static ObligationLadders fromSettings(QSettings& settings);
    // The user's ladders: the application's default QSettings (what Settings > Obligations
    // edits), so the list, the dashboard, the reminders and the calendar all use the same stages.
    static ObligationLadders current();
    // Writes every kind that differs from the defaults; removes the keys of the others.
    void save(QSettings& settings) const;

    ObligationLadder forKind(ObligationKind kind) const { return m_ladders.value(kind); }
    // Sorted descending, duplicates and negative days dropped.
    void set(ObligationKind kind, QList<int> days);

    bool operator==(const ObligationLadders&) const = default;

private:
    QMap<ObligationKind, ObligationLadder> m_ladders;
};

} // namespace icp
