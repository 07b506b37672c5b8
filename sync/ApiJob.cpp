#include "ApiJob.h"

#include "BackendClient.h"
#include "SyncLogging.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace icp::sync {

ApiJob::ApiJob(BackendClient& client, QByteArray method, QString path, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_method(std::move(method))
    , m_path(std::move(path))
{}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::setBody(const QByteArray& body, const QByteArray& contentType)
{
    m_body = body;
    m_contentType = contentType;
}

void ApiJob::setJsonBody(const QJsonObject& body)
{
    setBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void ApiJob::start()
{
    if (const Status allowed = m_client.transportAllowed(); !allowed) {
        m_problem.code = u"transport.insecure"_s;
        m_problem.detail = allowed.error().message;
        // Finish asynchronously like every other outcome.
        QTimer::singleShot(0, this, &ApiJob::finish);
        return;
    }
    QNetworkRequest request = m_client.request(m_path, m_query);
    if (!m_idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_idempotencyKey);
    if (!m_contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    const bool hasBody = m_method != "GET" && m_method != "HEAD";
    m_reply = hasBody ? m_client.network()->sendCustomRequest(request, m_method, m_body)
                      : m_client.network()->sendCustomRequest(request, m_method);
    // TLS errors are collected and reported; ignoreSslErrors() is never called.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            m_tlsErrors.append(e.errorString());
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
}

void ApiJob::abort()
{
    if (m_reply)
        m_reply->abort();
}

void ApiJob::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    const QByteArray body = reply->readAll();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_replayed = reply->rawHeader("Idempotent-Replayed") == "true";
    if (reply->error() == QNetworkReply::NoError && m_httpStatus >= 200 && m_httpStatus < 300) {
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(body, &error);
        m_json = json.object();
        if (error.error != QJsonParseError::NoError || !json.isObject()) {
            // Every answer of the API is a JSON object. A connection cut mid-body can end
            // without an error from QNetworkReply: a truncated answer is a lost answer
            // (retried with the same key), never an empty success.
            m_problem.code = u"network.closed"_s;
            m_problem.detail = u"incomplete answer (%1 bytes)"_s.arg(body.size());
        }
    } else {
        m_problem = Problem::fromReply(*reply, body, m_tlsErrors);
        if (m_problem.isNull()) // e.g. a 3xx: no redirect is followed
            m_problem = Problem::fromBody(m_httpStatus, body);
    }
    qCDebug(lcSyncHttp).noquote() << m_method << m_path << m_httpStatus
                                  << (m_problem.isNull() ? QString() : m_problem.code);
    reply->deleteLater();
    m_reply = nullptr;
    finish();
}

void ApiJob::finish()
{
    m_finished = true;
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace icp::sync
