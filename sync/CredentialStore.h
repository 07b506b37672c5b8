#pragma once

#include "core/Result.h"

#include <QString>
#include <QUrl>
#include <optional>

namespace icp::sync {

// Backend tokens in the operating system's keychain through QtKeychain (Secret Service /
// gnome-keyring on Linux): service "icp-assistant", one entry per backend (backendKey()).
// Tokens are never written to the database, settings or logs, and there is no plaintext
// fallback: when the keychain cannot be used, every call fails with code
// "keychain.unavailable" and a translated message that says why and what happens
// instead (the token is asked for at each start).
//
// Any QtKeychain error counts as "unavailable" (on Linux they all come back as
// OtherError; toolchain-notes.md §4) except EntryNotFound on read, which is "no token".
// Calls block (a local event loop) for at most `timeoutMs`: a keychain that waits on a
// prompt nobody can answer is reported as unavailable instead of hanging.
class CredentialStore
{
public:
    static constexpr const char* service = "icp-assistant";

    explicit CredentialStore(int timeoutMs = 10000);

    Result<std::optional<QString>> readToken(const QUrl& backend) const;
    Status writeToken(const QUrl& backend, const QString& token) const;
    Status removeToken(const QUrl& backend) const;

    // The translated explanation shown when the keychain is unavailable.
    static QString unavailableMessage(const QString& reason);

private:
    int m_timeoutMs;
};

} // namespace icp::sync
