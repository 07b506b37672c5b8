#include "obligations/Reminders.h"

#include "core/BeijingTime.h"
#include "obligations/ReminderLog.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

const QString kStagePrefix = u"stage-"_s;
const QString kOverduePrefix = u"overdue-"_s;
const QString kMissed = u"missed"_s;

QString pairKey(const QString& obligationId, const QString& stageKey)
{
    return obligationId + u'|' + stageKey;
}

} // namespace

QString reminderStageKey(const Obligation& o, QDate asOf)
{
    switch (o.state) {
    case ObligationState::Missed:
        // Nothing can be done any more but the alternative the note names: said once.
        return kMissed;
    case ObligationState::Overdue:
        // Still possible, so every day until it is done (docs/reminders.md).
        return kOverduePrefix + asOf.toString(Qt::ISODate);
    case ObligationState::DueSoon:
    case ObligationState::Upcoming:
        break;
    }
    return o.stage >= 0 ? kStagePrefix + QString::number(o.stage) : QString();
}

QString Reminder::stageText(QDate asOf) const
{
    const QDate due = obligation.dueDate();
    if (stageKey == kMissed)
        return QCoreApplication::translate("Reminders", "missed on %1").arg(due.toString(Qt::ISODate));
    if (stageKey.startsWith(kOverduePrefix)) {
        const int late = int(due.daysTo(asOf));
        return QCoreApplication::translate("Reminders", "overdue since %1 (%n day(s))", nullptr, late)
            .arg(due.toString(Qt::ISODate));
    }
    const int left = int(asOf.daysTo(due));
    if (left <= 0)
        return QCoreApplication::translate("Reminders", "due today");
    return QCoreApplication::translate("Reminders", "due on %1, in %n day(s)", nullptr, left)
        .arg(due.toString(Qt::ISODate));
}

Reminders::Reminders(Database& db, QString by)
    : m_db(db)
    , m_by(std::move(by))
{}

Result<QList<Reminder>> Reminders::pending(const QList<Obligation>& obligations, const QDateTime& now)
{
    const QDate asOf = beijing::dateOf(now);
    QList<Reminder> candidates;
    QStringList ids;
    for (const Obligation& o : obligations) {
        const QString key = reminderStageKey(o, asOf);
        if (key.isEmpty())
            continue;
        candidates.append(Reminder{o, key});
        ids.append(o.id);
    }
    if (candidates.isEmpty())
        return candidates;
    const Result<QList<SentReminder>> sent = ReminderLog(m_db).sentFor(ids);
    if (!sent)
        return sent.error();
    QSet<QString> given;
    for (const SentReminder& s : sent.value())
        given.insert(pairKey(s.obligationId, s.stageKey));
    QList<Reminder> due;
    QSet<QString> seen; // the same obligation derived twice (two records of one number) is one reminder
    for (const Reminder& r : std::as_const(candidates)) {
        const QString key = pairKey(r.obligation.id, r.stageKey);
        if (given.contains(key) || seen.contains(key))
            continue;
        seen.insert(key);
        due.append(r);
    }
    return due;
}

Result<QList<Reminder>> Reminders::take(const QList<Obligation>& obligations, const QDateTime& now)
{
    Result<QList<Reminder>> due = pending(obligations, now);
    if (!due)
        return due;
    ReminderLog log(m_db);
    QList<Reminder> claimed;
    for (const Reminder& r : due.value()) {
        const Result<bool> mine = log.claim(SentReminder{r.obligation.id, r.stageKey, now.toUTC(), m_by});
        if (!mine)
            return mine.error();
        if (!mine.value())
            continue; // the other program gave it a moment ago
        if (r.stageKey.startsWith(kOverduePrefix)) {
            if (Status forgotten = log.forgetOverdueBefore(r.obligation.id, r.stageKey); !forgotten)
                return forgotten.error();
        }
        claimed.append(r);
    }
    return claimed;
}

} // namespace icp
