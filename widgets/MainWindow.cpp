#include "MainWindow.h"

#include "ApplicationListModel.h"
#include "core/Language.h"
#include "store/ApplicationRepository.h"
#include "store/Dossier.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

MainWindow::MainWindow(ApplicationRepository* repository, const QString& databaseName, QWidget* parent)
    : QMainWindow(parent)
    , m_model(new ApplicationListModel(repository, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_databaseName(databaseName)
    , m_repository(repository)
{
    setObjectName(u"mainWindow"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ApplicationListModel::SortRole);
    m_proxy->setSortLocaleAware(true); // pinyin/stroke order follows the UI locale
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(m_search);

    m_stack = new QStackedWidget(central);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(u"applicationsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApplicationListModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Names are what people scan for: they get the room; the short columns fit their text
    // (which changes width with the language).
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ApplicationListModel::EntityColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ApplicationListModel::WebsitesColumn, QHeaderView::Stretch);
    m_stack->addWidget(m_table);

    auto* empty = new QWidget(m_stack);
    empty->setObjectName(u"emptyState"_s);
    auto* emptyLayout = new QVBoxLayout(empty);
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_emptyTitle->setFont(titleFont);
    m_emptyHint = new QLabel(empty);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    m_emptyImportButton = new QPushButton(empty);
    m_emptyImportButton->setObjectName(u"emptyImportButton"_s);
    connect(m_emptyImportButton, &QPushButton::clicked, this, &MainWindow::chooseAndImportDossier);
    emptyLayout->addWidget(m_emptyImportButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_stack->addWidget(empty);
    layout->addWidget(m_stack);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);

    createMenus();
    retranslateUi();
    reload();
    resize(1200, 760);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseAndImportDossier);
    m_importAction->setShortcut(QKeySequence::Open);
    m_reloadAction = m_fileMenu->addAction(QString(), this, &MainWindow::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    // Language names are written in their own language, never translated.
    const QList<std::pair<QString, QString>> languages{{u"en"_s, u"English"_s}, {u"zh_CN"_s, u"简体中文"_s}};
    for (const auto& [code, name] : languages) {
        QAction* action = m_languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(currentLanguage() == code);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language = code] { switchLanguage(language); });
    }
}

void MainWindow::switchLanguage(const QString& language)
{
    if (language == currentLanguage())
        return;
    setLanguage(language); // sends LanguageChange to every widget
    QSettings().setValue(u"ui/language"_s, language);
}

void MainWindow::reload()
{
    m_loadError = m_model->reload();
    updateEmptyState();
}

void MainWindow::chooseAndImportDossier()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import dossier"), QString(),
                                                      tr("Dossiers (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    if (const QString error = importDossier(file); !error.isEmpty())
        QMessageBox::warning(this, tr("Import dossier"), error);
}

QString MainWindow::importDossier(const QString& fileName)
{
    QList<DossierProblem> problems;
    const auto dossier = readDossierFile(fileName, &problems);
    if (!dossier) {
        QStringList lines{dossier.error().message};
        // The first few problems, each with its line; the rest would not fit a dialog.
        for (qsizetype i = 0; i < problems.size() && i < 10; ++i) {
            const DossierProblem& p = problems.at(i);
            lines << tr("Line %1: %2").arg(p.line).arg(p.message);
        }
        if (problems.size() > 10)
            lines << tr("… and %n more problem(s).", nullptr, int(problems.size() - 10));
        return lines.join(u'\n');
    }
    if (const Status saved =
            m_repository->save(dossier->application, qEnvironmentVariable("USER") + u" (icp-assistant)"_s);
        !saved) {
        return tr("The dossier %1 could not be saved: %2").arg(fileName, saved.error().message);
    }
    reload();
    return {};
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 1 : 0);
    m_search->setEnabled(!empty);
    if (!m_loadError.isEmpty())
        m_statusLabel->setText(
            tr("Could not read the applications from %1: %2").arg(m_databaseName, m_loadError));
    else
        m_statusLabel->setText(
            tr("Applications in %1: %n", nullptr, m_model->rowCount()).arg(m_databaseName));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("ICP Registration Assistant"));
    m_search->setPlaceholderText(tr("Search entities, websites, status…"));
    m_search->setAccessibleName(tr("Search applications"));
    m_table->setAccessibleName(tr("Applications"));
    m_emptyTitle->setText(tr("No applications yet"));
    m_emptyHint->setText(
        tr("Applications you create or import appear here. Import a dossier file (File > Import "
           "dossier…) or, from the command line, run: icpctl import DOSSIER.json"));
    m_emptyImportButton->setText(tr("&Import dossier…"));
    m_importAction->setText(tr("&Import dossier…"));
    m_fileMenu->setTitle(tr("&File"));
    m_reloadAction->setText(tr("&Reload"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_model->retranslate();
    updateEmptyState();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace icp
