#include "wizard/ItemList.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

ItemList::ItemList(const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    QString capitalised = name;
    capitalised[0] = capitalised.at(0).toUpper();
    m_list->setObjectName(name + u"List"_s);
    m_add->setObjectName(u"add"_s + capitalised + u"Button"_s);
    m_remove->setObjectName(u"remove"_s + capitalised + u"Button"_s);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6);
    const int icon = m_list->fontMetrics().height();
    m_list->setIconSize(QSize(icon, icon));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_remove->setEnabled(row >= 0);
        Q_EMIT currentIndexChanged(row);
    });
    connect(m_add, &QPushButton::clicked, this, &ItemList::addClicked);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_list->currentRow() >= 0)
            Q_EMIT removeClicked(m_list->currentRow());
    });
    m_remove->setEnabled(false);
}

void ItemList::setItems(const QStringList& labels, const QList<bool>& problems)
{
    const int current = m_list->currentRow();
    {
        const QSignalBlocker blocker(m_list);
        while (m_list->count() > labels.size())
            delete m_list->takeItem(m_list->count() - 1);
        for (int i = 0; i < labels.size(); ++i) {
            QListWidgetItem* item = i < m_list->count() ? m_list->item(i) : new QListWidgetItem(m_list);
            item->setText(labels.at(i));
            const bool problem = i < problems.size() && problems.at(i);
            item->setIcon(problem ? style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this)
                                  : QIcon());
        }
        m_list->setCurrentRow(std::min(current, int(labels.size()) - 1));
    }
    m_remove->setEnabled(m_list->currentRow() >= 0);
    if (m_list->currentRow() != current)
        Q_EMIT currentIndexChanged(m_list->currentRow());
}

int ItemList::currentIndex() const
{
    return m_list->currentRow();
}

void ItemList::setCurrentIndex(int index)
{
    m_list->setCurrentRow(index);
}

int ItemList::count() const
{
    return m_list->count();
}

void ItemList::setTexts(const QString& accessibleName, const QString& addText, const QString& removeText)
{
    m_list->setAccessibleName(accessibleName);
    m_add->setText(addText);
    m_remove->setText(removeText);
}

} // namespace icp
