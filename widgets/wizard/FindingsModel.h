#pragma once

#include "rules/Finding.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace icp {

// Every finding of an application grouped by the wizard page that shows its field
// (Review page): top-level rows are pages (with counts), children the findings, most
// severe first. Columns: message, severity, rule.
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { MessageColumn, SeverityColumn, RuleColumn, ColumnCount };
    enum Role { FieldPathRole = Qt::UserRole + 1, PageKeyRole, SeverityRole };

    // `pageOf` maps a field path to a page key; `pageTitle` a page key to its title.
    FindingsModel(std::function<QString(const QString&)> pageOf,
                  std::function<QString(const QString&)> pageTitle, QStringList pageOrder,
                  QObject* parent = nullptr);

    void setFindings(const QList<Finding>& findings);
    // Re-reads the page titles (language change) without changing the rows.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString pageKey;
        QList<Finding> findings;
    };
    std::function<QString(const QString&)> m_pageOf;
    std::function<QString(const QString&)> m_pageTitle;
    QStringList m_pageOrder;
    QList<Group> m_groups;
};

} // namespace icp
