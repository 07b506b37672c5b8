#pragma once

#include "AttachmentPlan.h"
#include "Problem.h"
#include "RetryPolicy.h"

#include <QObject>
#include <QSet>

namespace icp::sync {

class BackendClient;
class DocumentUpload;
class JobSlots;

// The document uploads of one outbox row before its dossier is sent (docs/api.md
// "Documents"): one DocumentUpload per attachment, each in a slot of the engine's
// in-flight limit, with the row's keys `<uuid>:doc:<sha>:…`, so a retry — in this run,
// the next one or after a crash — gets the same upload back, asks for its offset and
// continues. Content another row is uploading at the moment (`busy`, shared by the
// engine's rows) waits for it, then is only announced: the server then has the bytes
// and answers complete at once, adding this row's fields.
//
// Each upload is tried once: a failed call ends the batch with its problem when the
// running uploads have settled, and the engine treats the row like any other failed
// call (backoff and retry, or refusal). Uploads that succeeded are in uploaded().
class AttachmentUploads : public QObject
{
    Q_OBJECT

public:
    AttachmentUploads(BackendClient& client, JobSlots& slots, QSet<QString>& busy, QByteArray rowKey,
                      QList<Attachment> attachments, QObject* parent = nullptr);
    ~AttachmentUploads() override;

    // Test hook passed on to every upload (DocumentUpload::setStopAfterChunks).
    void setChunkSize(int bytes) { m_chunkSize = bytes; }

    void start();
    // Content another row was uploading is free now: start what waited for it.
    void resume();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_problem.isNull(); }
    const Problem& problem() const { return m_problem; }
    const QSet<QString>& uploaded() const { return m_uploaded; }
    qint64 bytesSent() const { return m_bytesSent; }

Q_SIGNALS:
    // One attachment is on the server (`bytes` sent for it in this call; 0 when it had them).
    void documentDone(const QString& sha256, qint64 bytes);
    // Content this batch held in `busy` is released (the engine resumes the other rows).
    void contentReleased();
    void finished(icp::sync::AttachmentUploads* uploads);

private:
    void startEligible();
    void uploadFinished(DocumentUpload* upload);
    void maybeFinish();

    BackendClient& m_client;
    JobSlots& m_slots;
    QSet<QString>& m_busy;
    QByteArray m_rowKey;
    QList<Attachment> m_pending; // not started yet
    QSet<QString> m_mine;        // content this batch holds in m_busy
    int m_running = 0;           // started or waiting for a slot
    int m_chunkSize = 0;
    QSet<QString> m_uploaded;
    qint64 m_bytesSent = 0;
    Problem m_problem;
    bool m_finished = false;
};

} // namespace icp::sync
