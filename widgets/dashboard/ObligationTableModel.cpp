#include "ObligationTableModel.h"

#include "reports/ReportContent.h"
#include "validation/Province.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

ObligationSort sortOf(int column)
{
    switch (column) {
    case ObligationTableModel::KindColumn:
        return ObligationSort::Kind;
    case ObligationTableModel::SubjectColumn:
        return ObligationSort::Subject;
    case ObligationTableModel::EntityColumn:
        return ObligationSort::Entity;
    case ObligationTableModel::ProvinceColumn:
        return ObligationSort::Province;
    case ObligationTableModel::ProviderColumn:
        return ObligationSort::Provider;
    case ObligationTableModel::OwnerColumn:
        return ObligationSort::Owner;
    default:
        // The state follows the due date (late, then due soon, then upcoming); the title
        // has no index: both sort by the due date.
        return ObligationSort::DueOn;
    }
}

} // namespace

ObligationTableModel::ObligationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ObligationTableModel::setQuery(ObligationQuery* query)
{
    m_query = query;
    readFirstPage();
}

void ObligationTableModel::setFilter(const ObligationFilter& filter)
{
    m_filter = filter;
    readFirstPage();
}

Status ObligationTableModel::reload()
{
    readFirstPage();
    return m_status;
}

void ObligationTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void ObligationTableModel::readFirstPage()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = true;
    m_status = success();
    if (m_query) {
        Result<QList<ObligationRow>> first = readPage(0);
        if (first) {
            m_exhausted = first->size() < pageSize;
            m_rows = std::move(first).value();
        } else {
            m_status = first.error();
        }
    }
    endResetModel();
}

Result<QList<ObligationRow>> ObligationTableModel::readPage(int offset) const
{
    return m_query->page(m_filter, m_sort, m_order, offset, pageSize);
}

int ObligationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObligationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ObligationTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_query && !m_exhausted;
}

void ObligationTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Result<QList<ObligationRow>> more = readPage(int(m_rows.size()));
    if (!more) {
        m_status = more.error();
        m_exhausted = true;
        return;
    }
    m_exhausted = more->size() < pageSize;
    if (more->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size() - 1));
    m_rows += more.value();
    endInsertRows();
}

void ObligationTableModel::sort(int column, Qt::SortOrder order)
{
    m_sort = sortOf(column);
    m_order = order;
    readFirstPage();
}

QVariant ObligationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ObligationRow& r = m_rows.at(index.row());
    switch (role) {
    case RecordIdRole:
        return r.recordId;
    case ObligationIdRole:
        return r.id;
    case KindKeyRole:
        return toKey(r.kind);
    case StateKeyRole:
        return toKey(r.state);
    case Qt::ToolTipRole:
        return r.note.isEmpty() ? QVariant() : QVariant(r.note);
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && r.state == ObligationState::Missed)
            return QBrush(Qt::darkRed);
        if (index.column() == StateColumn && r.state == ObligationState::Overdue)
            return QBrush(QColor(0xb3, 0x59, 0x00));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DueColumn:
        return reportDate(QLocale(), r.dueOn); // the locale's short date with the century, as the report
    case StateColumn:
        return displayName(r.state);
    case KindColumn:
        return displayName(r.kind);
    case SubjectColumn:
        return r.subject;
    case EntityColumn:
        return r.entity;
    case ProvinceColumn:
        if (const Province* p = Provinces::byCode(r.provinceCode))
            return p->displayName();
        return r.provinceCode ? QVariant(r.provinceCode) : QVariant();
    case ProviderColumn:
        return r.provider;
    case OwnerColumn:
        return r.owner;
    case TitleColumn:
        return r.title;
    }
    return {};
}

QVariant ObligationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case StateColumn:
        return tr("State");
    case KindColumn:
        return tr("Kind");
    case SubjectColumn:
        return tr("Number / subject");
    case EntityColumn:
        return tr("Entity");
    case ProvinceColumn:
        return tr("Province");
    case ProviderColumn:
        return tr("Provider");
    case OwnerColumn:
        return tr("Owner");
    case TitleColumn:
        return tr("What to do");
    }
    return {};
}

} // namespace icp
