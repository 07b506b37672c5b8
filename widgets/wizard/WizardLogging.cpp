#include "wizard/WizardLogging.h"

Q_LOGGING_CATEGORY(lcWizard, "icp.widgets.wizard", QtInfoMsg)
