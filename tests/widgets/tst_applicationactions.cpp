// What the user does with applications from the main window: new, open (Enter, double
// click, action), duplicate, delete and undo, import/export through the dialog seam,
// recent dossiers, and the sample application from the empty state.
#include "ApplicationListModel.h"
#include "ApplicationsPage.h"
#include "RecentFiles.h"
#include "WindowFixture.h"
#include "core/Language.h"
#include "rules/RuleSet.h"
#include "store/Dossier.h"
#include "wizard/ApplicationWizard.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace icp;
using icp::test::example;
using icp::test::exampleDossier;
using icp::test::WindowFixture;

class TestApplicationActions : public QObject
{
    Q_OBJECT

    static QTableView* table(WindowFixture& f)
    {
        return f.window->findChild<QTableView*>(u"applicationsTable"_s);
    }
    static QAction* action(WindowFixture& f, const QString& name)
    {
        return f.window->findChild<QAction*>(name);
    }
    static QString currentPageName(WindowFixture& f)
    {
        return f.window->findChild<QStackedWidget*>(u"pages"_s)->currentWidget()->objectName();
    }
    static int applicationCount(WindowFixture& f) { return int(f.repository->list()->size()); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void cleanup() { setLanguage(u"en"_s); }

    void newCreatesADraftAndOpensTheWizard()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        action(f, u"newAction"_s)->trigger();
        const auto list = f.repository->list();
        QCOMPARE(list->size(), 1);
        const auto app = f.repository->load(list->first().id);
        QVERIFY(app);
        QVERIFY(!QUuid::fromString(app->id).isNull());
        QCOMPARE(app->status, ApplicationStatus::Draft);
        QCOMPARE(app->wizardPage, u"type"_s);
        QCOMPARE(app->createdAt.timeSpec(), Qt::UTC);
        QVERIFY(app->createdAt >= before);
        QCOMPARE(app->updatedAt, app->createdAt);

        QVERIFY(f.window->wizard());
        QCOMPARE(f.window->wizard()->applicationId(), app->id);
        QCOMPARE(currentPageName(f), u"wizardHost"_s);
        // Closing the wizard returns to the list with the new row selected.
        Q_EMIT f.window->wizard()->closeRequested();
        QCOMPARE(currentPageName(f), u"applicationsPage"_s);
        QVERIFY(!f.window->wizard());
        QCOMPARE(f.window->applicationsPage()->selectedId(), app->id);
        // A new draft has no entity yet: the list says so instead of an empty cell.
        QVERIFY(!table(f)->model()->index(0, ApplicationListModel::EntityColumn).data().toString().isEmpty());
    }

    void aRowOpensInTheWizard_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("Enter on the selected row") << u"enter"_s;
        QTest::newRow("double click on a row") << u"double-click"_s;
        QTest::newRow("the Open action") << u"action"_s;
    }

    void aRowOpensInTheWizard()
    {
        QFETCH(QString, how);
        WindowFixture f({u"enterprise-filing.json"_s, u"personal-filing.json"_s});
        QVERIFY(f.ok());
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        const QString id = example(u"personal-filing.json"_s).id;
        QVERIFY(f.window->applicationsPage()->select(id));
        QTableView* view = table(f);
        view->setFocus();
        if (how == "enter"_L1) {
            QTest::keyClick(view, Qt::Key_Return);
        } else if (how == "double-click"_L1) {
            const QRect cell = view->visualRect(view->currentIndex());
            // As a person does it: the first press selects, the second one is the double click.
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        } else {
            action(f, u"openAction"_s)->trigger();
        }
        QVERIFY(f.window->wizard());
        QCOMPARE(f.window->wizard()->applicationId(), id);
        QCOMPARE(currentPageName(f), u"wizardHost"_s);
        // While the wizard shows, the list actions do not apply.
        QVERIFY(!action(f, u"deleteAction"_s)->isEnabled());
        QVERIFY(action(f, u"exportAction"_s)->isEnabled());
    }

    void aSavedWizardRefreshesTheList()
    {
        WindowFixture f({u"personal-filing.json"_s});
        QVERIFY(f.ok());
        Application app = example(u"personal-filing.json"_s);
        QVERIFY(f.window->openApplication(app.id));
        app.entity.name = u"改名的示例"_s;
        QVERIFY(f.repository->save(app, u"test"_s));
        Q_EMIT f.window->wizard()->saved(app.id);
        QCOMPARE(table(f)->model()->index(0, ApplicationListModel::EntityColumn).data().toString(),
                 u"改名的示例"_s);
    }

    void duplicateMakesANewDraft()
    {
        WindowFixture f({u"enterprise-filing.json"_s});
        QVERIFY(f.ok());
        const Application original = example(u"enterprise-filing.json"_s);
        QVERIFY(!action(f, u"duplicateAction"_s)->isEnabled()); // nothing selected yet
        QVERIFY(f.window->applicationsPage()->select(original.id));
        QVERIFY(action(f, u"duplicateAction"_s)->isEnabled());
        action(f, u"duplicateAction"_s)->trigger();
        QCOMPARE(applicationCount(f), 2);
        const QString copyId = f.window->applicationsPage()->selectedId();
        QVERIFY(!copyId.isEmpty() && copyId != original.id);
        const auto copy = f.repository->load(copyId);
        QVERIFY(copy);
        QCOMPARE(copy->status, ApplicationStatus::Draft);
        QVERIFY(copy->history.isEmpty());
        QCOMPARE(copy->entity, original.entity);
        QCOMPARE(copy->websites, original.websites);
        QCOMPARE(copy->persons, original.persons);
        // The original is untouched.
        QCOMPARE(*f.repository->load(original.id), original);
    }

    void deleteCanBeUndone()
    {
        WindowFixture f({u"enterprise-filing.json"_s, u"personal-filing.json"_s});
        QVERIFY(f.ok());
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        const Application original = *f.repository->load(example(u"enterprise-filing.json"_s).id);
        QVERIFY(f.window->applicationsPage()->select(original.id));
        auto* undoButton = f.window->findChild<QToolButton*>(u"undoButton"_s);
        QVERIFY(!undoButton->isVisible());
        QVERIFY(!action(f, u"undoDeleteAction"_s)->isEnabled());

        // The Delete key on the list deletes (no question: it can be undone).
        table(f)->setFocus();
        QTest::keyClick(table(f), Qt::Key_Delete);
        QCOMPARE(applicationCount(f), 1);
        QVERIFY(!f.repository->load(original.id));
        QVERIFY(f.dialogs.asked.isEmpty());
        QVERIFY(undoButton->isVisible());
        QVERIFY(f.window->findChild<QLabel*>(u"undoLabel"_s)->text().contains(original.entity.name));

        QTest::mouseClick(undoButton, Qt::LeftButton);
        QCOMPARE(applicationCount(f), 2);
        QCOMPARE(*f.repository->load(original.id), original);
        QVERIFY(!undoButton->isVisible());
        QCOMPARE(f.window->applicationsPage()->selectedId(), original.id);
    }

    void theUndoOfferExpires()
    {
        WindowFixture f({u"personal-filing.json"_s});
        QVERIFY(f.ok());
        f.window->setUndoTimeout(50);
        QVERIFY(f.window->applicationsPage()->select(example(u"personal-filing.json"_s).id));
        QVERIFY(!f.window->deleteSelected().isEmpty());
        QVERIFY(f.window->isUndoOffered());
        QTRY_VERIFY(!f.window->isUndoOffered());
        QVERIFY(!action(f, u"undoDeleteAction"_s)->isEnabled());
        QVERIFY(f.window->undoDelete().isEmpty());
        QCOMPARE(applicationCount(f), 0);
    }

    void exportAndImportRoundTripThroughTheDialogs()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        // Import: the file dialog answers with the example.
        f.dialogs.fileNames << exampleDossier(u"licence-application.json"_s);
        action(f, u"importAction"_s)->trigger();
        QVERIFY2(f.dialogs.warnings.isEmpty(), qPrintable(f.dialogs.warnings.join(u'\n')));
        const auto original = readDossierFile(exampleDossier(u"licence-application.json"_s));
        QVERIFY(original);
        QCOMPARE(*f.repository->load(original->application.id), original->application);

        // Export the selected application with its licence records.
        QVERIFY(f.window->applicationsPage()->select(original->application.id));
        const QString exported = f.dir.filePath(u"exported.json"_s);
        f.dialogs.fileNames << exported;
        action(f, u"exportAction"_s)->trigger();
        QVERIFY2(f.dialogs.warnings.isEmpty(), qPrintable(f.dialogs.warnings.join(u'\n')));
        const auto written = readDossierFile(exported);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(written->application, original->application);
        QCOMPARE(written->licences, original->licences);
        QVERIFY(written->exportedAt.isValid());

        // Importing it again asks: cancel changes nothing, copy adds a draft, replace keeps one.
        f.dialogs.fileNames << exported;
        action(f, u"importAction"_s)->trigger();
        QCOMPARE(f.dialogs.asked.size(), 1);
        QCOMPARE(applicationCount(f), 1);
        f.dialogs.choices << 1;
        QCOMPARE(test::errorOf(f.window->importDossier(exported)), QString());
        QCOMPARE(applicationCount(f), 2);
        f.dialogs.choices << 0;
        QCOMPARE(test::errorOf(f.window->importDossier(exported)), QString());
        QCOMPARE(applicationCount(f), 2);
        QCOMPARE(*f.repository->load(original->application.id), original->application);
    }

    void aBrokenDossierIsReportedWithItsLines()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        f.dialogs.fileNames << exampleDossier(u"invalid/wrong-types.json"_s);
        action(f, u"importAction"_s)->trigger();
        QCOMPARE(f.dialogs.warnings.size(), 1);
        QVERIFY2(f.dialogs.warnings.first().contains(u"wrong-types.json"_s),
                 qPrintable(f.dialogs.warnings.first()));
        QVERIFY(f.dialogs.warnings.first().contains(u"Line "_s));
        QCOMPARE(applicationCount(f), 0);
        QVERIFY(f.window->recentFiles()->files().isEmpty());
    }

    void recentDossiersAreRemembered()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        const QString personal = exampleDossier(u"personal-filing.json"_s);
        QCOMPARE(test::errorOf(f.window->importDossier(personal)), QString());
        const QString exported = f.dir.filePath(u"copy.json"_s);
        QCOMPARE(test::errorOf(f.window->exportDossier(example(u"personal-filing.json"_s).id, exported)),
                 QString());
        const QStringList expected{QFileInfo(exported).absoluteFilePath(),
                                   QFileInfo(personal).absoluteFilePath()};
        QCOMPARE(f.window->recentFiles()->files(), expected);
        // Kept in the settings: a new window (a new start) has them too.
        QCOMPARE(RecentFiles().files(), expected);

        // The File > Recent dossiers menu lists them, by keyboard number, newest first.
        auto* menu = f.window->findChild<QMenu*>(u"recentMenu"_s);
        QList<QAction*> entries;
        for (QAction* a : menu->actions())
            if (a->text().size() > 1 && a->text().at(0) == u'&' && a->text().at(1).isDigit())
                entries << a;
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0)->text(), u"&1 copy.json"_s);
        // Choosing one imports it (here as a copy).
        f.dialogs.choices << 1;
        entries.at(0)->trigger();
        QCOMPARE(applicationCount(f), 2);

        // A file that is gone is reported and leaves the list.
        QVERIFY(QFile::remove(exported));
        entries = {};
        for (QAction* a : menu->actions())
            if (a->text().startsWith(u"&1"_s))
                entries << a;
        QCOMPARE(entries.size(), 1);
        entries.first()->trigger();
        QCOMPARE(f.dialogs.warnings.size(), 1);
        QCOMPARE(f.window->recentFiles()->files(), QStringList{QFileInfo(personal).absoluteFilePath()});
    }

    void theSampleApplicationOpensFromTheEmptyState()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        auto* button = f.window->findChild<QPushButton*>(u"emptySampleButton"_s);
        QVERIFY(button && !button->text().isEmpty());
        button->click();
        QCOMPARE(applicationCount(f), 1);
        QVERIFY(f.window->wizard());
        const QString id = f.window->wizard()->applicationId();
        const auto app = f.repository->load(id);
        QVERIFY(app);
        QCOMPARE(app->status, ApplicationStatus::Draft);
        QCOMPARE(app->wizardPage, u"type"_s);

        // Three form mistakes are left for the user to fix, all of them in step 1; it ships
        // without documents, so each document it needs is asked for (DOC-003): an ID card
        // front and back for three people, two principals' photos, the business licence
        // and the authenticity sheet.
        QVERIFY(app->documents.isEmpty());
        QStringList rules;
        int documentsAskedFor = 0;
        for (const Finding& finding : RuleSet::standard().evaluate(*app, QDate::currentDate())) {
            if (finding.ruleId == "DOC-003"_L1 && finding.fieldPath == "documents"_L1)
                ++documentsAskedFor;
            else
                rules << finding.ruleId;
        }
        rules.sort();
        QCOMPARE(rules, (QStringList{u"DOM-004"_s, u"PER-015"_s, u"WEB-003"_s}));
        QCOMPARE(documentsAskedFor, 10);

        // Each time a new application (a new id).
        Q_EMIT f.window->wizard()->closeRequested();
        const QString second = f.window->openSampleApplication();
        QVERIFY(!second.isEmpty() && second != id);
        QCOMPARE(applicationCount(f), 2);
    }
};

QTEST_MAIN(TestApplicationActions)
#include "tst_applicationactions.moc"
