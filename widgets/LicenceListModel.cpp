#include "LicenceListModel.h"

#include "store/LicenceRepository.h"

#include <QLocale>

namespace icp {

LicenceListModel::LicenceListModel(LicenceRepository* repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{}

Status LicenceListModel::reload()
{
    auto rows = m_repository->list();
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = std::move(rows).value();
    endResetModel();
    return success();
}

void LicenceListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LicenceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LicenceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QVariant dateCell(const QDate& date, int role)
{
    if (role == LicenceListModel::SortRole)
        return date;
    // Filings do not expire: an empty cell reads better than a dash in both languages.
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}
} // namespace

QVariant LicenceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Licence& row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == StatusRole)
        return toKey(row.status);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case NumberColumn:
        return row.number;
    case KindColumn:
        return row.kind == ApplicationKind::Filing ? tr("Filing number") : tr("Licence");
    case EntityColumn:
        return row.entityName;
    case ServicesColumn:
        return QLocale().createSeparatedList(row.services);
    case IssuedColumn:
        return dateCell(row.issuedOn, role);
    case ExpiresColumn:
        return dateCell(row.expiresOn, role);
    case RenewalColumn:
        return dateCell(row.expiresOn.isValid() ? row.renewalDueOn() : QDate(), role);
    case StatusColumn:
        return displayName(row.status);
    case OwnerColumn:
        return row.owner;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LicenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn:
        return tr("Number");
    case KindColumn:
        return tr("Kind");
    case EntityColumn:
        return tr("Entity");
    case ServicesColumn:
        return tr("Services");
    case IssuedColumn:
        return tr("Issued");
    case ExpiresColumn:
        return tr("Expires");
    case RenewalColumn:
        return tr("Renew by");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace icp
