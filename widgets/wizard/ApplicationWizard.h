#pragma once

#include <QStringList>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace icp {

class ApplicationDraft;
class ApplicationRepository;
class Database;
class DialogProvider;
class WizardPage;

// The four-step application wizard for one application (issue 3): 1 Collect application
// information (sub-pages), 2 Submit for auditing, 3 Application audited, 4 Application
// granted. Embedded in the main window's stack; edits autosave to the database.
//
// CONTRACT between the wizard (widgets/wizard/) and the main window / screenshot tour:
// the main window creates one per opened application and shows it; the tour walks
// pageKeys() with showPage().
class ApplicationWizard : public QWidget
{
    Q_OBJECT

public:
    // Opens the application `applicationId` from `database` (it must exist; the main
    // window creates new applications through the repository first). The pages open their
    // dialogs through `dialogs` (the main window's).
    ApplicationWizard(Database& database, const QString& applicationId, DialogProvider& dialogs,
                      QWidget* parent = nullptr);
    ~ApplicationWizard() override;

    QString applicationId() const;

    // Stable page keys, in order: "type", "entity", "people", "websites", "servers",
    // "documents", "review" (step 1), "submit" (step 2), "audit" (step 3), "granted" (step 4).
    static QStringList pageKeys();
    QString currentPageKey() const;
    // Shows a page (even one the normal flow would not reach yet: used by the tour and by
    // "jump to field"); returns false for an unknown key.
    bool showPage(const QString& key);
    // Moves to the page and widget a rules-engine field path names ("persons[0].mobile").
    bool focusField(const QString& fieldPath);

    // Writes pending edits now (normally debounced, ≤ 2 s). Returns false with the
    // error shown to the user when the database refused them.
    bool saveNow();

Q_SIGNALS:
    // The user asked to go back to the list (after saving).
    void closeRequested();
    // An autosave wrote the application (the list refreshes its row).
    void saved(const QString& applicationId);

public:
    // Additions beyond the contract (tests and the main window may use them).
    ApplicationDraft* draft() const { return m_draft; }
    WizardPage* page(const QString& key) const;
    // Whether the application loaded; when not, the wizard shows loadError() instead of pages.
    bool isLoaded() const { return m_draft != nullptr; }
    QString loadError() const { return m_loadError; }
    // Next / Back as the buttons do them. next() returns false (and says why in the
    // message line) when the current page has blocking problems.
    bool next();
    void back();
    // The text of the message line under the page (what Next refused, save errors).
    QString statusMessage() const;
    // The sync changed the application in the database (issue 5 item 5): reloads the
    // draft from it (local unsaved edits are kept), refreshes the pages, and follows the
    // audit from step 2/3 to the step the application reached.
    void reloadFromDatabase();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void buildUi(DialogProvider& dialogs);
    void buildSideList();
    void retranslate();
    void updateSideList();
    void updateButtons();
    void showFindingsOnPages();
    void setStatusMessage(const QString& text, bool error);
    int pageIndex(const QString& key) const;
    QString pageKeyForFieldPath(const QString& fieldPath) const;

    std::unique_ptr<ApplicationRepository> m_repository;
    ApplicationDraft* m_draft = nullptr;
    QString m_applicationId;
    QString m_loadError;
    QList<WizardPage*> m_pages;
    QList<QScrollArea*> m_scrolls;
    QTreeWidget* m_sideList = nullptr;
    QList<QTreeWidgetItem*> m_stepItems;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_statusLine = nullptr;
    QPushButton* m_listButton = nullptr;
    QPushButton* m_backButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    bool m_statusIsError = false;
};

} // namespace icp
