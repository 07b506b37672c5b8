#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "icp.model.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcValidation, "icp.model.validation", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDomain, "icp.model.domain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRules, "icp.model.rules", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "icp.model.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDossier, "icp.model.dossier", QtInfoMsg)
