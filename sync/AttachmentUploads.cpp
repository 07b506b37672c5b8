#include "AttachmentUploads.h"

#include "DocumentUpload.h"
#include "JobSlots.h"
#include "SyncLogging.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace icp::sync {

AttachmentUploads::AttachmentUploads(BackendClient& client, JobSlots& slots, QSet<QString>& busy,
                                     QByteArray rowKey, QList<Attachment> attachments, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_slots(slots)
    , m_busy(busy)
    , m_rowKey(std::move(rowKey))
    , m_pending(std::move(attachments))
{}

AttachmentUploads::~AttachmentUploads()
{
    for (const QString& sha : std::as_const(m_mine))
        m_busy.remove(sha);
}

void AttachmentUploads::start()
{
    startEligible();
    maybeFinish();
}

void AttachmentUploads::resume()
{
    if (m_finished)
        return;
    startEligible();
    maybeFinish();
}

void AttachmentUploads::startEligible()
{
    if (!m_problem.isNull())
        return; // the batch failed: settle, do not start more
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (m_busy.contains(it->sha256)) {
            ++it; // another row is sending these bytes: announce them after it
            continue;
        }
        const Attachment a = *it;
        it = m_pending.erase(it);
        m_busy.insert(a.sha256);
        m_mine.insert(a.sha256);
        ++m_running;
        const QPointer<AttachmentUploads> self(this);
        m_slots.acquire([this, self, a] {
            if (!self) {
                m_slots.release();
                return;
            }
            auto* upload = new DocumentUpload(m_client, a.path, a.sha256, a.mimeType, a.fields,
                                              m_rowKey + ":doc:" + a.sha256.toLatin1(), this);
            upload->setFileName(a.fileName);
            upload->setMaxAttempts(1);
            if (m_chunkSize > 0)
                upload->setChunkSize(m_chunkSize);
            connect(upload, &DocumentUpload::finished, this, &AttachmentUploads::uploadFinished);
            upload->start();
        });
    }
}

void AttachmentUploads::uploadFinished(DocumentUpload* upload)
{
    m_slots.release();
    --m_running;
    const QString sha = upload->sha256();
    m_busy.remove(sha);
    m_mine.remove(sha);
    if (upload->ok()) {
        m_uploaded.insert(sha);
        m_bytesSent += upload->bytesSent();
        qCDebug(lcSyncEngine) << "document" << sha.left(12) << "on the server," << upload->bytesSent()
                              << "bytes sent";
        Q_EMIT documentDone(sha, upload->bytesSent());
    } else if (m_problem.isNull()) {
        m_problem = upload->problem();
    }
    upload->deleteLater();
    Q_EMIT contentReleased();
    startEligible();
    maybeFinish();
}

void AttachmentUploads::maybeFinish()
{
    if (m_finished || m_running > 0)
        return;
    // Done when nothing is left, or when it failed; content still held by other rows
    // keeps the batch waiting (resume()).
    if (!m_pending.isEmpty() && m_problem.isNull())
        return;
    m_finished = true;
    Q_EMIT finished(this);
}

} // namespace icp::sync
