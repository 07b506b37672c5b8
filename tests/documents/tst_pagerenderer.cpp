// The viewer's renderer: off the UI thread, prioritised, cancellable, lazy.
#include "DocumentFixtures.h"
#include "documents/PageRenderer.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using namespace icp;
namespace fx = icp::fixtures;

namespace {

using Rendering = QFuture<Result<QImage>>;

// What a test's requests delivered, in the order the renderer finished them: each
// continuation runs on the renderer's thread as its future finishes (never for a
// cancelled one), so the log is the order of delivery. The log is shared with the
// continuations, which may outlive the test.
class Deliveries
{
public:
    void watch(const QString& name, Rendering rendering)
    {
        rendering.then([log = m_log, name](const Result<QImage>& image) {
            QMutexLocker lock(&log->mutex);
            log->entries.emplace_back(name, image);
        });
    }
    qsizetype size() const
    {
        QMutexLocker lock(&m_log->mutex);
        return qsizetype(m_log->entries.size());
    }
    QStringList names() const
    {
        QMutexLocker lock(&m_log->mutex);
        QStringList names;
        for (const auto& entry : m_log->entries)
            names.append(entry.first);
        return names;
    }

private:
    struct Log
    {
        QMutex mutex;
        std::vector<std::pair<QString, Result<QImage>>> entries;
    };
    std::shared_ptr<Log> m_log = std::make_shared<Log>();
};

// The result of a finished future, or an error saying why there is none.
Result<QImage> delivered(const Rendering& rendering)
{
    if (!rendering.isFinished() || rendering.isCanceled() || rendering.resultCount() == 0)
        return Result<QImage>::failure(u"test.none"_s, u"nothing delivered"_s);
    return rendering.result();
}

// Why there is no image, for a failed check's message.
QByteArray why(const Result<QImage>& image)
{
    return image.ok() ? QByteArray() : image.error().message.toUtf8();
}

} // namespace

class TestPageRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_long;

private Q_SLOTS:
    void initTestCase()
    {
        m_long = m_dir.filePath(u"long.pdf"_s);
        QVERIFY(fx::writeFile(m_long, fx::manyPagePdf(300)));
    }

    void firstPageOfThreeHundredComesAtOnceTheRestOnlyWhenAsked()
    {
        PageRenderer renderer;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(renderer.open(m_long).ok());
        QCOMPARE(renderer.pageCount(), 300);
        const Rendering first = renderer.request(0, 1.0);
        QTRY_VERIFY_WITH_TIMEOUT(first.isFinished(), 30000);
        qInfo("300-page PDF: open + page 1 in %lld ms", timer.elapsed());
        const Result<QImage> page = delivered(first);
        QVERIFY2(page.ok(), why(page).constData());
        QCOMPARE(page->size(), renderer.pageSize(0).toSize());
        QTest::qWait(200);
        QCOMPARE(renderer.renderedCount(), 1); // nothing else was rendered on its own
    }

    void visiblePagesGoBeforeThumbnails()
    {
        PageRenderer renderer;
        QVERIFY(renderer.open(m_long).ok());
        Deliveries deliveries;
        // Keep the worker busy with a large render while the queue fills, so that the
        // order below is the queue's, not a race with the worker.
        deliveries.watch(u"busy"_s, renderer.request(0, 4.0, 0, PageRenderer::Priority::Visible));
        for (int i = 10; i < 40; ++i)
            deliveries.watch(u"thumbnail %1"_s.arg(i),
                             renderer.request(i, 0.1, 0, PageRenderer::Priority::Thumbnail));
        deliveries.watch(u"visible"_s, renderer.request(5, 1.0, 0, PageRenderer::Priority::Visible));
        QTRY_VERIFY_WITH_TIMEOUT(deliveries.size() >= 32, 30000);
        const QStringList order = deliveries.names();
        QCOMPARE(order[0], u"busy"_s);
        QCOMPARE(order[1], u"visible"_s);      // before every thumbnail queued earlier
        QCOMPARE(order[2], u"thumbnail 10"_s); // then the thumbnails, oldest first
        QCOMPARE(order[31], u"thumbnail 39"_s);
    }

    void cancelledRequestsAreNotDelivered()
    {
        PageRenderer renderer;
        QVERIFY(renderer.open(m_long).ok());
        Deliveries deliveries;
        QList<Rendering> requests;
        for (int i = 0; i < 20; ++i) {
            requests.append(renderer.request(i, 2.0));
            deliveries.watch(u"page %1"_s.arg(i), requests.constLast());
        }
        for (int i = 1; i < 20; ++i)
            requests[i].cancel();
        deliveries.watch(u"last"_s, renderer.request(299, 0.5));
        QTRY_VERIFY_WITH_TIMEOUT(deliveries.size() > 0 && deliveries.names().constLast() == u"last"_s, 20000);
        for (const QString& name : deliveries.names())
            QVERIFY2(name == u"page 0"_s || name == u"last"_s, qPrintable(name));
        // Every cancelled future finishes, without a result: nobody waits on it forever.
        for (int i = 1; i < 20; ++i) {
            QVERIFY(requests[i].isFinished());
            QVERIFY(requests[i].isCanceled());
            QCOMPARE(requests[i].resultCount(), 0);
        }
    }

    void aPageThatCannotBeRenderedIsAnError()
    {
        PageRenderer renderer;
        QVERIFY(renderer.open(m_long).ok());
        const Rendering beyond = renderer.request(300, 1.0);
        QTRY_VERIFY_WITH_TIMEOUT(beyond.isFinished(), 20000);
        QVERIFY(!beyond.isCanceled());
        QCOMPARE(beyond.resultCount(), 1);
        const Result<QImage> page = beyond.result();
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, u"documents.render"_s);
        QCOMPARE(page.error().message, u"Page 301 cannot be shown."_s);
        QCOMPARE(renderer.renderedCount(), 1); // a failure is delivered too
    }

    void rotationAndImages()
    {
        const QString jpeg = m_dir.filePath(u"turned.jpg"_s);
        const QImage wide = fx::idCardFront({}, true, 600);
        QVERIFY(fx::writeFile(jpeg, fx::withExifOrientation(fx::jpeg(wide), 6)));
        PageRenderer renderer;
        QVERIFY(renderer.open(jpeg).ok());
        QCOMPARE(renderer.pageCount(), 1);
        QCOMPARE(renderer.pageSize(0).toSize(), wide.size().transposed()); // EXIF orientation honoured
        const Rendering turned = renderer.request(0, 1.0, 90);
        QTRY_VERIFY_WITH_TIMEOUT(turned.isFinished(), 30000);
        const Result<QImage> page = delivered(turned);
        QVERIFY2(page.ok(), why(page).constData());
        QCOMPARE(page->size(), wide.size()); // turned back by 90°
    }

    void badFilesAreErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("an encrypted PDF") << fx::encryptedPdf() << u"documents.encrypted"_s;
        QTest::newRow("a damaged PDF") << QByteArray("%PDF-1.4\ngarbage") << u"documents.damaged"_s;
        QTest::newRow("a text file") << QByteArray("hello") << u"documents.format"_s;
    }
    void badFilesAreErrorsNotCrashes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const QString path = m_dir.filePath(u"bad.bin"_s);
        QVERIFY(fx::writeFile(path, bytes));
        PageRenderer renderer;
        const Status opened = renderer.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, code);
        QCOMPARE(renderer.pageCount(), 0);
    }

    void closingCancelsEveryRequest()
    {
        PageRenderer renderer;
        QVERIFY(renderer.open(m_long).ok());
        QList<Rendering> requests;
        for (int i = 0; i < 30; ++i)
            requests.append(renderer.request(i, 3.0));
        renderer.close();
        for (Rendering& request : requests) {
            request.waitForFinished(); // returns: queued and running requests are all finished
            QVERIFY(request.isFinished());
        }
        QVERIFY(requests.constLast().isCanceled());
        QCOMPARE(requests.constLast().resultCount(), 0);
    }

    void destroyingWhileRenderingIsSafe()
    {
        auto renderer = std::make_unique<PageRenderer>();
        QVERIFY(renderer->open(m_long).ok());
        QList<Rendering> requests;
        for (int i = 0; i < 50; ++i)
            requests.append(renderer->request(i, 3.0));
        QTest::qWait(20);
        renderer.reset(); // joins the worker; the render in flight is aborted
        for (const Rendering& request : requests)
            QVERIFY(request.isFinished()); // none left waiting
        QVERIFY(requests.constLast().isCanceled());
    }
};

QTEST_MAIN(TestPageRenderer)
#include "tst_pagerenderer.moc"
