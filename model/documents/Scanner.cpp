#include "documents/Scanner.h"

#include "documents/DocumentsLogging.h"
#include "documents/TaskControl.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QMutex>
#include <QPainter>
#include <QPdfWriter>
#include <atomic>
#include <cmath>
#include <sane/sane.h>
#include <sane/saneopts.h>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

QMutex& saneLock()
{
    static QMutex mutex;
    return mutex;
}

// Calls running or waiting for the lock (Scanner::busy()).
std::atomic<int> g_calls{0};

// Counts one public call while it waits for and holds the SANE lock.
class SaneCall
{
    struct Count
    {
        Count() { ++g_calls; }
        ~Count() { --g_calls; }
    };
    Count m_count; // first: counted while waiting for the lock, released after it
    QMutexLocker<QMutex> m_lock{&saneLock()};
};

template <typename T> Result<T> saneFailure(SANE_Status status, const QString& what)
{
    const QString reason = QString::fromUtf8(sane_strstatus(status));
    if (status == SANE_STATUS_CANCELLED)
        return Result<T>::failure(u"documents.cancelled"_s,
                                  QCoreApplication::translate("Scanner", "Scanning was cancelled."));
    if (status == SANE_STATUS_NO_DOCS)
        return Result<T>::failure(u"scanner.no-docs"_s,
                                  QCoreApplication::translate("Scanner", "The document feeder is empty."));
    if (status == SANE_STATUS_JAMMED)
        return Result<T>::failure(u"scanner.jammed"_s,
                                  QCoreApplication::translate("Scanner", "Paper is jammed in the scanner."));
    if (status == SANE_STATUS_COVER_OPEN)
        return Result<T>::failure(u"scanner.cover-open"_s,
                                  QCoreApplication::translate("Scanner", "The scanner's cover is open."));
    return Result<T>::failure(u"scanner.error"_s, u"%1: %2"_s.arg(what, reason));
}

// sane_init once per process; sane_exit at the end (a backend may keep USB handles).
bool ensureInitialised()
{
    static const bool ok = [] {
        SANE_Int version = 0;
        const SANE_Status status = sane_init(&version, nullptr);
        if (status != SANE_STATUS_GOOD) {
            qCWarning(lcDocuments) << "sane_init failed:" << sane_strstatus(status);
            return false;
        }
        // A cancelled scan may still be stopping on a pool thread while the application
        // exits (post routines run before the global thread pool is joined): wait for it.
        qAddPostRoutine([] {
            QMutexLocker lock(&saneLock());
            sane_exit();
        });
        return true;
    }();
    return ok;
}

// An open device, closed on scope exit.
class Handle
{
public:
    ~Handle()
    {
        if (m_handle) {
            sane_cancel(m_handle);
            sane_close(m_handle);
        }
    }
    SANE_Status open(const QString& device) { return sane_open(device.toUtf8().constData(), &m_handle); }
    SANE_Handle get() const { return m_handle; }

    int find(const char* name) const
    {
        for (SANE_Int i = 1;; ++i) {
            const SANE_Option_Descriptor* d = sane_get_option_descriptor(m_handle, i);
            if (!d)
                return -1;
            if (d->name && qstrcmp(d->name, name) == 0)
                return i;
        }
    }
    const SANE_Option_Descriptor* descriptor(int index) const
    {
        return index > 0 ? sane_get_option_descriptor(m_handle, index) : nullptr;
    }
    bool setNumber(const char* name, double value)
    {
        const int i = find(name);
        const SANE_Option_Descriptor* d = descriptor(i);
        if (!d || !SANE_OPTION_IS_ACTIVE(d->cap) || !SANE_OPTION_IS_SETTABLE(d->cap))
            return false;
        SANE_Word word = d->type == SANE_TYPE_FIXED ? SANE_FIX(value) : SANE_Word(std::lround(value));
        return sane_control_option(m_handle, i, SANE_ACTION_SET_VALUE, &word, nullptr) == SANE_STATUS_GOOD;
    }
    bool setString(const char* name, const QString& value)
    {
        const int i = find(name);
        const SANE_Option_Descriptor* d = descriptor(i);
        if (!d || d->type != SANE_TYPE_STRING || !SANE_OPTION_IS_ACTIVE(d->cap))
            return false;
        QByteArray buffer = value.toUtf8();
        if (buffer.size() >= d->size)
            return false;
        buffer.resize(d->size, '\0');
        return sane_control_option(m_handle, i, SANE_ACTION_SET_VALUE, buffer.data(), nullptr) ==
               SANE_STATUS_GOOD;
    }
    // A backend option given as text: strings as they are, booleans as yes/no/true/
    // false/1/0, numbers in the option's unit.
    bool setFromText(const char* name, const QString& value)
    {
        const int i = find(name);
        const SANE_Option_Descriptor* d = descriptor(i);
        if (!d || !SANE_OPTION_IS_ACTIVE(d->cap))
            return false;
        switch (d->type) {
        case SANE_TYPE_STRING:
            return setString(name, value);
        case SANE_TYPE_BOOL: {
            const QString v = value.trimmed().toLower();
            SANE_Word word = (v == "yes"_L1 || v == "true"_L1 || v == "1"_L1) ? SANE_TRUE : SANE_FALSE;
            return sane_control_option(m_handle, i, SANE_ACTION_SET_VALUE, &word, nullptr) ==
                   SANE_STATUS_GOOD;
        }
        case SANE_TYPE_INT:
        case SANE_TYPE_FIXED: {
            bool ok = false;
            const double number = value.toDouble(&ok);
            return ok && setNumber(name, number);
        }
        default:
            return false;
        }
    }
    double range(const char* name, bool max) const
    {
        const SANE_Option_Descriptor* d = descriptor(find(name));
        if (!d || d->constraint_type != SANE_CONSTRAINT_RANGE)
            return 0;
        const SANE_Word w = max ? d->constraint.range->max : d->constraint.range->min;
        return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(w) : double(w);
    }

private:
    SANE_Handle m_handle = nullptr;
};

QStringList stringList(const SANE_Option_Descriptor* d)
{
    QStringList list;
    if (d && d->constraint_type == SANE_CONSTRAINT_STRING_LIST) {
        for (const SANE_String_Const* s = d->constraint.string_list; *s; ++s)
            list.append(QString::fromUtf8(*s));
    }
    return list;
}

QList<int> resolutionsOf(const SANE_Option_Descriptor* d)
{
    QList<int> list;
    if (!d)
        return list;
    const auto value = [d](SANE_Word w) {
        return d->type == SANE_TYPE_FIXED ? int(SANE_UNFIX(w)) : int(w);
    };
    if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
        for (SANE_Int i = 1; i <= d->constraint.word_list[0]; ++i)
            list.append(value(d->constraint.word_list[i]));
    } else if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
        const int lo = value(d->constraint.range->min), hi = value(d->constraint.range->max);
        for (const int dpi : {75, 100, 150, 200, 300, 400, 600, 1200}) {
            if (dpi >= lo && dpi <= hi)
                list.append(dpi);
        }
    }
    return list;
}

// Cancelling mid-page (docs/documents.md, "Cancelling a scan").
//
// The SANE standard lets a frontend call sane_cancel() at any time, then keep calling
// sane_read() until it returns SANE_STATUS_CANCELLED. Backends built on sanei_thread
// (the test backend, and many USB drivers) run a reader thread that writes the page
// into a pipe; their sane_cancel() closes the pipe and stops that thread with
// pthread_cancel() after switching it to PTHREAD_CANCEL_ASYNCHRONOUS
// (sanei/sanei_thread.c). An asynchronous cancel that lands inside malloc() or free()
// leaves the thread's malloc arena locked for ever: the reader's own exit (tcache
// shutdown) then blocks on that lock and sane_cancel() waits in pthread_join() for
// ever (seen with gdb: _int_free -> __lll_lock_wait_private in the exiting reader,
// the caller in pthread_join). With the test backend the reader allocates only before
// its first write (the test picture) and frees after its last; in between it sleeps
// (read-delay) or blocks in write() on the pipe, where an asynchronous cancel is
// harmless.
//
// A probe (1500 cancels at random points, 300 dpi colour) found sane_cancel() right
// after sane_start() hanging within a few hundred tries, and cancelling only after the
// first bytes while more than a pipe's worth was still to come never hanging there; yet
// that rule still hung once in a full CI-like test run (40 random cancels per run, two
// test processes at once). So the worker never cancels a reader that may finish on its
// own: it reads the rest of the page and throws it away (a reader that ends normally
// frees its memory itself), and only a device still sending after kStopPatienceMs (a
// slow real scanner, whose reader then sits in device I/O or in a read-delay sleep, not
// in malloc) gets sane_cancel(). The dialog reacts to Cancel at once either way; only
// the worker finishes in the background.
constexpr int kStopPatienceMs = 3000;

void stopScan(SANE_Handle h, std::vector<SANE_Byte>& buffer)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() <= kStopPatienceMs) {
        SANE_Int got = 0;
        if (sane_read(h, buffer.data(), SANE_Int(buffer.size()), &got) != SANE_STATUS_GOOD)
            return; // EOF (the reader has finished) or an error: nothing left to stop
    }
    sane_cancel(h);
    // The standard's ending: reads return CANCELLED once the backend has stopped.
    for (int i = 0; i < 1000; ++i) {
        SANE_Int got = 0;
        if (sane_read(h, buffer.data(), SANE_Int(buffer.size()), &got) != SANE_STATUS_GOOD)
            break;
    }
}

// One frame into a QImage (gray or RGB, 1/8/16 bits).
Result<QImage> readFrame(SANE_Handle h, const TaskControl* control, int pageIndex, int pageEstimate)
{
    SANE_Parameters p;
    SANE_Status status = sane_get_parameters(h, &p);
    if (status != SANE_STATUS_GOOD)
        return saneFailure<QImage>(
            status, QCoreApplication::translate("Scanner", "Reading the scan parameters failed"));
    const bool colour = p.format == SANE_FRAME_RGB;
    if (p.format != SANE_FRAME_GRAY && !colour)
        return Result<QImage>::failure(
            u"scanner.format"_s,
            QCoreApplication::translate("Scanner", "The scanner sends a frame format this "
                                                   "application does not support (three-pass colour)."));
    if (p.lines <= 0 || p.pixels_per_line <= 0)
        return Result<QImage>::failure(
            u"scanner.format"_s,
            QCoreApplication::translate("Scanner", "The scanner did not say how large the image is "
                                                   "(hand-held scanners are not supported)."));
    QByteArray data;
    data.reserve(qsizetype(p.bytes_per_line) * p.lines);
    const qsizetype total = qsizetype(p.bytes_per_line) * p.lines;
    std::vector<SANE_Byte> buffer(64 * 1024);
    for (;;) {
        if (cancelled(control)) {
            stopScan(h, buffer);
            return saneFailure<QImage>(SANE_STATUS_CANCELLED, {});
        }
        SANE_Int got = 0;
        status = sane_read(h, buffer.data(), SANE_Int(buffer.size()), &got);
        if (status == SANE_STATUS_EOF)
            break;
        if (status != SANE_STATUS_GOOD)
            return saneFailure<QImage>(status, QCoreApplication::translate("Scanner", "Scanning failed"));
        data.append(reinterpret_cast<const char*>(buffer.data()), got);
        if (control && total > 0)
            control->report(int((pageIndex * 100 + 100 * std::min<qsizetype>(data.size(), total) / total) /
                                std::max(1, pageEstimate)));
    }
    const int w = p.pixels_per_line,
              lines = int(std::min<qsizetype>(p.lines, data.size() / p.bytes_per_line));
    QImage image(w, lines, colour ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    for (int y = 0; y < lines; ++y) {
        const auto* src = reinterpret_cast<const uchar*>(data.constData()) + qsizetype(y) * p.bytes_per_line;
        uchar* dst = image.scanLine(y);
        const int channels = colour ? 3 : 1;
        for (int x = 0; x < w * channels; ++x) {
            if (p.depth == 8)
                dst[x] = src[x];
            else if (p.depth == 16)
                dst[x] = src[2 * x + 1]; // SANE sends 16-bit samples in host order (little-endian here)
            else if (p.depth == 1)
                dst[x] = (src[x / 8] & (0x80 >> (x % 8))) ? 0 : 255; // 1 = black
        }
    }
    return image;
}

} // namespace

QString ScannerDevice::displayName() const
{
    const QString label = QString(vendor + u' ' + model).trimmed();
    return label.isEmpty() ? name : u"%1 (%2)"_s.arg(label, name);
}

bool Scanner::busy()
{
    return g_calls.load() > 0;
}

Result<QList<ScannerDevice>> Scanner::devices()
{
    const SaneCall call;
    if (!ensureInitialised())
        return Result<QList<ScannerDevice>>::failure(
            u"scanner.unavailable"_s,
            QCoreApplication::translate("Scanner", "The scanner library (SANE) could not be started."));
    const SANE_Device** list = nullptr;
    const SANE_Status status = sane_get_devices(&list, SANE_TRUE);
    if (status != SANE_STATUS_GOOD)
        return saneFailure<QList<ScannerDevice>>(
            status, QCoreApplication::translate("Scanner", "Listing the scanners failed"));
    QList<ScannerDevice> devices;
    for (const SANE_Device** d = list; d && *d; ++d)
        devices.append({QString::fromUtf8((*d)->name), QString::fromUtf8((*d)->vendor),
                        QString::fromUtf8((*d)->model), QString::fromUtf8((*d)->type)});
    return devices;
}

Result<ScannerCapabilities> Scanner::capabilities(const QString& device)
{
    const SaneCall call;
    if (!ensureInitialised())
        return Result<ScannerCapabilities>::failure(
            u"scanner.unavailable"_s,
            QCoreApplication::translate("Scanner", "The scanner library (SANE) could not be started."));
    Handle h;
    if (const SANE_Status s = h.open(device); s != SANE_STATUS_GOOD)
        return saneFailure<ScannerCapabilities>(
            s, QCoreApplication::translate("Scanner", "Opening the scanner %1 failed").arg(device));
    ScannerCapabilities caps;
    caps.resolutions = resolutionsOf(h.descriptor(h.find(SANE_NAME_SCAN_RESOLUTION)));
    caps.modes = stringList(h.descriptor(h.find(SANE_NAME_SCAN_MODE)));
    caps.sources = stringList(h.descriptor(h.find(SANE_NAME_SCAN_SOURCE)));
    caps.maxWidthMm = h.range(SANE_NAME_SCAN_BR_X, true);
    caps.maxHeightMm = h.range(SANE_NAME_SCAN_BR_Y, true);
    return caps;
}

Result<QList<QImage>> Scanner::scan(const ScanSettings& settings, const TaskControl* control)
{
    const SaneCall call;
    using R = Result<QList<QImage>>;
    if (!ensureInitialised())
        return R::failure(
            u"scanner.unavailable"_s,
            QCoreApplication::translate("Scanner", "The scanner library (SANE) could not be started."));
    Handle h;
    if (const SANE_Status s = h.open(settings.device); s != SANE_STATUS_GOOD)
        return saneFailure<QList<QImage>>(
            s, QCoreApplication::translate("Scanner", "Opening the scanner %1 failed").arg(settings.device));
    if (!settings.mode.isEmpty() && !h.setString(SANE_NAME_SCAN_MODE, settings.mode))
        qCInfo(lcDocuments) << "scanner ignores mode" << settings.mode;
    if (!settings.source.isEmpty())
        h.setString(SANE_NAME_SCAN_SOURCE, settings.source);
    for (const auto& [name, value] : settings.extraOptions) {
        if (!h.setFromText(name.toUtf8().constData(), value))
            qCInfo(lcDocuments) << "scanner ignores option" << name;
    }
    h.setNumber(SANE_NAME_SCAN_RESOLUTION, settings.resolution);
    // The scan area: top-left at 0, the requested size clamped to the device's range.
    const double maxW = h.range(SANE_NAME_SCAN_BR_X, true), maxH = h.range(SANE_NAME_SCAN_BR_Y, true);
    h.setNumber(SANE_NAME_SCAN_TL_X, 0);
    h.setNumber(SANE_NAME_SCAN_TL_Y, 0);
    h.setNumber(SANE_NAME_SCAN_BR_X, maxW > 0 ? std::min(settings.widthMm, maxW) : settings.widthMm);
    h.setNumber(SANE_NAME_SCAN_BR_Y, maxH > 0 ? std::min(settings.heightMm, maxH) : settings.heightMm);

    QList<QImage> pages;
    const int estimate = settings.allPages ? 10 : 1;
    for (int page = 0;; ++page) {
        if (cancelled(control))
            return saneFailure<QList<QImage>>(SANE_STATUS_CANCELLED, {});
        const SANE_Status s = sane_start(h.get());
        if (s == SANE_STATUS_NO_DOCS && !pages.isEmpty())
            break; // the feeder ran out: done
        if (s != SANE_STATUS_GOOD)
            return saneFailure<QList<QImage>>(
                s, QCoreApplication::translate("Scanner", "Starting the scan failed"));
        auto image = readFrame(h.get(), control, page, std::max(estimate, page + 1));
        if (!image)
            return image.error();
        QImage frame = image.value();
        const int dpm = qRound(settings.resolution / 0.0254);
        frame.setDotsPerMeterX(dpm);
        frame.setDotsPerMeterY(dpm);
        pages.append(frame);
        if (!settings.allPages)
            break;
    }
    if (control)
        control->report(100);
    return pages;
}

Status writeScanAsPdf(const QList<QImage>& pages, int dpi, const QString& path)
{
    if (pages.isEmpty())
        return Status::failure(u"scanner.nothing"_s,
                               QCoreApplication::translate("Scanner", "There are no scanned pages to save."));
    QPdfWriter writer(path);
    writer.setResolution(dpi);
    writer.setCreator(u"ICP Registration Assistant"_s);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    const auto pageSizeOf = [dpi](const QImage& img) {
        return QPageSize(QSizeF(img.width() * 72.0 / dpi, img.height() * 72.0 / dpi), QPageSize::Point, {},
                         QPageSize::ExactMatch);
    };
    writer.setPageSize(pageSizeOf(pages.constFirst()));
    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(u"scanner.write"_s,
                               QCoreApplication::translate("Scanner", "%1 cannot be written.").arg(path));
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            writer.setPageSize(pageSizeOf(pages[i]));
            writer.newPage();
        }
        painter.drawImage(QRect(QPoint(0, 0), pages[i].size()), pages[i]);
    }
    if (!painter.end())
        return Status::failure(u"scanner.write"_s,
                               QCoreApplication::translate("Scanner", "%1 cannot be written.").arg(path));
    return success();
}

Status writeScanAsPng(const QImage& page, int dpi, const QString& path)
{
    QImage image = page;
    const int dpm = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    QImageWriter writer(path, "png");
    if (!writer.write(image))
        return Status::failure(u"scanner.write"_s,
                               QCoreApplication::translate("Scanner", "%1 cannot be written: %2.")
                                   .arg(path, writer.errorString()));
    return success();
}

} // namespace icp
