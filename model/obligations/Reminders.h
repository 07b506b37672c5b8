#pragma once

#include "core/Result.h"
#include "obligations/Obligation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace icp {

class Database;

// One reminder to give: an obligation and the stage it reached (docs/reminders.md).
struct Reminder
{
    Obligation obligation;
    QString stageKey; // reminderStageKey()

    // What the stage means, translated: "90 days before it is due", "overdue since 2026-03-31 (3 days)".
    QString stageText(QDate asOf) const;
};

// The stage of its reminder ladder `o` is at on `asOf`, as stored in reminders_sent:
// "stage-<days>" for the last stage of its ObligationLadder reached (the engine's
// Obligation::stage), "overdue-<day>" every day while overdue, "missed" once when it can no
// longer be done; empty before the first stage. Earlier stages skipped while nobody ran the
// program are not given afterwards: the latest one says more.
QString reminderStageKey(const Obligation& o, QDate asOf);

// The reminders of a day: the stage logic the window and `icpctl remind` share, over the
// memory of what was given (ReminderLog), so that no stage is reminded of twice, whoever
// gives it.
class Reminders
{
public:
    // `by` names the program in the log ("icpctl remind", "icp-assistant").
    Reminders(Database& db, QString by);

    // What of `obligations` reaches a stage on the Beijing day of `now` that nobody gave
    // yet. Records nothing (a dry run, or a look before claiming).
    Result<QList<Reminder>> pending(const QList<Obligation>& obligations, const QDateTime& now);
    // The same, and records each as given at `now`: what comes back is this caller's to
    // give; a stage another program claimed meanwhile is left out.
    Result<QList<Reminder>> take(const QList<Obligation>& obligations, const QDateTime& now);

private:
    Database& m_db;
    QString m_by;
};

} // namespace icp
