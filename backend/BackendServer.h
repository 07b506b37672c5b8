#pragma once

#include "Api.h"
#include "BackendOptions.h"

#include <QAbstractHttpServer>
#include <QRandomGenerator>

namespace icp::backend {

// The transport: Qt HttpServer parses requests; this class counts every arrival,
// injects the faults the options ask for, hands the request to the Api and writes
// the answer itself (so it can delay it or cut it off half-way).
class BackendServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    BackendServer(Api& api, const BackendOptions& options, ServerStats& stats, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void send(QTcpSocket* socket, const ApiResponse& response, bool drop);

    Api& m_api;
    const BackendOptions& m_options;
    ServerStats& m_stats;
    QRandomGenerator m_random;
};

} // namespace icp::backend
