#pragma once

#include "store/ApplicationRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace icp {

// The applications list (entity, sites, kind, operation, step, status, last
// change), read from the repository. The database is the source of truth:
// reload() re-reads it; the model keeps no state of its own beyond the rows.
class ApplicationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EntityColumn,
        WebsitesColumn,
        KindColumn,
        OperationColumn,
        StepColumn,
        StatusColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit ApplicationListModel(ApplicationRepository* repository, QObject* parent = nullptr);

    // Fails when the database could not be read (the rows are then kept).
    Status reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Column titles and enum names are translated; call after a language switch.
    void retranslate();

private:
    ApplicationRepository* m_repository;
    QList<ApplicationSummary> m_rows;
};

} // namespace icp
