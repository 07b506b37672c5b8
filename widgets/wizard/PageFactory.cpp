#include "wizard/PageFactory.h"

#include "wizard/AuditPage.h"
#include "wizard/DocumentsPage.h"
#include "wizard/EntityPage.h"
#include "wizard/GrantedPage.h"
#include "wizard/PeoplePage.h"
#include "wizard/ReviewPage.h"
#include "wizard/ServersPage.h"
#include "wizard/SubmitPage.h"
#include "wizard/TypePage.h"
#include "wizard/WebsitesPage.h"

namespace icp {

QList<WizardPage*> createWizardPages(ApplicationDraft& draft, DialogProvider& dialogs, QWidget* parent)
{
    auto* review = new ReviewPage(draft, parent);
    const QList<WizardPage*> pages{new TypePage(draft, parent),
                                   new EntityPage(draft, parent),
                                   new PeoplePage(draft, parent),
                                   new WebsitesPage(draft, parent),
                                   new ServersPage(draft, parent),
                                   new DocumentsPage(draft, dialogs, parent),
                                   review,
                                   new SubmitPage(draft, parent),
                                   new AuditPage(draft, parent),
                                   new GrantedPage(draft, parent)};
    review->setPages(pages);
    return pages;
}

} // namespace icp
