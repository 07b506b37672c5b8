#pragma once

#include "BackgroundTask.h"
#include "core/Result.h"
#include "documents/DocumentWorkspace.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeView;

namespace icp {

class DocumentChecklistModel;
class ScannerDialog;

// The document checklist of one application (issue 4): what is needed, for whom, its
// state and what is wrong; attach by button (file dialog seam) or by dropping a file
// on a row; scan; write the letters; fill empty fields from what was read. Attaching
// runs off the UI thread with progress and cancel. The application's documents live in
// the DocumentWorkspace; documentsChanged() tells the owner (the wizard) to save
// workspace().application().
class DocumentChecklistView : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentChecklistView(DocumentWorkspace& workspace, QWidget* parent = nullptr);
    ~DocumentChecklistView() override;

    DocumentWorkspace& workspace() const { return m_workspace; }
    DocumentChecklistModel* model() const { return m_model; }
    void refresh(); // after the workspace's application changed elsewhere

    QString currentItemKey() const;
    bool selectItem(const QString& key);
    // Attaches a file to a checklist line in the background; false when busy.
    bool attachFile(const QString& itemKey, const QString& path);
    bool isBusy() const;
    void cancel();
    // Opens the scanner dialog for the current line (non-modal).
    ScannerDialog* openScanner();

Q_SIGNALS:
    void documentsChanged();
    // An attachment was removed from the application: after saving it, the owner calls
    // DocumentStore::release(db, sha256) (the file stays while another row refers to it).
    void documentRemoved(const QString& sha256);
    void applicationChanged(); // a field was filled from a document
    void attachFinished(const QString& itemKey, bool ok, const QString& message);
    void viewRequested(const QString& path, const QString& title);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateDetails();
    void poll();
    void attachViaDialog();
    void removeCurrent();
    void viewCurrent();
    void writeLetter();
    void fillSuggestion();
    const ChecklistItem* currentItem() const;

    DocumentWorkspace& m_workspace;
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
    QTimer* m_poll = nullptr;
    BackgroundTask<Result<PreparedAttachment>> m_task;
    QString m_busyKey;
};

} // namespace icp
