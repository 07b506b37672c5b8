#include "HttpTypes.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace icp::backend {

QByteArray ApiRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiResponse ApiResponse::json(int status, const QJsonObject& object)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse problem(int status, const QString& code, const QString& title, const QString& detail,
                    const QList<FieldError>& fieldErrors, const QJsonObject& extensions)
{
    QJsonArray errors;
    for (const FieldError& e : fieldErrors)
        errors.append(QJsonObject{{u"field"_s, e.field}, {u"code"_s, e.code}, {u"message"_s, e.message}});
    QJsonObject object{{u"type"_s, QString(u"/v1/problems/"_s + code)},
                       {u"title"_s, title},
                       {u"status"_s, status},
                       {u"code"_s, code},
                       {u"detail"_s, detail},
                       {u"fieldErrors"_s, errors}};
    for (auto it = extensions.begin(); it != extensions.end(); ++it)
        object.insert(it.key(), it.value());
    ApiResponse response = ApiResponse::json(status, object);
    response.contentType = "application/problem+json";
    return response;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace icp::backend
