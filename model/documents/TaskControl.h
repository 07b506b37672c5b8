#pragma once

#include <QPromise>
#include <QString>
#include <atomic>
#include <functional>
#include <mutex>

namespace icp {

// Progress and cancellation for long document work (inspection, OCR, scanning,
// rendering) that runs off the UI thread. The UI thread calls cancel() (or cancels the
// QFuture of a task started with runTask(), BackgroundWork.h); the worker polls
// isCancelled() between steps and passes it to the libraries' abort callbacks
// (Poppler, Tesseract, SANE), which take a plain pointer and know nothing of QPromise.
class TaskControl
{
public:
    using ProgressHandler = std::function<void(int percent, const QString& stage)>;

    TaskControl() = default;
    // Follows a QtConcurrent task's promise: cancelled when its QFuture is cancelled,
    // progress reported as the future's progress value (0..100) and text.
    template <typename T>
    explicit TaskControl(QPromise<T>& promise)
        : m_cancelQuery([&promise] { return promise.isCanceled(); })
        , m_handler([&promise](int percent, const QString& stage) {
            promise.setProgressValueAndText(percent, stage);
        })
    {
        promise.setProgressRange(0, 100);
    }
    TaskControl(const TaskControl&) = delete;
    TaskControl& operator=(const TaskControl&) = delete;

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const
    {
        return m_cancelled.load(std::memory_order_relaxed) || (m_cancelQuery && m_cancelQuery());
    }

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
    const std::function<bool()> m_cancelQuery; // set once, before the worker starts
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
