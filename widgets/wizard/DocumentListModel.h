#pragma once

#include "domain/Application.h"

#include <QAbstractTableModel>

namespace icp {

// The documents attached to an application, one row each (Documents page).
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, SubjectColumn, FileColumn, SizeColumn, HashColumn, ColumnCount };

    explicit DocumentListModel(QObject* parent = nullptr);

    void setApplication(const Application& application);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Who a document is about ("the entity", a person's or a website's name).
    static QString subjectName(const Application& application, const QString& subjectId);

private:
    Application m_application;
};

} // namespace icp
