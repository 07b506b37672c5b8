#pragma once

#include "core/Result.h"

#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace icp::sync {

struct BackendConfig
{
    QUrl baseUrl;          // checked with checkBackendUrl(); jobs refuse an insecure one
    QString token;         // bearer token (from the keychain or the environment; never stored)
    int timeoutMs = 30000; // per request (transfer timeout: no byte for that long)
};

// The connection to one backend: its address, token and the one shared
// QNetworkAccessManager (made by NetworkAccess::create). Jobs are created on it.
class BackendClient : public QObject
{
    Q_OBJECT

public:
    explicit BackendClient(BackendConfig config, QObject* parent = nullptr);

    const BackendConfig& config() const { return m_config; }
    void setToken(const QString& token) { m_config.token = token; }
    QNetworkAccessManager* network() const { return m_network; }

    // A request for /v1/<path> with the bearer token and JSON accept header.
    QNetworkRequest request(const QString& path, const QUrlQuery& query = {}) const;
    // Whether requests may be sent (HTTPS, or loopback): checkBackendUrl's verdict.
    Status transportAllowed() const;

private:
    BackendConfig m_config;
    QNetworkAccessManager* m_network;
};

} // namespace icp::sync
