// MainWindow and the dashboard: the obligation index kept current, and a row opened.
#include "ApplicationCommands.h"
#include "DashboardPage.h"
#include "DialogProvider.h"
#include "LicencesPage.h"
#include "MainWindow.h"
#include "core/BeijingTime.h"
#include "obligations/MarkDone.h"
#include "obligations/ObligationIndex.h"
#include "obligations/ObligationSource.h"
#include "registry/MarkDoneDialog.h"
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

void MainWindow::markObligationDone(const Obligation& obligation)
{
    MarkDoneDialog dialog(obligation, *m_dialogs, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MarkDoneChoice choice = dialog.completion();
    ObligationCompletion completion;
    completion.doneOn = choice.doneOn;
    completion.note = choice.note;
    completion.decision = choice.decision;
    if (choice.decision == LapseDecision::Renewed && choice.renewedUntil.isValid()) {
        //: The note of a lapse marked renewed: the new expiry the manager gave.
        completion.note = (completion.note.isEmpty() ? QString() : completion.note + u"\n"_s) +
                          tr("Renewed until %1.").arg(choice.renewedUntil.toString(Qt::ISODate));
    }
    completion.actor = ApplicationCommands::actor();
    if (const Status done = icp::markObligationDone(m_database, obligation, completion, choice.evidencePath,
                                                    beijing::today());
        !done) {
        m_dialogs->warn(this, tr("Mark done"), done.error().message);
        return;
    }
    refreshObligations();
}

} // namespace icp
