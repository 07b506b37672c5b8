#pragma once

#include "core/Result.h"
#include "documents/BackgroundWork.h"
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

namespace icp {

class DialogProvider;

// Scan one or more pages with SANE: choose the scanner, resolution, colour mode and
// source; scan (progress, cancel); look at the pages (thumbnails and a preview); save
// them as one PDF or the first as PNG. Every SANE call (listing, the device's options,
// scanning) runs off the UI thread. Cancel takes effect in the dialog at once (state
// Cancelled, controls usable); the worker stops the device on its own (Scanner.cpp,
// stopScan) and a new scan waits for it. saved(path) gives the file (in a temporary
// folder the dialog owns until it closes) for the checklist to attach.
class ScannerDialog : public QDialog
{
    Q_OBJECT

public:
    // What the dialog is doing (tests and the screenshot tour wait for these).
    enum class State { Listing, NoScanner, LoadingOptions, Ready, Scanning, Cancelled, Scanned, Failed };
    Q_ENUM(State)

    // `dialogs` shows why a scan could not be saved.
    explicit ScannerDialog(DialogProvider& dialogs, QWidget* parent = nullptr);
    ~ScannerDialog() override;

    // Lists the scanners again (in the background).
    void refreshDevices();
    // Listing, reading a device's options or scanning (a cancelled scan is not).
    bool isBusy() const;
    State state() const { return m_state; }
    const QList<QImage>& pages() const { return m_pages; }
    QString savedPath() const { return m_savedPath; }
    // Backend options set on every scan (the tests choose the test backend's picture).
    void setExtraOptions(const QList<QPair<QString, QString>>& options) { m_extraOptions = options; }

public Q_SLOTS:
    void scan();
    void cancelScan();
    bool save(); // writes the file and emits saved(); false when there is nothing or it failed

Q_SIGNALS:
    // After listing, once the first device's options are in the controls (count 0: no
    // scanner, or listing failed).
    void devicesListed(int count);
    void stateChanged(icp::ScannerDialog::State state);
    void pageScanned(int count);
    void scanFailed(const QString& message);
    void saved(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void showDevices(const Result<QList<ScannerDevice>>& listed);
    void showScan(const Result<QList<QImage>>& scanned);
    void loadCapabilities();
    void showCapabilities(const Result<ScannerCapabilities>& caps);
    void showPreview();
    void setState(State state, const QString& message = {});
    void updateControls();
    ScanSettings settings() const;

    DialogProvider& m_dialogs;
    QComboBox* m_device = nullptr;
    QComboBox* m_resolution = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_source = nullptr;
    QCheckBox* m_allPages = nullptr;
    QComboBox* m_format = nullptr;
    QListWidget* m_pageList = nullptr;
    QLabel* m_preview = nullptr;
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

    BackgroundJob<Result<QList<ScannerDevice>>> m_listTask;
    BackgroundJob<Result<ScannerCapabilities>> m_capsTask;
    bool m_announceListing = false; // devicesListed() is due once the options are in
    BackgroundJob<Result<QList<QImage>>> m_scanTask;
    QList<QImage> m_pages;
    int m_pagesDpi = 300;
    QList<QPair<QString, QString>> m_extraOptions;
    QTemporaryDir m_dir;
    QString m_savedPath;
    State m_state = State::Listing;
};

} // namespace icp
