// The viewer's renderer: off the UI thread, prioritised, cancellable, lazy.
#include "DocumentFixtures.h"
#include "documents/PageRenderer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// PageRenderer emits from its worker thread and QSignalSpy records there at once, so
// QSignalSpy::wait() could miss a signal that arrives before it starts: the tests poll.

using namespace Qt::StringLiterals;
using namespace icp;
namespace fx = icp::fixtures;

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
        QSignalSpy rendered(&renderer, &PageRenderer::rendered);
        const quint64 ticket = renderer.request(0, 1.0);
        QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty(), 30000);
        qInfo("300-page PDF: open + page 1 in %lld ms", timer.elapsed());
        QCOMPARE(rendered.constFirst().at(0).value<quint64>(), ticket);
        QCOMPARE(rendered.constFirst().at(1).toInt(), 0);
        const QImage page = rendered.constFirst().at(2).value<QImage>();
        QCOMPARE(page.size(), renderer.pageSize(0).toSize());
        QTest::qWait(200);
        QCOMPARE(renderer.renderedCount(), 1); // nothing else was rendered on its own
    }

    void visiblePagesGoBeforeThumbnails()
    {
        PageRenderer renderer;
        QVERIFY(renderer.open(m_long).ok());
        QSignalSpy rendered(&renderer, &PageRenderer::rendered);
        // Keep the worker busy with a large render while the queue fills, so that the
        // order below is the queue's, not a race with the worker.
        const quint64 busy = renderer.request(0, 4.0, 0, PageRenderer::Priority::Visible);
        QList<quint64> thumbnails;
        for (int i = 10; i < 40; ++i)
            thumbnails.append(renderer.request(i, 0.1, 0, PageRenderer::Priority::Thumbnail));
        const quint64 visible = renderer.request(5, 1.0, 0, PageRenderer::Priority::Visible);
        QTRY_VERIFY_WITH_TIMEOUT(rendered.size() >= 32, 30000);
        QCOMPARE(rendered[0].at(0).value<quint64>(), busy);
        QCOMPARE(rendered[1].at(0).value<quint64>(), visible); // before every thumbnail queued earlier
    }

    void cancelledRequestsAreNotDelivered()
    {
        PageRenderer renderer;
        QVERIFY(renderer.open(m_long).ok());
        QSignalSpy rendered(&renderer, &PageRenderer::rendered);
        QList<quint64> tickets;
        for (int i = 0; i < 20; ++i)
            tickets.append(renderer.request(i, 2.0));
        for (int i = 1; i < 20; ++i)
            renderer.cancel(tickets[i]);
        const quint64 last = renderer.request(299, 0.5);
        QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty() && rendered.constLast().at(0).value<quint64>() == last,
                                 20000);
        for (const QList<QVariant>& signal : rendered) {
            const quint64 t = signal.at(0).value<quint64>();
            QVERIFY(t == tickets[0] || t == last);
        }
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
        QSignalSpy rendered(&renderer, &PageRenderer::rendered);
        renderer.request(0, 1.0, 90);
        QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty(), 30000);
        QCOMPARE(rendered.constFirst().at(2).value<QImage>().size(), wide.size()); // turned back by 90°
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

    void destroyingWhileRenderingIsSafe()
    {
        auto renderer = std::make_unique<PageRenderer>();
        QVERIFY(renderer->open(m_long).ok());
        for (int i = 0; i < 50; ++i)
            renderer->request(i, 3.0);
        QTest::qWait(20);
        renderer.reset(); // joins the worker; the render in flight is aborted
        QVERIFY(true);
    }
};

QTEST_MAIN(TestPageRenderer)
#include "tst_pagerenderer.moc"
