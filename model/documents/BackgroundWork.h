#pragma once

#include "documents/TaskControl.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace icp {

// The one way document work leaves the UI thread (docs/documents.md "Background work"):
// QtConcurrent::run on the global pool with a QPromise, whose cancellation and progress
// reach the work through a TaskControl (the libraries' abort callbacks poll it). The work
// gets copies only (a DocumentStore is a path, an application a value), never the caller.
template <typename Work> auto runTask(Work work)
{
    using T = std::invoke_result_t<Work&, const TaskControl*>;
    return QtConcurrent::run([work = std::move(work)](QPromise<T>& promise) mutable {
        const TaskControl control(promise);
        promise.addResult(work(&control)); // dropped when the future was cancelled meanwhile
    });
}

// One task at a time for an owner on the UI thread: start() cancels the previous one;
// progress and the result arrive through a QFutureWatcher in the owner's thread. A
// cancelled task, or one whose BackgroundJob is gone, delivers nothing: the watcher goes
// with it, and the worker finishes on its own copies. watch() does the same for a future
// started elsewhere (a PageRenderer request).
template <typename T> class BackgroundJob
{
public:
    using Done = std::function<void(T result)>;
    using Progress = std::function<void(int percent)>;

    BackgroundJob() = default;
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;
    ~BackgroundJob() { cancel(); }

    template <typename Work> void start(Work work, Done done, Progress progress = {})
    {
        watch(runTask(std::move(work)), std::move(done), std::move(progress));
    }
    void watch(QFuture<T> task, Done done, Progress progress = {})
    {
        cancel();
        m_watcher = std::make_unique<QFutureWatcher<T>>();
        QFutureWatcher<T>* watcher = m_watcher.get();
        if (progress) {
            QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, watcher,
                             [this, progress = std::move(progress)](int percent) {
                                 m_reporting = true;
                                 progress(percent);
                                 m_reporting = false;
                             });
        }
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                         [this, watcher, done = std::move(done)] {
                             QFuture<T> future = watcher->future();
                             // Idle before the callback runs: it may start the next task.
                             m_watcher.release()->deleteLater();
                             if (!future.isCanceled() && future.resultCount() > 0)
                                 done(future.takeResult());
                         });
        watcher->setFuture(std::move(task));
    }
    bool running() const { return m_watcher != nullptr; }
    void cancel()
    {
        if (!m_watcher)
            return;
        m_watcher->disconnect(); // nothing is delivered from now on
        m_watcher->future().cancel();
        if (m_reporting)
            m_watcher.release()->deleteLater(); // cancelled from its own progress signal
        else
            m_watcher.reset();
    }

private:
    std::unique_ptr<QFutureWatcher<T>> m_watcher;
    bool m_reporting = false; // in the progress callback
};

} // namespace icp
