#include "reports/ReportActions.h"

#include "DialogProvider.h"
#include "core/BeijingTime.h"
#include "obligations/ObligationSource.h"
#include "reports/ObligationsCsv.h"
#include "reports/ReportDocument.h"
#include "reports/ReportSource.h"
#include "store/Database.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <memory>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

constexpr int kMessageMs = 8000;

QString suggestedPath(const QString& name)
{
    return QDir::home().filePath(name);
}

} // namespace

ReportActions::ReportActions(Database& database, DialogProvider* dialogs, QWidget* window)
    : QObject(window)
    , m_database(database)
    , m_dialogs(dialogs)
    , m_window(window)
{
    setObjectName(u"reportActions"_s);
    const auto make = [this](const QString& name, auto slot) {
        auto* action = new QAction(this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_exportPdf = make(u"exportReportAction"_s, [this] { choosePdf(); });
    m_exportCsv = make(u"exportObligationsCsvAction"_s, [this] { chooseCsv(); });
    m_print = make(u"printReportAction"_s, [this] { print(); });
    m_print->setShortcut(QKeySequence::Print);
    window->installEventFilter(this);
    retranslate();
}

ReportActions::~ReportActions() = default;

QList<QAction*> ReportActions::actions() const
{
    return {m_exportPdf, m_exportCsv, m_print};
}

bool ReportActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReportActions::retranslate()
{
    m_exportPdf->setText(tr("Export &report (PDF)…"));
    m_exportPdf->setToolTip(tr("Write the portfolio report: summary, chart, obligations and every entity"));
    m_exportCsv->setText(tr("Export &obligations (CSV)…"));
    m_exportCsv->setToolTip(tr("Write every obligation to a spreadsheet file (UTF-8, opens in Excel)"));
    m_print->setText(tr("&Print report…"));
}

void ReportActions::choosePdf()
{
    const QString path = m_dialogs->saveFileName(
        m_window, tr("Export report"),
        suggestedPath(u"portfolio-report-%1.pdf"_s.arg(beijing::today().toString(Qt::ISODate))),
        tr("PDF files (*.pdf);;All files (*)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ReportActions::chooseCsv()
{
    const QString path = m_dialogs->saveFileName(
        m_window, tr("Export obligations"),
        suggestedPath(u"obligations-%1.csv"_s.arg(beijing::today().toString(Qt::ISODate))),
        tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ReportActions::exportPdf(const QString& path)
{
    // The worker gets copies only: how to open the database, the instant and the language.
    start(
        tr("Export report"),
        [opener = m_database.opener(), now = beijing::now(), locale = QLocale(),
         path](const TaskControl* control) -> Status {
            auto db = opener();
            if (!db)
                return db.error();
            const Result<PortfolioReport> report = loadPortfolioReport(*db.value(), now, locale);
            if (!report)
                return report.error();
            return writePortfolioReportPdf(report.value(), path, control);
        },
        tr("Wrote the report to %1.").arg(QFileInfo(path).fileName()));
}

void ReportActions::exportCsv(const QString& path)
{
    start(
        tr("Export obligations"),
        [opener = m_database.opener(), now = beijing::now(), path](const TaskControl* control) -> Status {
            auto db = opener();
            if (!db)
                return db.error();
            const Result<QList<Obligation>> obligations = loadObligations(*db.value(), now);
            if (!obligations)
                return obligations.error();
            if (cancelled(control))
                return Status::failure(u"reports.cancelled"_s, QString());
            return writeObligationsCsv(obligations.value(), path);
        },
        tr("Wrote the obligations to %1.").arg(QFileInfo(path).fileName()));
}

void ReportActions::print()
{
    // The printer outlives this call: the worker paints on it (QPainter may paint on a
    // QPrinter from another thread) and the last owner deletes it.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    printer->setDocName(reportTitle());
    QPrintDialog dialog(printer.get(), m_window);
    dialog.setWindowTitle(tr("Print report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    start(
        tr("Print report"),
        [opener = m_database.opener(), now = beijing::now(), locale = QLocale(),
         printer](const TaskControl* control) -> Status {
            auto db = opener();
            if (!db)
                return db.error();
            const Result<PortfolioReport> report = loadPortfolioReport(*db.value(), now, locale);
            if (!report)
                return report.error();
            return renderPortfolioReport(report.value(), *printer, control);
        },
        tr("Sent the report to the printer."));
}

template <typename Work>
void ReportActions::start(const QString& title, Work work, const QString& doneMessage)
{
    showProgress(title);
    m_job.start(
        std::move(work), [this, title, doneMessage](Status status) { done(title, status, doneMessage); },
        [this](int percent) {
            if (m_progress)
                m_progress->setValue(percent);
        });
}

void ReportActions::showProgress(const QString& title)
{
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setObjectName(u"reportProgress"_s);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setRange(0, 100);
        m_progress->setMinimumDuration(400);
        m_progress->setAutoReset(false);
        m_progress->setAutoClose(false);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            m_job.cancel();
            hideProgress();
            Q_EMIT finished(false);
        });
    }
    m_progress->setWindowTitle(title);
    m_progress->setLabelText(tr("Preparing the report…"));
    m_progress->setValue(0);
}

void ReportActions::hideProgress()
{
    if (!m_progress)
        return;
    m_progress->reset();
    m_progress->hide(); // reset() alone hides it only with autoClose, which would end it at 100 %
}

void ReportActions::done(const QString& title, const Status& status, const QString& doneMessage)
{
    hideProgress();
    if (!status) {
        m_dialogs->critical(m_window, title, status.error().message);
        Q_EMIT finished(false);
        return;
    }
    if (auto* main = qobject_cast<QMainWindow*>(m_window))
        main->statusBar()->showMessage(doneMessage, kMessageMs);
    Q_EMIT finished(true);
}

} // namespace icp
