#include "BackendServer.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace icp::backend {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

BackendServer::BackendServer(Api& api, const BackendOptions& options, ServerStats& stats, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_options(options)
    , m_stats(stats)
    , m_random(options.seed ? options.seed : QRandomGenerator::system()->generate())
{}

bool BackendServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ++m_stats.requests;
    ApiRequest r{methodName(request.method()), request.url().path(), request.query(), request.headers(),
                 request.body()};
    // Test hooks are never faulted: the tests must be able to count reliably.
    const bool faultable = !r.path.startsWith(u"/v1/admin/"_s);
    if (faultable && m_options.failRate > 0 && m_random.generateDouble() < m_options.failRate) {
        static const int kinds[] = {500, 503, 429};
        const int status = kinds[m_random.bounded(3)];
        ++m_stats.faults[QString::number(status)];
        ApiResponse response =
            status == 500   ? problem(500, u"server.error"_s, u"Internal error (injected)"_s)
            : status == 503 ? problem(503, u"server.unavailable"_s, u"Service unavailable (injected)"_s)
                            : problem(429, u"rate-limited"_s, u"Too many requests (injected)"_s);
        if (status != 500)
            response.extraHeaders.append(
                qMakePair(QByteArray("Retry-After"), QByteArray::number(m_options.retryAfterS)));
        send(socket, response, false);
        return true;
    }
    const ApiResponse response = m_api.handle(r);
    const bool drop = faultable && m_options.dropRate > 0 && m_random.generateDouble() < m_options.dropRate;
    if (drop)
        ++m_stats.faults[u"dropped"_s];
    send(socket, response, drop);
    return true;
}

void BackendServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    send(socket, problem(404, u"route.not-found"_s, u"Not found"_s), false);
}

void BackendServer::send(QTcpSocket* socket, const ApiResponse& response, bool drop)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                       reasonPhrase(response.status) + "\r\nContent-Type: " + response.contentType +
                       "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                       "\r\nCache-Control: no-store\r\n";
    for (const auto& [name, value] : response.extraHeaders)
        bytes += name + ": " + value + "\r\n";
    bytes += "\r\n" + response.body;
    if (drop) // the effect happened; the client sees half an answer and a reset
        bytes.truncate(bytes.size() - std::max<qsizetype>(1, response.body.size() / 2));

    const QPointer<QTcpSocket> target(socket);
    const auto write = [target, bytes, drop] {
        if (!target)
            return;
        target->write(bytes);
        if (drop) {
            target->flush();
            target->abort();
        }
    };
    if (m_options.delayMs > 0)
        QTimer::singleShot(m_options.delayMs, socket, write);
    else
        write();
}

} // namespace icp::backend
