#pragma once

#include <QLoggingCategory>

// sync/ categories. Tokens, dossiers and personal data are never logged: requests are
// logged as method, path and status only.
Q_DECLARE_LOGGING_CATEGORY(lcSyncHttp)        // icp.sync.http
Q_DECLARE_LOGGING_CATEGORY(lcSyncEngine)      // icp.sync.engine
Q_DECLARE_LOGGING_CATEGORY(lcSyncCredentials) // icp.sync.credentials
