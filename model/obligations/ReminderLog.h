#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace icp {

class Database;

// One reminder given: which stage of which obligation, when, by which program.
struct SentReminder
{
    QString obligationId; // Obligation::id
    QString stageKey;     // reminderStageKey(): "stage-90", "overdue-2026-12-03", "missed"
    QDateTime notifiedAt; // UTC
    QString notifiedBy;   // "icpctl remind", "icp-assistant"

    bool operator==(const SentReminder&) const = default;
};

// The table reminders_sent (Migrations.cpp, schemaReminders): the memory shared by the
// window and `icpctl remind`, so neither gives a stage the other already gave
// (docs/reminders.md). Bound values only; SQLite and PostgreSQL. Use from the Database's
// thread only.
class ReminderLog
{
public:
    explicit ReminderLog(Database& db);

    // The rows of these obligations (every stage given so far).
    Result<QList<SentReminder>> sentFor(const QStringList& obligationIds);
    // Records the reminder unless its (obligation, stage) row exists: true when this call
    // inserted it, so this caller gives the reminder; false when someone else did first.
    Result<bool> claim(const SentReminder& reminder);
    // Forgets the daily overdue rows of an obligation older than `keepFrom` (a stage key):
    // only the latest day matters, and a year of daily rows per item would only grow.
    Status forgetOverdueBefore(const QString& obligationId, const QString& keepFrom);

private:
    Database& m_db;
};

} // namespace icp
