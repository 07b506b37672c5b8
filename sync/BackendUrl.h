#pragma once

#include "core/Result.h"

#include <QString>
#include <QUrl>

namespace icp::sync {

// docs/api.md principle 8: HTTPS for every host except loopback (127.0.0.0/8, ::1,
// "localhost"), where the reference backend runs in tests and demos.
bool isLoopbackHost(const QString& host);

// Parses and checks a backend base URL ("https://filing.example.com" or
// "http://127.0.0.1:8480"). Error codes: backend.url (not an absolute http(s) URL),
// backend.insecure (plain HTTP to a non-loopback host). The result has no trailing
// slash, no query and no fragment.
Result<QUrl> checkBackendUrl(const QString& text);

// The keychain entry and cursor key for a backend: scheme://host[:port][/path], lower-case
// host, default ports dropped, so equivalent spellings share one token.
QString backendKey(const QUrl& url);

} // namespace icp::sync
