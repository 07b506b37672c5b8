#include "LicencesPage.h"

#include "LicenceListModel.h"
#include "LocaleSortProxy.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

LicencesPage::LicencesPage(LicenceRepository* repository, QWidget* parent)
    : QWidget(parent)
    , m_model(new LicenceListModel(repository, this))
    , m_proxy(new LocaleSortProxy(this))
{
    setObjectName(u"licencesPage"_s);
    m_proxy->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_stack = new QStackedWidget(this);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(u"licencesTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LicenceListModel::ExpiresColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LicenceListModel::EntityColumn, QHeaderView::Stretch);
    m_stack->addWidget(m_table);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(u"licencesEmptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    retranslateUi();
    reload();
}

void LicencesPage::reload()
{
    m_loaded = m_model->reload();
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget*>(m_table) : m_empty);
    retranslateUi();
}

bool LicencesPage::select(const QString& id)
{
    const QModelIndexList found =
        m_proxy->match(m_proxy->index(0, 0), LicenceListModel::IdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    m_table->selectRow(found.constFirst().row());
    m_table->scrollTo(found.constFirst());
    return true;
}

void LicencesPage::retranslateUi()
{
    m_title->setText(tr("Licences & filings"));
    m_hint->setText(tr("The ICP filing numbers and licences your organisation holds, soonest expiry first. "
                       "Imported dossiers bring their records; a later version adds reminders, annual "
                       "reports and a dashboard here."));
    m_table->setAccessibleName(tr("Licences and filing numbers"));
    if (!m_loaded)
        m_empty->setText(tr("The licences could not be read: %1").arg(m_loaded.error().message));
    else
        m_empty->setText(tr("No filing numbers or licences yet. They appear here when an application is "
                            "granted, or when you import a dossier that carries them."));
    m_model->retranslate();
    m_proxy->retranslate();
}

void LicencesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace icp
