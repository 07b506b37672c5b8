#pragma once

// Watching the GUI thread's event loop from a test: StallDetector measures the longest
// time the loop the test waits in went without turning (a handler that computes, or that
// waits in a nested event loop of its own, both count), and settles() waits for a future
// while the loop turns.
//
// Time the thread was ready to run but waited for a CPU (Linux schedstat: a loaded build
// machine) is not counted: it says nothing about the code. Blocked and busy time are, and
// busy time always is (virtual machines can report more waiting than there was).
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QList>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace icp::test {

using namespace Qt::StringLiterals;

class StallDetector
{
public:
    static constexpr int kTickMs = 10;

    StallDetector()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_ticks.append(Tick{m_clock.elapsed(), schedule(), QThread::currentThread()->loopLevel()});
        });
        m_startSchedule = schedule();
        m_clock.start();
        m_timer.start();
    }

    void stop()
    {
        if (!m_timer.isActive())
            return;
        m_timer.stop();
        m_stoppedAt = m_clock.elapsed();
        m_stoppedSchedule = schedule();
    }

    // The longest gap between ticks of the outermost event loop seen (the one the test
    // waits in): ticks delivered by a nested loop do not count, because the handler that
    // started that loop holds up everything queued behind it.
    qint64 longestStallMs() const
    {
        int outermost = std::numeric_limits<int>::max();
        for (const Tick& t : m_ticks)
            outermost = std::min(outermost, t.loopLevel);
        Tick previous{0, m_startSchedule, outermost};
        qint64 longest = 0;
        for (const Tick& t : m_ticks) {
            if (t.loopLevel != outermost)
                continue;
            longest = std::max(longest, gapMs(previous, t));
            previous = t;
        }
        const Tick end = m_timer.isActive() ? Tick{m_clock.elapsed(), schedule(), outermost}
                                            : Tick{m_stoppedAt, m_stoppedSchedule, outermost};
        return std::max(longest, gapMs(previous, end));
    }
    // How many ticks came from a nested event loop (0 when nothing waited in one).
    int nestedTicks() const
    {
        int outermost = std::numeric_limits<int>::max();
        for (const Tick& t : m_ticks)
            outermost = std::min(outermost, t.loopLevel);
        int nested = 0;
        for (const Tick& t : m_ticks)
            nested += t.loopLevel > outermost ? 1 : 0;
        return nested;
    }
    int ticks() const { return int(m_ticks.size()); }

private:
    // This thread's time on a CPU and time runnable but waiting for one, since it started
    // (/proc/thread-self/schedstat, ns); zeros where the kernel does not say.
    struct Schedule
    {
        qint64 ranMs = 0;
        qint64 waitedMs = 0;
    };
    struct Tick
    {
        qint64 atMs;
        Schedule schedule;
        int loopLevel;
    };

    static qint64 gapMs(const Tick& from, const Tick& to)
    {
        const qint64 gap = to.atMs - from.atMs;
        const qint64 ran = to.schedule.ranMs - from.schedule.ranMs;
        const qint64 waited = to.schedule.waitedMs - from.schedule.waitedMs;
        return std::clamp<qint64>(std::max(ran, gap - waited), 0, gap);
    }

    static Schedule schedule()
    {
        QFile stat(u"/proc/thread-self/schedstat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            return {};
        const QList<QByteArray> fields = stat.readAll().simplified().split(' ');
        if (fields.size() < 2)
            return {};
        return {fields.at(0).toLongLong() / 1000000, fields.at(1).toLongLong() / 1000000};
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<Tick> m_ticks;
    Schedule m_startSchedule;
    qint64 m_stoppedAt = 0;
    Schedule m_stoppedSchedule;
};

// Processes events until `future` has its answer; false after `timeoutMs`.
template <typename T> bool settles(const QFuture<T>& future, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs);
}

} // namespace icp::test
