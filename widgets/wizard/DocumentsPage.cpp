#include "wizard/DocumentsPage.h"

#include "documents/DocumentChecklistModel.h"
#include "documents/DocumentChecklistView.h"
#include "documents/DocumentsLogging.h"
#include "documents/DocumentsPanel.h"
#include "domain/FieldPath.h"
#include "store/DocumentAnalysisRepository.h"
#include "wizard/ApplicationDraft.h"
#include "wizard/WizardText.h"

#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

DocumentsPage::DocumentsPage(ApplicationDraft& shared, DialogProvider& dialogs, QWidget* parent)
    : WizardPage(shared, parent)
    , m_store(DocumentStore::rootFor(shared.database()))
{
    setObjectName(u"documentsPage"_s);
    m_workspace = std::make_unique<DocumentWorkspace>(m_store, draft().application(), draft().today());
    // Content analyses are cached in the database: re-checking on open skips OCR for
    // files analysed before (before the panel is made: it starts that re-check).
    m_workspace->setDatabase(&draft().database());
    m_panel = new DocumentsPanel(*m_workspace, dialogs, this);
    m_panel->setObjectName(u"documentsPanel"_s);
    // Tall enough for the checklist of a three-website filing and a readable preview;
    // the page scrolls below that.
    m_panel->setMinimumHeight(m_panel->fontMetrics().lineSpacing() * 22);
    pageLayout()->addWidget(m_panel, 1);

    DocumentChecklistView* view = m_panel->checklist();
    connect(view, &DocumentChecklistView::documentsChanged, this, &DocumentsPage::takeFromWorkspace);
    connect(view, &DocumentChecklistView::applicationChanged, this, &DocumentsPage::takeFromWorkspace);
    // A re-check pass (after opening) brings reports: their findings go into the draft.
    connect(view, &DocumentChecklistView::recheckFinished, this, [this] {
        updateDocumentFindings();
        draft().revalidateNow();
    });
    connect(view, &DocumentChecklistView::documentRemoved, this, [this](const QString& sha256) {
        if (!m_removed.contains(sha256))
            m_removed.append(sha256);
    });
    // Edits on the other pages reach the workspace at once: the documents are judged
    // again against the form (a corrected credit code clears DOC-111 on the Review page
    // too). The checklist view follows the people, websites and province when shown.
    connect(&draft(), &ApplicationDraft::changed, this, [this] {
        if (m_syncingFromWorkspace)
            return;
        m_workspace->setApplication(draft().application());
        updateDocumentFindings();
        m_viewStale = true;
        if (isVisible())
            refreshViewIfStale();
    });
    connect(&draft(), &ApplicationDraft::saved, this, &DocumentsPage::releaseRemoved);
    // Submit waits for the checks: each result (the model is reset), each finished attach
    // and the end of a pass change how many are pending; an attach starts on this page,
    // so leaving it (hideEvent) records that one.
    connect(view->model(), &QAbstractItemModel::modelReset, this, &DocumentsPage::updateDocumentChecks);
    connect(view, &DocumentChecklistView::attachFinished, this, &DocumentsPage::updateDocumentChecks);
    connect(view, &DocumentChecklistView::recheckFinished, this, &DocumentsPage::updateDocumentChecks);
    retranslate();
    updateDocumentFindings();
    updateDocumentChecks();
}

DocumentsPage::~DocumentsPage()
{
    // The wizard saves before it deletes its pages. A removal that could not be saved
    // keeps its file in the store (DocumentStore::collectGarbage can sweep it): a file
    // too many never loses data, a file too few would.
    if (!m_removed.isEmpty() && !draft().hasUnsavedChanges())
        releaseRemoved();
}

WizardPage::Id DocumentsPage::id() const
{
    return Id::Documents;
}

QString DocumentsPage::title() const
{
    return tr("Documents");
}

QString DocumentsPage::subtitle() const
{
    return tr("Attach, scan or drop the documents this application needs. Each one is checked and read: "
              "what is wrong shows on its line.");
}

DocumentChecklistView* DocumentsPage::checklist() const
{
    return m_panel->checklist();
}

QTreeView* DocumentsPage::tree() const
{
    return m_panel->checklist()->findChild<QTreeView*>(u"checklistTree"_s);
}

bool DocumentsPage::focusField(const QString& fieldPath)
{
    refreshViewIfStale();
    const DocumentChecklistModel* model = checklist()->model();
    QString key;
    const int document = wizard::listIndex(fieldPath, u"documents");
    for (int row = 0; document >= 0 && row < model->rowCount() && key.isEmpty(); ++row) {
        if (model->itemAt(row)->documents.contains(document))
            key = model->itemAt(row)->key;
    }
    // Otherwise the first line that needs work: a failed check or a missing document
    // the application needs, then anything missing or failed.
    using S = ChecklistItem::State;
    for (const bool needed : {true, false}) {
        for (int row = 0; row < model->rowCount() && key.isEmpty(); ++row) {
            const ChecklistItem* item = model->itemAt(row);
            if ((item->state == S::Missing || item->state == S::Failed) &&
                (!needed || item->need != Severity::Info))
                key = item->key;
        }
    }
    if (!key.isEmpty())
        checklist()->selectItem(key);
    if (QTreeView* view = tree()) {
        view->setFocus(Qt::OtherFocusReason);
        view->scrollTo(view->currentIndex());
    }
    return true;
}

bool DocumentsPage::listsFinding(const Finding& finding) const
{
    // The checklist shows the checks of each attached file and, on each missing line,
    // the rule that asks for it; the line above the panel lists the rest (DOC-001 …).
    if (finding.fieldPath.startsWith(FieldPath::documents() + u'['))
        return finding.ruleId.startsWith("DOC-1"_L1);
    for (const ChecklistItem& item : checklist()->model()->checklist().items()) {
        if (item.ruleId == finding.ruleId)
            return true;
    }
    return false;
}

void DocumentsPage::refreshViewIfStale()
{
    // The workspace and the findings follow every edit (the changed() handler); only the
    // checklist view waits until it is seen.
    if (!m_viewStale)
        return;
    m_viewStale = false;
    checklist()->refresh();
}

void DocumentsPage::takeFromWorkspace()
{
    // Only what the documents panel changes comes back: the documents (with the
    // pre-approval links) and fields filled in from them. Where the wizard is, the
    // status and the timestamps stay the draft's.
    Application taken = m_workspace->application();
    const Application& current = draft().application();
    taken.wizardPage = current.wizardPage;
    taken.status = current.status;
    taken.history = current.history;
    taken.createdAt = current.createdAt;
    taken.updatedAt = current.updatedAt;
    m_syncingFromWorkspace = true;
    draft().edit() = taken;
    draft().markChanged(FieldPath::documents());
    m_syncingFromWorkspace = false;
    updateDocumentFindings();
    // What is missing now shows at once (Review, Next), not after the typing debounce.
    draft().revalidateNow();
}

void DocumentsPage::updateDocumentFindings()
{
    // The checks' findings are kept by file hash; in the draft they name the document.
    QList<Finding> list;
    const Application& app = m_workspace->application();
    for (int i = 0; i < app.documents.size(); ++i) {
        const auto it = m_workspace->findings().constFind(app.documents.at(i).sha256);
        if (it == m_workspace->findings().constEnd())
            continue;
        for (Finding f : *it) {
            f.fieldPath = FieldPath::document(i).root();
            list.append(f);
        }
    }
    draft().setDocumentFindings(list);
}

void DocumentsPage::releaseRemoved()
{
    // Called after a save: the removed rows are gone from the database, so the store
    // can delete a file no application refers to any more (release() keeps it while
    // another application, or another line of this one, still uses it).
    if (m_removed.isEmpty())
        return;
    QStringList kept;
    for (const QString& sha : std::as_const(m_removed)) {
        const Result<bool> released = m_store.release(draft().database(), sha);
        if (!released) {
            qCWarning(lcDocuments) << "a removed attachment could not be released; trying again after the "
                                      "next save:"
                                   << released.error().code << released.error().message;
            kept.append(sha);
        } else if (released.value()) {
            qCInfo(lcDocuments) << "released a removed attachment from the store";
        }
    }
    m_removed = kept;
    // What was read from files no document refers to any more (text with personal data).
    if (const Result<int> dropped = DocumentAnalysisRepository(draft().database()).removeUnreferenced();
        !dropped)
        qCWarning(lcDocuments) << "the analyses of removed attachments could not be deleted:"
                               << dropped.error().code << dropped.error().message;
}

int DocumentsPage::documentsPendingCheck() const
{
    const DocumentChecklistView* view = checklist();
    // The file being attached is not in the application until its checks are done.
    int pending = view->isBusy() ? 1 : 0;
    for (const Document& d : m_workspace->application().documents) {
        if (!m_workspace->report(d.sha256) && !m_workspace->findings().contains(d.sha256))
            ++pending;
    }
    return pending;
}

void DocumentsPage::updateDocumentChecks()
{
    const DocumentChecklistView* view = checklist();
    draft().setDocumentChecks(documentsPendingCheck(), view->isBusy() || view->isRechecking());
}

void DocumentsPage::hideEvent(QHideEvent* event)
{
    updateDocumentChecks();
    WizardPage::hideEvent(event);
}

void DocumentsPage::reload()
{
    refreshViewIfStale();
    setEnabled(editable());
    // Documents a cancelled pass left "not checked yet" are checked when the page is
    // shown again (Submit waits for them).
    if (editable() && !checklist()->isRechecking() && !checklist()->isBusy() && documentsPendingCheck() > 0)
        checklist()->recheck();
    updateDocumentChecks();
}

void DocumentsPage::retranslate()
{
    setAccessibleName(tr("Documents"));
    reload();
}

} // namespace icp
