#pragma once

#include "documents/DocumentStore.h"
#include "documents/DocumentWorkspace.h"
#include "wizard/WizardPage.h"

#include <QStringList>
#include <memory>

class QTreeView;

namespace icp {

class DialogProvider;
class DocumentChecklistView;
class DocumentsPanel;

// Step 1, page 6: the documents this application needs (issue 4). The page body is the
// documents panel: the checklist (what is needed, for whom, its state and what its
// checks found; attach, drop, scan, write letters, fill in fields from what was read)
// beside the viewer. The panel works on a DocumentWorkspace, a copy of the application
// kept in step with the draft both ways; the checks' findings go into the draft, so
// the Review page lists them and they block Submit like the rules' findings.
//
// Removed attachments are released from the document store after the draft was saved
// (the documents table is the reference count: the row must be gone first).
class DocumentsPage : public WizardPage
{
    Q_OBJECT

public:
    // `dialogs` is handed to the documents panel (file choosers, messages).
    DocumentsPage(ApplicationDraft& draft, DialogProvider& dialogs, QWidget* parent = nullptr);
    ~DocumentsPage() override;

    Id id() const override;
    QString title() const override;
    QString subtitle() const override;
    void reload() override;
    // "documents[i]" selects the checklist line holding document i; any other path the
    // first line that is missing or failed a check.
    bool focusField(const QString& fieldPath) override;

    DocumentsPanel* panel() const { return m_panel; }
    DocumentChecklistView* checklist() const;
    DocumentWorkspace& workspace() const { return *m_workspace; }
    // Hashes of removed attachments waiting for the next save to be released.
    QStringList pendingReleases() const { return m_removed; }

    // Attachments whose checks have not given findings yet (being attached, queued or
    // running in the re-check after opening, or left "not checked yet" by a cancelled
    // pass); the draft is told (ApplicationDraft::setDocumentChecks) so Submit can wait.
    int documentsPendingCheck() const;

protected:
    void retranslate() override;
    bool listsFinding(const Finding& finding) const override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateDocumentChecks();
    void takeFromWorkspace();
    void refreshViewIfStale();
    void updateDocumentFindings();
    void releaseRemoved();
    QTreeView* tree() const;

    DocumentStore m_store; // the database's own store (DocumentStore::rootFor)
    std::unique_ptr<DocumentWorkspace> m_workspace;
    DocumentsPanel* m_panel = nullptr;
    QStringList m_removed;
    bool m_syncingFromWorkspace = false;
    bool m_viewStale = false; // the draft changed since the checklist view was refreshed
};

} // namespace icp
