#pragma once

#include "Problem.h"
#include "RetryPolicy.h"

#include <QFile>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>

namespace icp::sync {

class ApiJob;
class BackendClient;

// Uploads one document file in chunks (docs/api.md "Documents"): announces it with its
// SHA-256 and the dossier fields it evidences, sends the chunks the server does not have
// yet, and asks the server to verify the hash. Resumes: the idempotency keys derive from
// `keyBase`, so a new DocumentUpload with the same keyBase (after a crash, or the next
// day) gets the same upload id back, asks how far the server got and continues there.
class DocumentUpload : public QObject
{
    Q_OBJECT

public:
    DocumentUpload(BackendClient& client, QString filePath, QString sha256, QString mimeType,
                   QStringList fields, QByteArray keyBase, QObject* parent = nullptr);

    void setChunkSize(int bytes) { m_chunkSize = bytes; }
    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }
    // How many times one call is tried before the upload fails with its problem (the
    // sync engine sets 1: it retries the whole row with its own backoff, and the upload
    // resumes where the server got to).
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    // The name announced to the server (default: the file's own name; the document
    // store names files by hash, so the engine passes the attachment's original name).
    void setFileName(const QString& fileName) { m_fileName = fileName; }
    // Test hook: stop (as if the process died) after this many chunks were sent.
    void setStopAfterChunks(int chunks) { m_stopAfterChunks = chunks; }

    void start();

    bool ok() const { return m_done && m_problem.isNull(); }
    const Problem& problem() const { return m_problem; }
    QString documentId() const { return m_documentId; }
    QString sha256() const { return m_sha256; }
    qint64 bytesSent() const { return m_bytesSent; }

Q_SIGNALS:
    void progress(qint64 offset, qint64 total);
    void finished(icp::sync::DocumentUpload* upload);

private:
    void create();
    void queryOffset();
    void checkDocument();
    void sendChunk();
    void complete();
    // Retries `step` after a backoff when the problem is retryable; else fails.
    void retryOrFail(const Problem& problem, void (DocumentUpload::*step)());
    void fail(const Problem& problem);
    void done();

    BackendClient& m_client;
    QFile m_file;
    QString m_sha256;
    QString m_mimeType;
    QStringList m_fields;
    QString m_fileName;
    QByteArray m_keyBase;
    int m_chunkSize = 256 * 1024;
    int m_stopAfterChunks = -1;
    int m_maxAttempts = 9;
    RetryPolicy m_policy{200, 5000, 4};
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};

    QString m_uploadId;
    qint64 m_size = 0;
    qint64 m_offset = 0;
    qint64 m_bytesSent = 0;
    int m_chunksSent = 0;
    int m_attempts = 0;
    bool m_done = false;
    QString m_documentId;
    Problem m_problem;
};

} // namespace icp::sync
