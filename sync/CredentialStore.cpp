#include "CredentialStore.h"

#include "BackendUrl.h"
#include "SyncLogging.h"

#include <QCoreApplication>
#include <QPromise>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace icp::sync {

namespace {

Keychain& keychainInUse()
{
    static Keychain keychain;
    return keychain;
}

Error unavailable(const QString& reason)
{
    qCWarning(lcSyncCredentials).noquote() << "keychain unavailable:" << reason;
    return Error{u"keychain.unavailable"_s, CredentialStore::unavailableMessage(reason), u"token"_s};
}

QString timeoutReason(int ms)
{
    return QCoreApplication::translate("CredentialStore", "no answer within %n second(s)", nullptr,
                                       std::max(1, ms / 1000));
}

} // namespace

CredentialStore::CredentialStore(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{}

void CredentialStore::setKeychain(Keychain keychain)
{
    keychainInUse() = std::move(keychain);
}

QString CredentialStore::unavailableMessage(const QString& reason)
{
    return QCoreApplication::translate(
               "CredentialStore", "The system keychain is not available (%1), so the backend token cannot be "
                                  "stored. It is never saved anywhere else: enter it each time the "
                                  "application starts.")
        .arg(reason);
}

// The keychain's answer, or after m_timeoutMs a failure that says so. Both arrive on the
// calling thread; whichever comes first settles the future, the other is ignored.
QFuture<KeychainAnswer> CredentialStore::ask(KeychainRequest request) const
{
    request.service = QString::fromLatin1(service);
    auto promise = std::make_shared<QPromise<KeychainAnswer>>();
    QFuture<KeychainAnswer> future = promise->future();
    promise->start();
    auto* pending = new QObject; // until settled: the context of the timer and of the answer
    const auto settle = [promise, pending](const KeychainAnswer& answer) {
        if (promise->future().isFinished())
            return;
        promise->addResult(answer);
        promise->finish();
        pending->deleteLater(); // cancels whichever of the two has not come yet
    };
    QTimer::singleShot(m_timeoutMs, pending, [settle, ms = m_timeoutMs] {
        settle(KeychainAnswer{KeychainAnswer::Outcome::Failed, {}, timeoutReason(ms)});
    });
    const Keychain& keychain = keychainInUse();
    (keychain ? keychain(request) : systemKeychain(request)).then(pending, settle);
    return future;
}

QFuture<Result<std::optional<QString>>> CredentialStore::readToken(const QUrl& backend) const
{
    return ask({KeychainRequest::Kind::Read, {}, backendKey(backend), {}})
        .then(QtFuture::Launch::Sync, [](const KeychainAnswer& answer) -> Result<std::optional<QString>> {
            switch (answer.outcome) {
            case KeychainAnswer::Outcome::Done:
                return std::optional<QString>(answer.secret);
            case KeychainAnswer::Outcome::NotFound:
                return std::optional<QString>();
            case KeychainAnswer::Outcome::Failed:
                break;
            }
            return unavailable(answer.reason);
        });
}

QFuture<Status> CredentialStore::writeToken(const QUrl& backend, const QString& token) const
{
    return ask({KeychainRequest::Kind::Write, {}, backendKey(backend), token})
        .then(QtFuture::Launch::Sync, [](const KeychainAnswer& answer) -> Status {
            if (answer.outcome != KeychainAnswer::Outcome::Done)
                return unavailable(answer.reason);
            return success();
        });
}

QFuture<Status> CredentialStore::removeToken(const QUrl& backend) const
{
    return ask({KeychainRequest::Kind::Remove, {}, backendKey(backend), {}})
        .then(QtFuture::Launch::Sync, [](const KeychainAnswer& answer) -> Status {
            if (answer.outcome == KeychainAnswer::Outcome::Failed)
                return unavailable(answer.reason);
            return success(); // removed, or there was none
        });
}

} // namespace icp::sync
