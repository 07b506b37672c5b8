#pragma once

#include "core/Result.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace icp {

using namespace Qt::StringLiterals;

class TaskControl;

struct ScannerDevice
{
    QString name; // SANE device name ("test:0", "epson2:libusb:001:004")
    QString vendor;
    QString model;
    QString type;
    QString displayName() const; // "Vendor Model (name)"
};

// What a device offers (from its SANE option descriptors).
struct ScannerCapabilities
{
    QList<int> resolutions; // dpi, the usual steps within the device's range
    QStringList modes;      // "Color", "Gray", "Lineart" (SANE names)
    QStringList sources;    // "Flatbed", "Automatic Document Feeder" …
    double maxWidthMm = 0;  // scan area
    double maxHeightMm = 0;
};

struct ScanSettings
{
    QString device;
    int resolution = 300;
    QString mode = u"Color"_s;
    QString source;       // empty = the device's default
    double widthMm = 210; // clamped to the device's area (A4 by default)
    double heightMm = 297;
    bool allPages = false; // feeder: scan until it is empty
    // Backend-specific options set before scanning, as text: strings, booleans
    // (yes/no) and numbers (the tests pick the test backend's "test-picture" and slow
    // it down with "read-delay" / "read-delay-duration" this way).
    QList<QPair<QString, QString>> extraOptions;
};

// SANE, the scanner access library (docs/toolchain.md §8). All calls are serialised on a
// process-wide lock (SANE backends are not thread-safe); scan() blocks and is meant
// for a worker thread. Tests set SANE_CONFIG_DIR to a dll.conf with only `test`.
class Scanner
{
public:
    static Result<QList<ScannerDevice>> devices();
    static Result<ScannerCapabilities> capabilities(const QString& device);
    // Scans one page (or, with allPages on a feeder, every page); progress 0–100
    // across the pages read so far; cancel stops the device and returns documents.cancelled.
    // A cancelled scan returns at once in the UI (the dialog forgets the task) but the
    // worker first stops the device (Scanner.cpp, stopScan): at most a pipe's worth of
    // data, or a few seconds for a device that sends nothing.
    static Result<QList<QImage>> scan(const ScanSettings& settings, const TaskControl* control = nullptr);
    // True while a call is running or waiting for the device (for example a cancelled
    // scan that is still stopping): a new call then waits for it.
    static bool busy();
};

// Writes scanned pages: several pages as one PDF (QPdfWriter, one page per image at
// its resolution), or one page as PNG.
Status writeScanAsPdf(const QList<QImage>& pages, int dpi, const QString& path);
Status writeScanAsPng(const QImage& page, int dpi, const QString& path);

} // namespace icp
