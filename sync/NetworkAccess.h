#pragma once

#include <QNetworkAccessManager>
#include <functional>

namespace icp::sync {

// The one place sync/ makes a QNetworkAccessManager, so tests (or an application with
// a proxy or a custom certificate store) can inject their own.
class NetworkAccess
{
public:
    using Factory = std::function<QNetworkAccessManager*(QObject* parent)>;

    // Replaces the factory; an empty one restores the default (a plain manager with
    // redirects refused and strict transport security on).
    static void setFactory(Factory factory);
    static QNetworkAccessManager* create(QObject* parent);
};

} // namespace icp::sync
