#include "NetworkAccess.h"

namespace icp::sync {

namespace {

NetworkAccess::Factory& factory()
{
    static NetworkAccess::Factory f;
    return f;
}

} // namespace

void NetworkAccess::setFactory(Factory f)
{
    factory() = std::move(f);
}

QNetworkAccessManager* NetworkAccess::create(QObject* parent)
{
    if (factory())
        return factory()(parent);
    auto* manager = new QNetworkAccessManager(parent);
    // A redirect could carry the bearer token to another host or downgrade to HTTP: none
    // is followed; a 3xx is reported as an error.
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    manager->setStrictTransportSecurityEnabled(true);
    return manager;
}

} // namespace icp::sync
