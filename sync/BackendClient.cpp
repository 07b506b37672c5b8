#include "BackendClient.h"

#include "BackendUrl.h"
#include "NetworkAccess.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace icp::sync {

BackendClient::BackendClient(BackendConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(NetworkAccess::create(this))
{}

QNetworkRequest BackendClient::request(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path() + u"/v1/"_s + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_config.token.toUtf8());
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    return request;
}

Status BackendClient::transportAllowed() const
{
    const Result<QUrl> checked = checkBackendUrl(m_config.baseUrl.toString());
    if (!checked)
        return checked.error();
    return success();
}

} // namespace icp::sync
