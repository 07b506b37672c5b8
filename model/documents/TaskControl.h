#pragma once

#include <QString>
#include <atomic>
#include <functional>
#include <mutex>

namespace icp {

// Progress and cancellation for long document work (inspection, OCR, scanning,
// rendering) that runs off the UI thread. The UI thread calls cancel(); the worker
// polls isCancelled() between steps and passes it to the libraries' abort callbacks.
// Shared between threads through std::shared_ptr.
class TaskControl
{
public:
    using ProgressHandler = std::function<void(int percent, const QString& stage)>;

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // Called from the worker thread; the handler must be thread-safe (queue a signal).
    void setProgressHandler(ProgressHandler handler)
    {
        std::lock_guard lock(m_mutex);
        m_handler = std::move(handler);
    }
    void report(int percent, const QString& stage = {}) const
    {
        std::lock_guard lock(m_mutex);
        if (m_handler)
            m_handler(percent, stage);
    }

private:
    std::atomic<bool> m_cancelled{false};
    mutable std::mutex m_mutex;
    ProgressHandler m_handler;
};

// Reports progress of a sub-step: maps 0..100 of the step onto [from, to] of the task.
inline void reportSpan(const TaskControl* control, int from, int to, int percent, const QString& stage = {})
{
    if (control)
        control->report(from + (to - from) * percent / 100, stage);
}

inline bool cancelled(const TaskControl* control)
{
    return control && control->isCancelled();
}

} // namespace icp
