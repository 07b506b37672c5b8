#pragma once

#include "core/Result.h"
#include "obligations/ObligationQuery.h"

#include <QAbstractTableModel>

namespace icp {

// The dashboard's obligations, a page at a time (canFetchMore / fetchMore): the view asks for
// more as it scrolls, and only what it showed was read. Sorting is ORDER BY in SQL: sort()
// starts again from the first page. Nothing is held but the pages read.
class ObligationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DueColumn,
        StateColumn,
        KindColumn,
        SubjectColumn,
        EntityColumn,
        ProvinceColumn,
        ProviderColumn,
        OwnerColumn,
        TitleColumn,
        ColumnCount
    };
    enum Role { RecordIdRole = Qt::UserRole + 1, ObligationIdRole, KindKeyRole, StateKeyRole };
    static constexpr int pageSize = 200;

    explicit ObligationTableModel(QObject* parent = nullptr);

    // Reads from `query` (not owned; null empties the model) with `filter`, from the first page.
    void setQuery(ObligationQuery* query);
    void setFilter(const ObligationFilter& filter);
    const ObligationFilter& filter() const { return m_filter; }
    // Re-reads the first page (the same query, filter and order).
    Status reload();
    Status lastStatus() const { return m_status; }
    // Headers and state / kind names in the new language (nothing re-read).
    void retranslate();
    const ObligationRow& row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void readFirstPage();
    Result<QList<ObligationRow>> readPage(int offset) const;

    ObligationQuery* m_query = nullptr;
    ObligationFilter m_filter;
    ObligationSort m_sort = ObligationSort::DueOn;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<ObligationRow> m_rows;
    bool m_exhausted = true;
    Status m_status = success();
};

} // namespace icp
