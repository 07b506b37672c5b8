// TEMPORARY: stands in for widgets/wizard/ApplicationWizard.cpp (branch `wizard`) until
// that branch is merged; remove this file then. Implements the contract header only.
#include "wizard/ApplicationWizard.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

namespace {
QString g_page;
}

ApplicationWizard::ApplicationWizard(Database&, const QString& applicationId, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"applicationWizard"_s);
    setProperty("applicationId", applicationId);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(u"Wizard placeholder: "_s + applicationId, this);
    label->setObjectName(u"wizardPlaceholderLabel"_s);
    layout->addWidget(label);
    auto* back = new QPushButton(u"Back to the list"_s, this);
    back->setObjectName(u"wizardCloseButton"_s);
    connect(back, &QPushButton::clicked, this, &ApplicationWizard::closeRequested);
    layout->addWidget(back);
    layout->addStretch();
    g_page = u"type"_s;
}

ApplicationWizard::~ApplicationWizard() = default;

QString ApplicationWizard::applicationId() const
{
    return property("applicationId").toString();
}

QStringList ApplicationWizard::pageKeys()
{
    return {u"type"_s,      u"entity"_s, u"people"_s, u"websites"_s, u"servers"_s,
            u"documents"_s, u"review"_s, u"submit"_s, u"audit"_s,    u"granted"_s};
}

QString ApplicationWizard::currentPageKey() const
{
    return g_page;
}

bool ApplicationWizard::showPage(const QString& key)
{
    if (!pageKeys().contains(key))
        return false;
    g_page = key;
    if (auto* label = findChild<QLabel*>(u"wizardPlaceholderLabel"_s))
        label->setText(u"Wizard placeholder: "_s + applicationId() + u" page "_s + key);
    return true;
}

bool ApplicationWizard::focusField(const QString&)
{
    return false;
}

bool ApplicationWizard::saveNow()
{
    Q_EMIT saved(applicationId());
    return true;
}

} // namespace icp
