// The document viewer (offscreen): a 300-page PDF shows page 1 at once and renders
// thumbnails lazily; navigation, zoom, fit, rotate; images with EXIF orientation;
// bad files give a message, not a crash.
#include "DocumentFixtures.h"
#include "documents/DocumentViewer.h"
#include "documents/PageRenderer.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace icp;
namespace fx = icp::fixtures;

class TestDocumentViewer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_long;
    std::unique_ptr<DocumentViewer> m_viewer;

    QLabel* pageImage() const { return m_viewer->findChild<QLabel*>(u"pageImage"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        m_long = m_dir.filePath(u"long.pdf"_s);
        QVERIFY(fx::writeFile(m_long, fx::manyPagePdf(300)));
    }
    void init()
    {
        m_viewer = std::make_unique<DocumentViewer>();
        m_viewer->resize(900, 700);
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
    }
    void cleanup() { m_viewer.reset(); }

    void threeHundredPagesShowPageOneAtOnceAndRenderLazily()
    {
        QSignalSpy shown(m_viewer.get(), &DocumentViewer::pageRendered);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_viewer->openFile(m_long).ok());
        const qint64 openMs = timer.elapsed();
        QVERIFY(shown.wait(10000));
        qInfo("300-page PDF: openFile returned in %lld ms, page 1 shown after %lld ms", openMs,
              timer.elapsed());
        QCOMPARE(shown.constFirst().at(0).toInt(), 0);
        QVERIFY(m_viewer->pageShown());
        QVERIFY(!pageImage()->pixmap().isNull());
        QCOMPARE(m_viewer->pageCount(), 300);
        auto* strip = m_viewer->findChild<QListWidget*>(u"thumbnailStrip"_s);
        QCOMPARE(strip->count(), 300);
        QTest::qWait(300);
        // Only the thumbnails in view were rendered, not all 300.
        const int early = m_viewer->renderer()->renderedCount();
        QVERIFY2(early < 40, qPrintable(QString::number(early)));
        QVERIFY(m_viewer->renderedThumbnails() > 0);
        // Scrolling the strip to the end renders the thumbnails there.
        strip->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(m_viewer->renderer()->renderedCount() > early, 10000);
        QVERIFY(m_viewer->renderer()->renderedCount() < 100);
    }

    void destroyingTheViewerWhileRenderingDeliversNothing()
    {
        QVERIFY(m_viewer->openFile(m_long).ok());
        m_viewer->setZoom(8.0); // a long render, in flight when the viewer goes
        m_viewer.reset();
        QTest::qWait(300); // a render finishing now has no viewer to go to: no crash
        QVERIFY(!m_viewer);
    }

    void navigationZoomFitAndRotate()
    {
        QVERIFY(m_viewer->openFile(m_long).ok());
        QSignalSpy shown(m_viewer.get(), &DocumentViewer::pageRendered);
        QTRY_VERIFY_WITH_TIMEOUT(m_viewer->pageShown(), 10000);
        auto* next = m_viewer->findChild<QToolButton*>(u"nextPageButton"_s);
        auto* previous = m_viewer->findChild<QToolButton*>(u"previousPageButton"_s);
        QVERIFY(!previous->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(m_viewer->currentPage(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_viewer->pageShown(), 10000);
        QVERIFY(previous->isEnabled());
        m_viewer->findChild<QSpinBox*>(u"pageSpinBox"_s)->setValue(300);
        QCOMPARE(m_viewer->currentPage(), 299);
        QVERIFY(!next->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(m_viewer->pageShown(), 10000);

        m_viewer->setZoom(1.0);
        QTRY_VERIFY_WITH_TIMEOUT(m_viewer->pageShown() && pageImage()->width() > 700, 10000);
        const QSize atHundred = pageImage()->size();
        QTest::mouseClick(m_viewer->findChild<QToolButton*>(u"zoomInButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pageImage()->width() > atHundred.width(), 10000);
        QTest::mouseClick(m_viewer->findChild<QToolButton*>(u"fitPageButton"_s), Qt::LeftButton);
        QCOMPARE(m_viewer->fit(), DocumentViewer::Fit::Page);
        QTRY_VERIFY_WITH_TIMEOUT(pageImage()->height() < 700, 10000);
        QTest::mouseClick(m_viewer->findChild<QToolButton*>(u"fitWidthButton"_s), Qt::LeftButton);
        QCOMPARE(m_viewer->fit(), DocumentViewer::Fit::Width);

        m_viewer->setZoom(0.5);
        QTRY_VERIFY_WITH_TIMEOUT(m_viewer->pageShown() && pageImage()->height() > pageImage()->width(),
                                 10000);
        QTest::mouseClick(m_viewer->findChild<QToolButton*>(u"rotateRightButton"_s), Qt::LeftButton);
        QCOMPARE(m_viewer->rotation(), 90);
        QTRY_VERIFY_WITH_TIMEOUT(m_viewer->pageShown() && pageImage()->width() > pageImage()->height(),
                                 10000);
        QTest::mouseClick(m_viewer->findChild<QToolButton*>(u"rotateLeftButton"_s), Qt::LeftButton);
        QCOMPARE(m_viewer->rotation(), 0);
    }

    void imagesHonourExifOrientation()
    {
        const QString path = m_dir.filePath(u"photo.jpg"_s);
        const QImage wide = fx::idCardFront({}, true, 800);
        QVERIFY(fx::writeFile(path, fx::withExifOrientation(fx::jpeg(wide), 6)));
        QVERIFY(m_viewer->openFile(path).ok());
        m_viewer->setZoom(1.0);
        QTRY_VERIFY_WITH_TIMEOUT(m_viewer->pageShown(), 10000);
        QCOMPARE(pageImage()->size(), wide.size().transposed());
        QVERIFY(!m_viewer->findChild<QListWidget*>(u"thumbnailStrip"_s)->isVisible()); // one page: no strip
    }

    void badFilesShowAMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("an encrypted PDF") << fx::encryptedPdf();
        QTest::newRow("a truncated PDF") << fx::pdf({u"x"_s}).left(300);
        QTest::newRow("an empty file") << QByteArray();
    }
    void badFilesShowAMessage()
    {
        QFETCH(QByteArray, bytes);
        const QString path = m_dir.filePath(u"bad.pdf"_s);
        QVERIFY(fx::writeFile(path, bytes));
        QVERIFY(!m_viewer->openFile(path).ok());
        auto* message = m_viewer->findChild<QLabel*>(u"viewerMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(m_viewer->pageCount(), 0);
        QVERIFY(!m_viewer->findChild<QToolButton*>(u"zoomInButton"_s)->isEnabled());
    }

    void everyControlIsNamed()
    {
        for (const char* name : {"previousPageButton", "nextPageButton", "pageSpinBox", "zoomInButton",
                                 "zoomOutButton", "fitWidthButton", "fitPageButton", "rotateLeftButton",
                                 "rotateRightButton", "thumbnailStrip", "pageScrollArea"}) {
            auto* w = m_viewer->findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(w, name);
            QVERIFY2(!w->accessibleName().isEmpty(), name);
            QVERIFY2(!w->accessibleDescription().isEmpty(), name);
        }
    }

    void screenshot()
    {
        const QString out = qEnvironmentVariable("ICP_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set ICP_SCREENSHOT_DIR to write screenshots");
        QVERIFY(m_viewer->openFile(m_long).ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_viewer->pageShown(), 10000);
        QTest::qWait(500);
        QVERIFY(m_viewer->grab().save(out + u"/documents-viewer.png"_s));
    }
};

QTEST_MAIN(TestDocumentViewer)
#include "tst_documentviewer.moc"
