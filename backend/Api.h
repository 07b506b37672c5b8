#pragma once

#include "BackendOptions.h"
#include "HttpTypes.h"

#include <QHash>
#include <optional>

namespace icp::backend {

class BackendStore;

// What the tests count (GET /v1/admin/stats): every arrival, every injected fault,
// every idempotent replay and every effect actually applied.
struct ServerStats
{
    qint64 requests = 0;
    QHash<QString, qint64> faults; // "500", "503", "429", "dropped"
    qint64 replays = 0;
    QHash<QString, qint64> applied; // "put", "submit", "withdraw", "upload", "document"
};

// The /v1 API (docs/api.md): authentication, idempotency, routing and the handlers.
// Pure request → response; the transport (faults, delays, sockets) is BackendServer.
class Api
{
public:
    Api(BackendStore& store, const BackendOptions& options, ServerStats& stats);

    ApiResponse handle(const ApiRequest& request);

private:
    struct Call
    {
        const ApiRequest& request;
        int tokenId;
        QStringList segments; // path after /v1, split on '/'
    };
    std::optional<ApiResponse> route(const Call& call);
    ApiResponse mutate(const Call& call);

    ApiResponse ping(const Call& call);
    ApiResponse stats(const Call& call);
    ApiResponse putApplication(const Call& call, const QString& id);
    ApiResponse submit(const Call& call, const QString& id);
    ApiResponse withdraw(const Call& call, const QString& id);
    ApiResponse getApplication(const Call& call, const QString& id);
    ApiResponse changes(const Call& call);
    ApiResponse createUpload(const Call& call);
    ApiResponse uploadStatus(const Call& call, const QString& uploadId);
    ApiResponse uploadChunk(const Call& call, const QString& uploadId);
    ApiResponse completeUpload(const Call& call, const QString& uploadId);
    ApiResponse getDocument(const Call& call, const QString& sha256);

    QDate asOf() const;

    BackendStore& m_store;
    const BackendOptions& m_options;
    ServerStats& m_stats;
};

} // namespace icp::backend
