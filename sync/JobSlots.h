#pragma once

#include <QList>
#include <functional>

namespace icp::sync {

// The sync engine's in-flight limit (SyncOptions::concurrency) shared by every kind of
// call of a push: document uploads, dossier PUTs and submits. A starter runs at once
// when a slot is free, else when one is released, first come first served; whatever
// it starts must call release() exactly once when it is done.
class JobSlots
{
public:
    explicit JobSlots(int capacity = 8)
        : m_capacity(capacity > 0 ? capacity : 1)
    {}

    void setCapacity(int capacity) { m_capacity = capacity > 0 ? capacity : 1; }
    void acquire(std::function<void()> start)
    {
        if (m_active < m_capacity) {
            ++m_active;
            start();
            return;
        }
        m_waiting.append(std::move(start));
    }
    void release()
    {
        if (m_active > 0)
            --m_active;
        while (m_active < m_capacity && !m_waiting.isEmpty()) {
            ++m_active;
            m_waiting.takeFirst()();
        }
    }
    int active() const { return m_active; }
    int waiting() const { return int(m_waiting.size()); }

private:
    int m_capacity;
    int m_active = 0;
    QList<std::function<void()>> m_waiting;
};

} // namespace icp::sync
