// The main window: list, search, locale-aware sorting, side bar, settings and live
// language switching; every item model passes QAbstractItemModelTester.
#include "ApplicationListModel.h"
#include "ApplicationsPage.h"
#include "LicenceListModel.h"
#include "LicencesPage.h"
#include "LocaleSortProxy.h"
#include "SettingsPage.h"
#include "WindowFixture.h"
#include "core/Language.h"
#include "store/LicenceRepository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace icp;
using icp::test::example;
using icp::test::WindowFixture;

namespace {
// Translates every text of the application's own contexts to "⟦source⟧".
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!QByteArrayView(context).startsWith("icp::"))
            return {};
        return u"⟦"_s + QString::fromUtf8(sourceText) + u"⟧"_s;
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    static QString currentPageName(MainWindow& window)
    {
        return window.findChild<QStackedWidget*>(u"pages"_s)->currentWidget()->objectName();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void cleanup() { setLanguage(u"en"_s); }

    void emptyDatabaseShowsTheEmptyState()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        auto* stack = f.window->applicationsPage()->findChild<QStackedWidget*>();
        QCOMPARE(stack->currentWidget()->objectName(), u"emptyState"_s);
        QVERIFY(!f.window->findChild<QLineEdit*>(u"searchLineEdit"_s)->isEnabled());
        // The empty state offers the first steps.
        for (const QString& name : {u"emptySampleButton"_s, u"emptyNewButton"_s, u"emptyImportButton"_s})
            QVERIFY2(f.window->findChild<QWidget*>(name), qPrintable(name));
    }

    void applicationsAreListedAndSearchable()
    {
        WindowFixture f({u"enterprise-filing.json"_s, u"personal-filing.json"_s});
        QVERIFY(f.ok());
        auto* table = f.window->findChild<QTableView*>(u"applicationsTable"_s);
        QVERIFY(table->isVisibleTo(f.window.get()));
        QCOMPARE(table->model()->rowCount(), 2);

        auto* search = f.window->findChild<QLineEdit*>(u"searchLineEdit"_s);
        QTest::keyClicks(search, u"personal-no-such-text"_s);
        QTRY_COMPARE(table->model()->rowCount(), 0);
        search->clear();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        // The entity name (shown) matches at once…
        search->setText(example(u"enterprise-filing.json"_s).entity.name.left(4));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        // …and a domain (not shown) through the repository search.
        search->setText(u"yzdocs-example"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data(ApplicationListModel::IdRole).toString(),
                 example(u"enterprise-filing.json"_s).id);
    }

    void sortingAndDatesFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        // Pinyin: ān < běi < shàng. Without Chinese collation the characters sort by code point.
        QTest::newRow("Chinese sorts entity names in pinyin order")
            << u"zh_CN"_s << QStringList{u"安徽示例"_s, u"北京示例"_s, u"上海示例"_s};
        QTest::newRow("English sorts Han characters in code point order")
            << u"en"_s << QStringList{u"上海示例"_s, u"北京示例"_s, u"安徽示例"_s};
    }

    void sortingAndDatesFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        WindowFixture f;
        QVERIFY(f.ok());
        Application app = example(u"personal-filing.json"_s);
        const QStringList names{u"北京示例"_s, u"安徽示例"_s, u"上海示例"_s};
        for (int i = 0; i < names.size(); ++i) {
            app.id = u"00000000-0000-4000-8000-00000000000%1"_s.arg(i);
            app.entity.name = names.at(i);
            QVERIFY(f.repository->save(app, u"test"_s));
        }
        QVERIFY(setLanguage(language));
        QCoreApplication::processEvents();
        f.window->reload();
        auto* table = f.window->findChild<QTableView*>(u"applicationsTable"_s);
        table->sortByColumn(ApplicationListModel::EntityColumn, Qt::AscendingOrder);
        QStringList shown;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            shown << table->model()->index(row, ApplicationListModel::EntityColumn).data().toString();
        QCOMPARE(shown, expected);
        // Last change is written the way the language writes dates.
        const QString when = table->model()->index(0, ApplicationListModel::UpdatedColumn).data().toString();
        QCOMPARE(when, QLocale(language).toString(app.updatedAt.toLocalTime(), QLocale::ShortFormat));
    }

    void modelsPassTheItemModelTester()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        ApplicationListModel applications(f.repository.get());
        LocaleSortProxy applicationProxy;
        applicationProxy.setSourceModel(&applications);
        LicenceRepository licenceRepository(*f.db);
        LicenceListModel licences(&licenceRepository);
        LocaleSortProxy licenceProxy;
        licenceProxy.setSourceModel(&licences);
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester t1(&applications, mode), t2(&applicationProxy, mode), t3(&licences, mode),
            t4(&licenceProxy, mode);
        QCOMPARE(test::errorOf(applications.reload()), QString());
        QCOMPARE(test::errorOf(licences.reload()), QString());
        QCOMPARE(applications.rowCount(), 0);

        QCOMPARE(test::errorOf(f.window->importDossier(test::exampleDossier(u"licence-application.json"_s))),
                 QString());
        QVERIFY(f.repository->save(example(u"enterprise-filing.json"_s), u"test"_s));
        QCOMPARE(test::errorOf(applications.reload()), QString());
        QCOMPARE(test::errorOf(licences.reload()), QString());
        QCOMPARE(applications.rowCount(), 2);
        QCOMPARE(licences.rowCount(), 2);
        applicationProxy.sort(ApplicationListModel::EntityColumn);
        licenceProxy.sort(LicenceListModel::ExpiresColumn);
        applicationProxy.setSearch(u"example"_s);
        applicationProxy.setSearch(QString());
        applications.retranslate();
        licences.retranslate();
        applicationProxy.retranslate();
    }

    void licencesPageListsTheRegistry()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        auto* stack = f.window->licencesPage()->findChild<QStackedWidget*>();
        QCOMPARE(stack->currentWidget()->objectName(), u"licencesEmptyState"_s);
        QCOMPARE(test::errorOf(f.window->importDossier(test::exampleDossier(u"licence-application.json"_s))),
                 QString());
        auto* table = f.window->findChild<QTableView*>(u"licencesTable"_s);
        QCOMPARE(stack->currentWidget(), table);
        QCOMPARE(table->model()->rowCount(), 2);
        QStringList numbers;
        for (int row = 0; row < 2; ++row)
            numbers << table->model()->index(row, LicenceListModel::NumberColumn).data().toString();
        numbers.sort();
        QCOMPARE(numbers, (QStringList{u"沪B2-20260015"_s, u"沪ICP备2023012345号"_s}));
    }

    void sideBarIsKeyboardNavigable()
    {
        WindowFixture f({u"personal-filing.json"_s});
        QVERIFY(f.ok());
        f.window->show();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        auto* navigation = f.window->findChild<QListWidget*>(u"navigationList"_s);
        QCOMPARE(navigation->count(), 4);
        QVERIFY(!navigation->accessibleName().isEmpty());
        navigation->setFocus();
        QCOMPARE(currentPageName(*f.window), u"applicationsPage"_s);
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(currentPageName(*f.window), u"licencesPage"_s);
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(currentPageName(*f.window), u"settingsPage"_s);
        QCOMPARE(f.window->currentPage(), MainWindow::Page::Settings);
        QTest::keyClick(navigation, Qt::Key_Home);
        QCOMPARE(currentPageName(*f.window), u"dashboardPage"_s); // the first page
        QCOMPARE(f.window->currentPage(), MainWindow::Page::Dashboard);
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(currentPageName(*f.window), u"applicationsPage"_s);
        // Tab leaves the side bar for the page.
        QTest::keyClick(navigation, Qt::Key_Tab);
        QVERIFY(f.window->applicationsPage()->isAncestorOf(QApplication::focusWidget()));
        // Ctrl+2 / Ctrl+3 / Ctrl+1 from anywhere.
        QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(currentPageName(*f.window), u"licencesPage"_s);
        QTest::keyClick(f.window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(currentPageName(*f.window), u"settingsPage"_s);
        QTest::keyClick(f.window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(currentPageName(*f.window), u"dashboardPage"_s);
        QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(currentPageName(*f.window), u"applicationsPage"_s);
    }

    void settingsShowTheDatabaseAndSwitchTheLanguageLive()
    {
        WindowFixture f({u"enterprise-filing.json"_s});
        QVERIFY(f.ok());
        f.window->showPage(MainWindow::Page::Settings);
        auto* location = f.window->findChild<QLineEdit*>(u"databaseLocationLineEdit"_s);
        QCOMPARE(location->text(), f.db->location());
        QVERIFY(location->isReadOnly());
        QVERIFY(f.window->findChild<QWidget*>(u"backendGroup"_s));

        auto* table = f.window->findChild<QTableView*>(u"applicationsTable"_s);
        auto* navigation = f.window->findChild<QListWidget*>(u"navigationList"_s);
        auto* newAction = f.window->findChild<QAction*>(u"newAction"_s);
        const QString englishTitle = f.window->windowTitle();
        const QString englishHeader = table->model()->headerData(0, Qt::Horizontal).toString();
        const QString englishSettings = navigation->item(int(MainWindow::Page::Settings))->text();
        const QString englishNew = newAction->text();
        QCOMPARE(englishHeader, u"Entity"_s);

        auto* combo = f.window->findChild<QComboBox*>(u"languageComboBox"_s);
        QCOMPARE(combo->currentData().toString(), u"en"_s);
        QVERIFY(!combo->accessibleName().isEmpty());
        QTest::keyClick(combo, Qt::Key_Down); // English → 简体中文
        QCoreApplication::processEvents();
        QCOMPARE(currentLanguage(), u"zh_CN"_s);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"zh_CN"_s);
        QVERIFY(f.window->windowTitle() != englishTitle);
        QVERIFY(table->model()->headerData(0, Qt::Horizontal).toString() != englishHeader);
        QCOMPARE(QLocale().language(), QLocale::Chinese);

        QTest::keyClick(combo, Qt::Key_Up);
        QCoreApplication::processEvents();
        QCOMPARE(currentLanguage(), u"en"_s);
        QCOMPARE(f.window->windowTitle(), englishTitle);
        QCOMPARE(navigation->item(int(MainWindow::Page::Settings))->text(), englishSettings);
        QCOMPARE(newAction->text(), englishNew);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"en"_s);
    }

    // Independent of how complete the translation is: a translator that marks every text
    // shows that every visible text of the window is retranslated live.
    void everyVisibleTextIsRetranslated()
    {
        WindowFixture f({u"enterprise-filing.json"_s});
        QVERIFY(f.ok());
        MarkingTranslator marker;
        QCoreApplication::installTranslator(&marker); // sends LanguageChange
        QCoreApplication::processEvents();
        QStringList unmarked;
        const auto check = [&](const QString& text, const QString& where) {
            // Language names are written in their own language; data is not translated.
            if (!text.isEmpty() && !text.startsWith(u'⟦') && text != u"English"_s && text != u"简体中文"_s)
                unmarked << where + u": "_s + text;
        };
        check(f.window->windowTitle(), u"window title"_s);
        for (QAction* a : f.window->findChildren<QAction*>())
            if (!a->isSeparator() && !a->text().startsWith(u"&1"_s))
                check(a->text(), u"action "_s + a->objectName());
        for (QMenu* m : f.window->findChildren<QMenu*>())
            check(m->title(), u"menu"_s);
        for (QLabel* l : f.window->findChildren<QLabel*>())
            // The dashboard's tile values are counts (data, in the locale's digits).
            if (l->objectName() != u"statusLabel"_s && l->objectName() != u"undoLabel"_s &&
                !l->objectName().endsWith(u"TileValue"_s))
                check(l->text(), u"label "_s + l->objectName());
        for (QAbstractButton* b : f.window->findChildren<QAbstractButton*>())
            if (b->objectName().endsWith(u"Button"_s))
                check(b->text(), u"button "_s + b->objectName());
        for (QGroupBox* g : f.window->findChildren<QGroupBox*>())
            check(g->title(), u"group"_s);
        auto* navigation = f.window->findChild<QListWidget*>(u"navigationList"_s);
        for (int i = 0; i < navigation->count(); ++i)
            check(navigation->item(i)->text(), u"side bar"_s);
        for (QTableView* t : f.window->findChildren<QTableView*>())
            for (int c = 0; c < t->model()->columnCount(); ++c)
                check(t->model()->headerData(c, Qt::Horizontal).toString(), u"column"_s);
        check(f.window->findChild<QLineEdit*>(u"searchLineEdit"_s)->placeholderText(), u"search"_s);
        QCoreApplication::removeTranslator(&marker);
        QVERIFY2(unmarked.isEmpty(), qPrintable(unmarked.join(u'\n')));
    }

    void languageChangedElsewhereUpdatesTheSettingsPage()
    {
        WindowFixture f;
        QVERIFY(f.ok());
        auto* combo = f.window->findChild<QComboBox*>(u"languageComboBox"_s);
        QVERIFY(setLanguage(u"zh_CN"_s));
        QCoreApplication::processEvents();
        QCOMPARE(combo->currentData().toString(), u"zh_CN"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
