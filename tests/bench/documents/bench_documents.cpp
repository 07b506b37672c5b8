// Documents benchmarks (issue 4): first page of a PDF at 150 dpi in-process against
// `pdftoppm -r 150 -f 1 -l 1 -singlefile` on the same file in the same run (target
// ratio ≤ 1.2), OCR seconds per A4 page at 300 dpi, and a SANE test-backend scan of
// an A4 page. Prints figures; asserts nothing about time.
#include "DocumentFixtures.h"
#include "documents/Ocr.h"
#include "documents/PageRenderer.h"
#include "documents/Scanner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;
using namespace icp;
namespace fx = icp::fixtures;

namespace {

double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void firstPage(const QString& label, const QString& pdf, const QString& out)
{
    const int runs = 9;
    QSize size;
    const double inProcess = medianMs(runs, [&] {
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        size = doc->page(0)->renderToImage(150, 150).size();
    });
    // The viewer's path: open (page count and sizes) + a render on the worker thread.
    const double viewer = medianMs(runs, [&] {
        PageRenderer renderer;
        (void)renderer.open(pdf);
        QEventLoop loop;
        QFutureWatcher<Result<QImage>> rendering; // as the viewer watches it
        QObject::connect(&rendering, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        rendering.setFuture(renderer.request(0, 150.0 / 96.0));
        loop.exec();
    });
    const auto tool = [&](const QString& format) {
        return medianMs(runs, [&] {
            QProcess::execute(u"pdftoppm"_s, {u"-r"_s, u"150"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s,
                                              u"-singlefile"_s, format, pdf, out});
        });
    };
    const double png = tool(u"-png"_s);
    const double raw = medianMs(runs, [&] {
        QProcess::execute(u"pdftoppm"_s,
                          {u"-r"_s, u"150"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, pdf, out});
    });
    std::printf("first page at 150 dpi, %s (%dx%d px), median of %d:\n", qPrintable(label), size.width(),
                size.height(), runs);
    std::printf("  in-process Poppler (load + render)      %8.1f ms\n", inProcess);
    std::printf("  viewer path (PageRenderer, own thread)  %8.1f ms\n", viewer);
    std::printf("  pdftoppm -singlefile (PPM output)       %8.1f ms   ratio in-process/pdftoppm %.2f, "
                "viewer/pdftoppm %.2f "
                "(target <= 1.2)\n",
                raw, inProcess / raw, viewer / raw);
    std::printf("  pdftoppm -singlefile -png               %8.1f ms   ratio in-process/pdftoppm %.2f\n", png,
                inProcess / png);
}

QImage a4Page300()
{
    // An A4 page at 300 dpi with a licence-like text block (what OCR meets in practice).
    QImage page(2480, 3508, QImage::Format_RGB32);
    page.fill(Qt::white);
    fx::CardText text;
    text.uscc = fx::uscc();
    text.entityName = u"北京云栈示例科技有限公司"_s;
    text.validity = u"2015年03月01日 至 长期"_s;
    QPainter p(&page);
    p.drawImage(QPoint(120, 300), fx::businessLicence(text, true, 2240));
    p.end();
    return page;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("SANE_CONFIG_DIR"))
        qputenv("SANE_CONFIG_DIR", ICP_SOURCE_DIR "/tests/sane");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty()) {
        std::printf("pdftoppm not found (poppler-utils)\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString small = dir.filePath(u"three-pages.pdf"_s), big = dir.filePath(u"300-pages.pdf"_s),
                  spec = u"/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf"_s;
    fx::writeFile(small, fx::pdf({u"营业执照 Business licence\n统一社会信用代码 %1"_s.arg(fx::uscc()), u"2"_s,
                                  u"3"_s}));
    fx::writeFile(big, fx::manyPagePdf(300));
    firstPage(u"3-page QPdfWriter PDF"_s, small, dir.filePath(u"out"_s));
    firstPage(u"300-page QPdfWriter PDF"_s, big, dir.filePath(u"out"_s));
    if (QFile::exists(spec))
        firstPage(u"shared-mime-info-spec.pdf (17 pages)"_s, spec, dir.filePath(u"out"_s));

    if (ocrAvailable()) {
        const QImage page = a4Page300();
        (void)recogniseText(QImage(64, 64, QImage::Format_Grayscale8), 300); // load the models first
        QList<double> seconds;
        int confidence = 0;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            const auto r = recogniseText(page, 300);
            seconds.append(double(t.nsecsElapsed()) / 1e9);
            confidence = r.ok() ? r->meanConfidence : -1;
        }
        std::sort(seconds.begin(), seconds.end());
        std::printf("OCR, A4 page at 300 dpi (2480x3508, chi_sim+eng, one OpenMP thread): %.2f s per page "
                    "(median of 3; min %.2f, max %.2f), mean confidence %d\n",
                    seconds[1], seconds[0], seconds[2], confidence);
    } else {
        std::printf("OCR: Tesseract chi_sim+eng not installed\n");
    }

    ScanSettings s;
    s.device = u"test:0"_s;
    s.resolution = 300;
    s.mode = u"Color"_s;
    s.extraOptions = {{u"test-picture"_s, u"Color pattern"_s}};
    QSize scanned;
    bool ok = true;
    const double scanMs = medianMs(5, [&] {
        const auto r = Scanner::scan(s);
        ok = ok && r.ok();
        if (r.ok())
            scanned = r->constFirst().size();
    });
    // The test backend's scan area is at most 200 x 200 mm; A4 is 210 x 297 mm.
    const double a4Share = (210.0 * 297.0) / (scanned.width() * 25.4 / 300 * scanned.height() * 25.4 / 300);
    std::printf(
        "SANE test backend, colour 300 dpi, A4 requested (device clamps to %dx%d px = %.0fx%.0f mm): %.1f ms "
        "(median of 5)%s; scaled to a full A4 area: %.1f ms\n",
        scanned.width(), scanned.height(), scanned.width() * 25.4 / 300, scanned.height() * 25.4 / 300,
        scanMs, ok ? "" : " (a scan failed)", scanMs * a4Share);
    return 0;
}
