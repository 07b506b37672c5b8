#include "ApplicationListModel.h"

#include "domain/Enums.h"

#include <QLocale>
#include <QPalette>

namespace icp {

ApplicationListModel::ApplicationListModel(ApplicationRepository* repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{}

Status ApplicationListModel::reload()
{
    auto rows = m_repository->list();
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = std::move(rows).value();
    endResetModel();
    return success();
}

int ApplicationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplicationSummary& row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::ToolTipRole && index.column() == WebsitesColumn)
        return row.websiteNames.join(u'\n');
    if (role == Qt::ForegroundRole && index.column() == EntityColumn && row.entityName.isEmpty())
        return QPalette().brush(QPalette::PlaceholderText);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case EntityColumn:
        // A new draft has no entity yet: say so rather than show an empty cell.
        return row.entityName.isEmpty() ? tr("New application (no entity yet)") : row.entityName;
    case WebsitesColumn:
        return QLocale().createSeparatedList(row.websiteNames);
    case KindColumn:
        return displayName(row.kind);
    case OperationColumn:
        return displayName(row.operation);
    case StepColumn:
        return role == SortRole ? QVariant(wizardStep(row.status))
                                : QVariant(tr("%1 of 4").arg(wizardStep(row.status)));
    case StatusColumn:
        return displayName(row.status);
    case UpdatedColumn:
        if (role == SortRole)
            return row.updatedAt;
        return QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case EntityColumn:
        return tr("Entity");
    case WebsitesColumn:
        return tr("Websites");
    case KindColumn:
        return tr("Kind");
    case OperationColumn:
        return tr("Operation");
    case StepColumn:
        return tr("Step");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Last change");
    case ColumnCount:
        break;
    }
    return {};
}

void ApplicationListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace icp
