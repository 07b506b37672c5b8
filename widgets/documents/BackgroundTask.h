#pragma once

#include "documents/TaskControl.h"

#include <QString>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace icp {

// Runs one function on the global thread pool with progress and cancel. The widget
// that owns it polls (a QTimer) for progress and the result, so a worker never calls
// back into a widget that may be gone: all shared state lives in a shared_ptr that
// the worker keeps alive.
template <typename T> class BackgroundTask
{
public:
    using Work = std::function<T(const TaskControl*)>;

    ~BackgroundTask() { cancel(); }

    void start(Work work)
    {
        cancel();
        m_state = std::make_shared<State>();
        auto state = m_state;
        state->control.setProgressHandler([s = state.get()](int percent, const QString& stage) {
            s->progress = percent;
            std::lock_guard lock(s->mutex);
            s->stage = stage;
        });
        QThreadPool::globalInstance()->start([state, work = std::move(work)] {
            T value = work(&state->control);
            {
                std::lock_guard lock(state->mutex);
                state->result = std::move(value);
            }
            state->done = true;
        });
    }
    bool running() const { return m_state && !m_state->done; }
    int progress() const { return m_state ? m_state->progress.load() : 0; }
    QString stage() const
    {
        if (!m_state)
            return {};
        std::lock_guard lock(m_state->mutex);
        return m_state->stage;
    }
    // The result once the work is done (then the task is idle again).
    std::optional<T> take()
    {
        if (!m_state || !m_state->done)
            return std::nullopt;
        std::optional<T> value;
        {
            std::lock_guard lock(m_state->mutex);
            value = std::move(m_state->result);
        }
        m_state.reset();
        return value;
    }
    void cancel()
    {
        if (m_state)
            m_state->control.cancel();
        m_state.reset();
    }

private:
    struct State
    {
        TaskControl control;
        std::atomic<int> progress{0};
        std::atomic<bool> done{false};
        mutable std::mutex mutex;
        QString stage;
        std::optional<T> result;
    };
    std::shared_ptr<State> m_state;
};

} // namespace icp
