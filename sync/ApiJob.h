#pragma once

#include "Problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrlQuery>

class QNetworkReply;

namespace icp::sync {

class BackendClient;

// One call to the backend (docs/architecture.md "Conventions the code cites" 1): built with its method, path,
// body and Idempotency-Key, started once, finished once with either a JSON answer or a parsed Problem. The
// timeout is the client's per-request transfer timeout. Jobs delete themselves after finished() unless
// setAutoDelete(false).
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ApiJob(BackendClient& client, QByteArray method, QString path, QObject* parent = nullptr);
    ~ApiJob() override;

    void setQuery(const QUrlQuery& query) { m_query = query; }
    void setBody(const QByteArray& body, const QByteArray& contentType = "application/json");
    void setJsonBody(const QJsonObject& body);
    // Every mutating call carries one (docs/api.md principle 2).
    void setIdempotencyKey(const QByteArray& key) { m_idempotencyKey = key; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    void start();
    void abort();

    bool ok() const { return m_finished && m_problem.isNull(); }
    int httpStatus() const { return m_httpStatus; }
    QJsonObject json() const { return m_json; }
    const Problem& problem() const { return m_problem; }
    bool replayed() const { return m_replayed; } // the server answered from its idempotency store

Q_SIGNALS:
    void finished(icp::sync::ApiJob* job);

private:
    void onFinished();
    void finish();

    BackendClient& m_client;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QByteArray m_contentType;
    QByteArray m_idempotencyKey;
    bool m_autoDelete = true;
    bool m_finished = false;
    QPointer<QNetworkReply> m_reply;
    QStringList m_tlsErrors;
    int m_httpStatus = 0;
    QJsonObject m_json;
    Problem m_problem;
    bool m_replayed = false;
};

} // namespace icp::sync
