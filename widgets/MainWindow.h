#pragma once

#include "core/Result.h"
#include "wizard/ApplicationWizard.h"

#include <QFuture>
#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QToolBar;
class QToolButton;
class QVBoxLayout;

namespace icp {

class ApplicationCommands;
class ApplicationsPage;
class DashboardPage;
class Database;
class DialogProvider;
struct Obligation;
class LicencesPage;
class NotificationBanner;
class RecentFiles;
class ReminderNotifier;
class SettingsPage;
class SyncIndicator;
class SyncNotifier;

namespace sync {
class SyncController;
}

// The main window: a navigation side bar (Dashboard, Applications, Licences & filings, Settings),
// the applications list with its actions (new, open, duplicate, delete with undo,
// import/export dossiers, recent dossiers, the sample application) and the wizard of
// the open application. Retranslates live. Modal dialogs go through `dialogs`
// (DialogProvider.h), the window's and its wizard's alike, so tests never block; without
// one the real dialogs are used.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Dashboard, Applications, Licences, Settings };

    explicit MainWindow(Database& database, DialogProvider* dialogs = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The page's name on the command line (icp-assistant --page NAME): "dashboard",
    // "applications", "licences", "settings"; nothing for any other name.
    static QString pageKey(Page page);
    static std::optional<Page> pageFromKey(const QString& key);
    static QStringList pageKeys();

    void showPage(Page page);
    Page currentPage() const;

    // Re-reads the applications and licences from the database (and the dashboard, whose
    // obligation index is re-derived in the background: refreshObligations).
    void reload();
    // Re-derives every obligation into the index on a worker thread (its own connection), then
    // refreshes the dashboard. Meanwhile the dashboard shows the index as it was.
    void refreshObligations();
    // Opens what a dashboard row comes from: the licence on its page, else the application.
    void openRecord(const QString& recordId);
    // Asks for the day, note, evidence and decision (MarkDoneDialog) and records the mark.
    void markObligationDone(const Obligation& obligation);

    // Imports one dossier file (asking, when its application is already in the database,
    // whether to replace it or import a copy); on problems fails with them (with their
    // lines) and saves nothing. Succeeds too when the user cancelled.
    Status importDossier(const QString& fileName);
    // Writes the application `id` as a dossier.
    Status exportDossier(const QString& id, const QString& fileName);

    // Opens the application in the wizard (saving the one open before); false when it
    // cannot be loaded.
    bool openApplication(const QString& id);
    ApplicationWizard* wizard() const { return m_wizard; }
    // Saves and closes the wizard, back to the list.
    void closeWizard();

    // The actions of the list; each returns the affected application's id (empty on
    // failure, the reason shown to the user).
    QString newApplication();
    QString openSampleApplication();
    QString duplicateSelected();
    QString deleteSelected();
    QString undoDelete();

    ApplicationCommands* commands() const { return m_commands; }
    ApplicationsPage* applicationsPage() const { return m_applicationsPage; }
    LicencesPage* licencesPage() const { return m_licencesPage; }
    DashboardPage* dashboardPage() const { return m_dashboardPage; }
    // The last obligation index rebuild (refreshObligations), for tests: finished when idle.
    QFuture<Status> obligationsRebuild() const { return m_obligationsRebuild; }
    SettingsPage* settingsPage() const { return m_settingsPage; }
    RecentFiles* recentFiles() const { return m_recent; }

    // Sync with the registration backend (issue 5 item 5): the controller the status bar
    // indicator shows, configured from Settings (address in QSettings, token from the
    // keychain); syncs every syncIntervalMs while configured and soon after a Submit.
    sync::SyncController* syncController() const { return m_sync; }
    SyncIndicator* syncIndicator() const { return m_syncIndicator; }
    SyncNotifier* notifier() const { return m_notifier; }
    NotificationBanner* notificationBanner() const { return m_banner; }
    ReminderNotifier* reminders() const { return m_reminders; }
    static constexpr int syncIntervalMs = 60000;
    // Delay between a Submit (a new outbox row) and the sync that sends it.
    static constexpr int syncSoonMs = 2000;
    void setSyncSoonDelay(int milliseconds);

    // How long Undo is offered after a deletion (30 s; tests shorten it).
    static constexpr int undoTimeoutMs = 30000;
    void setUndoTimeout(int milliseconds);
    bool isUndoOffered() const;

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createNavigation();
    void createSync();
    void configureSync(const QString& backendUrl, const QString& token);
    void onApplicationChanged(const QString& id, int status);
    void onQueuedCountChanged(int queued);
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateActions();
    void updateStatus();
    void rebuildRecentMenu();
    void switchLanguage(const QString& language);
    void chooseAndImportDossier();
    void chooseAndExportDossier();
    // File > Import licences…: a registry spreadsheet through registry/ImportDialog.
    void chooseAndImportLicences();
    void openSelected();
    void showUndoOffer(const QString& entityName);
    void hideUndoOffer();
    void showError(const QString& title, const QString& message);
    QString currentApplicationId() const;

    Database& m_database;
    std::unique_ptr<DialogProvider> m_ownDialogs;
    DialogProvider* m_dialogs = nullptr;
    ApplicationCommands* m_commands = nullptr;
    RecentFiles* m_recent = nullptr;
    Status m_loaded = success(); // the last reload of the list: its error shows in the status bar

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    ApplicationsPage* m_applicationsPage = nullptr;
    QWidget* m_wizardHost = nullptr;
    QVBoxLayout* m_wizardLayout = nullptr;
    QPointer<ApplicationWizard> m_wizard;
    DashboardPage* m_dashboardPage = nullptr;
    QFuture<Status> m_obligationsRebuild;
    bool m_obligationsStale = false; // changed while a rebuild ran: another one follows
    LicencesPage* m_licencesPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;

    sync::SyncController* m_sync = nullptr;
    SyncIndicator* m_syncIndicator = nullptr;
    SyncNotifier* m_notifier = nullptr;
    ReminderNotifier* m_reminders = nullptr;
    NotificationBanner* m_banner = nullptr;
    QTimer* m_syncSoon = nullptr;
    int m_lastQueued = 0;
    bool m_listsStale = false;

    QToolBar* m_toolBar = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_undoLabel = nullptr;
    QToolButton* m_undoButton = nullptr;
    QTimer* m_undoTimer = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_importLicencesAction = nullptr;
    QAction* m_sampleAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_showDashboardAction = nullptr;
    QAction* m_showApplicationsAction = nullptr;
    QAction* m_showLicencesAction = nullptr;
    QAction* m_showSettingsAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
};

} // namespace icp
