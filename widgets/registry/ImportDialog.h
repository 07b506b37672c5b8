#pragma once

#include "registry/CsvTable.h"
#include "registry/RegistryColumns.h"
#include "registry/RegistryImport.h"
#include "store/Database.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTableWidget;

namespace icp {

// File > Import licences…: a registry spreadsheet (docs/portfolio.md "Registry and import")
// with its column mapping, a preview of the first rows with their problems, and the import.
// Reading the file and importing run off the UI thread (the import on a connection of its
// own, Database::opener()), with progress and Cancel; rows already saved stay saved.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 20;

    ImportDialog(Database::Opener opener, const QString& fileName, QWidget* parent = nullptr);
    ~ImportDialog() override;

    const ColumnMapping& mapping() const { return m_mapping; }
    // Maps spreadsheet column `sourceColumn` (none: ignore it) and refreshes the preview.
    void setMapping(int sourceColumn, std::optional<RegistryColumn> column);
    QTableWidget* preview() const { return m_preview; }
    // The combo box choosing the registry column of spreadsheet column `sourceColumn`.
    QComboBox* mappingBox(int sourceColumn) const { return m_boxes.value(sourceColumn); }
    // The last import's report (empty until one ran).
    const ImportReport& report() const { return m_report; }
    bool isReading() const { return m_reading.isRunning(); }
    bool isImporting() const { return m_importing.isRunning(); }

    // Starts the import (what the Import button does).
    void startImport();

Q_SIGNALS:
    void tableRead();
    void progressed(int done, int total); // queued from the worker thread
    void imported(const icp::ImportReport& report);

protected:
    void reject() override;

private:
    void showTable();
    void rebuildMappingBoxes();
    void refreshPreview();
    void finishImport();

    Database::Opener m_opener;
    QString m_fileName;
    std::optional<CsvTable> m_table;
    ColumnMapping m_mapping;
    ImportReport m_report;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<Result<CsvTable>> m_reading;
    QFutureWatcher<Result<ImportReport>> m_importing;

    QLabel* m_fileLabel = nullptr;
    QGridLayout* m_mappingGrid = nullptr;
    QList<QComboBox*> m_boxes;
    QTableWidget* m_preview = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_importButton = nullptr;
};

} // namespace icp
