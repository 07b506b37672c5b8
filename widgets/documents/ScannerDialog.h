#pragma once

#include "BackgroundTask.h"
#include "core/Result.h"
#include "documents/Scanner.h"

#include <QDialog>
#include <QImage>
#include <QList>
#include <QTemporaryDir>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace icp {

// Scan one or more pages with SANE: choose the scanner, resolution, colour mode and
// source; scan (progress, cancel); save the pages as one PDF or the first as PNG.
// Device listing and scanning run off the UI thread. saved(path) gives the file (in
// a temporary folder the dialog owns until it closes) for the checklist to attach.
class ScannerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScannerDialog(QWidget* parent = nullptr);
    ~ScannerDialog() override;

    // Lists the scanners again (in the background).
    void refreshDevices();
    bool isBusy() const;
    const QList<QImage>& pages() const { return m_pages; }
    QString savedPath() const { return m_savedPath; }
    // Backend options set on every scan (the tests choose the test backend's picture).
    void setExtraOptions(const QList<QPair<QString, QString>>& options) { m_extraOptions = options; }

public Q_SLOTS:
    void scan();
    void cancelScan();
    bool save(); // writes the file and emits saved(); false when there is nothing or it failed

Q_SIGNALS:
    void devicesListed(int count);
    void pageScanned(int count);
    void scanFailed(const QString& message);
    void saved(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void poll();
    void loadCapabilities();
    void updateControls();
    ScanSettings settings() const;

    QComboBox* m_device = nullptr;
    QComboBox* m_resolution = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_source = nullptr;
    QCheckBox* m_allPages = nullptr;
    QComboBox* m_format = nullptr;
    QListWidget* m_pageList = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_scan = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_deviceLabel = nullptr;
    QLabel* m_resolutionLabel = nullptr;
    QLabel* m_modeLabel = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QLabel* m_formatLabel = nullptr;
    QTimer* m_poll = nullptr;

    BackgroundTask<Result<QList<ScannerDevice>>> m_listTask;
    BackgroundTask<Result<QList<QImage>>> m_scanTask;
    QList<QImage> m_pages;
    int m_pagesDpi = 300;
    QList<QPair<QString, QString>> m_extraOptions;
    QTemporaryDir m_dir;
    QString m_savedPath;
};

} // namespace icp
