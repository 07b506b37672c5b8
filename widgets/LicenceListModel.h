#pragma once

#include "core/Result.h"
#include "domain/Licence.h"

#include <QAbstractTableModel>
#include <QList>

namespace icp {

class LicenceRepository;

// The licence registry as a read-only table: number, kind, entity, services, issued,
// expiry and renewal date. Dates follow the UI locale; sorting uses SortRole.
class LicenceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        KindColumn,
        EntityColumn,
        ServicesColumn,
        IssuedColumn,
        ExpiresColumn,
        RenewalColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit LicenceListModel(LicenceRepository* repository, QObject* parent = nullptr);

    // Fails when the database could not be read (the rows are then kept).
    Status reload();
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LicenceRepository* m_repository;
    QList<Licence> m_rows;
};

} // namespace icp
