#pragma once

#include "Keychain.h"
#include "core/Result.h"

#include <QFuture>
#include <QString>
#include <QUrl>
#include <optional>

namespace icp::sync {

// Backend tokens in the operating system's keychain (Keychain.h: QtKeychain, Secret
// Service / gnome-keyring on Linux): service "icp-assistant", one entry per backend
// (backendKey()). Tokens are never written to the database, settings or logs, and there
// is no plaintext fallback: when the keychain cannot be used, every call fails with code
// "keychain.unavailable" and a translated message that says why and what happens
// instead (the token is asked for at each start).
//
// Any keychain error counts as "unavailable" (on Linux they all come back as
// OtherError) except EntryNotFound on read, which is "no token".
//
// Asynchronous: every call returns at once and its future is answered from the calling
// thread's event loop (use QFuture::then with a context object). Nothing waits: a
// keychain that waits on a prompt nobody can answer is reported as unavailable after
// `timeoutMs`. A command-line program without a UI may wait for the future.
class CredentialStore
{
public:
    static constexpr const char* service = "icp-assistant";

    explicit CredentialStore(int timeoutMs = 10000);

    QFuture<Result<std::optional<QString>>> readToken(const QUrl& backend) const;
    QFuture<Status> writeToken(const QUrl& backend, const QString& token) const;
    QFuture<Status> removeToken(const QUrl& backend) const;

    // The translated explanation shown when the keychain is unavailable.
    static QString unavailableMessage(const QString& reason);

    // Replaces the keychain every CredentialStore uses (tests: a slow or broken one); an
    // empty function restores the system keychain. Set it before any call.
    static void setKeychain(Keychain keychain);

private:
    QFuture<KeychainAnswer> ask(KeychainRequest request) const;

    int m_timeoutMs;
};

} // namespace icp::sync
