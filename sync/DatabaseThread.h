#pragma once

#include "core/Result.h"
#include "store/Database.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <memory>
#include <optional>
#include <type_traits>

namespace icp::sync {

// A thread with a connection of its own to the application's database (Database.h
// "Threads": a connection belongs to the thread that opened it). The sync's database
// work runs here so the GUI thread never waits on SQL; docs/api.md "Threads" says who
// owns which connection. The connection is opened on the thread at first use and closed
// there when this object is destroyed. Work runs in the order it was queued.
class DatabaseThread
{
public:
    explicit DatabaseThread(Database::Opener opener);
    ~DatabaseThread(); // waits for the work queued so far, then closes the connection
    DatabaseThread(const DatabaseThread&) = delete;
    DatabaseThread& operator=(const DatabaseThread&) = delete;

    // Lives on the thread: the context for objects and calls that run there.
    QObject* context() const { return m_context; }

    // On the thread only: the connection, opened at the first call.
    Result<Database*> database();

    // Runs work(Database&) on the thread; the future has its answer. `work` returns a
    // Result or Status; when the connection cannot be opened it is not called and the
    // future has the opening error.
    template <typename Work> auto run(Work work) -> QFuture<std::invoke_result_t<Work, Database&>>
    {
        using R = std::invoke_result_t<Work, Database&>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(m_context, [this, promise, work = std::move(work)]() mutable {
            const Result<Database*> db = database();
            promise->addResult(db ? work(*db.value()) : R(db.error()));
            promise->finish();
        });
        return future;
    }

private:
    Database::Opener m_opener;
    QThread m_thread;
    QObject* m_context;
    std::unique_ptr<Database> m_db;   // thread side
    std::optional<Error> m_openError; // thread side: opening is tried once
};

} // namespace icp::sync
