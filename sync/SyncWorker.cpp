#include "SyncWorker.h"

#include "AttachmentPlan.h"
#include "AttachmentUploads.h"
#include "BackendClient.h"
#include "BackendUrl.h"
#include "ChangeApplier.h"
#include "DatabaseThread.h"
#include "Jobs.h"
#include "StatusMapping.h"
#include "SyncLogging.h"
#include "SyncStateStore.h"
#include "documents/DocumentStore.h"
#include "store/ApplicationRepository.h"
#include "store/OutboxRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace icp::sync {

// Where one outbox row is in its push (docs/api.md "Documents", "Submitting").
enum class SyncWorker::Step {
    UploadDocuments, // the attachments the dossier refers to
    PutDossier,      // PUT /v1/applications/{id}
    Submit,          // POST /v1/applications/{id}/submit
};

struct SyncWorker::Task
{
    OutboxEntry entry;
    Step step = Step::UploadDocuments;
    AttachmentUploads* uploads = nullptr;
};

namespace {

QDateTime farFuture()
{
    return QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
}

} // namespace

SyncWorker::SyncWorker(DatabaseThread& thread, BackendConfig backend, SyncOptions options)
    : m_thread(thread)
    , m_backend(std::move(backend))
    , m_options(std::move(options))
    , m_slots(m_options.concurrency)
    , m_wake(new QTimer(this))
{
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, [this] {
        if (m_phase != Phase::Push)
            return;
        wakeWaiting();
        fillPushSlots();
    });
}

SyncWorker::~SyncWorker()
{
    qDeleteAll(m_inFlight);
    // The jobs and uploads still running (children) use the client: end them before it.
    QList<QPointer<QObject>> children;
    for (QObject* child : this->children())
        children.append(child);
    for (const QPointer<QObject>& child : std::as_const(children)) {
        if (child && child != m_wake)
            delete child.data();
    }
}

QString SyncWorker::backendKey() const
{
    return sync::backendKey(m_backend.baseUrl);
}

void SyncWorker::begin(bool push, bool pull)
{
    if (m_running)
        return;
    m_running = true;
    m_summary = SyncSummary{};
    const Result<Database*> db = m_thread.database();
    if (!db) {
        // Nothing can be read or recorded: the run ends at once with the reason.
        m_summary.errors.append(db.error());
        m_summary.pullFailed = pull;
        finishRun();
        return;
    }
    m_db = db.value();
    if (!m_client) // made here, on this thread: a QNetworkAccessManager is used where it lives
        m_client = std::make_unique<BackendClient>(m_backend);
    m_stopPush = false;
    m_putDone.clear();
    m_uploaded.clear();
    m_waiting.clear();
    m_slots.setCapacity(m_options.concurrency);
    m_documentRoot =
        m_options.documentRoot.isEmpty() ? DocumentStore::rootFor(*m_db) : m_options.documentRoot;
    m_pullAfterPush = pull;
    m_deadlineMs = QDateTime::currentMSecsSinceEpoch() + m_options.retryWithinRunMs;
    if (!push) {
        startPull();
        return;
    }
    m_phase = Phase::Push;
    reload();
    fillPushSlots();
}

void SyncWorker::reload()
{
    OutboxRepository outbox(*m_db);
    const Result<QList<OutboxEntry>> due = outbox.pending(QDateTime::currentDateTimeUtc());
    m_queue.clear();
    if (!due) {
        m_summary.errors.append(due.error());
        return;
    }
    for (const OutboxEntry& e : due.value()) {
        if (!m_inFlight.contains(e.id))
            m_queue.append(e);
    }
}

void SyncWorker::fillPushSlots()
{
    while (m_inFlight.size() < m_options.concurrency && !m_queue.isEmpty())
        startTask(m_queue.takeFirst());
    Q_EMIT progress(m_summary.sent, int(m_inFlight.size()));
    if (m_inFlight.isEmpty() && m_queue.isEmpty())
        pushDrained();
}

void SyncWorker::startTask(const OutboxEntry& entry)
{
    if (entry.kind != "submit"_L1) {
        // Only submissions travel through the outbox so far; anything else is refused
        // rather than retried for ever.
        if (Status s = OutboxRepository(*m_db).markFailed(entry.id, u"unknown outbox kind "_s + entry.kind);
            !s)
            recordStoreError(s.error());
        ++m_summary.failed;
        return;
    }
    auto* task = new Task{entry};
    m_inFlight.insert(entry.id, task);
    if (m_putDone.contains(entry.id)) { // dossier (and documents) there already (this run): only submit
        task->step = Step::Submit;
        startCall(*task);
        return;
    }
    startUploads(*task);
}

// Documents first (docs/api.md "Documents"): the dossier refers to them by SHA-256, and
// the backend refuses a submit whose documents it never received (document.missing).
void SyncWorker::startUploads(Task& task)
{
    const qint64 rowId = task.entry.id;
    const Result<QList<Attachment>> plan =
        planAttachments(task.entry.payload, DocumentStore(m_documentRoot), m_uploaded.value(rowId));
    if (!plan) {
        // The stored file is gone or changed: the dossier cannot be sent as queued. This
        // row fails with the file named (no retry can help); the other rows go on.
        rowRefused(task, plan.error(),
                   QCoreApplication::translate("SyncEngine", "The submission was not sent: %1")
                       .arg(plan.error().message));
        endTask(rowId);
        return;
    }
    if (plan.value().isEmpty()) {
        task.step = Step::PutDossier;
        startCall(task);
        return;
    }
    auto* uploads = new AttachmentUploads(*m_client, m_slots, m_busyContent,
                                          task.entry.idempotencyKey.toUtf8(), plan.value(), this);
    uploads->setChunkSize(m_options.uploadChunkSize);
    task.uploads = uploads;
    const QString applicationId = task.entry.applicationId;
    connect(uploads, &AttachmentUploads::documentDone, this,
            [this, rowId, applicationId](const QString& sha, qint64 bytes) {
                m_uploaded[rowId].insert(sha);
                ++m_summary.documentsSent;
                m_summary.bytesSent += bytes;
                Q_EMIT documentSent(rowId, applicationId, sha);
            });
    // Content one row was sending is free: rows that share it can announce it now.
    connect(uploads, &AttachmentUploads::contentReleased, this, &SyncWorker::resumeUploads,
            Qt::QueuedConnection);
    connect(uploads, &AttachmentUploads::finished, this, [this, rowId] { uploadsFinished(rowId); });
    uploads->start();
}

void SyncWorker::resumeUploads()
{
    QList<QPointer<AttachmentUploads>> batches;
    for (Task* t : std::as_const(m_inFlight)) {
        if (t->uploads)
            batches.append(t->uploads);
    }
    for (const QPointer<AttachmentUploads>& b : std::as_const(batches)) {
        if (b)
            b->resume();
    }
}

void SyncWorker::uploadsFinished(qint64 rowId)
{
    Task* task = m_inFlight.value(rowId);
    if (!task || !task->uploads)
        return;
    AttachmentUploads* uploads = task->uploads;
    task->uploads = nullptr;
    uploads->deleteLater(); // it is still emitting
    if (!uploads->ok()) {
        rowProblem(*task, uploads->problem());
        endTask(rowId);
        return;
    }
    task->step = Step::PutDossier;
    startCall(*task);
}

// The dossier PUT or the submit (the task's step), in a slot of the in-flight limit.
void SyncWorker::startCall(Task& task)
{
    m_slots.acquire([this, rowId = task.entry.id] {
        Task* t = m_inFlight.value(rowId);
        if (!t) {
            m_slots.release();
            return;
        }
        const QByteArray key = t->entry.idempotencyKey.toUtf8();
        ApiJob* job = t->step == Step::PutDossier
                          ? static_cast<ApiJob*>(new PutApplicationJob(*m_client, t->entry.applicationId,
                                                                       t->entry.payload, key + ":put", this))
                          : new SubmitJob(*m_client, t->entry.applicationId, key + ":submit", this);
        connect(job, &ApiJob::finished, this, [this, rowId](ApiJob* j) { stepFinished(rowId, j); });
        job->start();
    });
}

void SyncWorker::stepFinished(qint64 rowId, ApiJob* job)
{
    m_slots.release();
    Task* task = m_inFlight.value(rowId);
    if (!task)
        return;
    if (!job->ok()) {
        rowProblem(*task, job->problem());
    } else if (task->step == Step::PutDossier) {
        task->step = Step::Submit;
        m_putDone.insert(rowId);
        startCall(*task);
        return;
    } else {
        rowSucceeded(*task, static_cast<SubmitJob*>(job)->receipt());
    }
    endTask(rowId);
}

void SyncWorker::endTask(qint64 rowId)
{
    delete m_inFlight.take(rowId);
    fillPushSlots();
}

void SyncWorker::rowSucceeded(Task& task, const QString& receipt)
{
    OutboxRepository outbox(*m_db);
    if (Status s = outbox.markSent(task.entry.id, receipt, QDateTime::currentDateTimeUtc()); !s) {
        // Sent, but we could not record it: the next run sends it again and the backend
        // answers from its idempotency store. Nothing is lost or doubled.
        m_summary.errors.append(s.error());
        return;
    }
    ++m_summary.sent;
    Q_EMIT rowSent(task.entry.id, task.entry.applicationId, receipt);
}

namespace {

// Problems that say nothing about the row but about the connection (wrong token, TLS,
// an address that is not a backend): every row would fail the same way, so the push
// stops, the rows stay pending untouched, and the user is told once.
bool isConfigurationProblem(const Problem& p)
{
    return p.httpStatus == 401 || p.httpStatus == 403 || p.code == "tls.error"_L1 ||
           p.code == "transport.insecure"_L1 || p.code == "route.not-found"_L1 || p.code == "http.404"_L1;
}

} // namespace

void SyncWorker::rowProblem(Task& task, const Problem& problem)
{
    if (isConfigurationProblem(problem)) {
        if (!m_stopPush)
            m_summary.errors.append(problem.toError());
        m_stopPush = true;
        m_queue.clear();
        m_waiting.clear();
        return;
    }
    OutboxRepository outbox(*m_db);
    const int attempts = task.entry.attempts + 1;
    const bool conflictExhausted =
        problem.httpStatus == 409 && attempts >= m_options.retry.maxConflictAttempts;
    if (problem.retryable() && !conflictExhausted) {
        const qint64 delay = m_options.retry.delayMs(attempts, problem.retryAfterSeconds, m_random);
        const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(delay);
        if (Status s = outbox.markAttempt(task.entry.id, problem.code + u": "_s + problem.message(), next);
            !s)
            m_summary.errors.append(s.error());
        ++m_summary.retried;
        qCDebug(lcSyncEngine) << "row" << task.entry.id << "retry in" << delay << "ms after" << problem.code;
        if (m_options.retryWithinRunMs > 0 && next.toMSecsSinceEpoch() <= m_deadlineMs) {
            // Retried in this run: kept in memory (re-reading the outbox, payloads and all,
            // at every retry would cost more than the retries).
            OutboxEntry waiting = task.entry;
            waiting.attempts = attempts;
            waiting.nextAttemptAt = next;
            m_waiting.append(waiting);
            scheduleWake();
        }
        m_lastTransient = problem.toError();
        return;
    }
    const Error error = problem.toError();
    rowRefused(task, error,
               QCoreApplication::translate("SyncEngine", "The backend refused the submission: %1")
                   .arg(error.message));
}

// Refused for good (a final 4xx, or documents that cannot be sent): the row is marked
// failed with the reason and the application goes back to the user.
void SyncWorker::rowRefused(Task& task, const Error& error, const QString& historyNote)
{
    if (Status s = OutboxRepository(*m_db).markFailed(task.entry.id, error.code + u": "_s + error.message);
        !s)
        m_summary.errors.append(s.error());
    ++m_summary.failed;
    m_summary.errors.append(Error{error.code, error.message, task.entry.applicationId});
    refuseApplication(task.entry.applicationId, historyNote);
    Q_EMIT rowFailed(task.entry.id, task.entry.applicationId, error);
}

// The backend refused the submission for good: the application goes back to the user
// (step 1) with the reason in its history, instead of waiting in "queued" for ever.
void SyncWorker::refuseApplication(const QString& applicationId, const QString& note)
{
    ApplicationRepository applications(*m_db);
    Result<Application> app = applications.load(applicationId);
    if (!app)
        return;
    Application a = std::move(app).value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    a.status = ApplicationStatus::Draft;
    a.history.append(StatusChange{ApplicationStatus::Draft, now, note});
    a.updatedAt = now;
    if (Status s = applications.save(a, m_options.actor); !s)
        m_summary.errors.append(s.error());
    Q_EMIT applicationChanged(applicationId, a.status);
}

void SyncWorker::scheduleWake()
{
    QDateTime earliest;
    for (const OutboxEntry& e : std::as_const(m_waiting)) {
        if (!earliest.isValid() || e.nextAttemptAt < earliest)
            earliest = e.nextAttemptAt;
    }
    if (!earliest.isValid())
        return;
    const qint64 delay = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(earliest));
    if (!m_wake->isActive() || m_wake->remainingTime() > delay)
        m_wake->start(int(delay));
}

void SyncWorker::wakeWaiting()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it->nextAttemptAt <= now) {
            m_queue.append(*it);
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    scheduleWake();
}

void SyncWorker::pushDrained()
{
    if (m_stopPush) {
        finishPush();
        return;
    }
    if (!m_waiting.isEmpty()) {
        scheduleWake(); // retries are due before the deadline; the timer resumes the push
        return;
    }
    // Rows queued while we pushed, or rows from earlier runs that fell due meanwhile.
    reload();
    if (!m_queue.isEmpty()) {
        fillPushSlots();
        return;
    }
    finishPush();
}

void SyncWorker::finishPush()
{
    const Result<QList<OutboxEntry>> waiting = OutboxRepository(*m_db).pending(farFuture());
    m_summary.pending = waiting ? int(waiting.value().size()) : 0;
    if (!waiting)
        m_summary.errors.append(waiting.error());
    if (m_summary.pending > 0 && m_lastTransient)
        m_summary.errors.append(*m_lastTransient);
    m_lastTransient.reset();
    if (m_pullAfterPush && !m_stopPush)
        startPull();
    else
        finishRun();
}

void SyncWorker::startPull()
{
    m_phase = Phase::Pull;
    m_pullAttempts = 0;
    const Result<SyncState> state = SyncStateStore(*m_db).load(backendKey());
    if (!state) {
        m_summary.pullFailed = true;
        m_summary.errors.append(state.error());
        finishRun();
        return;
    }
    m_cursor = state->cursor;
    fetchChanges();
}

void SyncWorker::fetchChanges()
{
    auto* job = new ChangesJob(*m_client, m_cursor, m_options.changesPageSize, this);
    connect(job, &ApiJob::finished, this, [this](ApiJob* j) {
        auto* changes = static_cast<ChangesJob*>(j);
        if (!changes->ok()) {
            const Problem& p = changes->problem();
            ++m_pullAttempts;
            const qint64 delay = m_options.retry.delayMs(m_pullAttempts, p.retryAfterSeconds, m_random);
            const bool inBudget =
                m_pullAttempts < 4 || QDateTime::currentMSecsSinceEpoch() + delay <= m_deadlineMs;
            if (p.retryable() && inBudget && p.httpStatus != 409) {
                QTimer::singleShot(int(delay), this, &SyncWorker::fetchChanges);
                return;
            }
            m_summary.pullFailed = true;
            m_summary.errors.append(p.toError());
            finishRun();
            return;
        }
        m_pullAttempts = 0;
        ChangeApplier applier(*m_db, m_options.actor);
        for (const RemoteChange& change : changes->changes()) {
            const Result<ChangeApplier::Outcome> outcome = applier.apply(change);
            if (!outcome) {
                // Stop here: the cursor stays before this change, so it is applied next time.
                // Saving the changes applied so far only spares re-reading them (applying
                // is idempotent), so a failure here loses nothing; it is still reported.
                if (Status s = SyncStateStore(*m_db).saveCursor(backendKey(), m_cursor); !s)
                    recordStoreError(s.error());
                m_summary.pullFailed = true;
                m_summary.errors.append(outcome.error());
                finishRun();
                return;
            }
            if (outcome.value() == ChangeApplier::Outcome::Applied) {
                ++m_summary.changesApplied;
                if (const auto status = statusFromWire(change.status, change.cause))
                    Q_EMIT applicationChanged(change.applicationId, *status);
            } else {
                ++m_summary.changesSkipped;
            }
            m_cursor = change.cursor;
        }
        if (!changes->cursor().isEmpty())
            m_cursor = changes->cursor();
        // Once per page: a crash before this re-applies the page, which changes nothing.
        if (Status s = SyncStateStore(*m_db).saveCursor(backendKey(), m_cursor); !s) {
            m_summary.pullFailed = true;
            m_summary.errors.append(s.error());
            finishRun();
            return;
        }
        if (changes->more())
            fetchChanges();
        else
            finishRun();
    });
    job->start();
}

void SyncWorker::recordStoreError(const Error& error)
{
    qCWarning(lcSyncEngine).noquote() << "the sync could not record its progress:" << error.message;
    m_summary.errors.append(error);
}

void SyncWorker::finishRun()
{
    m_phase = Phase::Idle;
    m_wake->stop();
    m_summary.finishedAt = QDateTime::currentDateTimeUtc();
    const QString error = m_summary.errors.isEmpty() ? QString() : m_summary.errors.constLast().message;
    // Without a record of this run the status bar would show an older "last synced": say so.
    if (m_db) {
        if (Status s = SyncStateStore(*m_db).saveResult(backendKey(), m_summary.finishedAt, error); !s)
            recordStoreError(s.error());
    }
    m_running = false;
    Q_EMIT finished(m_summary);
}

} // namespace icp::sync
