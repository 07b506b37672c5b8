#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace icp::backend {

// One request as the API layer sees it: decoupled from QHttpServerRequest so the
// handlers can be called (and tested) without a socket.
struct ApiRequest
{
    QByteArray method; // "GET", "PUT", "POST", "DELETE"
    QString path;      // "/v1/applications/abc"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray& name) const;
    bool isMutating() const { return method != "GET" && method != "HEAD"; }
};

struct ApiResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;

    static ApiResponse json(int status, const QJsonObject& object);
};

// One entry of a problem's fieldErrors[].
struct FieldError
{
    QString field; // dossier path ("application.persons[0].mobile") or request member
    QString code;
    QString message;
};

// application/problem+json (docs/api.md "Errors"): type, title, status, code, detail,
// fieldErrors[]. `code` is the stable key clients switch on; title/detail are prose.
// `extensions` are extra members (RFC 9457 §3.2), e.g. document.missing's "documents".
ApiResponse problem(int status, const QString& code, const QString& title, const QString& detail = {},
                    const QList<FieldError>& fieldErrors = {}, const QJsonObject& extensions = {});

// Reason phrase for the status line.
QByteArray reasonPhrase(int status);

} // namespace icp::backend
