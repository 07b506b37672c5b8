// The pixel size of the scan a PDF embeds (PdfImages.h) and the DOC-106 check on it:
// a scan saved as PDF is judged by its pixels, as a JPEG is.
#include "DocumentFixtures.h"
#include "documents/DocumentChecks.h"
#include "documents/DocumentInspection.h"
#include "documents/DocumentProfile.h"
#include "documents/PdfImages.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace icp;
namespace fx = icp::fixtures;

namespace {

QList<QSize> sizesIn(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return pdfImageSizes(buffer);
}

const Finding* findingOf(const CheckReport& report, const QString& ruleId)
{
    for (const Finding& f : report.findings) {
        if (f.ruleId == ruleId)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestPdfImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageDictionariesAreFound_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<QSize>>("expected");
        const QByteArray dict =
            "12 0 obj\n<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 "
            "/ColorSpace /DeviceRGB /BitsPerComponent 8 /Length 3 >>\nstream\nabc\nendstream";
        QTest::newRow("one scan") << dict << QList<QSize>{{2480, 3508}};
        QTest::newRow("keys before the subtype, no spaces")
            << QByteArray("5 0 obj<</Width 640/Height 480/Subtype/Image/Length 1>>stream\nx")
            << QList<QSize>{{640, 480}};
        QTest::newRow("a size given by reference is skipped")
            << QByteArray("7 0 obj << /Subtype /Image /Width 9 0 R /Height 480 >> stream\n")
            << QList<QSize>{};
        QTest::newRow("a form XObject is no image")
            << QByteArray("8 0 obj << /Subtype /Form /BBox [0 0 10 10] >> stream\n") << QList<QSize>{};
        QTest::newRow("an /ImageMask key is no /Image subtype")
            << QByteArray("9 0 obj << /Subtype /ImageMaskX /Width 10 /Height 10 >> stream\n")
            << QList<QSize>{};
        // A dictionary across the reader's 1 MiB block boundary.
        QByteArray straddling(1024 * 1024 - 30, ' ');
        straddling += dict;
        QTest::newRow("across a block boundary") << straddling << QList<QSize>{{2480, 3508}};
    }

    void imageDictionariesAreFound()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<QSize>, expected);
        QCOMPARE(sizesIn(bytes), expected);
    }

    void theScanIsTheSmallestPageSizedImage_data()
    {
        QTest::addColumn<QList<QSize>>("images");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("none") << QList<QSize>{} << QSize();
        QTest::newRow("a logo beside the scan is ignored")
            << QList<QSize>{{120, 40}, {2480, 3508}} << QSize(2480, 3508);
        QTest::newRow("the least legible page counts")
            << QList<QSize>{{2480, 3508}, {1654, 2339}} << QSize(1654, 2339);
    }

    void theScanIsTheSmallestPageSizedImage()
    {
        QFETCH(QList<QSize>, images);
        QFETCH(QSize, expected);
        QCOMPARE(scanPixelSize(images), expected);
    }

    // Real PDFs from QPdfWriter: an A4 business licence scanned at 300 dpi passes, the
    // same page at 60 dpi is a DOC-106 warning naming its pixels and resolution, and a PDF
    // of text has no scan at all (DOC-106 neither passes nor fails).
    void scannedPdfsAreJudgedByTheirPixels_data()
    {
        QTest::addColumn<int>("scanDpi");
        QTest::addColumn<QString>("outcome"); // pass, warn, none
        QTest::newRow("A4 at 300 dpi") << 300 << u"pass"_s;
        QTest::newRow("A4 at 60 dpi") << 60 << u"warn"_s;
        QTest::newRow("a PDF of text") << 0 << u"none"_s;
    }

    void scannedPdfsAreJudgedByTheirPixels()
    {
        QFETCH(int, scanDpi);
        QFETCH(QString, outcome);
        QByteArray bytes;
        if (scanDpi > 0) {
            fx::CardText text;
            text.uscc = fx::uscc();
            text.entityName = u"北京云栈示例科技有限公司"_s;
            const QImage page = fx::businessLicence(text, true, qRound(8.27 * scanDpi));
            bytes = fx::imagePdf(page, scanDpi);
        } else {
            bytes = fx::pdf({u"网站备案信息真实性核验单"_s});
        }
        const Inspection in = inspectDocumentData(bytes, u"licence.pdf"_s);
        QVERIFY2(in.readable(), qPrintable(in.message));
        const CheckReport report =
            checkInspection(in, DocumentKind::EntityCertificate, DocumentProfile::forProvider({}), u"doc"_s);
        const Finding* f = findingOf(report, u"DOC-106"_s);
        if (outcome == "none"_L1) {
            QVERIFY(in.scanPixelSize.isEmpty());
            QVERIFY(!f && !report.passed.contains(u"DOC-106"_s));
        } else if (outcome == "pass"_L1) {
            QCOMPARE(in.scanPixelSize.width(), qRound(8.27 * scanDpi));
            QVERIFY2(!f, f ? qPrintable(f->message) : "");
            QVERIFY(report.passed.contains(u"DOC-106"_s));
        } else {
            QVERIFY(f);
            QCOMPARE(f->severity, Severity::Warning);
            QVERIFY2(f->message.contains(QString::number(in.scanPixelSize.width())) &&
                         f->message.contains(u"60 dpi"_s),
                     qPrintable(f->message));
        }
    }
};

QTEST_MAIN(TestPdfImages)
#include "tst_pdfimages.moc"
