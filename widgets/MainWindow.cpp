#include "MainWindow.h"

#include "ApplicationCommands.h"
#include "ApplicationListModel.h"
#include "ApplicationsPage.h"
#include "DashboardPage.h"
#include "DialogProvider.h"
#include "LicencesPage.h"
#include "RecentFiles.h"
#include "SettingsPage.h"
#include "SyncNotifier.h"
#include "core/Language.h"
#include "reports/ReportActions.h"
#include "store/ApplicationRepository.h"
#include "store/Database.h"
#include "sync/SyncController.h"
#include "wizard/ApplicationWizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

namespace {
// Rows of the side bar, in Page order.
constexpr int kPageCount = 4;
// How long a "done" message stays in the status bar.
constexpr int kMessageMs = 10000;
} // namespace

MainWindow::MainWindow(Database& database, DialogProvider* dialogs, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_commands(new ApplicationCommands(database, this))
    , m_recent(new RecentFiles(this))
{
    setObjectName(u"mainWindow"_s);
    if (!dialogs) {
        m_ownDialogs = std::make_unique<WidgetDialogProvider>();
        dialogs = m_ownDialogs.get();
    }
    m_dialogs = dialogs;

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_dashboardPage = new DashboardPage(database, m_pages);
    m_applicationsPage = new ApplicationsPage(&m_commands->applications(), m_pages);
    m_wizardHost = new QWidget(m_pages);
    m_wizardHost->setObjectName(u"wizardHost"_s);
    m_wizardLayout = new QVBoxLayout(m_wizardHost);
    m_wizardLayout->setContentsMargins(0, 0, 0, 0);
    m_licencesPage = new LicencesPage(&m_commands->licences(), *m_dialogs, m_pages);
    m_settingsPage = new SettingsPage(database.location(), m_pages);
    for (QWidget* page :
         {static_cast<QWidget*>(m_dashboardPage), static_cast<QWidget*>(m_applicationsPage), m_wizardHost,
          static_cast<QWidget*>(m_licencesPage), static_cast<QWidget*>(m_settingsPage)})
        m_pages->addWidget(page);

    createNavigation();
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    // The notification banner (when the desktop has no tray) sits above the pages.
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    m_banner = new NotificationBanner(central);
    right->addWidget(m_banner);
    right->addWidget(m_pages, 1);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);
    m_undoLabel = new QLabel(this);
    m_undoLabel->setObjectName(u"undoLabel"_s);
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(u"undoButton"_s);
    createSync();
    statusBar()->addPermanentWidget(m_undoLabel);
    statusBar()->addPermanentWidget(m_undoButton);
    m_undoTimer = new QTimer(this);
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(undoTimeoutMs);
    connect(m_undoTimer, &QTimer::timeout, this, [this] {
        m_commands->forgetRemoved();
        hideUndoOffer();
    });

    createActions();
    createMenus();
    m_undoButton->setDefaultAction(m_undoAction);
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    hideUndoOffer();

    connect(m_applicationsPage, &ApplicationsPage::openRequested, this, &MainWindow::openApplication);
    connect(m_applicationsPage, &ApplicationsPage::newRequested, this, &MainWindow::newApplication);
    connect(m_applicationsPage, &ApplicationsPage::sampleRequested, this, &MainWindow::openSampleApplication);
    connect(m_applicationsPage, &ApplicationsPage::importRequested, this,
            &MainWindow::chooseAndImportDossier);
    connect(m_applicationsPage, &ApplicationsPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_dashboardPage, &DashboardPage::recordRequested, this, &MainWindow::openRecord);
    connect(m_dashboardPage, &DashboardPage::markDoneRequested, this, &MainWindow::markObligationDone);
    connect(m_settingsPage, &SettingsPage::languageRequested, this, &MainWindow::switchLanguage);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);

    retranslateUi();
    rebuildRecentMenu();
    reload();
    showPage(Page::Applications);
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // The index rebuild writes to the same database from a worker: it ends first.
    m_obligationsRebuild.waitForFinished();
    // The wizard holds repositories on the database: it goes first, with its edits saved.
    if (m_wizard)
        m_wizard->saveNow();
    delete m_wizard;
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigationList"_s);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A side bar: a slightly darker column like the file managers of both desktops.
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    const QStyle::StandardPixmap icons[kPageCount] = {
        QStyle::SP_FileDialogContentsView, QStyle::SP_FileDialogDetailedView, QStyle::SP_DialogApplyButton,
        QStyle::SP_FileDialogInfoView};
    for (const QStyle::StandardPixmap icon : icons) {
        auto* item = new QListWidgetItem(style()->standardIcon(icon), QString(), m_navigation);
        item->setSizeHint(QSize(0, 40));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        switch (Page(row)) {
        case Page::Dashboard:
            m_pages->setCurrentWidget(m_dashboardPage);
            break;
        case Page::Applications:
            m_pages->setCurrentWidget(m_wizard ? m_wizardHost : static_cast<QWidget*>(m_applicationsPage));
            break;
        case Page::Licences:
            m_pages->setCurrentWidget(m_licencesPage);
            break;
        case Page::Settings:
            m_pages->setCurrentWidget(m_settingsPage);
            break;
        }
    });
}

QString MainWindow::pageKey(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return u"dashboard"_s;
    case Page::Applications:
        return u"applications"_s;
    case Page::Licences:
        return u"licences"_s;
    case Page::Settings:
        return u"settings"_s;
    }
    return {};
}

std::optional<MainWindow::Page> MainWindow::pageFromKey(const QString& key)
{
    for (int i = 0; i < kPageCount; ++i) {
        if (pageKey(Page(i)) == key)
            return Page(i);
    }
    return std::nullopt;
}

QStringList MainWindow::pageKeys()
{
    QStringList keys;
    for (int i = 0; i < kPageCount; ++i)
        keys.append(pageKey(Page(i)));
    return keys;
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(qBound(0, m_navigation->currentRow(), kPageCount - 1));
}

void MainWindow::createActions()
{
    const auto make = [this](QStyle::StandardPixmap icon, const QString& name, auto slot) {
        auto* action = new QAction(style()->standardIcon(icon), QString(), this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(QStyle::SP_FileIcon, u"newAction"_s, [this] { newApplication(); });
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = make(QStyle::SP_DialogOpenButton, u"openAction"_s, [this] { openSelected(); });
    m_duplicateAction = make(QStyle::SP_FileLinkIcon, u"duplicateAction"_s, [this] { duplicateSelected(); });
    m_duplicateAction->setShortcut(Qt::CTRL | Qt::Key_D);
    m_deleteAction = make(QStyle::SP_TrashIcon, u"deleteAction"_s, [this] { deleteSelected(); });
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // The table has the shortcut; elsewhere Delete belongs to the text fields.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_applicationsPage->table()->addAction(m_deleteAction);
    m_undoAction = make(QStyle::SP_ArrowBack, u"undoDeleteAction"_s, [this] { undoDelete(); });
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_importAction =
        make(QStyle::SP_DialogOpenButton, u"importAction"_s, [this] { chooseAndImportDossier(); });
    m_importAction->setShortcut(QKeySequence::Open);
    m_exportAction =
        make(QStyle::SP_DialogSaveButton, u"exportAction"_s, [this] { chooseAndExportDossier(); });
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_importLicencesAction =
        make(QStyle::SP_DialogOpenButton, u"importLicencesAction"_s, [this] { chooseAndImportLicences(); });
    m_sampleAction =
        make(QStyle::SP_DialogHelpButton, u"sampleAction"_s, [this] { openSampleApplication(); });
    m_reloadAction = make(QStyle::SP_BrowserReload, u"reloadAction"_s, [this] { reload(); });
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, m_recent, &RecentFiles::clear);

    m_showApplicationsAction = new QAction(this);
    m_showApplicationsAction->setShortcut(Qt::CTRL | Qt::Key_1);
    connect(m_showApplicationsAction, &QAction::triggered, this, [this] { showPage(Page::Applications); });
    m_showDashboardAction = new QAction(this);
    m_showDashboardAction->setObjectName(u"showDashboardAction"_s);
    m_showDashboardAction->setShortcut(Qt::CTRL | Qt::Key_0);
    connect(m_showDashboardAction, &QAction::triggered, this, [this] { showPage(Page::Dashboard); });
    m_showLicencesAction = new QAction(this);
    m_showLicencesAction->setShortcut(Qt::CTRL | Qt::Key_2);
    connect(m_showLicencesAction, &QAction::triggered, this, [this] { showPage(Page::Licences); });
    m_showSettingsAction = new QAction(this);
    m_showSettingsAction->setShortcut(Qt::CTRL | Qt::Key_3);
    connect(m_showSettingsAction, &QAction::triggered, this, [this] { showPage(Page::Settings); });

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_newAction, m_openAction, m_duplicateAction, m_deleteAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_importAction, m_exportAction});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_newAction, m_openAction, m_sampleAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_importAction, m_exportAction, m_importLicencesAction});
    // The portfolio report (docs/portfolio.md "Reports"): its actions translate themselves.
    m_fileMenu->addSeparator();
    m_fileMenu->addActions((new ReportActions(m_database, m_dialogs, this))->actions());
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(u"recentMenu"_s);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_reloadAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undoAction, m_duplicateAction, m_deleteAction});

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(
        {m_showDashboardAction, m_showApplicationsAction, m_showLicencesAction, m_showSettingsAction});
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    // Language names are written in their own language, never translated.
    const QList<std::pair<QString, QString>> languages{{u"en"_s, u"English"_s}, {u"zh_CN"_s, u"简体中文"_s}};
    for (const auto& [code, name] : languages) {
        QAction* action = m_languageMenu->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language = code] { switchLanguage(language); });
    }
}

void MainWindow::switchLanguage(const QString& language)
{
    if (language == currentLanguage())
        return;
    setLanguage(language); // sends LanguageChange to every widget
    QSettings().setValue(u"ui/language"_s, language);
}

void MainWindow::reload()
{
    m_loaded = m_applicationsPage->reload();
    m_licencesPage->reload();
    if (Status shown = m_dashboardPage->refresh(); !shown)
        qWarning().noquote() << "dashboard not refreshed:" << shown.error().message;
    refreshObligations();
    updateStatus();
    updateActions();
}

QString MainWindow::currentApplicationId() const
{
    if (m_wizard && m_pages->currentWidget() == m_wizardHost)
        return m_wizard->applicationId();
    if (m_pages->currentWidget() == m_applicationsPage)
        return m_applicationsPage->selectedId();
    return {};
}

void MainWindow::updateActions()
{
    const bool onList = m_pages->currentWidget() == m_applicationsPage;
    const bool selected = onList && !m_applicationsPage->selectedId().isEmpty();
    m_newAction->setEnabled(true);
    m_openAction->setEnabled(selected);
    m_duplicateAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_exportAction->setEnabled(!currentApplicationId().isEmpty());
    m_undoAction->setEnabled(m_commands->canUndoRemove());
}

void MainWindow::updateStatus()
{
    if (!m_loaded) {
        m_statusLabel->setText(tr("Could not read the applications from %1: %2")
                                   .arg(m_database.location(), m_loaded.error().message));
        return;
    }
    m_statusLabel->setText(tr("Applications: %1  ·  Database: %2")
                               .arg(QLocale().toString(m_applicationsPage->model()->rowCount()),
                                    QDir::toNativeSeparators(m_database.location())));
}

void MainWindow::showError(const QString& title, const QString& message)
{
    m_dialogs->warn(this, title, message);
}

QString MainWindow::newApplication()
{
    const auto id = m_commands->createNew();
    if (!id) {
        showError(tr("New application"),
                  tr("The new application could not be saved: %1").arg(id.error().message));
        return {};
    }
    reload();
    openApplication(*id);
    return *id;
}

QString MainWindow::openSampleApplication()
{
    const auto id = m_commands->importSample();
    if (!id) {
        showError(tr("Sample application"),
                  tr("The sample application could not be added: %1").arg(id.error().message));
        return {};
    }
    reload();
    statusBar()->showMessage(tr("Sample application added: fix its findings, then submit it."), kMessageMs);
    openApplication(*id);
    return *id;
}

void MainWindow::openSelected()
{
    if (const QString id = m_applicationsPage->selectedId(); !id.isEmpty())
        openApplication(id);
}

bool MainWindow::openApplication(const QString& id)
{
    if (id.isEmpty())
        return false;
    if (!m_commands->exists(id)) {
        showError(tr("Open application"), tr("The application is no longer in the database."));
        reload();
        return false;
    }
    if (m_wizard) {
        if (m_wizard->applicationId() == id) {
            showPage(Page::Applications);
            m_pages->setCurrentWidget(m_wizardHost);
            return true;
        }
        closeWizard();
    }
    m_wizard = new ApplicationWizard(m_database, id, *m_dialogs, m_wizardHost);
    m_wizardLayout->addWidget(m_wizard);
    connect(m_wizard, &ApplicationWizard::closeRequested, this, &MainWindow::closeWizard);
    connect(m_wizard, &ApplicationWizard::saved, this, [this] {
        reload();
        // A Submit put a row in the outbox: the indicator counts it and a sync follows
        // (queuedCountChanged, once counted).
        m_sync->refreshQueued();
    });
    showPage(Page::Applications);
    m_pages->setCurrentWidget(m_wizardHost);
    m_applicationsPage->select(id);
    m_wizard->setFocus();
    updateActions();
    return true;
}

void MainWindow::closeWizard()
{
    if (!m_wizard)
        return;
    const QString id = m_wizard->applicationId();
    m_wizard->saveNow();
    // Deleted later: closeWizard may run inside the wizard's own signal.
    m_wizard->hide();
    m_wizard->deleteLater();
    m_wizard = nullptr;
    m_pages->setCurrentWidget(m_applicationsPage);
    reload();
    m_applicationsPage->select(id);
    m_applicationsPage->table()->setFocus();
}

QString MainWindow::duplicateSelected()
{
    const QString source = m_applicationsPage->selectedId();
    if (source.isEmpty())
        return {};
    const auto id = m_commands->duplicate(source);
    if (!id) {
        showError(tr("Duplicate application"),
                  tr("The application could not be duplicated: %1").arg(id.error().message));
        return {};
    }
    reload();
    m_applicationsPage->select(*id);
    statusBar()->showMessage(tr("Duplicated as a new draft."), kMessageMs);
    return *id;
}

QString MainWindow::deleteSelected()
{
    const QString id = m_applicationsPage->selectedId();
    if (id.isEmpty())
        return {};
    if (m_wizard && m_wizard->applicationId() == id)
        closeWizard();
    if (const Status removed = m_commands->remove(id); !removed) {
        showError(tr("Delete application"),
                  tr("The application could not be deleted: %1").arg(removed.error().message));
        return {};
    }
    // No confirmation: deleting is undoable for a while (the change log keeps the history too).
    reload();
    showUndoOffer(m_commands->removedName());
    return id;
}

QString MainWindow::undoDelete()
{
    const auto id = m_commands->undoRemove();
    hideUndoOffer();
    if (!id) {
        showError(tr("Undo delete"), tr("The application could not be restored: %1").arg(id.error().message));
        return {};
    }
    reload();
    m_applicationsPage->select(*id);
    statusBar()->showMessage(tr("Application restored."), kMessageMs);
    return *id;
}

void MainWindow::showUndoOffer(const QString& entityName)
{
    m_undoLabel->setText(entityName.isEmpty() ? tr("Application deleted.")
                                              : tr("Deleted the application of %1.").arg(entityName));
    m_undoLabel->setVisible(true);
    m_undoButton->setVisible(true);
    m_undoTimer->start();
    updateActions();
}

void MainWindow::setUndoTimeout(int milliseconds)
{
    m_undoTimer->setInterval(milliseconds);
}

bool MainWindow::isUndoOffered() const
{
    return m_undoTimer->isActive();
}

void MainWindow::hideUndoOffer()
{
    m_undoTimer->stop();
    m_undoLabel->setVisible(false);
    m_undoButton->setVisible(false);
    updateActions();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("ICP Registration Assistant"));
    m_navigation->item(int(Page::Dashboard))->setText(tr("Dashboard"));
    m_navigation->item(int(Page::Applications))->setText(tr("Applications"));
    m_navigation->item(int(Page::Licences))->setText(tr("Licences & filings"));
    m_navigation->item(int(Page::Settings))->setText(tr("Settings"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setAccessibleDescription(
        tr("Choose what the main area shows. Use the arrow keys to move."));
    // Wide enough for the longest entry in the current language, and not more.
    int width = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        width = qMax(width, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(qMax(180, width + m_navigation->iconSize().width() + 48));

    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("&Recent dossiers"));
    m_clearRecentAction->setText(tr("&Clear the list"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_toolBar->setWindowTitle(tr("Application actions"));
    m_newAction->setText(tr("&New application"));
    m_newAction->setToolTip(tr("Start a new filing or licence application"));
    m_openAction->setText(tr("&Open"));
    m_openAction->setToolTip(tr("Open the selected application in the wizard (Enter)"));
    m_duplicateAction->setText(tr("Dupli&cate"));
    m_duplicateAction->setToolTip(tr("Copy the selected application as a new draft"));
    m_deleteAction->setText(tr("&Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected application (you can undo it for 30 seconds)"));
    m_undoAction->setText(tr("&Undo delete"));
    m_importAction->setText(tr("&Import dossier…"));
    m_importAction->setToolTip(tr("Add an application from a dossier file"));
    m_exportAction->setText(tr("&Export dossier…"));
    m_exportAction->setToolTip(tr("Write the application and its licence records to a dossier file"));
    m_importLicencesAction->setText(tr("Import &licences and filings…"));
    m_importLicencesAction->setToolTip(
        tr("Add or update licences and filings from a spreadsheet (CSV, UTF-8 or GB18030)"));
    m_sampleAction->setText(tr("Open the &sample application"));
    m_reloadAction->setText(tr("&Reload"));
    m_quitAction->setText(tr("&Quit"));
    m_showDashboardAction->setText(tr("Dash&board"));
    m_showApplicationsAction->setText(tr("&Applications"));
    m_showLicencesAction->setText(tr("&Licences && filings"));
    m_showSettingsAction->setText(tr("&Settings"));
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == currentLanguage());
    // Tool buttons only drop the '&' of a mnemonic; a Chinese text carries it as "(&N)",
    // which would show as "新建申请(N)". Button labels get the text without it.
    static const QRegularExpression mnemonic(u"\\(&.\\)|&(?!&)"_s);
    for (QAction* action : m_toolBar->actions()) {
        if (!action->isSeparator())
            action->setIconText(action->text().remove(mnemonic));
    }
    m_undoButton->setAccessibleName(tr("Undo delete"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_wizard && !m_wizard->saveNow()) {
        // The wizard showed why; closing now would lose the edits.
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace icp
