#pragma once

#include <QLoggingCategory>

// The documents module's category (icp.model.documents). File names are fine to log;
// what a document says (ID numbers, names) never is.
Q_DECLARE_LOGGING_CATEGORY(lcDocuments)
