#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <optional>

namespace icp::sync {

// One entry of a problem's fieldErrors[]: the dossier field the server objects to.
struct FieldProblem
{
    QString field;
    QString code;
    QString message;
};

// Why a backend call failed, parsed once (docs/api.md principle 6: clients switch on
// `code`, never on prose). Transport failures get codes of their own:
//   network.timeout, network.refused, network.closed, network.unreachable, network.other,
//   tls.error (certificate problems: shown to the user, never ignored),
//   transport.insecure (plain HTTP to a non-loopback host, refused before sending),
//   http.<status> (an HTTP error without a problem body).
struct Problem
{
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code;
    QString title;
    QString detail;
    QList<FieldProblem> fieldErrors;
    std::optional<int> retryAfterSeconds; // from Retry-After
    QStringList tlsErrors;                // certificate errors, when code is tls.error

    bool isNull() const { return code.isEmpty(); }

    // fact 8: retry network errors, 408, 409, 429 and 5xx; never other 4xx, TLS errors
    // or refused insecure transports.
    bool retryable() const;
    // A translated one-line message for people (status bar, icpctl).
    QString message() const;
    Error toError() const
    {
        return Error{code, message(), fieldErrors.isEmpty() ? QString() : fieldErrors[0].field};
    }

    // From an answered or failed reply (body already read into `body`).
    static Problem fromReply(QNetworkReply& reply, const QByteArray& body, const QStringList& tlsErrors);
    // Parses an application/problem+json body; fills code http.<status> when it is not one.
    static Problem fromBody(int httpStatus, const QByteArray& body);
    // Retry-After: delta seconds or an HTTP date.
    static std::optional<int> parseRetryAfter(const QByteArray& value);
};

} // namespace icp::sync
