// The File menu's report actions (docs/portfolio.md "Reports"): in the main window's File
// menu, the PDF and the CSV written off the UI thread to the file chosen, a failure shown
// to the user, and the actions' texts following the language.
#include "DialogProvider.h"
#include "MainWindow.h"
#include "ReportFixtures.h"
#include "core/Language.h"
#include "reports/ReportActions.h"
#include "store/Database.h"
#include "store/LicenceRepository.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;
using namespace icp;

class TestReportActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QAction* fileMenuAction(MainWindow& window, const QString& name)
    {
        const QList<QAction*> menus = window.menuBar()->actions();
        if (menus.isEmpty() || !menus.constFirst()->menu())
            return nullptr;
        for (QAction* action : menus.constFirst()->menu()->actions()) {
            if (action->objectName() == name)
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::openSqlite(m_dir.filePath(u"portfolio.sqlite"_s));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        LicenceRepository licences(*m_db);
        for (const Licence& licence : test::bigPortfolio(3, 2, 0).licences)
            QVERIFY(licences.save(licence, u"tst_reportactions"_s).ok());
    }
    void cleanup() { setLanguage(u"en"_s); }

    void exportsFromTheFileMenu_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("PDF") << u"exportReportAction"_s << u"report.pdf"_s << QByteArray("%PDF");
        QTest::newRow("CSV") << u"exportObligationsCsvAction"_s << u"obligations.csv"_s
                             << QByteArray(
                                    "\xEF\xBB\xBFid,kind,subject,entity,dueOn,state,owner,rule,note\r\n");
    }
    void exportsFromTheFileMenu()
    {
        QFETCH(QString, action);
        QFETCH(QString, file);
        QFETCH(QByteArray, start);
        ScriptedDialogProvider dialogs;
        const QString path = m_dir.filePath(file);
        dialogs.fileNames = {path};
        MainWindow window(*m_db, &dialogs);
        QAction* trigger = fileMenuAction(window, action);
        QVERIFY(trigger);
        auto* reports = window.findChild<ReportActions*>(u"reportActions"_s);
        QVERIFY(reports);
        QSignalSpy finished(reports, &ReportActions::finished);
        trigger->trigger();
        QCOMPARE(dialogs.fileRequests.size(), 1);
        QVERIFY(reports->running()); // off the UI thread: the window answers meanwhile
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY2(dialogs.warnings.isEmpty(), qPrintable(dialogs.warnings.join(u'\n')));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.startsWith(start));
        if (file.endsWith(u".pdf"_s)) {
            const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
            QVERIFY(doc && doc->numPages() >= 2);
        } else {
            QVERIFY(bytes.count("\r\n") > 1); // obligations of the records: renewals, annual reports
        }
    }

    void aFailureIsShown()
    {
        ScriptedDialogProvider dialogs;
        dialogs.fileNames = {m_dir.filePath(u"missing/report.pdf"_s)};
        MainWindow window(*m_db, &dialogs);
        auto* reports = window.findChild<ReportActions*>(u"reportActions"_s);
        QVERIFY(reports);
        QSignalSpy finished(reports, &ReportActions::finished);
        reports->exportPdfAction()->trigger();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QCOMPARE(dialogs.warnings.size(), 1);
        QVERIFY(dialogs.warnings.constFirst().contains(u"missing/report.pdf"_s));
    }

    void cancelLeavesNoFile()
    {
        ScriptedDialogProvider dialogs;
        const QString path = m_dir.filePath(u"cancelled.pdf"_s);
        dialogs.fileNames = {path};
        MainWindow window(*m_db, &dialogs);
        auto* reports = window.findChild<ReportActions*>(u"reportActions"_s);
        QVERIFY(reports);
        QSignalSpy finished(reports, &ReportActions::finished);
        reports->exportPdfAction()->trigger();
        auto* progress = window.findChild<QProgressDialog*>(u"reportProgress"_s);
        QVERIFY(progress);
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QVERIFY(!reports->running());
        QVERIFY(!progress->isVisible());
        QThreadPool::globalInstance()->waitForDone(); // the worker stops at its next page
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialogs.warnings.isEmpty());
    }

    void aCancelledChooserDoesNothing()
    {
        ScriptedDialogProvider dialogs;
        dialogs.fileNames = {QString()};
        MainWindow window(*m_db, &dialogs);
        auto* reports = window.findChild<ReportActions*>(u"reportActions"_s);
        QVERIFY(reports);
        reports->exportCsvAction()->trigger();
        QVERIFY(!reports->running());
        QVERIFY(dialogs.warnings.isEmpty());
    }

    void textsFollowTheLanguage()
    {
        ScriptedDialogProvider dialogs;
        MainWindow window(*m_db, &dialogs);
        auto* reports = window.findChild<ReportActions*>(u"reportActions"_s);
        QVERIFY(reports);
        QCOMPARE(reports->exportPdfAction()->text(), u"Export &report (PDF)…"_s);
        QVERIFY(setLanguage(u"zh_CN"_s));
        QCoreApplication::processEvents(); // the LanguageChange event
        QCOMPARE(reports->exportPdfAction()->text(),
                 QCoreApplication::translate("icp::ReportActions", "Export &report (PDF)…"));
        QVERIFY(!reports->printAction()->text().isEmpty());
    }
};

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
