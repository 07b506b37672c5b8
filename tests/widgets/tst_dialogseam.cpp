// The one dialog seam (widgets/DialogProvider.h): with a scripted provider given to the
// main window, every action that asks for a file, a choice or shows a message — Import,
// Export, a dossier already in the database, a broken dossier, Attach, Write letter, a
// refused attachment, Scan — asks the provider, and no real QFileDialog or QMessageBox
// ever opens (one would wait in exec() for a click nobody makes).
#include "ApplicationsPage.h"
#include "DialogProvider.h"
#include "WizardDocumentsSupport.h"
#include "documents/DocumentChecklistView.h"
#include "documents/ScannerDialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace icp;
using namespace icp::test;

namespace {

// Closes every real file chooser or message box that opens, and names it: a real one
// is a widget that bypassed the seam. The timer also fires inside a dialog's exec().
class RealDialogWatch : public QObject
{
public:
    RealDialogWatch()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &RealDialogWatch::sweep);
        m_timer.start();
    }
    QStringList opened; // class and title of each real dialog that opened

private:
    void sweep()
    {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QDialog*>(widget);
            if (!dialog || !dialog->isVisible() ||
                !(qobject_cast<QFileDialog*>(dialog) || qobject_cast<QMessageBox*>(dialog)))
                continue;
            opened << QString::fromLatin1(dialog->metaObject()->className()) + u": "_s +
                          dialog->windowTitle();
            dialog->done(QDialog::Rejected);
        }
    }

    QTimer m_timer;
};

QAction* action(WindowFixture& f, const QString& name)
{
    return f.window->findChild<QAction*>(name);
}

} // namespace

class TestDialogSeam : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RealDialogWatch> m_watch;
    QTemporaryDir m_files;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_watch = std::make_unique<RealDialogWatch>(); }
    void cleanup()
    {
        QTest::qWait(50); // a last sweep
        QVERIFY2(m_watch->opened.isEmpty(), qPrintable(m_watch->opened.join(u'\n')));
        m_watch.reset();
    }

    void theMainWindowsDossierActionsAskTheProvider()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        ScriptedDialogProvider& dialogs = f.dialogs;

        // Import: a file chooser.
        const QString dossier = exampleDossier(u"licence-application.json"_s);
        dialogs.fileNames << dossier;
        action(f, u"importAction"_s)->trigger();
        QCOMPARE(dialogs.fileRequests.size(), 1);
        QVERIFY2(dialogs.warnings.isEmpty(), qPrintable(dialogs.warnings.join(u'\n')));
        const QString id = example(u"licence-application.json"_s).id;
        QVERIFY(f.repository->load(id));

        // Export: a file chooser for the file to write.
        QVERIFY(f.window->applicationsPage()->select(id));
        const QString exported = f.dir.filePath(u"exported.json"_s);
        dialogs.fileNames << exported;
        action(f, u"exportAction"_s)->trigger();
        QCOMPARE(dialogs.fileRequests.size(), 2);
        QVERIFY(QFileInfo::exists(exported));

        // Importing it again: a question (cancelled: nothing changes, nothing is shown).
        dialogs.fileNames << exported;
        action(f, u"importAction"_s)->trigger();
        QCOMPARE(dialogs.fileRequests.size(), 3);
        QCOMPARE(dialogs.asked.size(), 1);
        QVERIFY(dialogs.warnings.isEmpty());

        // A broken dossier: a message.
        dialogs.fileNames << exampleDossier(u"invalid/wrong-types.json"_s);
        action(f, u"importAction"_s)->trigger();
        QCOMPARE(dialogs.fileRequests.size(), 4);
        QCOMPARE(dialogs.warnings.size(), 1);

        // Cancelling the file chooser: nothing else is asked or shown.
        action(f, u"importAction"_s)->trigger();
        QCOMPARE(dialogs.fileRequests.size(), 5);
        QCOMPARE(dialogs.asked.size(), 1);
        QCOMPARE(dialogs.warnings.size(), 1);
    }

    void theDocumentsPageAsksTheProviderItWasGiven()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        const OpenedSample opened = openSampleOnDocuments(f);
        QVERIFY(opened.page);
        DocumentsPageDriver driver(opened.page, f.dialogs);
        QVERIFY(driver.ok() && driver.waitIdle());
        ScriptedDialogProvider& dialogs = f.dialogs;
        const qsizetype asked = dialogs.fileRequests.size();

        // Write letter…: a file chooser for the PDF (cancelled).
        const DocumentChecklist list = driver.view()->workspace().checklist();
        QString letterLine;
        for (const ChecklistItem& item : list.items()) {
            if (item.letter && letterLine.isEmpty())
                letterLine = item.key;
        }
        QVERIFY(!letterLine.isEmpty());
        QVERIFY(driver.selectByKeyboard(letterLine));
        press(driver.button("letterButton"), Qt::Key_Space);
        QCOMPARE(dialogs.fileRequests.size(), asked + 1);

        // Attach…: a file chooser; a file that is no document is refused with a message.
        const QString junk = m_files.filePath(u"scan.jpg"_s);
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(300 * 1024, 'x'));
        file.close();
        QCOMPARE(driver.attachByKeyboard(u"entity-certificate"_s, junk), std::optional<bool>(false));
        QCOMPARE(dialogs.fileRequests.size(), asked + 2);
        QCOMPARE(dialogs.warnings.size(), 1);
        QVERIFY2(dialogs.warnings.constFirst().contains(u"PDF, JPEG or PNG"_s),
                 qPrintable(dialogs.warnings.constFirst()));

        // Scan…: the scanner dialog opens without blocking (it is not a modal exec()).
        QVERIFY(driver.selectByKeyboard(u"entity-certificate"_s));
        press(driver.button("scanButton"), Qt::Key_Space);
        QPointer<ScannerDialog> scanner = driver.view()->findChild<ScannerDialog*>();
        QVERIFY(scanner);
        QVERIFY(scanner->isVisible());
        scanner->close();
    }
};

QTEST_MAIN(TestDialogSeam)
#include "tst_dialogseam.moc"
