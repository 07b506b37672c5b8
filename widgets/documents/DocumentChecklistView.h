#pragma once

#include "documents/DocumentCheckScheduler.h"
#include "documents/DocumentWorkspace.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace icp {

class DialogProvider;
class DocumentChecklistModel;
class ScannerDialog;

// The document checklist of one application (issue 4): what is needed, for whom, its
// state and what is wrong; attach by button (a file chooser of `dialogs`) or by dropping a file
// on a row; scan; write the letters; fill empty fields from what was read. The
// application's documents live in the DocumentWorkspace; documentsChanged() tells the owner (the wizard) to
// save workspace().application().
//
// The background work (attaching, the re-check on open) is scheduled by its
// DocumentCheckScheduler (model/documents): the view forwards the user's actions to it and
// shows its state, progress and results as they arrive. The progress bar and Cancel serve
// both; Cancel leaves the rest "not checked yet" (recheck() starts them again).
class DocumentChecklistView : public QWidget
{
    Q_OBJECT

public:
    // `dialogs` answers the file choosers and shows the messages (the scanner dialog's too).
    DocumentChecklistView(DocumentWorkspace& workspace, DialogProvider& dialogs, QWidget* parent = nullptr);
    ~DocumentChecklistView() override;

    DocumentWorkspace& workspace() const { return m_workspace; }
    DocumentCheckScheduler* scheduler() const { return m_checks; }
    DocumentChecklistModel* model() const { return m_model; }
    void refresh(); // after the workspace's application changed elsewhere

    QString currentItemKey() const;
    bool selectItem(const QString& key);
    // Attaches a file to a checklist line in the background; false while another
    // attachment is running or queued.
    bool attachFile(const QString& itemKey, const QString& path);
    bool isBusy() const; // an attachment is running or queued
    // Cancels the attachment and the re-check pass.
    void cancel();

    // Starts a re-check pass over the attachments without a report (every attachment with
    // `all`); false when there is nothing to check or a pass is running.
    bool recheck(bool all = false);
    bool isRechecking() const;
    int recheckRemaining() const; // documents of the pass not checked yet (the current one included)
    // Opens the scanner dialog for the current line (non-modal).
    ScannerDialog* openScanner();

Q_SIGNALS:
    void documentsChanged();
    // An attachment was removed from the application: after saving it, the owner calls
    // DocumentStore::release(db, sha256) (the file stays while another row refers to it).
    void documentRemoved(const QString& sha256);
    void applicationChanged(); // a field was filled from a document
    void attachFinished(const QString& itemKey, bool ok, const QString& message);
    // A re-check pass ended: how many documents got a result; whether it was cancelled.
    void recheckFinished(int checked, bool cancelled);
    void viewRequested(const QString& path, const QString& title);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateDetails();
    void updateActions(); // the buttons that wait for the background work
    void showActivity();
    void showAttachFinished(const QString& itemKey, DocumentCheckScheduler::AttachOutcome outcome,
                            const QString& message);
    void updateProgress();
    void attachViaDialog();
    void removeCurrent();
    void viewCurrent();
    void writeLetter();
    void fillSuggestion();
    const ChecklistItem* currentItem() const;

    DocumentWorkspace& m_workspace;
    DialogProvider& m_dialogs;
    DocumentChecklistModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_details = nullptr;
    QListWidget* m_suggestions = nullptr;
    QPushButton* m_fill = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_scan = nullptr;
    QPushButton* m_letter = nullptr;
    QPushButton* m_view = nullptr;
    QPushButton* m_remove = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    DocumentCheckScheduler* m_checks = nullptr;
};

} // namespace icp
