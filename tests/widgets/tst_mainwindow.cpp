// The first GUI: the main window lists what is in the database, empty or not,
// and retranslates live.
#include "ApplicationListModel.h"
#include "MainWindow.h"
#include "core/Language.h"
#include "store/ApplicationRepository.h"
#include "store/Database.h"
#include "store/Dossier.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

Application example(const QString& name)
{
    auto dossier = readDossierFile(QStringLiteral(ICP_TEST_DATA_DIR "/dossiers/") + name);
    return dossier ? dossier->application : Application{};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { setLanguage(u"en"_s); }

    void emptyDatabaseShowsTheEmptyState()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"empty.sqlite"_s));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        ApplicationRepository repository(*db.value());
        MainWindow window(&repository, db.value()->location());
        auto* stack = window.findChild<QStackedWidget*>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), u"emptyState"_s);
        QVERIFY(!window.findChild<QLineEdit*>(u"searchLineEdit"_s)->isEnabled());
    }

    void applicationsAreListedAndSearchable()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"icp.sqlite"_s));
        QVERIFY(db);
        ApplicationRepository repository(*db.value());
        const Application enterprise = example(u"enterprise-filing.json"_s);
        const Application personal = example(u"personal-filing.json"_s);
        QVERIFY(!enterprise.id.isEmpty() && !personal.id.isEmpty());
        QVERIFY(repository.save(enterprise, u"test"_s));
        QVERIFY(repository.save(personal, u"test"_s));

        MainWindow window(&repository, db.value()->location());
        auto* table = window.findChild<QTableView*>(u"applicationsTable"_s);
        QVERIFY(table);
        QVERIFY(table->isVisibleTo(&window));
        QCOMPARE(table->model()->rowCount(), 2);

        auto* search = window.findChild<QLineEdit*>(u"searchLineEdit"_s);
        QTest::keyClicks(search, u"personal-no-such-text"_s);
        QCOMPARE(table->model()->rowCount(), 0);
        search->clear();
        QCOMPARE(table->model()->rowCount(), 2);
        // Search matches the entity name.
        search->setText(enterprise.entity.name.left(4));
        QCOMPARE(table->model()->rowCount(), 1);
    }

    void importingADossierListsIt()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"icp.sqlite"_s));
        QVERIFY(db);
        ApplicationRepository repository(*db.value());
        MainWindow window(&repository, db.value()->location());
        auto* stack = window.findChild<QStackedWidget*>();

        // A broken dossier: the error names the file and the line, nothing is saved.
        const QString broken = QStringLiteral(ICP_TEST_DATA_DIR "/dossiers/invalid/wrong-types.json");
        const QString error = window.importDossier(broken);
        QVERIFY2(error.contains(u"wrong-types.json"_s), qPrintable(error));
        QVERIFY2(error.contains(u"Line "_s), qPrintable(error));
        QCOMPARE(stack->currentWidget()->objectName(), u"emptyState"_s);
        QCOMPARE(repository.list()->size(), 0);

        QCOMPARE(window.importDossier(QStringLiteral(ICP_TEST_DATA_DIR "/dossiers/personal-filing.json")),
                 QString());
        QCOMPARE(repository.list()->size(), 1);
        QCOMPARE(stack->currentWidget()->objectName(), u"applicationsTable"_s);
    }

    void modelPassesTheItemModelTester()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"icp.sqlite"_s));
        QVERIFY(db);
        ApplicationRepository repository(*db.value());
        ApplicationListModel model(&repository);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.reload(), QString());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(repository.save(example(u"enterprise-filing.json"_s), u"test"_s));
        QVERIFY(repository.save(example(u"licence-application.json"_s), u"test"_s));
        QCOMPARE(model.reload(), QString());
        QCOMPARE(model.rowCount(), 2);
        model.retranslate();
    }

    void switchingLanguageRetranslatesTheOpenWindow()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"icp.sqlite"_s));
        QVERIFY(db);
        ApplicationRepository repository(*db.value());
        QVERIFY(repository.save(example(u"enterprise-filing.json"_s), u"test"_s));
        MainWindow window(&repository, db.value()->location());
        auto* table = window.findChild<QTableView*>(u"applicationsTable"_s);
        const QString englishHeader = table->model()->headerData(0, Qt::Horizontal).toString();
        const QString englishTitle = window.windowTitle();
        QCOMPARE(englishHeader, u"Entity"_s);

        QVERIFY(setLanguage(u"zh_CN"_s));
        QCoreApplication::processEvents();
        QVERIFY(window.windowTitle() != englishTitle);
        QVERIFY(table->model()->headerData(0, Qt::Horizontal).toString() != englishHeader);

        QVERIFY(setLanguage(u"en"_s));
        QCoreApplication::processEvents();
        QCOMPARE(window.windowTitle(), englishTitle);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
