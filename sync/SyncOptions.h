#pragma once

#include "RetryPolicy.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace icp::sync {

using namespace Qt::StringLiterals;

struct SyncOptions
{
    int concurrency = 8; // outbox rows in flight at once
    RetryPolicy retry;
    // push(): keep retrying rows that failed transiently, waiting out their backoff,
    // until all are sent or given up or this much time has passed. 0 = one pass (rows
    // that failed wait for the next sync).
    qint64 retryWithinRunMs = 0;
    int changesPageSize = 200;
    QString actor = u"sync"_s;
    // Where the attachments of the queued dossiers are read from; empty = the database's
    // own store, DocumentStore::rootFor(db) (what the assistant and icpctl attach to).
    QString documentRoot;
    // Upload chunk size (tests); 0 = the server's chunkSize.
    int uploadChunkSize = 0;
};

// What one run did (icpctl sync prints it; the status bar shows it).
struct SyncSummary
{
    int sent = 0;    // outbox rows delivered
    int failed = 0;  // rows the backend refused for good (marked failed)
    int retried = 0; // failed attempts that will be retried
    int pending = 0; // rows still waiting at the end
    int changesApplied = 0;
    int changesSkipped = 0; // already applied, or about applications this database does not have
    int documentsSent = 0;  // attachments now on the server (uploaded, or announced when it had the bytes)
    qint64 bytesSent = 0;   // attachment bytes uploaded
    // One per refused row, plus the last transient error, any pull failure, and any
    // failure to record the run's progress in the database.
    QList<Error> errors;
    bool pullFailed = false;
    QDateTime finishedAt;

    bool ok() const { return failed == 0 && pending == 0 && !pullFailed; }
};

} // namespace icp::sync

Q_DECLARE_METATYPE(icp::sync::SyncSummary)
