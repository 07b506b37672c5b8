#include "registry/AnnualReportsEditor.h"

#include "core/BeijingTime.h"
#include "registry/RegistryChecks.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// An operating year the registry can hold: the licence regime is younger than 1990.
constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2100;

} // namespace

AnnualReportsEditor::AnnualReportsEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"annualReportsTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(YearColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addAnnualReportButton"_s);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"removeAnnualReportButton"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"annualReportsProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    layout->addWidget(m_problems);

    connect(m_add, &QPushButton::clicked, this, &AnnualReportsEditor::addReport);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        refreshProblems();
        Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::cellChanged, this, [this] {
        refreshProblems();
        Q_EMIT changed();
    });
    retranslate();
}

void AnnualReportsEditor::setReports(const QList<AnnualReport>& reports)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(reports.size()));
    for (int i = 0; i < reports.size(); ++i) {
        const AnnualReport& report = reports.at(i);
        m_table->setItem(i, YearColumn,
                         new QTableWidgetItem(report.year > 0 ? QString::number(report.year) : QString()));
        m_table->setItem(i, FiledColumn, new QTableWidgetItem(report.filedOn.toString(Qt::ISODate)));
    }
    refreshProblems();
}

QList<AnnualReport> AnnualReportsEditor::reports() const
{
    QList<AnnualReport> reports;
    for (int i = 0; i < m_table->rowCount(); ++i)
        reports.append({cell(m_table, i, YearColumn).toInt(),
                        registry_checks::parseDateCell(cell(m_table, i, FiledColumn))});
    return reports;
}

QStringList AnnualReportsEditor::problems() const
{
    QStringList found;
    QSet<int> years;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const QString where = tr("Annual report %1").arg(i + 1);
        bool isNumber = false;
        const int year = cell(m_table, i, YearColumn).toInt(&isNumber);
        if (!isNumber || year < kFirstYear || year > kLastYear)
            found.append(tr("%1, year: “%2” is not an operating year (%3–%4).")
                             .arg(where, cell(m_table, i, YearColumn))
                             .arg(kFirstYear)
                             .arg(kLastYear));
        else if (years.contains(year))
            found.append(tr("%1, year: %2 is listed twice.").arg(where).arg(year));
        years.insert(year);
        const QString filed = registry_checks::dateCell(where, tr("filed on"), cell(m_table, i, FiledColumn));
        if (!filed.isEmpty())
            found.append(filed);
    }
    return found;
}

void AnnualReportsEditor::addReport()
{
    // The report due now covers last year and is filed today, most of the time.
    const QDate today = beijing::today();
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, YearColumn, new QTableWidgetItem(QString::number(today.year() - 1)));
        m_table->setItem(row, FiledColumn, new QTableWidgetItem(today.toString(Qt::ISODate)));
    }
    m_table->setCurrentCell(row, YearColumn);
    refreshProblems();
    Q_EMIT changed();
}

void AnnualReportsEditor::refreshProblems()
{
    const QStringList found = problems();
    m_problems->setText(found.join(u'\n'));
    m_problems->setVisible(!found.isEmpty());
}

void AnnualReportsEditor::retranslate()
{
    m_hint->setText(tr("A licence reports on each operating year between 1 January and 31 March of the "
                       "following year. Record each report once it is filed."));
    m_table->setHorizontalHeaderLabels({tr("Operating year"), tr("Filed on")});
    m_table->setAccessibleName(tr("Annual reports"));
    m_add->setText(tr("Add re&port"));
    m_remove->setText(tr("Remove report"));
    refreshProblems();
}

} // namespace icp
