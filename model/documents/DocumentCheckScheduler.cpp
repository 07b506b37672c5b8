#include "documents/DocumentCheckScheduler.h"

#include <algorithm>
#include <utility>

namespace icp {

DocumentCheckScheduler::DocumentCheckScheduler(DocumentWorkspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{}

// The jobs cancel their futures and drop their watchers: a worker still running finishes
// on its own copies and its result goes nowhere.
DocumentCheckScheduler::~DocumentCheckScheduler() = default;

DocumentCheckScheduler::Activity DocumentCheckScheduler::activity() const
{
    if (m_attachJob.running() || (isAttaching() && !m_rechecking))
        return Activity::Attaching;
    return m_rechecking ? Activity::Checking : Activity::Idle;
}

void DocumentCheckScheduler::setProgress(int percent)
{
    m_progress = percent;
    Q_EMIT progressChanged(percent);
}

bool DocumentCheckScheduler::attach(const QString& itemKey, const QString& path)
{
    if (isAttaching() || !m_workspace.checklist().item(itemKey))
        return false;
    m_attachKey = itemKey;
    if (m_recheckJob.running()) {
        // The document being checked finishes first; the rest of the pass waits for this.
        m_pendingAttach = PendingAttach{itemKey, path};
        Q_EMIT activityChanged();
    } else {
        startAttach(itemKey, path);
    }
    return true;
}

void DocumentCheckScheduler::startAttach(const QString& itemKey, const QString& path)
{
    const DocumentChecklist list = m_workspace.checklist();
    const ChecklistItem* item = list.item(itemKey);
    if (!item) {
        m_attachKey.clear();
        Q_EMIT activityChanged();
        Q_EMIT attachFinished(itemKey, AttachOutcome::LineGone, {});
        return;
    }
    // The worker gets copies only: the store is a path, the application a value.
    DocumentStore store = m_workspace.store();
    const ChecklistItem copy = *item;
    const Application snapshot = m_workspace.application();
    const QDate asOf = m_workspace.asOf();
    const QString provider = m_workspace.provider();
    m_attachJob.start(
        [store, copy, snapshot, asOf, provider, path](const TaskControl* control) mutable {
            return DocumentWorkspace::prepare(store, path, copy, snapshot, asOf, provider, control);
        },
        [this](Result<PreparedAttachment> result) { attachDone(std::move(result)); },
        [this](int percent) { setProgress(percent); });
    setProgress(0);
    Q_EMIT activityChanged();
}

void DocumentCheckScheduler::attachDone(Result<PreparedAttachment> result)
{
    const QString key = std::exchange(m_attachKey, QString());
    if (!result.ok()) {
        Q_EMIT attachFinished(key, AttachOutcome::Failed, result.error().message);
    } else {
        m_workspace.commit(result.value());
        Q_EMIT attachFinished(key, AttachOutcome::Attached, {});
    }
    startNext();
}

bool DocumentCheckScheduler::recheck(bool all)
{
    return startPass({}, all);
}

void DocumentCheckScheduler::recheckUntried()
{
    if (m_rechecking)
        return;
    const Application& app = m_workspace.application();
    const bool untried = std::any_of(app.documents.cbegin(), app.documents.cend(), [this](const Document& d) {
        return !m_recheckTried.contains(d.sha256) && !m_workspace.report(d.sha256) &&
               !m_workspace.findings().contains(d.sha256);
    });
    if (untried)
        startPass(m_recheckTried, false);
}

bool DocumentCheckScheduler::startPass(const QSet<QString>& skip, bool all)
{
    if (m_rechecking)
        return false;
    // Looks the analyses up in the cache here, on the database's thread.
    m_recheckQueue = m_workspace.recheckJobs(skip, all);
    if (m_recheckQueue.isEmpty())
        return false;
    for (const RecheckJob& job : std::as_const(m_recheckQueue))
        m_recheckTried.insert(job.document.sha256);
    m_rechecking = true;
    m_recheckTotal = int(m_recheckQueue.size());
    m_recheckDone = 0;
    if (!m_attachJob.running())
        startNext();
    else
        Q_EMIT activityChanged();
    return true;
}

void DocumentCheckScheduler::startNext()
{
    if (m_attachJob.running() || m_recheckJob.running())
        return;
    if (m_pendingAttach) {
        const PendingAttach next = *std::exchange(m_pendingAttach, std::nullopt);
        startAttach(next.itemKey, next.path);
        if (m_attachJob.running())
            return;
    }
    if (m_rechecking && !m_recheckQueue.isEmpty()) {
        // One uncached document (OCR may take a second), or every cached one in a row
        // together (each only costs a re-hash; a round trip per document would dominate).
        QList<RecheckJob> batch{m_recheckQueue.takeFirst()};
        while (batch.constFirst().cached && !m_recheckQueue.isEmpty() && m_recheckQueue.constFirst().cached)
            batch.append(m_recheckQueue.takeFirst());
        const DocumentStore store = m_workspace.store();
        const Application snapshot = m_workspace.application();
        const QDate asOf = m_workspace.asOf();
        const QString provider = m_workspace.provider();
        m_recheckJob.start(
            [store, batch, snapshot, asOf, provider](const TaskControl* control) {
                QList<RecheckOutcome> outcomes;
                for (const RecheckJob& job : batch) {
                    if (cancelled(control))
                        break;
                    outcomes.append(
                        DocumentWorkspace::recheck(store, job, snapshot, asOf, provider, control));
                }
                return outcomes;
            },
            [this](const QList<RecheckOutcome>& outcomes) { batchDone(outcomes); },
            [this](int percent) {
                if (!m_attachJob.running() && m_recheckTotal > 0)
                    setProgress((m_recheckDone * 100 + percent) / m_recheckTotal);
            });
        Q_EMIT activityChanged();
        return;
    }
    if (m_rechecking)
        finishPass();
    else
        Q_EMIT activityChanged();
}

void DocumentCheckScheduler::batchDone(const QList<RecheckOutcome>& outcomes)
{
    bool changed = false;
    for (const RecheckOutcome& outcome : outcomes) {
        ++m_recheckDone;
        // False for a document removed meanwhile: nothing is recorded for it.
        changed = m_workspace.apply(outcome) || changed;
    }
    if (m_recheckTotal > 0)
        setProgress(m_recheckDone * 100 / m_recheckTotal);
    if (changed)
        Q_EMIT reportsChanged();
    startNext();
}

void DocumentCheckScheduler::finishPass()
{
    const int checked = m_recheckDone;
    m_rechecking = false;
    m_recheckQueue.clear();
    m_recheckTotal = m_recheckDone = 0;
    Q_EMIT activityChanged();
    Q_EMIT recheckFinished(checked, false);
}

void DocumentCheckScheduler::cancel()
{
    if (!isAttaching() && !m_rechecking)
        return;
    m_attachJob.cancel();
    m_recheckJob.cancel();
    m_pendingAttach.reset();
    const QString key = std::exchange(m_attachKey, QString());
    const bool wasRechecking = std::exchange(m_rechecking, false);
    const int checked = m_recheckDone;
    m_recheckQueue.clear();
    m_recheckTotal = m_recheckDone = 0;
    setProgress(0);
    Q_EMIT activityChanged();
    if (wasRechecking)
        Q_EMIT recheckFinished(checked, true);
    if (!key.isEmpty())
        Q_EMIT attachFinished(key, AttachOutcome::Cancelled, {});
}

} // namespace icp
