// MainWindow: the sync with the registration backend (issue 5 item 5). The controller,
// the status bar indicator, notifications, and the wizard's live steps 3 and 4.
#include "ApplicationsPage.h"
#include "BackendSettings.h"
#include "LicencesPage.h"
#include "MainWindow.h"
#include "ReminderNotifier.h"
#include "SettingsPage.h"
#include "SyncIndicator.h"
#include "SyncNotifier.h"
#include "sync/SyncController.h"

#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace icp {

void MainWindow::createSync()
{
    m_sync = new sync::SyncController(m_database, this);
    m_syncIndicator = new SyncIndicator(*m_sync, this);
    statusBar()->addPermanentWidget(m_syncIndicator);
    m_notifier = new SyncNotifier(m_database, m_banner, this);
    // Reminders of the obligations newly due, at start and every Beijing midnight
    // (docs/reminders.md); the same stages as `icpctl remind`, never given twice.
    m_reminders = new ReminderNotifier(m_database, *m_notifier, this);
    m_reminders->start();
    m_syncSoon = new QTimer(this);
    m_syncSoon->setSingleShot(true);
    m_syncSoon->setInterval(syncSoonMs);
    connect(m_syncSoon, &QTimer::timeout, m_sync, &sync::SyncController::syncNow);

    BackendSettings* backend = m_settingsPage->backendSettings();
    connect(backend, &BackendSettings::configured, this, &MainWindow::configureSync);
    connect(m_syncIndicator, &SyncIndicator::setupRequested, this, [this] { showPage(Page::Settings); });
    connect(m_notifier, &SyncNotifier::activated, this, [this](const QString& id) {
        if (!id.isEmpty())
            openApplication(id);
        raise();
        activateWindow();
    });
    connect(m_sync, &sync::SyncController::applicationChanged, this,
            [this](const QString& id, ApplicationStatus status) { onApplicationChanged(id, int(status)); });
    connect(m_sync, &sync::SyncController::queuedCountChanged, this, &MainWindow::onQueuedCountChanged);
    connect(m_sync, &sync::SyncController::syncFinished, this, [this] {
        if (m_listsStale) {
            m_listsStale = false;
            reload();
        }
    });

    // The stored connection is read once the window is up; the keychain answers when it
    // can (asynchronously: the window stays responsive meanwhile).
    if (!BackendSettings::savedBackendUrl().isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (m_sync->state() != sync::SyncController::State::NotConfigured)
                return;
            BackendSettings* settings = m_settingsPage->backendSettings();
            settings->loadStoredConnection().then(this, [this, settings](bool configured) {
                if (!configured)
                    m_syncIndicator->setSetupProblem(settings->statusText());
            });
        });
    }
}

void MainWindow::configureSync(const QString& backendUrl, const QString& token)
{
    const Status configured = m_sync->configure(backendUrl, token);
    if (!configured) {
        m_syncIndicator->setSetupProblem(configured.error().message);
        return;
    }
    m_syncIndicator->setSetupProblem(QString());
    m_lastQueued = m_sync->queuedCount();
    m_sync->setInterval(syncIntervalMs);
    m_sync->syncNow();
}

void MainWindow::setSyncSoonDelay(int milliseconds)
{
    m_syncSoon->setInterval(milliseconds);
}

void MainWindow::onApplicationChanged(const QString& id, int status)
{
    // Steps 3 and 4 follow the audit live; the lists catch up when the run ends.
    if (m_wizard && m_wizard->applicationId() == id)
        m_wizard->reloadFromDatabase();
    m_listsStale = true;
    m_notifier->notify(id, ApplicationStatus(status));
}

void MainWindow::onQueuedCountChanged(int queued)
{
    const bool grew = queued > m_lastQueued;
    m_lastQueued = queued;
    if (grew && m_sync->state() != sync::SyncController::State::NotConfigured)
        m_syncSoon->start();
}

} // namespace icp
