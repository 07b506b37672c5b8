#include "documents/DocumentsLogging.h"

Q_LOGGING_CATEGORY(lcDocuments, "icp.model.documents", QtInfoMsg)
