#include "Problem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace icp::sync {

bool Problem::retryable() const
{
    if (code == "tls.error"_L1 || code == "transport.insecure"_L1)
        return false;
    if (httpStatus == 0)
        return code.startsWith(u"network."_s);
    return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || httpStatus >= 500;
}

QString Problem::message() const
{
    if (code == "tls.error"_L1) {
        return QCoreApplication::translate("SyncProblem",
                                           "The backend's TLS certificate was not accepted: %1. "
                                           "Nothing was sent.")
            .arg(tlsErrors.join(u"; "_s));
    }
    if (code == "transport.insecure"_L1) {
        return QCoreApplication::translate(
            "SyncProblem", "Refused to send over plain HTTP to a host that is not this computer.");
    }
    if (code == "network.timeout"_L1)
        return QCoreApplication::translate("SyncProblem", "The backend did not answer in time.");
    if (code == "network.refused"_L1 || code == "network.unreachable"_L1)
        return QCoreApplication::translate("SyncProblem", "The backend cannot be reached (%1).").arg(detail);
    if (code.startsWith(u"network."_s))
        return QCoreApplication::translate("SyncProblem", "The connection to the backend failed (%1).")
            .arg(detail);
    if (httpStatus == 401) {
        return QCoreApplication::translate("SyncProblem",
                                           "The backend did not accept the token: check it in Settings.");
    }
    if (code == "dossier.invalid"_L1 && !fieldErrors.isEmpty()) {
        return QCoreApplication::translate("SyncProblem", "The backend refused the dossier: %1: %2")
            .arg(fieldErrors[0].field, fieldErrors[0].message);
    }
    const QString text = detail.isEmpty() ? title : detail;
    return QCoreApplication::translate("SyncProblem", "The backend answered %1 (%2): %3")
        .arg(QString::number(httpStatus), code, text);
}

std::optional<int> Problem::parseRetryAfter(const QByteArray& value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(v), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!at.isValid())
        return std::nullopt;
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(utc)));
}

Problem Problem::fromBody(int httpStatus, const QByteArray& body)
{
    Problem p;
    p.httpStatus = httpStatus;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    p.code = o.value(u"code"_s).toString();
    p.title = o.value(u"title"_s).toString();
    p.detail = o.value(u"detail"_s).toString();
    for (const QJsonValue& v : o.value(u"fieldErrors"_s).toArray()) {
        const QJsonObject f = v.toObject();
        p.fieldErrors.append({f.value(u"field"_s).toString(), f.value(u"code"_s).toString(),
                              f.value(u"message"_s).toString()});
    }
    if (p.code.isEmpty())
        p.code = u"http."_s + QString::number(httpStatus);
    return p;
}

Problem Problem::fromReply(QNetworkReply& reply, const QByteArray& body, const QStringList& tlsErrors)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!tlsErrors.isEmpty() || reply.error() == QNetworkReply::SslHandshakeFailedError) {
        Problem p;
        p.code = u"tls.error"_s;
        p.detail = reply.errorString();
        p.tlsErrors = tlsErrors.isEmpty() ? QStringList{reply.errorString()} : tlsErrors;
        return p;
    }
    // A complete HTTP answer (an error status with or without a body). Other errors after
    // the headers arrived (a connection cut mid-body) are transport failures.
    // (QNetworkReply maps HTTP statuses to errors ≥ 200; below are transport and proxy errors.)
    const int e = int(reply.error());
    // An answer cut off mid-body (fewer bytes than Content-Length) can come with the HTTP
    // status's error rather than a transport error: it is a lost answer, retried with
    // the same key, never a final refusal read from half a body.
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    const bool truncated = length.isValid() && length.toLongLong() > body.size();
    const bool transport = (e > 0 && e < 200) || truncated;
    if (status >= 300 && !transport) {
        Problem p = fromBody(status, body);
        p.retryAfterSeconds = parseRetryAfter(reply.rawHeader("Retry-After"));
        return p;
    }
    Problem p;
    p.detail = reply.errorString();
    if (truncated) {
        p.code = u"network.closed"_s;
        return p;
    }
    switch (reply.error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        p.code = u"network.timeout"_s;
        break;
    case QNetworkReply::ConnectionRefusedError:
        p.code = u"network.refused"_s;
        break;
    case QNetworkReply::RemoteHostClosedError:
        p.code = u"network.closed"_s;
        break;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        p.code = u"network.unreachable"_s;
        break;
    default:
        p.code = u"network.other"_s;
        break;
    }
    return p;
}

} // namespace icp::sync
