#pragma once

#include "core/Result.h"
#include "obligations/Obligation.h"
#include "obligations/ObligationQuery.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QAction;
class QTableView;
class QTimer;
class QToolButton;

namespace icp {

class Database;
class DeadlineChart;
class ObligationTableModel;

// The first page a manager sees (issue 11 item 4): tiles (records in force, what expires in
// 30/60/90 days, overdue and missed obligations, applications in review and for how long), the
// chart of expiries and deadlines per month (a click filters the table to the month), and the
// obligations with filters and search, read a page at a time. Everything is counted, filtered
// and sorted in SQL on the obligation index (ObligationQuery.h); the page holds only what it
// shows. Double-click asks for the record (recordRequested).
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum class Tile {
        ActiveFilings,
        ActiveLicences,
        Expiring30,
        Expiring60,
        Expiring90,
        Overdue,
        Missed,
        InReview
    };

    explicit DashboardPage(Database& database, QWidget* parent = nullptr);
    ~DashboardPage() override;

    // The instant the states are computed on; invalid (the default) = now, at each refresh.
    void setNow(const QDateTime& now);

    // Re-reads the tiles, the chart, the filter values and the first page of the table.
    Status refresh();
    // Narrows the table to `month` (its first day), as a click on its bar does; null = any.
    void setMonth(const QDate& month);
    ObligationFilter filter() const;

    ObligationTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QAction* markDoneAction() const { return m_markDone; }
    // The obligation of the selected row, nothing when none is selected.
    std::optional<Obligation> selectedObligation() const;
    DeadlineChart* chart() const { return m_chart; }
    PortfolioCounts counts() const { return m_counts; }
    QLabel* tileValue(Tile tile) const { return m_tileValues.value(tile); }

Q_SIGNALS:
    // A row was opened: the licence or application it comes from.
    void recordRequested(const QString& recordId);
    // "Mark done…" on a row (its context menu): the obligation as the index holds it.
    void markDoneRequested(const icp::Obligation& obligation);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createTiles();
    QWidget* createFilters();
    void applyFilter();
    Status refreshCounts();
    // The chart and the matching count of the current filter, from one scan (cached per filter
    // until the next refresh: going back to a filter is free).
    Status refreshChartAndCount();
    Status refreshFilterValues();
    void retranslateUi();

    Database& m_database;
    QDateTime m_fixedNow;
    std::unique_ptr<ObligationQuery> m_query;
    PortfolioCounts m_counts;
    QDate m_month;

    QLabel* m_title = nullptr;
    QHash<Tile, QLabel*> m_tileValues;
    QHash<Tile, QLabel*> m_tileCaptions;
    DeadlineChart* m_chart = nullptr;
    QComboBox* m_entity = nullptr;
    QComboBox* m_province = nullptr;
    QComboBox* m_provider = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_state = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    QLabel* m_monthLabel = nullptr;
    QToolButton* m_clearMonth = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_table = nullptr;
    QAction* m_markDone = nullptr;
    ObligationTableModel* m_model = nullptr;
    int m_matching = 0;
    QHash<QString, std::pair<QList<MonthCount>, int>> m_summaries; // by the filter without its month
    Status m_status = success();
    bool m_filling = false; // the combos are being refilled: no filter change per item
};

} // namespace icp
