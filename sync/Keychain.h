#pragma once

#include <QFuture>
#include <QString>
#include <functional>

namespace icp::sync {

// One call to the operating system's keychain, as CredentialStore asks for it.
struct KeychainRequest
{
    enum class Kind { Read, Write, Remove };
    Kind kind = Kind::Read;
    QString service;
    QString key;
    QString secret; // Write only
};

// What the keychain answered.
struct KeychainAnswer
{
    enum class Outcome { Done, NotFound, Failed };
    Outcome outcome = Outcome::Failed;
    QString secret; // Read and Done
    QString reason; // Failed: what the keychain said
};

// The seam between CredentialStore and the keychain: starts the call and answers through
// the future, from the calling thread's event loop, without ever waiting for it. Tests
// put a slow or broken keychain here (CredentialStore::setKeychain).
using Keychain = std::function<QFuture<KeychainAnswer>(const KeychainRequest& request)>;

// The real one: a QtKeychain job (Secret Service / gnome-keyring on Linux), answered from
// its finished() signal, as Nextcloud desktop does. Any error but EntryNotFound is
// Failed: on Linux they all come back as OtherError, whatever the cause.
QFuture<KeychainAnswer> systemKeychain(const KeychainRequest& request);

} // namespace icp::sync
