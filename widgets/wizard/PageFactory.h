#pragma once

#include <QList>

class QWidget;

namespace icp {

class ApplicationDraft;
class WizardPage;

// Every wizard page in ApplicationWizard::pageKeys() order.
QList<WizardPage*> createWizardPages(ApplicationDraft& draft, QWidget* parent);

} // namespace icp
