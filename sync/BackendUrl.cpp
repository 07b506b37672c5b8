#include "BackendUrl.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace icp::sync {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QString h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

Result<QUrl> checkBackendUrl(const QString& text)
{
    QUrl url = QUrl::fromUserInput(text.trimmed());
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) || !text.contains(u"://"_s)) {
        return Result<QUrl>::failure(u"backend.url"_s,
                                     QCoreApplication::translate("BackendUrl",
                                                                 "“%1” is not a backend address: write it as "
                                                                 "https://host[:port][/path].")
                                         .arg(text),
                                     u"backendUrl"_s);
    }
    if (url.scheme() == "http"_L1 && !isLoopbackHost(url.host())) {
        return Result<QUrl>::failure(
            u"backend.insecure"_s,
            QCoreApplication::translate("BackendUrl",
                                        "The backend address “%1” uses plain HTTP: use https:// "
                                        "(plain HTTP is allowed only for this computer, "
                                        "127.0.0.1 or localhost).")
                .arg(text),
            u"backendUrl"_s);
    }
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

QString backendKey(const QUrl& url)
{
    QUrl u = url;
    u.setHost(url.host().toLower());
    if ((u.scheme() == "https"_L1 && u.port() == 443) || (u.scheme() == "http"_L1 && u.port() == 80))
        u.setPort(-1);
    return u.toString(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                      QUrl::RemoveFragment);
}

} // namespace icp::sync
