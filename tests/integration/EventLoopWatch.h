#pragma once

// Watching the GUI thread's event loop from a test: StallDetector measures the longest
// time the loop the test waits in went without turning (a handler that computes, or that
// waits in a nested event loop of its own, both count), and settles() waits for a future
// while the loop turns.
#include <QElapsedTimer>
#include <QFuture>
#include <QList>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <limits>

namespace icp::test {

class StallDetector
{
public:
    static constexpr int kTickMs = 10;

    StallDetector()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_ticks.append(Tick{m_clock.elapsed(), QThread::currentThread()->loopLevel()});
        });
        m_clock.start();
        m_timer.start();
    }

    void stop()
    {
        if (!m_timer.isActive())
            return;
        m_timer.stop();
        m_stoppedAt = m_clock.elapsed();
    }

    // The longest gap between ticks of the outermost event loop seen (the one the test
    // waits in): ticks delivered by a nested loop do not count, because the handler that
    // started that loop holds up everything queued behind it.
    qint64 longestStallMs() const
    {
        int outermost = std::numeric_limits<int>::max();
        for (const Tick& t : m_ticks)
            outermost = std::min(outermost, t.loopLevel);
        qint64 previous = 0;
        qint64 longest = 0;
        for (const Tick& t : m_ticks) {
            if (t.loopLevel != outermost)
                continue;
            longest = std::max(longest, t.atMs - previous);
            previous = t.atMs;
        }
        const qint64 end = m_timer.isActive() ? m_clock.elapsed() : m_stoppedAt;
        return std::max(longest, end - previous);
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
    struct Tick
    {
        qint64 atMs;
        int loopLevel;
    };
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<Tick> m_ticks;
    qint64 m_stoppedAt = 0;
};

// Processes events until `future` has its answer; false after `timeoutMs`.
template <typename T> bool settles(const QFuture<T>& future, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs);
}

} // namespace icp::test
