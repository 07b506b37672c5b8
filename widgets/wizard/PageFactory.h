#pragma once

#include <QList>

class QWidget;

namespace icp {

class ApplicationDraft;
class DialogProvider;
class WizardPage;

// Every wizard page in ApplicationWizard::pageKeys() order; `dialogs` goes to the pages
// that open dialogs (Documents).
QList<WizardPage*> createWizardPages(ApplicationDraft& draft, DialogProvider& dialogs, QWidget* parent);

} // namespace icp
