// MainWindow, continued: dossier files (File > Import / Export, recent dossiers).
#include "ApplicationCommands.h"
#include "ApplicationsPage.h"
#include "DialogProvider.h"
#include "LicencesPage.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "registry/ImportDialog.h"
#include "store/ApplicationRepository.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace icp {

namespace {
// How long a "done" message stays in the status bar.
constexpr int kMessageMs = 10000;
} // namespace

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files.at(i);
        // &1 … &8: the recent list is reachable by keyboard.
        QAction* action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(file).fileName()));
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] {
            if (const Status imported = importDossier(file); !imported)
                showError(tr("Import dossier"), imported.error().message);
        });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
}

void MainWindow::chooseAndImportLicences()
{
    const QString file = m_dialogs->openFileName(this, tr("Import licences and filings"),
                                                 tr("Spreadsheets (*.csv *.txt *.tsv);;All files (*)"));
    if (file.isEmpty())
        return;
    ImportDialog dialog(m_database.opener(), file, this);
    connect(&dialog, &ImportDialog::imported, this, [this] {
        m_licencesPage->reload();
        showPage(Page::Licences);
    });
    dialog.exec();
}

void MainWindow::chooseAndImportDossier()
{
    const QString file =
        m_dialogs->openFileName(this, tr("Import dossier"), tr("Dossiers (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    if (const Status imported = importDossier(file); !imported)
        showError(tr("Import dossier"), imported.error().message);
}

Status MainWindow::importDossier(const QString& fileName)
{
    QList<DossierProblem> problems;
    const auto dossier = readDossierFile(fileName, &problems);
    if (!dossier) {
        QStringList lines{dossier.error().message};
        // The first few problems, each with its line; the rest would not fit a dialog.
        for (qsizetype i = 0; i < problems.size() && i < 10; ++i) {
            const DossierProblem& p = problems.at(i);
            lines << tr("Line %1: %2").arg(p.line).arg(p.message);
        }
        if (problems.size() > 10)
            lines << tr("… and %n more problem(s).", nullptr, int(problems.size() - 10));
        if (dossier.error().code == "dossier.io"_L1)
            m_recent->remove(fileName);
        return Status::failure(dossier.error().code, lines.join(u'\n'));
    }
    bool asCopy = false;
    if (m_commands->exists(dossier->application.id)) {
        const int choice = m_dialogs->choose(
            this, tr("Import dossier"),
            tr("The application in %1 is already in the database. Replace it with the file's version, or "
               "import the file as a new draft?")
                .arg(QFileInfo(fileName).fileName()),
            {tr("&Replace"), tr("Import as a &copy")});
        if (choice < 0)
            return success(); // the user cancelled: nothing to report
        asCopy = choice == 1;
        if (!asCopy && m_wizard && m_wizard->applicationId() == dossier->application.id)
            closeWizard();
    }
    const auto id = m_commands->importDossier(*dossier, asCopy);
    if (!id)
        return Status::failure(id.error().code,
                               tr("The dossier %1 could not be saved: %2").arg(fileName, id.error().message));
    m_recent->add(fileName);
    statusBar()->showMessage(tr("Imported %1.").arg(QFileInfo(fileName).fileName()), kMessageMs);
    reload();
    m_applicationsPage->select(*id);
    return success();
}

void MainWindow::chooseAndExportDossier()
{
    const QString id = currentApplicationId();
    if (id.isEmpty())
        return;
    if (m_wizard && m_wizard->applicationId() == id)
        m_wizard->saveNow();
    QString suggested =
        m_recent->files().isEmpty() ? QDir::homePath() : QFileInfo(m_recent->files().first()).absolutePath();
    const auto app = m_commands->applications().load(id);
    const QString name = app && !app->entity.name.isEmpty() ? app->entity.name : tr("application");
    suggested += u'/' + name + u".json"_s;
    const QString file = m_dialogs->saveFileName(this, tr("Export dossier"), suggested,
                                                 tr("Dossiers (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    if (const Status exported = exportDossier(id, file); !exported)
        showError(tr("Export dossier"), exported.error().message);
}

Status MainWindow::exportDossier(const QString& id, const QString& fileName)
{
    if (Status written = m_commands->exportDossier(id, fileName); !written)
        return written;
    m_recent->add(fileName);
    statusBar()->showMessage(tr("Exported %1.").arg(QFileInfo(fileName).fileName()), kMessageMs);
    return success();
}

} // namespace icp
