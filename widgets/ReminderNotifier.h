#pragma once

#include "obligations/Reminders.h"
#include "store/Database.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QObject>

class QTimer;

namespace icp {

class SyncNotifier;

// The reminders in the window (issue 11 point 5, docs/reminders.md): the obligations newly due
// are shown through the notifier (the desktop's tray, else the in-window banner) soon after
// start and at every Beijing midnight while the program runs. Same stage logic and the same
// memory (reminders_sent) as `icpctl remind`, so the two never give the same stage twice.
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    ReminderNotifier(Database& database, SyncNotifier& notifier, QObject* parent = nullptr);

    // The first check once the event loop runs, then one at every Beijing midnight. Each
    // check reads the database on a worker thread with a connection of its own (deriving the
    // obligations of a large portfolio takes a while): the window stays responsive.
    void start();
    // One check at `now` on the worker thread; reminded() says when it is done.
    void checkInBackground(const QDateTime& now);
    // The same check here and now; returns what was shown (empty on a failure, which is logged).
    QList<Reminder> remindAt(const QDateTime& now);

    // From `now` to just after the next 00:00 in Beijing.
    static qint64 msecsToNextBeijingMidnight(const QDateTime& now);
    QTimer* timer() const { return m_timer; }

    static constexpr int maxListed = 5; // more are counted, not listed

Q_SIGNALS:
    void reminded(int count);

private:
    struct Outcome
    {
        QList<Reminder> reminders;
        QString error;
    };
    static Outcome take(Database& database, const QDateTime& now);
    void show(const Outcome& outcome, QDate today);
    void scheduleNext();

    Database& m_database;
    SyncNotifier& m_notifier;
    QTimer* m_timer = nullptr;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    QDate m_checking; // the Beijing day of the check running in the background
};

} // namespace icp
