// Scanning through SANE with its `test` backend (SANE_CONFIG_DIR=tests/sane, set by
// ctest): devices, options, one page, a feeder of pages, progress, cancel, PDF and PNG.
#include "DocumentFixtures.h"
#include "documents/DocumentInspection.h"
#include "documents/Scanner.h"
#include "documents/TaskControl.h"

#include <QElapsedTimer>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <csignal>
#include <random>
#include <thread>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

ScanSettings testScan(int dpi, const QString& mode, const QString& picture)
{
    ScanSettings s;
    s.device = u"test:0"_s;
    s.resolution = dpi;
    s.mode = mode;
    s.extraOptions = {{u"test-picture"_s, picture}};
    return s;
}

} // namespace

class TestScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("SANE_CONFIG_DIR"), "ctest sets SANE_CONFIG_DIR=tests/sane");
        // A cancelled reader thread may write into the pipe its sane_cancel() has just
        // closed. The backend ignores SIGPIPE during a scan only when it finds the default
        // action, and QTest installs a handler (which prints and runs a debugger): ignore
        // it here as the application's default action lets the backend do.
        std::signal(SIGPIPE, SIG_IGN);
    }

    void listsTheTestScanners()
    {
        const auto devices = Scanner::devices();
        QVERIFY2(devices.ok(), qPrintable(devices.ok() ? QString() : devices.error().message));
        QStringList names;
        for (const ScannerDevice& d : devices.value())
            names.append(d.name);
        QVERIFY2(names.contains(u"test:0"_s), qPrintable(names.join(u", "_s)));
        QVERIFY(!devices->constFirst().displayName().isEmpty());
    }

    void readsTheOptions()
    {
        const auto caps = Scanner::capabilities(u"test:0"_s);
        QVERIFY(caps.ok());
        QVERIFY(caps->resolutions.contains(300));
        QVERIFY(caps->modes.contains(u"Color"_s));
        QVERIFY(caps->modes.contains(u"Gray"_s));
        QVERIFY(caps->sources.contains(u"Flatbed"_s));
        QVERIFY(caps->maxWidthMm >= 200);
    }

    void unknownDeviceIsAnError()
    {
        ScanSettings s;
        s.device = u"nosuch:0"_s;
        const auto r = Scanner::scan(s);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
    }

    void scansOnePage_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("picture");
        QTest::newRow("a colour pattern at 150 dpi") << 150 << u"Color"_s << u"Color pattern"_s;
        QTest::newRow("a grey grid at 100 dpi") << 100 << u"Gray"_s << u"Grid"_s;
    }
    void scansOnePage()
    {
        QFETCH(int, dpi);
        QFETCH(QString, mode);
        QFETCH(QString, picture);
        TaskControl control;
        QList<int> progress;
        control.setProgressHandler([&progress](int p, const QString&) { progress.append(p); });
        const auto r = Scanner::scan(testScan(dpi, mode, picture), &control);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->size(), 1);
        const QImage page = r->constFirst();
        // The test backend's area is at most 200 × 200 mm; the default request is A4.
        QCOMPARE(page.width(), qRound(200 / 25.4 * dpi));
        QCOMPARE(page.format(), mode == "Color"_L1 ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast(), 100);
    }

    void feederScansEveryPage()
    {
        ScanSettings s = testScan(50, u"Gray"_s, u"Grid"_s);
        s.source = u"Automatic Document Feeder"_s;
        s.allPages = true;
        const auto r = Scanner::scan(s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->size(), 10); // the test backend's feeder holds 10 sheets
    }

    void cancelBeforeTheFirstReadStopsTheScan()
    {
        TaskControl control;
        control.cancel();
        const auto r = Scanner::scan(testScan(300, u"Color"_s, u"Color pattern"_s), &control);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"documents.cancelled"_s);
        QVERIFY(!Scanner::busy());
    }

    // A slow scanner: the test backend waits 200 ms before each block it sends, so a
    // 300 dpi colour page takes about 16 s. Cancelled once data flows, the scan ends
    // cancelled long before the page is read (the last progress is not 100) and the
    // device scans again at once. On test:1: the backend keeps options for the life of
    // the process, and the other tests want test:0 fast.
    void cancelMidPageOfASlowScanner()
    {
        ScanSettings slow = testScan(300, u"Color"_s, u"Color pattern"_s);
        slow.device = u"test:1"_s;
        slow.extraOptions.append({u"read-delay"_s, u"yes"_s});
        slow.extraOptions.append({u"read-delay-duration"_s, u"200000"_s});
        TaskControl control;
        std::atomic<int> lastProgress{-1};
        control.setProgressHandler([&lastProgress](int p, const QString&) { lastProgress = p; });
        QElapsedTimer cancelledAt;
        std::atomic<bool> sawBusy{false};
        std::thread canceller([&] {
            while (lastProgress.load() < 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            sawBusy = Scanner::busy();
            cancelledAt.start();
            control.cancel();
        });
        const auto r = Scanner::scan(slow, &control);
        canceller.join();
        const qint64 stopMs = cancelledAt.elapsed();
        QVERIFY(sawBusy.load());
        QVERIFY2(!r.ok(), "the slow page should not have finished");
        QCOMPARE(r.error().code, u"documents.cancelled"_s);
        QVERIFY2(lastProgress.load() < 100, qPrintable(QString::number(lastProgress.load())));
        QVERIFY(!Scanner::busy());
        qInfo("slow scanner: the worker stopped %lld ms after the cancel (progress %d %%)", stopMs,
              lastProgress.load());
        ScanSettings again = testScan(50, u"Gray"_s, u"Solid white"_s);
        again.device = u"test:1"_s;
        again.extraOptions.append({u"read-delay"_s, u"no"_s});
        QVERIFY(Scanner::scan(again).ok());
    }

    // Cancels at random moments of fast scans, including before the backend's reader
    // has sent anything (where a plain sane_cancel hangs the process in the test
    // backend): every scan ends, ok or cancelled; a hang is caught by the ctest timeout.
    void cancelAtRandomMomentsNeverHangs()
    {
        std::mt19937 random(20240815);
        std::uniform_int_distribution<int> delayUs(0, 20000);
        int cancelledScans = 0;
        for (int run = 0; run < 40; ++run) {
            TaskControl control;
            const int delay = delayUs(random);
            std::thread canceller([&control, delay] {
                std::this_thread::sleep_for(std::chrono::microseconds(delay));
                control.cancel();
            });
            const auto r = Scanner::scan(testScan(150, u"Color"_s, u"Color pattern"_s), &control);
            canceller.join();
            QVERIFY2(r.ok() || r.error().code == u"documents.cancelled"_s,
                     qPrintable(r.ok() ? QString() : r.error().message));
            cancelledScans += r.ok() ? 0 : 1;
        }
        qInfo("%d of 40 scans were cancelled", cancelledScans);
        QVERIFY(cancelledScans > 0);
        QVERIFY(Scanner::scan(testScan(50, u"Gray"_s, u"Solid white"_s)).ok());
    }

    void savesAsPdfAndPng()
    {
        QTemporaryDir dir;
        ScanSettings s = testScan(75, u"Color"_s, u"Color pattern"_s);
        s.source = u"Automatic Document Feeder"_s;
        s.allPages = true;
        const auto pages = Scanner::scan(s);
        QVERIFY(pages.ok());
        const QString pdf = dir.filePath(u"scan.pdf"_s), png = dir.filePath(u"scan.png"_s);
        QVERIFY(writeScanAsPdf(pages.value(), 75, pdf).ok());
        QVERIFY(writeScanAsPng(pages->constFirst(), 75, png).ok());
        const Inspection pdfInspection = inspectDocument(pdf);
        QVERIFY2(pdfInspection.readable(), qPrintable(pdfInspection.message));
        QCOMPARE(pdfInspection.pageCount, 10);
        // 200 mm wide page (the scan area).
        QVERIFY(qAbs(pdfInspection.pages.constFirst().sizePoints.width() - 200 / 25.4 * 72) < 3);
        const Inspection pngInspection = inspectDocument(png);
        QVERIFY(pngInspection.readable());
        QCOMPARE(pngInspection.pages.constFirst().pixelSize, pages->constFirst().size());
        QVERIFY(pngInspection.pages.constFirst().look.colour);
        QVERIFY(!writeScanAsPdf({}, 75, pdf).ok());
    }
};

QTEST_MAIN(TestScanner)
#include "tst_scanner.moc"
