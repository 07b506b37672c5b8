#pragma once

#include "documents/DocumentStore.h"
#include "documents/DocumentWorkspace.h"
#include "domain/Enums.h"
#include "wizard/WizardPage.h"

#include <memory>

class QComboBox;
class QGroupBox;
class QListWidget;
class QPushButton;
class QTableView;

namespace icp {

class DocumentListModel;
class DocumentsPanel;

// Step 1, page 6: what this application needs (the rules engine's DOC-* findings and
// the other "attach …" findings) and the files attached so far. Attaching reads the
// file once for its SHA-256 and size (a later issue adds the document store, scanning,
// preview and content checks).
class DocumentsPage : public WizardPage
{
    Q_OBJECT

public:
    DocumentsPage(ApplicationDraft& draft, QWidget* parent = nullptr);

    QString key() const override;
    QString title() const override;
    QString subtitle() const override;
    void reload() override;
    bool ownsFieldPath(const QString& fieldPath) const override;
    bool focusField(const QString& fieldPath) override;
    void showFindings() override;

    // Attaches files as `kind` about `subjectId` (what the Attach button does after the
    // file chooser). Returns how many were attached; unreadable files are reported.
    int attachFiles(const QStringList& files, DocumentKind kind, const QString& subjectId);
    DocumentListModel* model() const { return m_model; }

protected:
    void retranslate() override;

private:
    void fillSubjects();
    void refreshChecklist();

    QListWidget* m_checklist = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_subject = nullptr;
    QPushButton* m_attach = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_remove = nullptr;
    DocumentListModel* m_model = nullptr;
    FieldRow* m_checklistRow = nullptr;
    FieldRow* m_kindRow = nullptr;
    FieldRow* m_subjectRow = nullptr;
    FieldRow* m_tableRow = nullptr;
    DocumentStore m_store; // the database's own store (DocumentStore::rootFor)
    std::unique_ptr<DocumentWorkspace> m_workspace;
    DocumentsPanel* m_panel = nullptr;
    QGroupBox* m_panelBox = nullptr;
    bool m_syncingFromWorkspace = false;
};

} // namespace icp
