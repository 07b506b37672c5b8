#include "LicencesPage.h"

#include "ApplicationCommands.h"
#include "DialogProvider.h"
#include "LicenceListModel.h"
#include "LocaleSortProxy.h"
#include "registry/LicenceEditorDialog.h"
#include "store/LicenceRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

LicencesPage::LicencesPage(LicenceRepository* repository, DialogProvider& dialogs, QWidget* parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_dialogs(dialogs)
    , m_model(new LicenceListModel(repository, this))
    , m_statusProxy(new QSortFilterProxyModel(this))
    , m_proxy(new LocaleSortProxy(this))
{
    setObjectName(u"licencesPage"_s);
    m_statusProxy->setSourceModel(m_model);
    m_statusProxy->setFilterRole(LicenceListModel::StatusRole);
    m_statusProxy->setFilterKeyColumn(LicenceListModel::NumberColumn);
    m_proxy->setSourceModel(m_statusProxy);
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

    auto* actions = new QHBoxLayout;
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newLicenceButton"_s);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(u"editLicenceButton"_s);
    m_delete = new QPushButton(this);
    m_delete->setObjectName(u"deleteLicenceButton"_s);
    actions->addWidget(m_new);
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);
    actions->addStretch();
    m_status = new QComboBox(this);
    m_status->setObjectName(u"licenceStatusFilter"_s);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setBuddy(m_status);
    actions->addWidget(m_statusLabel);
    actions->addWidget(m_status);
    layout->addLayout(actions);

    m_stack = new QStackedWidget(this);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(u"licencesTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LicenceListModel::ExpiresColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
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

    connect(m_new, &QPushButton::clicked, this, &LicencesPage::newLicence);
    connect(m_edit, &QPushButton::clicked, this, &LicencesPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &LicencesPage::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &LicencesPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LicencesPage::updateActions);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_status->currentData().toString();
        m_statusProxy->setFilterRegularExpression(
            key.isEmpty() ? QString() : u"^%1$"_s.arg(QRegularExpression::escape(key)));
        updateActions();
    });

    retranslateUi();
    reload();
}

void LicencesPage::reload()
{
    m_loaded = m_model->reload();
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget*>(m_table) : m_empty);
    retranslateUi();
    updateActions();
}

int LicencesPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_statusProxy->mapToSource(m_proxy->mapToSource(rows.first())).row();
}

void LicencesPage::updateActions()
{
    const bool selected = selectedRow() >= 0 && m_stack->currentWidget() == m_table;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void LicencesPage::newLicence()
{
    Licence licence;
    licence.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    openEditor(licence);
}

void LicencesPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    // The list may be older than the database (another window, icpctl): edit what is stored.
    const Licence& listed = m_model->licenceAt(row);
    auto stored = m_repository->load(listed.id);
    openEditor(stored ? stored.value() : listed);
}

void LicencesPage::openEditor(const Licence& licence)
{
    if (m_editor)
        m_editor->close();
    m_editor = new LicenceEditorDialog(this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setLicence(licence);
    m_editor->setDialogProvider(&m_dialogs);
    QStringList taken;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->licenceAt(row).id != licence.id)
            taken.append(m_model->licenceAt(row).number);
    }
    m_editor->setTakenNumbers(taken);
    LicenceEditorDialog* editor = m_editor;
    connect(editor, &QDialog::accepted, this, [this, editor] { saveFromEditor(editor->licence()); });
    connect(editor, &QObject::destroyed, this, [this, editor] {
        if (m_editor == editor)
            m_editor = nullptr;
    });
    editor->open();
}

void LicencesPage::saveFromEditor(const Licence& licence)
{
    if (const Status saved = m_repository->save(licence, ApplicationCommands::actor()); !saved) {
        m_dialogs.warn(this, tr("Not saved"),
                       tr("%1 could not be saved: %2. Your changes are still in the editor.")
                           .arg(licence.number, saved.error().message));
        openEditor(licence); // nothing typed is lost
        return;
    }
    reload();
    Q_EMIT licencesChanged();
}

void LicencesPage::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Licence licence = m_model->licenceAt(row);
    const int choice =
        m_dialogs.choose(this, tr("Delete %1?").arg(licence.number),
                         tr("Delete %1 (%2) from the registry? Its reminders end. The change log keeps "
                            "a record of the deletion; a filing that still exists is better marked "
                            "cancelled or expired than deleted.")
                             .arg(licence.number, licence.entityName),
                         {tr("Delete")});
    if (choice != 0)
        return;
    if (const Status removed = m_repository->remove(licence.id, ApplicationCommands::actor()); !removed) {
        m_dialogs.warn(this, tr("Not deleted"),
                       tr("%1 could not be deleted: %2").arg(licence.number, removed.error().message));
        return;
    }
    reload();
    Q_EMIT licencesChanged();
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
    m_hint->setText(tr("The ICP filing numbers and licences your organisation holds, soonest expiry first: "
                       "from granted applications, imported dossiers, or entered here with New…. "
                       "Double-click a record to edit it."));
    m_new->setText(tr("&New…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete"));
    m_statusLabel->setText(tr("S&tatus:"));
    {
        const QString key = m_status->currentData().toString();
        const QSignalBlocker blocker(m_status);
        m_status->clear();
        m_status->addItem(tr("All"), QString());
        for (const LicenceStatus status : allValues(static_cast<LicenceStatus*>(nullptr)))
            m_status->addItem(displayName(status), toKey(status));
        m_status->setCurrentIndex(std::max(m_status->findData(key), 0));
    }
    m_table->setAccessibleName(tr("Licences and filing numbers"));
    if (!m_loaded)
        m_empty->setText(tr("The licences could not be read: %1").arg(m_loaded.error().message));
    else
        m_empty->setText(tr("No filing numbers or licences yet. They appear here when an application is "
                            "granted, when you import a dossier that carries them, or when you enter one "
                            "with New…."));
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
