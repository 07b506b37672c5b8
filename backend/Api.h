#pragma once

#include "BackendOptions.h"
#include "HttpTypes.h"
#include "domain/Application.h"

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
    // Effects that committed (an idempotent replay adds nothing): "put", "submit",
    // "withdraw"; uploads: "upload" (a new upload started), "chunk" and "uploadBytes"
    // (chunks written), "document" (an upload completed and stored), "announced" (an
    // announcement the server already had the bytes for: fields added, nothing sent),
    // "joined" (an announcement that continues an unfinished upload of the same bytes).
    QHash<QString, qint64> applied;
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
    std::optional<ApiResponse> missingDocuments(const Call& call, const Application& app);

    QDate asOf() const;
    // Counts an effect of the current call; it reaches ServerStats only when the call's
    // transaction commits.
    void count(const QString& effect, qint64 amount = 1) { m_pendingApplied[effect] += amount; }

    BackendStore& m_store;
    const BackendOptions& m_options;
    ServerStats& m_stats;
    QHash<QString, qint64> m_pendingApplied;
};

} // namespace icp::backend
