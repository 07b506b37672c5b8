#include "LocaleSortProxy.h"

#include "ApplicationListModel.h"
#include "LicenceListModel.h"

#include <QLocale>

namespace icp {

static_assert(ApplicationListModel::IdRole == LocaleSortProxy::IdRole &&
              ApplicationListModel::SortRole == LocaleSortProxy::SortRole);
static_assert(LicenceListModel::IdRole == LocaleSortProxy::IdRole &&
              LicenceListModel::SortRole == LocaleSortProxy::SortRole);

LocaleSortProxy::LocaleSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    retranslate();
}

void LocaleSortProxy::setSearch(const QString& text, const QSet<QString>& matchingIds)
{
    m_text = text.trimmed();
    m_ids = matchingIds;
    invalidateFilter();
}

void LocaleSortProxy::retranslate()
{
    m_collator = QCollator(QLocale());
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    invalidate();
}

bool LocaleSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

bool LocaleSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    if (m_ids.contains(model->index(sourceRow, 0, sourceParent).data(IdRole).toString()))
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent)
                .data(Qt::DisplayRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace icp
