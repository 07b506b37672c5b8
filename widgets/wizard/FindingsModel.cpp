#include "wizard/FindingsModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// Internal ids: 0 for a group row, group index + 1 for a finding row.
constexpr quintptr kGroupId = 0;

} // namespace

FindingsModel::FindingsModel(std::function<QString(const QString&)> pageOf,
                             std::function<QString(const QString&)> pageTitle, QStringList pageOrder,
                             QObject* parent)
    : QAbstractItemModel(parent)
    , m_pageOf(std::move(pageOf))
    , m_pageTitle(std::move(pageTitle))
    , m_pageOrder(std::move(pageOrder))
{}

void FindingsModel::setFindings(const QList<Finding>& findings)
{
    QList<Group> groups;
    for (const QString& key : std::as_const(m_pageOrder)) {
        Group group{key, {}};
        for (const Finding& f : findings) {
            QString page = m_pageOf(f.fieldPath);
            if (page.isEmpty())
                page = u"review"_s; // a path no page shows: listed under Review itself
            if (page == key)
                group.findings.append(f);
        }
        std::stable_sort(
            group.findings.begin(), group.findings.end(),
            [](const Finding& a, const Finding& b) { return int(a.severity) < int(b.severity); });
        if (!group.findings.isEmpty())
            groups.append(group);
    }
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

void FindingsModel::retranslate()
{
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupId && parent.column() == 0 && parent.row() < m_groups.size())
        return int(m_groups.at(parent.row()).findings.size());
    return 0;
}

int FindingsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId) {
        const Group& group = m_groups.at(index.row());
        if (role == PageKeyRole)
            return group.pageKey;
        if (role == Qt::DisplayRole && index.column() == MessageColumn) {
            const auto blocking =
                std::count_if(group.findings.cbegin(), group.findings.cend(),
                              [](const Finding& f) { return f.severity == Severity::Blocking; });
            return tr("%1 (%n blocking)", nullptr, int(blocking)).arg(m_pageTitle(group.pageKey));
        }
        return {};
    }
    const Group& group = m_groups.at(int(index.internalId() - 1));
    const Finding& f = group.findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MessageColumn)
            return f.message;
        if (index.column() == SeverityColumn)
            return severityName(f.severity);
        if (index.column() == RuleColumn)
            return f.ruleId;
        return {};
    case Qt::ToolTipRole:
        return f.message;
    case Qt::DecorationRole:
        if (index.column() != MessageColumn)
            return {};
        return QApplication::style()->standardIcon(
            f.severity == Severity::Blocking  ? QStyle::SP_MessageBoxCritical
            : f.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_MessageBoxInformation);
    case FieldPathRole:
        return f.fieldPath;
    case PageKeyRole:
        return group.pageKey;
    case SeverityRole:
        return severityKey(f.severity);
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Problem");
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    default:
        return {};
    }
}

} // namespace icp
