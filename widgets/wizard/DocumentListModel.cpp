#include "wizard/DocumentListModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace icp {

DocumentListModel::DocumentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DocumentListModel::setApplication(const Application& application)
{
    beginResetModel();
    m_application = application;
    endResetModel();
}

int DocumentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_application.documents.size());
}

int DocumentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentListModel::subjectName(const Application& application, const QString& subjectId)
{
    if (subjectId.isEmpty())
        return tr("The entity");
    for (int i = 0; i < application.persons.size(); ++i) {
        if (application.persons.at(i).id == subjectId)
            return application.persons.at(i).name.isEmpty() ? tr("Person %1").arg(i + 1)
                                                            : application.persons.at(i).name;
    }
    for (int i = 0; i < application.websites.size(); ++i) {
        if (application.websites.at(i).id == subjectId)
            return application.websites.at(i).name.isEmpty() ? tr("Website %1").arg(i + 1)
                                                             : application.websites.at(i).name;
    }
    return tr("(no longer in the application)");
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document& d = m_application.documents.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KindColumn:
            return displayName(d.kind);
        case SubjectColumn:
            return subjectName(m_application, d.subjectId);
        case FileColumn:
            return d.fileName;
        case SizeColumn:
            return QLocale().formattedDataSize(d.byteSize);
        case HashColumn:
            return d.sha256.left(12);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == HashColumn)
        return d.sha256;
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Document");
    case SubjectColumn:
        return tr("About");
    case FileColumn:
        return tr("File");
    case SizeColumn:
        return tr("Size");
    case HashColumn:
        return tr("SHA-256");
    default:
        return {};
    }
}

} // namespace icp
