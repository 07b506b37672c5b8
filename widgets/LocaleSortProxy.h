#pragma once

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

namespace icp {

// Sorting and search over the list models (ApplicationListModel, LicenceListModel:
// both have IdRole = Qt::UserRole + 1 and SortRole = Qt::UserRole + 2). Text sorts with the collation of the
// UI language (pinyin order in Chinese, not code points); call retranslate() after a
// language switch. A row matches a search when one of its cells contains the text,
// or when the repository found the text in something the list does not show (a
// domain name): those ids come in with setSearch().
class LocaleSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit LocaleSortProxy(QObject* parent = nullptr);

    void setSearch(const QString& text, const QSet<QString>& matchingIds = {});
    QString searchText() const { return m_text; }
    void retranslate();

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QCollator m_collator;
    QString m_text;
    QSet<QString> m_ids;
};

} // namespace icp
