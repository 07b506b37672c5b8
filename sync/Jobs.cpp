#include "Jobs.h"

using namespace Qt::StringLiterals;

namespace icp::sync {

PingJob::PingJob(BackendClient& client, QObject* parent)
    : ApiJob(client, "GET", u"ping"_s, parent)
{}

PutApplicationJob::PutApplicationJob(BackendClient& client, const QString& id, const QByteArray& dossier,
                                     const QByteArray& idempotencyKey, QObject* parent)
    : ApiJob(client, "PUT", u"applications/"_s + id, parent)
{
    setBody(dossier);
    setIdempotencyKey(idempotencyKey);
}

SubmitJob::SubmitJob(BackendClient& client, const QString& id, const QByteArray& idempotencyKey,
                     QObject* parent)
    : ApiJob(client, "POST", u"applications/"_s + id + u"/submit"_s, parent)
{
    setJsonBody({});
    setIdempotencyKey(idempotencyKey);
}

WithdrawJob::WithdrawJob(BackendClient& client, const QString& id, const QByteArray& idempotencyKey,
                         QObject* parent)
    : ApiJob(client, "POST", u"applications/"_s + id + u"/withdraw"_s, parent)
{
    setJsonBody({});
    setIdempotencyKey(idempotencyKey);
}

GetApplicationJob::GetApplicationJob(BackendClient& client, const QString& id, QObject* parent)
    : ApiJob(client, "GET", u"applications/"_s + id, parent)
{}

QList<Rejection> GetApplicationJob::rejections() const
{
    QList<Rejection> out;
    for (const QJsonValue& v : json().value(u"rejections"_s).toArray())
        out.append(Rejection::fromJson(v.toObject()));
    return out;
}

GrantedNumbers GetApplicationJob::numbers() const
{
    return GrantedNumbers::fromJson(json().value(u"numbers"_s).toObject());
}

ChangesJob::ChangesJob(BackendClient& client, const QString& after, int limit, QObject* parent)
    : ApiJob(client, "GET", u"changes"_s, parent)
{
    QUrlQuery query;
    query.addQueryItem(u"after"_s, after.isEmpty() ? u"0"_s : after);
    query.addQueryItem(u"limit"_s, QString::number(limit));
    setQuery(query);
}

QList<RemoteChange> ChangesJob::changes() const
{
    QList<RemoteChange> out;
    for (const QJsonValue& v : json().value(u"changes"_s).toArray())
        out.append(RemoteChange::fromJson(v.toObject()));
    return out;
}

CreateUploadJob::CreateUploadJob(BackendClient& client, const QString& sha256, qint64 size,
                                 const QString& fileName, const QString& mimeType, const QStringList& fields,
                                 const QByteArray& idempotencyKey, QObject* parent)
    : ApiJob(client, "POST", u"uploads"_s, parent)
{
    setJsonBody({{u"sha256"_s, sha256},
                 {u"size"_s, size},
                 {u"fileName"_s, fileName},
                 {u"mimeType"_s, mimeType},
                 {u"fields"_s, QJsonArray::fromStringList(fields)}});
    setIdempotencyKey(idempotencyKey);
}

UploadStatusJob::UploadStatusJob(BackendClient& client, const QString& uploadId, QObject* parent)
    : ApiJob(client, "GET", u"uploads/"_s + uploadId, parent)
{}

UploadChunkJob::UploadChunkJob(BackendClient& client, const QString& uploadId, qint64 offset,
                               const QByteArray& bytes, const QByteArray& idempotencyKey, QObject* parent)
    : ApiJob(client, "PUT", u"uploads/"_s + uploadId, parent)
{
    QUrlQuery query;
    query.addQueryItem(u"offset"_s, QString::number(offset));
    setQuery(query);
    setBody(bytes, "application/octet-stream");
    setIdempotencyKey(idempotencyKey);
}

CompleteUploadJob::CompleteUploadJob(BackendClient& client, const QString& uploadId,
                                     const QByteArray& idempotencyKey, QObject* parent)
    : ApiJob(client, "POST", u"uploads/"_s + uploadId + u"/complete"_s, parent)
{
    setJsonBody({});
    setIdempotencyKey(idempotencyKey);
}

GetDocumentJob::GetDocumentJob(BackendClient& client, const QString& sha256, QObject* parent)
    : ApiJob(client, "GET", u"documents/"_s + sha256, parent)
{}

QStringList GetDocumentJob::fields() const
{
    QStringList out;
    for (const QJsonValue& v : json().value(u"fields"_s).toArray())
        out.append(v.toString());
    return out;
}

} // namespace icp::sync
