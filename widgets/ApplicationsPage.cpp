#include "ApplicationsPage.h"

#include "ApplicationListModel.h"
#include "LocaleSortProxy.h"
#include "store/ApplicationRepository.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

ApplicationsPage::ApplicationsPage(ApplicationRepository* repository, QWidget* parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_model(new ApplicationListModel(repository, this))
    , m_proxy(new LocaleSortProxy(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(u"applicationsPage"_s);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    // The repository search (it also looks at domain names) runs once typing pauses.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ApplicationsPage::runSearch);

    m_stack = new QStackedWidget(this);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(u"applicationsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApplicationListModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Names are what people scan for: they get the room; the short columns fit their text
    // (which changes width with the language).
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ApplicationListModel::EntityColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ApplicationListModel::WebsitesColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openRequested(index.data(ApplicationListModel::IdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApplicationsPage::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ApplicationsPage::selectionChanged);
    m_stack->addWidget(m_table);

    m_empty = new QWidget(m_stack);
    m_empty->setObjectName(u"emptyState"_s);
    // A centred column of readable width: the title, what to do, and the three ways to start.
    auto* emptyLayout = new QGridLayout(m_empty);
    auto* card = new QWidget(m_empty);
    card->setFixedWidth(600);
    auto* cardLayout = new QVBoxLayout(card);
    m_emptyTitle = new QLabel(card);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    m_emptyTitle->setFont(titleFont);
    m_emptyHint = new QLabel(card);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cardLayout->addWidget(m_emptyTitle);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_emptyHint);
    cardLayout->addSpacing(16);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_emptySampleButton = new QPushButton(card);
    m_emptySampleButton->setObjectName(u"emptySampleButton"_s);
    m_emptySampleButton->setDefault(true);
    m_emptyNewButton = new QPushButton(card);
    m_emptyNewButton->setObjectName(u"emptyNewButton"_s);
    m_emptyImportButton = new QPushButton(card);
    m_emptyImportButton->setObjectName(u"emptyImportButton"_s);
    for (QPushButton* button : {m_emptySampleButton, m_emptyNewButton, m_emptyImportButton}) {
        button->setMinimumHeight(32);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    cardLayout->addLayout(buttons);
    emptyLayout->setRowStretch(0, 2);
    emptyLayout->setRowStretch(2, 3);
    emptyLayout->setColumnStretch(0, 1);
    emptyLayout->setColumnStretch(2, 1);
    emptyLayout->addWidget(card, 1, 1);
    connect(m_emptySampleButton, &QPushButton::clicked, this, &ApplicationsPage::sampleRequested);
    connect(m_emptyNewButton, &QPushButton::clicked, this, &ApplicationsPage::newRequested);
    connect(m_emptyImportButton, &QPushButton::clicked, this, &ApplicationsPage::importRequested);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    retranslateUi();
}

Status ApplicationsPage::reload()
{
    const QString selected = selectedId();
    Status loaded = m_model->reload();
    if (!m_proxy->searchText().isEmpty())
        runSearch();
    updateEmptyState();
    if (!selected.isEmpty())
        select(selected);
    return loaded;
}

void ApplicationsPage::runSearch()
{
    const QString text = m_search->text().trimmed();
    QSet<QString> ids;
    if (!text.isEmpty()) {
        if (const auto found = m_repository->list(text)) {
            for (const ApplicationSummary& summary : *found)
                ids.insert(summary.id);
        }
    }
    m_proxy->setSearch(text, ids);
}

QString ApplicationsPage::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return {};
    return current.data(ApplicationListModel::IdRole).toString();
}

bool ApplicationsPage::select(const QString& id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ApplicationListModel::IdRole).toString() == id) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

bool ApplicationsPage::isEmpty() const
{
    return m_model->rowCount() == 0;
}

void ApplicationsPage::updateEmptyState()
{
    const bool empty = isEmpty();
    m_stack->setCurrentWidget(empty ? m_empty : static_cast<QWidget*>(m_table));
    m_search->setEnabled(!empty);
}

void ApplicationsPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search entities, websites, domains, status…"));
    m_search->setAccessibleName(tr("Search applications"));
    m_search->setAccessibleDescription(
        tr("Shows only the applications whose entity, website, domain or status contains the text."));
    m_table->setAccessibleName(tr("Applications"));
    m_table->setAccessibleDescription(tr("Press Enter to open the selected application in the wizard."));
    m_emptyTitle->setText(tr("No applications yet"));
    m_emptyHint->setText(tr("Start a new filing or licence application, or open the sample application to "
                            "see how the assistant checks a filing: it has a few mistakes for you to fix. "
                            "You can also import a dossier file someone sent you."));
    m_emptySampleButton->setText(tr("Open the &sample application"));
    m_emptySampleButton->setAccessibleDescription(
        tr("Adds an example enterprise filing with a few mistakes and opens it in the wizard."));
    m_emptyNewButton->setText(tr("&New application"));
    m_emptyImportButton->setText(tr("&Import dossier…"));
    m_model->retranslate();
    m_proxy->retranslate();
}

void ApplicationsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace icp
