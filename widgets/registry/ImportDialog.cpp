#include "registry/ImportDialog.h"

#include "ApplicationCommands.h"
#include "store/LicenceRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// The preview's columns: what a manager checks before importing.
enum PreviewColumn {
    RowColumn,
    NumberColumn,
    KindColumn,
    EntityColumn,
    ExpiresColumn,
    WebsitesColumn,
    ProblemsColumn
};

} // namespace

ImportDialog::ImportDialog(Database::Opener opener, const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_opener(std::move(opener))
    , m_fileName(fileName)
{
    setObjectName(u"registryImportDialog"_s);
    setWindowTitle(tr("Import licences and filings"));
    auto* layout = new QVBoxLayout(this);
    m_fileLabel = new QLabel(tr("Reading %1…").arg(QFileInfo(fileName).fileName()), this);
    m_fileLabel->setObjectName(u"importFileLabel"_s);
    m_fileLabel->setWordWrap(true);
    layout->addWidget(m_fileLabel);

    auto* mappingBox = new QGroupBox(tr("Columns"), this);
    auto* scroll = new QScrollArea(mappingBox);
    scroll->setWidgetResizable(true);
    auto* grid = new QWidget(scroll);
    m_mappingGrid = new QGridLayout(grid);
    scroll->setWidget(grid);
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(scroll);
    layout->addWidget(mappingBox, 1);

    auto* previewBox = new QGroupBox(tr("Preview (first %n row(s))", nullptr, kPreviewRows), this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    m_preview = new QTableWidget(0, ProblemsColumn + 1, previewBox);
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->setAccessibleName(tr("Rows as they will be imported"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Row"), tr("Number"), tr("Kind"), tr("Entity"), tr("Expires"), tr("Websites"), tr("Problems")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    previewLayout->addWidget(m_preview);
    layout->addWidget(previewBox, 2);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(u"importProblems"_s);
    m_problems->setAccessibleName(tr("Rows refused and why"));
    m_problems->setReadOnly(true);
    m_problems->hide();
    layout->addWidget(m_problems, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    connect(&m_reading, &QFutureWatcher<Result<CsvTable>>::finished, this, &ImportDialog::showTable);
    connect(&m_importing, &QFutureWatcher<Result<ImportReport>>::finished, this, &ImportDialog::finishImport);
    connect(this, &ImportDialog::progressed, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    // A big file is read and decoded off the UI thread.
    m_reading.setFuture(QtConcurrent::run([fileName] { return readCsvFile(fileName); }));
    resize(900, 640);
}

ImportDialog::~ImportDialog()
{
    m_cancel->store(true);
    m_reading.waitForFinished();
    m_importing.waitForFinished();
}

void ImportDialog::showTable()
{
    Result<CsvTable> table = m_reading.result();
    if (!table) {
        m_fileLabel->setText(table.error().message);
        return;
    }
    m_table = std::move(table).value();
    m_mapping = ColumnMapping::fromHeaders(m_table->headers);
    m_fileLabel->setText(tr("%1: %n row(s), %2, separated by %3.", nullptr, int(m_table->rows.size()))
                             .arg(QFileInfo(m_fileName).fileName(), textEncodingName(m_table->encoding),
                                  m_table->separator == u'\t' ? tr("tabs") : tr("commas")));
    rebuildMappingBoxes();
    refreshPreview();
    Q_EMIT tableRead();
}

void ImportDialog::rebuildMappingBoxes()
{
    // The labels and boxes are the grid's only widgets.
    m_boxes.clear();
    while (QLayoutItem* item = m_mappingGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_table)
        return;
    for (int i = 0; i < m_table->headers.size(); ++i) {
        auto* label = new QLabel(m_table->headers.at(i).isEmpty() ? tr("(column %1)").arg(i + 1)
                                                                  : m_table->headers.at(i));
        auto* box = new QComboBox;
        box->setObjectName(u"mapping%1"_s.arg(i));
        box->addItem(tr("(ignore)"), -1);
        for (RegistryColumn column : allRegistryColumns())
            box->addItem(registryColumnDisplayName(column), int(column));
        label->setBuddy(box);
        m_mappingGrid->addWidget(label, i, 0);
        m_mappingGrid->addWidget(box, i, 1);
        m_boxes.append(box);
        connect(box, &QComboBox::activated, this, [this, i, box](int index) {
            const int key = box->itemData(index).toInt();
            setMapping(i, key < 0 ? std::nullopt : std::optional<RegistryColumn>(RegistryColumn(key)));
        });
    }
    for (int i = 0; i < m_boxes.size(); ++i) {
        const std::optional<RegistryColumn> column = m_mapping.columnAt(i);
        m_boxes[i]->setCurrentIndex(m_boxes[i]->findData(column ? int(*column) : -1));
    }
}

void ImportDialog::setMapping(int sourceColumn, std::optional<RegistryColumn> column)
{
    m_mapping.set(sourceColumn, column);
    // Mapping a column elsewhere unmaps the column that held it before.
    for (int i = 0; i < m_boxes.size(); ++i) {
        const std::optional<RegistryColumn> mapped = m_mapping.columnAt(i);
        QSignalBlocker blocker(m_boxes[i]);
        m_boxes[i]->setCurrentIndex(m_boxes[i]->findData(mapped ? int(*mapped) : -1));
    }
    refreshPreview();
}

void ImportDialog::refreshPreview()
{
    if (!m_table)
        return;
    const QList<ParsedRow> rows = previewRegistryRows(*m_table, m_mapping, kPreviewRows);
    m_preview->setRowCount(int(rows.size()));
    const bool hasNumber = m_mapping.sourceOf(RegistryColumn::Number) >= 0;
    for (int r = 0; r < rows.size(); ++r) {
        const ParsedRow& row = rows.at(r);
        const Licence& l = row.licence;
        QStringList problems;
        for (const ImportProblem& p : row.problems)
            problems.append(p.describe());
        const QStringList cells{QString::number(row.row),
                                l.number,
                                displayName(l.kind),
                                l.entityName,
                                l.expiresOn.isValid() ? QLocale().toString(l.expiresOn, QLocale::ShortFormat)
                                                      : QString(),
                                QString::number(l.websites.size()),
                                problems.join(u'\n')};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (!row.ok()) {
                item->setForeground(QBrush(Qt::darkRed));
                item->setToolTip(problems.join(u'\n'));
            }
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_importButton->setEnabled(hasNumber && !m_importing.isRunning());
    m_summary->setText(hasNumber
                           ? QString()
                           : tr("Choose the column that holds the number: the import matches rows by it."));
}

void ImportDialog::startImport()
{
    if (!m_table || m_importing.isRunning() || m_mapping.sourceOf(RegistryColumn::Number) < 0)
        return;
    m_importButton->setEnabled(false);
    for (QComboBox* box : std::as_const(m_boxes))
        box->setEnabled(false);
    m_progress->setRange(0, int(m_table->rows.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Importing…"));
    m_cancel->store(false);
    const CsvTable table = *m_table;
    const ColumnMapping mapping = m_mapping;
    const Database::Opener opener = m_opener;
    const auto cancel = m_cancel;
    const QString actor = ApplicationCommands::actor();
    // `this` outlives the work: the destructor cancels it and waits. A signal emitted on the
    // worker thread reaches the dialog queued.
    m_importing.setFuture(
        QtConcurrent::run([this, table, mapping, opener, cancel, actor]() -> Result<ImportReport> {
            // The worker's own connection (a connection belongs to the thread that opened it).
            Result<std::unique_ptr<Database>> db = opener();
            if (!db)
                return db.error();
            LicenceRepository licences(*db.value());
            return RegistryImporter(licences).run(table, mapping, actor, [this, cancel](int done, int total) {
                Q_EMIT progressed(done, total);
                return !cancel->load();
            });
        }));
}

void ImportDialog::finishImport()
{
    const Result<ImportReport> report = m_importing.result();
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    if (!report) {
        m_summary->setText(tr("The import stopped: %1").arg(report.error().message));
        return;
    }
    m_report = report.value();
    using Action = ImportedRow::Action;
    m_summary->setText(tr("%1 created, %2 updated, %3 unchanged, %4 refused.")
                           .arg(m_report.count(Action::Created))
                           .arg(m_report.count(Action::Updated))
                           .arg(m_report.count(Action::Skipped))
                           .arg(m_report.count(Action::Refused)));
    QStringList lines;
    for (const ImportProblem& p : std::as_const(m_report.problems))
        lines.append(p.describe());
    m_problems->setPlainText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    Q_EMIT imported(m_report);
}

void ImportDialog::reject()
{
    // Cancel during an import stops it after the current row; what was saved stays.
    if (m_importing.isRunning()) {
        m_cancel->store(true);
        return;
    }
    QDialog::reject();
}

} // namespace icp
