#include "ReminderNotifier.h"

#include "SyncNotifier.h"
#include "core/BeijingTime.h"
#include "obligations/ObligationSource.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReminders, "icp.widgets.reminders", QtInfoMsg)

namespace icp {

namespace {

// A few seconds past midnight, so that the Beijing day has surely changed.
constexpr qint64 kMidnightMarginMs = 5000;

QString headline(const Reminder& r)
{
    const Obligation& o = r.obligation;
    const QString title = o.title.isEmpty() ? displayName(o.kind) + u' ' + o.subject : o.title;
    return o.entityName.isEmpty() ? title : title + u" — "_s + o.entityName;
}

} // namespace

ReminderNotifier::ReminderNotifier(Database& database, SyncNotifier& notifier, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_notifier(notifier)
    , m_timer(new QTimer(this))
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        if (m_watcher->future().resultCount() > 0)
            show(m_watcher->result(), m_checking);
    });
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        checkInBackground(beijing::now());
        scheduleNext();
    });
}

void ReminderNotifier::start()
{
    QTimer::singleShot(0, this, [this] { checkInBackground(beijing::now()); });
    scheduleNext();
}

void ReminderNotifier::checkInBackground(const QDateTime& now)
{
    if (m_watcher->isRunning())
        return; // the next midnight catches up
    m_checking = beijing::dateOf(now);
    m_watcher->setFuture(QtConcurrent::run([opener = m_database.opener(), now] {
        Result<std::unique_ptr<Database>> db = opener();
        if (!db)
            return Outcome{{}, db.error().message};
        return take(*db.value(), now);
    }));
}

void ReminderNotifier::scheduleNext()
{
    m_timer->start(std::chrono::milliseconds(msecsToNextBeijingMidnight(beijing::now())));
}

qint64 ReminderNotifier::msecsToNextBeijingMidnight(const QDateTime& now)
{
    const QDateTime next = beijing::startOfDay(beijing::dateOf(now).addDays(1));
    return now.msecsTo(next) + kMidnightMarginMs;
}

ReminderNotifier::Outcome ReminderNotifier::take(Database& database, const QDateTime& now)
{
    const Result<QList<Obligation>> obligations = loadObligations(database, now);
    if (!obligations)
        return Outcome{{}, obligations.error().message};
    Result<QList<Reminder>> due = Reminders(database, u"icp-assistant"_s).take(obligations.value(), now);
    if (!due)
        return Outcome{{}, due.error().message};
    return Outcome{std::move(due).value(), {}};
}

QList<Reminder> ReminderNotifier::remindAt(const QDateTime& now)
{
    const Outcome outcome = take(m_database, now);
    show(outcome, beijing::dateOf(now));
    return outcome.reminders;
}

void ReminderNotifier::show(const Outcome& outcome, QDate today)
{
    if (!outcome.error.isEmpty()) {
        qCWarning(lcReminders) << "no reminders:" << outcome.error;
        return;
    }
    const QList<Reminder>& reminders = outcome.reminders;
    if (reminders.isEmpty()) {
        Q_EMIT reminded(0);
        return;
    }
    bool late = false;
    for (const Reminder& r : reminders)
        late = late || r.obligation.isLate();
    if (reminders.size() == 1) {
        const Reminder& r = reminders.constFirst();
        m_notifier.showReminder(headline(r),
                                r.stageText(today) +
                                    (r.obligation.note.isEmpty() ? QString() : u"\n"_s + r.obligation.note),
                                late);
    } else {
        QStringList lines;
        for (qsizetype i = 0; i < std::min<qsizetype>(reminders.size(), maxListed); ++i)
            lines.append(headline(reminders.at(i)) + u": "_s + reminders.at(i).stageText(today));
        if (reminders.size() > maxListed)
            lines.append(tr("… and %n more.", nullptr, int(reminders.size() - maxListed)));
        m_notifier.showReminder(tr("%n obligation(s) need attention", nullptr, int(reminders.size())),
                                lines.join(u'\n'), late);
    }
    Q_EMIT reminded(int(reminders.size()));
}

} // namespace icp
