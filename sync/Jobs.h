#pragma once

#include "ApiJob.h"
#include "RemoteTypes.h"

#include <QJsonArray>

namespace icp::sync {

using namespace Qt::StringLiterals;

// One class per call of docs/api.md. Each only fixes method, path and body and reads
// its own answer; transport, timeout and errors are ApiJob's.

// GET /v1/ping: the "Test connection" button (checks address, TLS and token).
class PingJob : public ApiJob
{
    Q_OBJECT
public:
    explicit PingJob(BackendClient& client, QObject* parent = nullptr);
};

// PUT /v1/applications/{id} with the dossier: create or replace.
class PutApplicationJob : public ApiJob
{
    Q_OBJECT
public:
    PutApplicationJob(BackendClient& client, const QString& id, const QByteArray& dossier,
                      const QByteArray& idempotencyKey, QObject* parent = nullptr);
    int revision() const { return json().value(u"revision"_s).toInt(); }
};

// POST /v1/applications/{id}/submit: answered at once with a receipt; the decision
// arrives later through the change feed.
class SubmitJob : public ApiJob
{
    Q_OBJECT
public:
    SubmitJob(BackendClient& client, const QString& id, const QByteArray& idempotencyKey,
              QObject* parent = nullptr);
    QString receipt() const { return json().value(u"receipt"_s).toString(); }
    QString status() const { return json().value(u"status"_s).toString(); }
};

// POST /v1/applications/{id}/withdraw
class WithdrawJob : public ApiJob
{
    Q_OBJECT
public:
    WithdrawJob(BackendClient& client, const QString& id, const QByteArray& idempotencyKey,
                QObject* parent = nullptr);
};

// GET /v1/applications/{id}: status, history, rejections, numbers.
class GetApplicationJob : public ApiJob
{
    Q_OBJECT
public:
    GetApplicationJob(BackendClient& client, const QString& id, QObject* parent = nullptr);
    QString status() const { return json().value(u"status"_s).toString(); }
    QList<Rejection> rejections() const;
    GrantedNumbers numbers() const;
};

// GET /v1/changes?after=<cursor>: the ordered change feed.
class ChangesJob : public ApiJob
{
    Q_OBJECT
public:
    ChangesJob(BackendClient& client, const QString& after, int limit = 200, QObject* parent = nullptr);
    QList<RemoteChange> changes() const;
    QString cursor() const { return json().value(u"cursor"_s).toString(); }
    bool more() const { return json().value(u"more"_s).toBool(); }
};

// POST /v1/uploads: announce a document (SHA-256, size, fields it evidences). Answers
// either complete (the server has it already) or an upload id and offset.
class CreateUploadJob : public ApiJob
{
    Q_OBJECT
public:
    CreateUploadJob(BackendClient& client, const QString& sha256, qint64 size, const QString& fileName,
                    const QString& mimeType, const QStringList& fields, const QByteArray& idempotencyKey,
                    QObject* parent = nullptr);
    bool complete() const { return json().value(u"complete"_s).toBool(); }
    QString uploadId() const { return json().value(u"uploadId"_s).toString(); }
    qint64 offset() const { return json().value(u"offset"_s).toInteger(); }
    int chunkSize() const { return json().value(u"chunkSize"_s).toInt(); }
};

// GET /v1/uploads/{id}: how many bytes the server has (to resume).
class UploadStatusJob : public ApiJob
{
    Q_OBJECT
public:
    UploadStatusJob(BackendClient& client, const QString& uploadId, QObject* parent = nullptr);
    qint64 offset() const { return json().value(u"offset"_s).toInteger(); }
};

// PUT /v1/uploads/{id}?offset=N: one chunk.
class UploadChunkJob : public ApiJob
{
    Q_OBJECT
public:
    UploadChunkJob(BackendClient& client, const QString& uploadId, qint64 offset, const QByteArray& bytes,
                   const QByteArray& idempotencyKey, QObject* parent = nullptr);
    qint64 offset() const { return json().value(u"offset"_s).toInteger(); }
};

// POST /v1/uploads/{id}/complete: the server verifies the SHA-256.
class CompleteUploadJob : public ApiJob
{
    Q_OBJECT
public:
    CompleteUploadJob(BackendClient& client, const QString& uploadId, const QByteArray& idempotencyKey,
                      QObject* parent = nullptr);
    QString documentId() const { return json().value(u"documentId"_s).toString(); }
};

// GET /v1/documents/{sha256}: what the server has (size, name, fields).
class GetDocumentJob : public ApiJob
{
    Q_OBJECT
public:
    GetDocumentJob(BackendClient& client, const QString& sha256, QObject* parent = nullptr);
    QStringList fields() const;
};

} // namespace icp::sync
