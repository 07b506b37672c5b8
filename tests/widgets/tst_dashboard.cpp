// The dashboard (issue 11 item 4) offscreen on a real SQLite file: the tiles show the index's
// counts, a filter combo narrows the table, a click on a bar filters to its month, the table
// reads a page at a time, a double-click asks for the record; and --page names a page.
#include "DashboardPage.h"
#include "DeadlineChart.h"
#include "MainWindow.h"
#include "ObligationTableModel.h"
#include "obligations/ObligationIndex.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

const QDate kToday(2027, 2, 1);

QDateTime noonOn(const QDate& day)
{
    return QDateTime(day, QTime(4, 0), Qt::UTC);
}

// `count` obligations: entities in turn (A, B, C), one due every 3 days from 20 days ago.
QList<Obligation> portfolio(int count)
{
    const QStringList entities{u"甲示例科技有限公司"_s, u"乙样本网络有限公司"_s, u"Example Widgets Ltd"_s};
    QList<Obligation> list;
    for (int i = 0; i < count; ++i) {
        Obligation o;
        o.kind = i % 4 == 0 ? ObligationKind::LicenceExpiry : ObligationKind::AnnualReport;
        o.subject = u"京ICP证%1号"_s.arg(i, 6, 10, QLatin1Char('0'));
        o.entityName = entities.at(i % entities.size());
        o.dueOn = kToday.addDays(-20 + i * 3);
        o.dueSoonFrom = o.dueOn.addDays(-30);
        o.missedWhenLate = i % 8 == 0;
        o.recordId = u"record-%1"_s.arg(i);
        o.provinceCode = 11;
        o.owner = u"Wang Fang"_s;
        o.title = displayName(o.kind);
        o.id = Obligation::makeId(o.kind, o.subject, o.dueOn);
        list.append(o);
    }
    return list;
}

struct Fixture
{
    explicit Fixture(int count)
        : obligations(portfolio(count))
    {
        auto opened = Database::openSqlite(dir.filePath(u"dashboard.sqlite"_s));
        if (!opened)
            return;
        db = std::move(opened).value();
        if (!ObligationIndex(*db).rebuild(obligations))
            return;
        page = std::make_unique<DashboardPage>(*db);
        page->setNow(noonOn(kToday));
        page->resize(1280, 900);
        refreshed = page->refresh().ok();
    }
    bool ok() const { return refreshed; }
    int countWhere(const std::function<bool(const Obligation&)>& pred) const
    {
        return int(std::count_if(obligations.begin(), obligations.end(), pred));
    }

    QTemporaryDir dir;
    QList<Obligation> obligations;
    std::unique_ptr<Database> db;
    std::unique_ptr<DashboardPage> page;
    bool refreshed = false;
};

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"icp.*.info=false"_s); }

    void theTilesShowTheCounts()
    {
        Fixture f(60);
        QVERIFY(f.ok());
        const int late = f.countWhere([](const Obligation& o) { return o.dueOn < kToday; });
        const int missed =
            f.countWhere([](const Obligation& o) { return o.dueOn < kToday && o.missedWhenLate; });
        const int expiring30 = f.countWhere([](const Obligation& o) {
            return o.kind == ObligationKind::LicenceExpiry && o.dueOn >= kToday &&
                   o.dueOn <= kToday.addDays(30);
        });
        QVERIFY(missed > 0 && late > missed && expiring30 > 0);
        const QLocale locale;
        QCOMPARE(f.page->tileValue(DashboardPage::Tile::Overdue)->text(), locale.toString(late - missed));
        QCOMPARE(f.page->tileValue(DashboardPage::Tile::Missed)->text(), locale.toString(missed));
        QCOMPARE(f.page->tileValue(DashboardPage::Tile::Expiring30)->text(), locale.toString(expiring30));
        QCOMPARE(f.page->tileValue(DashboardPage::Tile::ActiveLicences)->text(), locale.toString(0));
        QCOMPARE(f.page->findChild<QLabel*>(u"overdueTileValue"_s),
                 f.page->tileValue(DashboardPage::Tile::Overdue));
    }

    void theTableIsReadAPageAtATime()
    {
        Fixture f(450);
        QVERIFY(f.ok());
        ObligationTableModel* model = f.page->model();
        QCOMPARE(model->rowCount(), ObligationTableModel::pageSize);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 2 * ObligationTableModel::pageSize);
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 450);
        QVERIFY(!model->canFetchMore({}));
        // Soonest first, as the index orders them.
        QCOMPARE(model->row(0).dueOn, kToday.addDays(-20));
        // Sorting asks SQL again, from the first page.
        model->sort(ObligationTableModel::EntityColumn, Qt::DescendingOrder);
        QCOMPARE(model->rowCount(), ObligationTableModel::pageSize);
        QCOMPARE(model->row(0).entity, u"甲示例科技有限公司"_s); // 甲 U+7532 after 乙 U+4E59 and Latin
        // A well-behaved model (the tester fetches the rest as a view would).
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 450);
    }

    void aFilterComboNarrowsTheTable_data()
    {
        QTest::addColumn<QString>("combo");
        QTest::addColumn<QString>("choice");
        QTest::addColumn<int>("expected");
        QTest::newRow("entity") << u"entityFilter"_s << u"Example Widgets Ltd"_s << 20;
        QTest::newRow("kind") << u"kindFilter"_s << displayName(ObligationKind::LicenceExpiry) << 15;
        QTest::newRow("state: missed") << u"stateFilter"_s << displayName(ObligationState::Missed) << 1;
        QTest::newRow("state: overdue") << u"stateFilter"_s << displayName(ObligationState::Overdue) << 6;
    }
    void aFilterComboNarrowsTheTable()
    {
        QFETCH(QString, combo);
        QFETCH(QString, choice);
        QFETCH(int, expected);
        Fixture f(60);
        QVERIFY(f.ok());
        QCOMPARE(f.page->model()->rowCount(), 60);
        auto* box = f.page->findChild<QComboBox*>(combo);
        QVERIFY(box);
        const int at = box->findText(choice);
        QVERIFY2(at > 0, qPrintable(choice));
        box->setCurrentIndex(at);
        QCOMPARE(f.page->model()->rowCount(), expected);
        for (int row = 0; row < f.page->model()->rowCount(); ++row) {
            const QModelIndex cell =
                f.page->model()->index(row, combo == u"entityFilter"_s ? ObligationTableModel::EntityColumn
                                            : combo == u"kindFilter"_s ? ObligationTableModel::KindColumn
                                                                       : ObligationTableModel::StateColumn);
            QCOMPARE(cell.data().toString(), choice);
        }
        QVERIFY(f.page->findChild<QLabel*>(u"obligationCountLabel"_s)
                    ->text()
                    .contains(QString::number(expected)));
        box->setCurrentIndex(0); // all again
        QCOMPARE(f.page->model()->rowCount(), 60);
    }

    void searchNarrowsTheTable()
    {
        Fixture f(60);
        QVERIFY(f.ok());
        auto* search = f.page->findChild<QLineEdit*>(u"obligationSearch"_s);
        search->setText(u"证00001"_s); // subjects 10…19
        QTRY_COMPARE(f.page->model()->rowCount(), 10);
    }

    void clickingABarFiltersToItsMonth()
    {
        Fixture f(60);
        QVERIFY(f.ok());
        f.page->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        DeadlineChart* chart = f.page->chart();
        const QList<MonthCount> months = chart->months();
        QCOMPARE(months.size(), 24);
        const int bar = 2; // April 2027
        const int inMonth = months.at(bar).expiries + months.at(bar).deadlines;
        QCOMPARE(inMonth, f.countWhere([&](const Obligation& o) {
            return o.dueOn.year() == 2027 && o.dueOn.month() == 4;
        }));
        QVERIFY(inMonth > 0);
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->barCentre(bar));
        QCOMPARE(f.page->filter().dueFrom, QDate(2027, 4, 1));
        QCOMPARE(f.page->filter().dueTo, QDate(2027, 4, 30));
        QCOMPARE(f.page->model()->rowCount(), inMonth);
        for (int row = 0; row < inMonth; ++row)
            QCOMPARE(f.page->model()->row(row).dueOn.month(), 4);
        QVERIFY(f.page->findChild<QLabel*>(u"monthFilterLabel"_s)->isVisible());
        f.page->setMonth({});
        QCOMPARE(f.page->model()->rowCount(), 60);
    }

    void doubleClickAsksForTheRecord()
    {
        Fixture f(60);
        QVERIFY(f.ok());
        f.page->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QSignalSpy requested(f.page.get(), &DashboardPage::recordRequested);
        QTableView* table = f.page->table();
        const QModelIndex cell = f.page->model()->index(3, ObligationTableModel::SubjectColumn);
        const QPoint at = table->visualRect(cell).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.constFirst().constFirst().toString(), f.page->model()->row(3).recordId);
        QCOMPARE(requested.constFirst().constFirst().toString(), u"record-3"_s);
    }

    // The row's context menu action "Mark done…": off without a selection, then asks for the
    // obligation of the selected row, as the index holds it.
    void markDoneAsksForTheSelectedObligation()
    {
        Fixture f(60);
        QVERIFY(f.ok());
        f.page->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QAction* markDone = f.page->markDoneAction();
        QVERIFY(markDone);
        QVERIFY(f.page->table()->actions().contains(markDone));
        QVERIFY(!markDone->isEnabled());
        QSignalSpy requested(f.page.get(), &DashboardPage::markDoneRequested);
        QTableView* table = f.page->table();
        const QModelIndex cell = f.page->model()->index(5, ObligationTableModel::SubjectColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QVERIFY(markDone->isEnabled());
        markDone->trigger();
        QCOMPARE(requested.size(), 1);
        const auto asked = requested.constFirst().constFirst().value<Obligation>();
        const ObligationRow& row = f.page->model()->row(5);
        QCOMPARE(asked.id, row.id);
        QCOMPARE(asked.kind, row.kind);
        QCOMPARE(asked.subject, row.subject);
        QCOMPARE(asked.dueOn, row.dueOn);
        QCOMPARE(asked.recordId, row.recordId);
    }

    void pageNamesParse_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("page"); // −1: not a page
        QTest::newRow("dashboard") << u"dashboard"_s << int(MainWindow::Page::Dashboard);
        QTest::newRow("applications") << u"applications"_s << int(MainWindow::Page::Applications);
        QTest::newRow("licences") << u"licences"_s << int(MainWindow::Page::Licences);
        QTest::newRow("settings") << u"settings"_s << int(MainWindow::Page::Settings);
        QTest::newRow("case matters") << u"Dashboard"_s << -1;
        QTest::newRow("American spelling") << u"licenses"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void pageNamesParse()
    {
        QFETCH(QString, name);
        QFETCH(int, page);
        const std::optional<MainWindow::Page> parsed = MainWindow::pageFromKey(name);
        QCOMPARE(parsed ? int(*parsed) : -1, page);
        if (parsed)
            QCOMPARE(MainWindow::pageKey(*parsed), name);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
