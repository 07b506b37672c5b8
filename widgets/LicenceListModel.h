#pragma once

#include "core/Result.h"
#include "domain/Licence.h"

#include <QAbstractTableModel>
#include <QList>

namespace icp {

class LicenceRepository;

// The licence registry as a table: number, kind, entity, services, issued, expiry, renewal
// date, status and owner. Dates follow the UI locale; sorting uses SortRole, the status
// filter StatusRole (toKey(LicenceStatus)). Edits go through LicencesPage and the repository.
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
        StatusColumn,
        OwnerColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, StatusRole };

    explicit LicenceListModel(LicenceRepository* repository, QObject* parent = nullptr);

    // Fails when the database could not be read (the rows are then kept).
    Status reload();
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The record of a row (of this model), for the editor.
    const Licence& licenceAt(int row) const { return m_rows.at(row); }

private:
    LicenceRepository* m_repository;
    QList<Licence> m_rows;
};

} // namespace icp
