#pragma once

#include "core/Result.h"
#include "documents/BackgroundWork.h"
#include "documents/DocumentWorkspace.h"

#include <QObject>
#include <QSet>
#include <optional>

namespace icp {

// Schedules the document work of one application being edited (docs/documents.md
// "Background work"): attaching a file (store, inspect, read, cross-check) and re-checking
// the attached documents after opening, on the thread pool (BackgroundWork.h), with
// progress and cancel. It owns the queue; views show its state and forward the user's
// actions. Results are applied to the DocumentWorkspace and signalled on the thread that
// owns the scheduler; once it is destroyed, nothing is delivered.
//
// Re-check on open: the attached documents without a report are checked one after the
// other: each stored copy is verified (a changed or missing file becomes DOC-113), then
// its report is made from the workspace's analysis cache or a fresh analysis. Cancel
// leaves the rest "not checked yet" (recheck() starts them again). Attaching during a pass
// is queued: it runs as soon as the document being checked is done, before the rest.
class DocumentCheckScheduler : public QObject
{
    Q_OBJECT

public:
    enum class AttachOutcome { Attached, Failed, Cancelled, LineGone };
    Q_ENUM(AttachOutcome)
    // What a progress bar shows: an attachment (running, or queued without a pass), or the pass.
    enum class Activity { Idle, Attaching, Checking };
    Q_ENUM(Activity)

    explicit DocumentCheckScheduler(DocumentWorkspace& workspace, QObject* parent = nullptr);
    ~DocumentCheckScheduler() override; // cancels what runs; nothing is delivered afterwards

    // Attaches a file to a checklist line; false while another attachment runs or waits,
    // or when the line does not exist.
    bool attach(const QString& itemKey, const QString& path);
    bool isAttaching() const { return !m_attachKey.isEmpty(); } // running or queued
    QString attachingKey() const { return m_attachKey; }

    // Starts a pass over the attachments without a report (every attachment with `all`);
    // false when there is nothing to check or a pass is running.
    bool recheck(bool all = false);
    // Starts a pass over documents no pass took on yet (after the application changed).
    void recheckUntried();
    bool isRechecking() const { return m_rechecking; }
    int recheckTotal() const { return m_rechecking ? m_recheckTotal : 0; }
    int recheckDone() const { return m_rechecking ? m_recheckDone : 0; }
    int recheckRemaining() const { return recheckTotal() - recheckDone(); } // the current one included

    Activity activity() const;
    int progress() const { return m_progress; } // 0..100 of the activity

    // Cancels the attachment and the pass.
    void cancel();

Q_SIGNALS:
    // Started, queued, finished or cancelled something: activity(), isAttaching() and
    // isRechecking() may have changed.
    void activityChanged();
    void progressChanged(int percent);
    // A successful attachment is in the workspace already; `message` says why one failed.
    void attachFinished(const QString& itemKey, icp::DocumentCheckScheduler::AttachOutcome outcome,
                        const QString& message);
    // Re-check results changed the workspace's reports or findings.
    void reportsChanged();
    // A pass ended: how many documents got a result; whether it was cancelled.
    void recheckFinished(int checked, bool cancelled);

private:
    void startAttach(const QString& itemKey, const QString& path);
    void attachDone(Result<PreparedAttachment> result);
    bool startPass(const QSet<QString>& skip, bool all);
    void batchDone(const QList<RecheckOutcome>& outcomes);
    void startNext();
    void finishPass();
    void setProgress(int percent);

    DocumentWorkspace& m_workspace;
    BackgroundJob<Result<PreparedAttachment>> m_attachJob;
    QString m_attachKey; // the line being attached to (running or queued)
    struct PendingAttach
    {
        QString itemKey;
        QString path;
    };
    std::optional<PendingAttach> m_pendingAttach; // waits for the re-check job running
    BackgroundJob<QList<RecheckOutcome>> m_recheckJob;
    QList<RecheckJob> m_recheckQueue;
    bool m_rechecking = false;
    int m_recheckTotal = 0;
    int m_recheckDone = 0;
    QSet<QString> m_recheckTried; // hashes a pass took on (not started again by recheckUntried())
    int m_progress = 0;
};

} // namespace icp
