#pragma once

#include "core/Result.h"
#include "documents/BackgroundWork.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QProgressDialog;
class QWidget;

namespace icp {

class Database;
class DialogProvider;

// The File menu's reports (docs/portfolio.md "Reports"): "Export report (PDF)…", "Export
// obligations (CSV)…" and "Print report…". The work runs off the UI thread on a connection
// of its own (Database::opener()) with a progress dialog that cancels it; the window only
// adds actions() to its menu. Follows the window's language changes by itself.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    ReportActions(Database& database, DialogProvider* dialogs, QWidget* window);
    ~ReportActions() override;

    QList<QAction*> actions() const;
    QAction* exportPdfAction() const { return m_exportPdf; }
    QAction* exportCsvAction() const { return m_exportCsv; }
    QAction* printAction() const { return m_print; }
    bool running() const { return m_job.running(); }

    // Without the file chooser: what the actions do once a file is chosen (tests call them).
    void exportPdf(const QString& path);
    void exportCsv(const QString& path);

Q_SIGNALS:
    // The work ended: written, failed (already shown to the user) or cancelled.
    void finished(bool ok);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void choosePdf();
    void chooseCsv();
    void print();
    template <typename Work> void start(const QString& title, Work work, const QString& doneMessage);
    void showProgress(const QString& title);
    void hideProgress();
    void done(const QString& title, const Status& status, const QString& doneMessage);

    Database& m_database;
    DialogProvider* m_dialogs;
    QWidget* m_window;
    QAction* m_exportPdf = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_print = nullptr;
    QPointer<QProgressDialog> m_progress;
    BackgroundJob<Status> m_job;
};

} // namespace icp
