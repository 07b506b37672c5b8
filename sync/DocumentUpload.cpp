#include "DocumentUpload.h"

#include "Jobs.h"
#include "SyncLogging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace icp::sync {

DocumentUpload::DocumentUpload(BackendClient& client, QString filePath, QString sha256, QString mimeType,
                               QStringList fields, QByteArray keyBase, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_file(filePath)
    , m_sha256(std::move(sha256))
    , m_mimeType(std::move(mimeType))
    , m_fields(std::move(fields))
    , m_keyBase(std::move(keyBase))
{}

void DocumentUpload::start()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        Problem p;
        p.code = u"document.unreadable"_s;
        p.detail = QCoreApplication::translate("DocumentUpload", "The document file %1 cannot be read: %2")
                       .arg(m_file.fileName(), m_file.errorString());
        fail(p);
        return;
    }
    m_size = m_file.size();
    create();
}

void DocumentUpload::create()
{
    const QString name = m_fileName.isEmpty() ? QFileInfo(m_file).fileName() : m_fileName;
    auto* job = new CreateUploadJob(m_client, m_sha256, m_size, name, m_mimeType, m_fields,
                                    m_keyBase + ":create", this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->ok())
            return retryOrFail(job->problem(), &DocumentUpload::create);
        m_attempts = 0;
        qCDebug(lcSyncHttp) << "upload of" << m_sha256.left(8) << "announced:" << job->uploadId()
                            << "complete" << job->complete() << "replayed" << job->replayed() << "offset"
                            << job->offset();
        if (job->complete()) {
            m_documentId = job->json().value(u"documentId"_s).toString();
            return done();
        }
        m_uploadId = job->uploadId();
        if (job->chunkSize() > 0)
            m_chunkSize = std::min(m_chunkSize, job->chunkSize());
        // A replayed answer is from the first attempt: ask how far the server really got.
        if (job->replayed())
            return queryOffset();
        m_offset = job->offset();
        sendChunk();
    });
    job->start();
}

void DocumentUpload::queryOffset()
{
    auto* job = new UploadStatusJob(m_client, m_uploadId, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->ok()) {
            // The announcement was replayed but the upload is gone: it was completed (and
            // removed) by an earlier attempt whose answer was lost. Announcing again with
            // the same key would replay the same answer, so ask for the document instead.
            if (job->problem().code == "upload.not-found"_L1)
                return checkDocument();
            return retryOrFail(job->problem(), &DocumentUpload::queryOffset);
        }
        m_attempts = 0;
        m_offset = job->offset();
        sendChunk();
    });
    job->start();
}

void DocumentUpload::checkDocument()
{
    auto* job = new GetDocumentJob(m_client, m_sha256, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->ok())
            return retryOrFail(job->problem(), &DocumentUpload::checkDocument);
        m_attempts = 0;
        m_documentId = job->json().value(u"documentId"_s).toString();
        done();
    });
    job->start();
}

void DocumentUpload::sendChunk()
{
    Q_EMIT progress(m_offset, m_size);
    if (m_offset >= m_size)
        return complete();
    if (m_stopAfterChunks >= 0 && m_chunksSent >= m_stopAfterChunks) {
        Problem p;
        p.code = u"upload.stopped"_s;
        return fail(p);
    }
    if (!m_file.seek(m_offset)) {
        Problem p;
        p.code = u"document.unreadable"_s;
        return fail(p);
    }
    const QByteArray bytes = m_file.read(m_chunkSize);
    auto* job = new UploadChunkJob(m_client, m_uploadId, m_offset, bytes,
                                   m_keyBase + ":chunk:" + QByteArray::number(m_offset), this);
    connect(job, &ApiJob::finished, this, [this, job, sent = bytes.size()] {
        if (!job->ok()) {
            if (job->problem().code == "upload.offset"_L1)
                return queryOffset(); // another sender moved on: continue from the server's offset
            if (job->problem().code == "upload.not-found"_L1)
                return checkDocument(); // that sender completed it
            return retryOrFail(job->problem(), &DocumentUpload::sendChunk);
        }
        m_attempts = 0;
        m_bytesSent += sent;
        ++m_chunksSent;
        m_offset = job->offset();
        sendChunk();
    });
    job->start();
}

void DocumentUpload::complete()
{
    auto* job = new CompleteUploadJob(m_client, m_uploadId, m_keyBase + ":complete", this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->ok()) {
            if (job->problem().code == "upload.not-found"_L1)
                return checkDocument();
            return retryOrFail(job->problem(), &DocumentUpload::complete);
        }
        m_documentId = job->documentId();
        done();
    });
    job->start();
}

void DocumentUpload::retryOrFail(const Problem& problem, void (DocumentUpload::*step)())
{
    ++m_attempts;
    const bool conflict = problem.httpStatus == 409;
    if (!problem.retryable() || (conflict && m_attempts >= m_policy.maxConflictAttempts) ||
        m_attempts >= m_maxAttempts)
        return fail(problem);
    QTimer::singleShot(m_policy.delayMs(m_attempts, problem.retryAfterSeconds, m_random), this, step);
}

void DocumentUpload::fail(const Problem& problem)
{
    m_problem = problem;
    m_done = true;
    Q_EMIT finished(this);
}

void DocumentUpload::done()
{
    m_done = true;
    Q_EMIT progress(m_size, m_size);
    Q_EMIT finished(this);
}

} // namespace icp::sync
