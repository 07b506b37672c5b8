// MainWindow and the dashboard: the obligation index kept current, and a row opened.
#include "DashboardPage.h"
#include "LicencesPage.h"
#include "MainWindow.h"
#include "obligations/ObligationIndex.h"
#include "obligations/ObligationSource.h"
#include "store/Database.h"
#include "store/LicenceRepository.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// On a worker thread, with a connection of its own (Database.h "Threads"): what the engine
// derives from every record today, written to the index in one transaction.
Status rebuildObligationIndex(const Database::Opener& open)
{
    Result<std::unique_ptr<Database>> db = open();
    if (!db)
        return db.error();
    const Result<QList<Obligation>> obligations =
        loadObligations(*db.value(), QDateTime::currentDateTimeUtc());
    if (!obligations)
        return obligations.error();
    return ObligationIndex(*db.value()).rebuild(obligations.value());
}

} // namespace

void MainWindow::refreshObligations()
{
    if (m_obligationsRebuild.isRunning()) {
        m_obligationsStale = true; // the running one may have read the records before the change
        return;
    }
    m_obligationsStale = false;
    m_obligationsRebuild = QtConcurrent::run(rebuildObligationIndex, m_database.opener());
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Status rebuilt = watcher->result();
        if (!rebuilt)
            qWarning().noquote() << "obligation index not rebuilt:" << rebuilt.error().message;
        else if (Status shown = m_dashboardPage->refresh(); !shown)
            qWarning().noquote() << "dashboard not refreshed:" << shown.error().message;
        if (m_obligationsStale)
            refreshObligations();
    });
    watcher->setFuture(m_obligationsRebuild);
}

void MainWindow::openRecord(const QString& recordId)
{
    if (LicenceRepository(m_database).load(recordId)) {
        showPage(Page::Licences);
        m_licencesPage->select(recordId);
        return;
    }
    openApplication(recordId);
}

} // namespace icp
