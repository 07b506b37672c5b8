#include "wizard/PageFactory.h"

#include "wizard/ApplicationWizard.h"
#include "wizard/WizardPage.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// Stand-in until each page has its own file.
class PlaceholderPage : public WizardPage
{
public:
    PlaceholderPage(ApplicationDraft& draft, QString key, QWidget* parent)
        : WizardPage(draft, parent)
        , m_key(std::move(key))
    {
        setObjectName(m_key + u"Page"_s);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(new QLabel(m_key, this));
        layout->addStretch();
    }
    QString key() const override { return m_key; }
    QString title() const override { return m_key; }

private:
    QString m_key;
};

} // namespace

QList<WizardPage*> createWizardPages(ApplicationDraft& draft, QWidget* parent)
{
    QList<WizardPage*> pages;
    for (const QString& key : ApplicationWizard::pageKeys())
        pages.append(new PlaceholderPage(draft, key, parent));
    return pages;
}

} // namespace icp
