#pragma once

#include <QLoggingCategory>

// The wizard's category (icp.widgets.wizard): what happened to a save that nobody was
// left to show (the wizard closing). Error codes only: the application's values are
// personal data and never logged.
Q_DECLARE_LOGGING_CATEGORY(lcWizard)
