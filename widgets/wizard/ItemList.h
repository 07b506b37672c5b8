#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace icp {

// The list half of a list page (people, websites, domains, access): the items by name,
// with Add and Remove. The page shows the current item's fields beside it.
class ItemList : public QWidget
{
    Q_OBJECT

public:
    // `name` prefixes the object names: "<name>List", "add<Name>Button", "remove<Name>Button".
    ItemList(const QString& name, QWidget* parent = nullptr);

    // Replaces the items (keeps the current row when it still exists). `problems[i]`
    // marks item i as having blocking findings.
    void setItems(const QStringList& labels, const QList<bool>& problems = {});
    int currentIndex() const;
    void setCurrentIndex(int index);
    int count() const;
    void setTexts(const QString& accessibleName, const QString& addText, const QString& removeText);
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void currentIndexChanged(int index);
    void addClicked();
    void removeClicked(int index);

private:
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace icp
