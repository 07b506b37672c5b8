#include "SyncLogging.h"

Q_LOGGING_CATEGORY(lcSyncHttp, "icp.sync.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncEngine, "icp.sync.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncCredentials, "icp.sync.credentials", QtInfoMsg)
