#include "DocumentChecklistModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace icp {

DocumentChecklistModel::DocumentChecklistModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DocumentChecklistModel::setChecklist(const DocumentChecklist& checklist, const Application& application)
{
    beginResetModel();
    m_checklist = checklist;
    m_application = application;
    endResetModel();
}

const ChecklistItem* DocumentChecklistModel::itemAt(int row) const
{
    return row >= 0 && row < m_checklist.items().size() ? &m_checklist.items()[row] : nullptr;
}

int DocumentChecklistModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_checklist.items().size(); ++i) {
        if (m_checklist.items()[i].key == key)
            return i;
    }
    return -1;
}

int DocumentChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_checklist.items().size());
}

int DocumentChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentChecklistModel::notes(const ChecklistItem& item) const
{
    if (item.need == Severity::Info && item.requirement == QLatin1String("extra"))
        return tr("Not required for this application.");
    QStringList parts;
    for (const Finding& f : item.findings) {
        if (f.severity != Severity::Info)
            parts.append(f.message);
    }
    if (!parts.isEmpty())
        return parts.join(u'\n');
    if (item.state == ChecklistItem::State::Missing && item.need == Severity::Info)
        return tr("Optional: attach any other document here.");
    if (item.state == ChecklistItem::State::Missing)
        return item.need == Severity::Blocking ? tr("Required.") : tr("Recommended.");
    QStringList names;
    for (int i : item.documents)
        names.append(m_application.documents.value(i).fileName);
    return names.join(u", "_s);
}

QVariant DocumentChecklistModel::data(const QModelIndex& index, int role) const
{
    const ChecklistItem* item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    if (role == ItemKeyRole)
        return item->key;
    if (role == ItemStateRole)
        return checklistStateKey(item->state);
    if (role == Qt::ToolTipRole) {
        QString tip = item->reason;
        for (const Finding& f : item->findings)
            tip += u"\n%1: %2"_s.arg(f.ruleId, f.message);
        return tip.trimmed();
    }
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        QStyle* style = QApplication::style();
        switch (item->state) {
        case ChecklistItem::State::Ok:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case ChecklistItem::State::Failed:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case ChecklistItem::State::Attached:
            return style->standardIcon(QStyle::SP_FileIcon);
        case ChecklistItem::State::Missing:
            return style->standardIcon(item->need == Severity::Blocking ? QStyle::SP_MessageBoxWarning
                                                                        : QStyle::SP_MessageBoxInformation);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn &&
        item->state == ChecklistItem::State::Failed)
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DocumentColumn:
        return item->title();
    case SubjectColumn:
        if (item->subject == ChecklistItem::Subject::Entity && item->requirement != QLatin1String("extra"))
            return item->subjectLabel.isEmpty() ? tr("The entity") : item->subjectLabel;
        return item->subjectLabel;
    case StateColumn:
        if (item->state == ChecklistItem::State::Missing && item->need == Severity::Info)
            return tr("Optional");
        if (item->state == ChecklistItem::State::Missing && item->need != Severity::Blocking)
            return tr("Missing (recommended)");
        return checklistStateName(item->state);
    case NotesColumn:
        return notes(*item);
    default:
        return {};
    }
}

QVariant DocumentChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case SubjectColumn:
        return tr("For");
    case StateColumn:
        return tr("State");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags DocumentChecklistModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled
                           : Qt::ItemIsDropEnabled;
}

Qt::DropActions DocumentChecklistModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

} // namespace icp
