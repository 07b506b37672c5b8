#pragma once

#include "documents/DocumentChecklist.h"

#include <QAbstractTableModel>

namespace icp {

// The checklist as a table: Document | For | State | Notes. Qt::UserRole holds the
// item key; ItemStateRole the state key (missing, attached, failed, ok).
class DocumentChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DocumentColumn, SubjectColumn, StateColumn, NotesColumn, ColumnCount };
    enum Role { ItemKeyRole = Qt::UserRole, ItemStateRole };

    explicit DocumentChecklistModel(QObject* parent = nullptr);

    void setChecklist(const DocumentChecklist& checklist, const Application& application);
    const DocumentChecklist& checklist() const { return m_checklist; }
    const ChecklistItem* itemAt(int row) const;
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;

private:
    QString notes(const ChecklistItem& item) const;

    DocumentChecklist m_checklist;
    Application m_application;
};

} // namespace icp
