// Scanning through SANE with its `test` backend (SANE_CONFIG_DIR=tests/sane, set by
// ctest): devices, options, one page, a feeder of pages, progress, cancel, PDF and PNG.
#include "DocumentFixtures.h"
#include "documents/DocumentInspection.h"
#include "documents/Scanner.h"
#include "documents/TaskControl.h"

#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
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

    void cancelStopsTheScan()
    {
        TaskControl control;
        control.cancel();
        const auto r = Scanner::scan(testScan(300, u"Color"_s, u"Color pattern"_s), &control);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"documents.cancelled"_s);
        // While reading: the test backend can be slowed down per read.
        ScanSettings slow = testScan(300, u"Color"_s, u"Color pattern"_s);
        TaskControl later;
        std::thread canceller([&later] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            later.cancel();
        });
        slow.extraOptions.append({u"read-limit"_s, u"yes"_s}); // not a string option: ignored, harmless
        const auto r2 = Scanner::scan(slow, &later);
        canceller.join();
        // Either it finished before the cancel (fast machine) or it was cancelled.
        QVERIFY(r2.ok() || r2.error().code == u"documents.cancelled"_s);
        // And the device is usable again afterwards.
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
